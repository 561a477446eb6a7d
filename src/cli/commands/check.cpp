// mentor check: validate the program config and roster, reporting every problem at once.
#include <algorithm>
#include <iterator>
#include <optional>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/terms.hpp"
#include "sealed_support.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace {

struct CheckOptions {
    std::string format = "text";
    bool quiet = false;
};

std::string summary(const LoadedProgram& loaded) {
    const auto& people = loaded.roster.people;
    auto count = [&](Role r) { return std::count_if(people.begin(), people.end(), [&](const Person& p) { return p.has(r); }); };
    const Program& p = loaded.program;
    return fmt::format("{}: {} people ({} mentors, {} mentees); term {} to {}\n", p.id, people.size(), count(Role::mentor),
                       count(Role::mentee), p.term.start.iso(), p.term.end.iso());
}

// The journal's own problems, and (when the roster is sound) its references to people, pairs and goals,
// read a file at a time.
std::size_t check_journal(ProgramStore& store, const LoadedProgram& loaded, std::vector<Diagnostic>& diags) {
    const bool program_sound = !has_errors(loaded.diagnostics);
    std::optional<JournalPeople> people;
    // Entries are checked against the pairs once pairing has run for the current term: a record
    // of past years' pairs alone does not know this year's.
    if (program_sound) {
        people.emplace(loaded.roster, loaded.pairs, store.has_pairs() && pairs_recorded_for_term(loaded.program, loaded.pairs));
    }
    JournalCheck journal = store.check_journal(people ? &*people : nullptr);
    diags.insert(diags.end(), std::make_move_iterator(journal.diagnostics.begin()),
                 std::make_move_iterator(journal.diagnostics.end()));
    if (journal.entries > 0 && !store.journal_merges_by_line()) {
        diags.push_back({Severity::warning, store.shown(".gitattributes"), {},
                         "journal files are not merged line by line",
                         "add the line `journal/** merge=union` so that entries added on two clones merge without "
                         "conflicts"});
    }
    return journal.entries;
}

int run_check(Context& ctx, const CheckOptions& opt) {
    ProgramStore store = ctx.store();
    const LoadedProgram& loaded = store.loaded();
    std::vector<Diagnostic> diags = loaded.diagnostics;
    for (Diagnostic& d : store.schedule_diagnostics()) diags.push_back(std::move(d));
    const std::size_t entries = check_journal(store, loaded, diags);
    if (!has_errors(loaded.diagnostics)) {
        for (Diagnostic& d : key_diagnostics(store, ctx.today(store))) diags.push_back(std::move(d));
    }
    sort_diagnostics(diags);
    const auto errors = std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
    const auto warnings = static_cast<long>(diags.size()) - errors;

    if (format_option(opt.format) == Format::json) {
        ctx.out << format_diagnostics_json(diags);
    } else if (opt.quiet) {
        std::vector<Diagnostic> only_errors;
        std::copy_if(diags.begin(), diags.end(), std::back_inserter(only_errors),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
        print_diagnostics(ctx, only_errors);
        if (errors > 0) ctx.err << fmt::format("mentor check: {} error{}\n", errors, errors == 1 ? "" : "s");
    } else {
        print_diagnostics(ctx, diags);
        if (errors > 0 || warnings > 0) {
            ctx.err << fmt::format("mentor check: {} error{}, {} warning{}\n", errors, errors == 1 ? "" : "s", warnings,
                                   warnings == 1 ? "" : "s");
        }
        if (errors == 0) {
            std::string line = summary(loaded);
            if (entries > 0) {
                line.pop_back();
                line += fmt::format("; {} journal entr{}\n", entries, entries == 1 ? "y" : "ies");
            }
            ctx.out << "ok: " << line;
        }
    }
    return errors > 0 ? exit_code::bad_data : exit_code::ok;
}

}  // namespace

Runner add_check(CLI::App& parent) {
    auto opt = std::make_shared<CheckOptions>();
    CLI::App* cmd = parent.add_subcommand("check", "Validate program.toml, roster.yaml, pairs.tsv and the journal, reporting every problem at once");
    add_format_option(*cmd, opt->format, {"text", "json"}, "Output format: text (problems on stderr) or json (problems on stdout)");
    cmd->add_flag("-q,--quiet", opt->quiet, "Print errors only: nothing when the program is valid");
    return [opt](Context& ctx) { return run_check(ctx, *opt); };
}

}  // namespace mentor
