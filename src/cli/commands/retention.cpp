// mentor retention: who stayed, by starting cohort, school, mentor and mentoring received, and
// each cohort's outcomes year by year; as text, Markdown, CSV, JSON or a self-contained page.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/retention.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/retention_format.hpp"

namespace mentor {

namespace {

struct RetentionOptions {
    std::string format = "text";
    std::string output;
};

int run_retention(Context& ctx, const RetentionOptions& opt) {
    const auto format = parse_report_format(opt.format);
    if (!format) throw UsageError(fmt::format("--format '{}' is not a report format", opt.format), "use text, md, csv, json or html");
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    const Program& program = store.program();
    // Every listed school year: from the first term's start (and the goals set in the year
    // before it) up to today.
    const Date first = all_terms(program).front()->start;
    const ParsedJournal journal = store.journal(JournalQuery::period(first - 365, today));
    const std::vector<YearPairs> years =
        figures_by_year(program, store.roster(), store.pairs(), store.schedule().meetings, journal.entries, today);
    const Retention r = compute_retention(program, store.roster(), fold_goals(journal.entries), years, today);
    print_or_write(ctx, store, opt.output, format_retention(r, *format));
    if (!opt.output.empty()) ctx.err << fmt::format("wrote {} retention to {}\n", opt.format, opt.output);
    return exit_code::ok;
}

}  // namespace

Runner add_retention(CLI::App& parent) {
    auto opt = std::make_shared<RetentionOptions>();
    CLI::App* cmd = parent.add_subcommand("retention", "Show who stayed, by starting cohort and group, and outcomes across years");
    add_format_option(*cmd, opt->format, {"text", "md", "csv", "json", "html"},
                      "Output format: text, md, csv (the retention rows), json or html");
    cmd->add_option("-o,--output", opt->output, "Write it to FILE (atomically) instead of standard output")->option_text("FILE");
    return [opt](Context& ctx) { return run_retention(ctx, *opt); };
}

}  // namespace mentor
