// mentor pairs: the current pairs (or, with --all, the whole record).
#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/pairs_format.hpp"

namespace mentor {

namespace {

struct PairsOptions {
    std::string format = "text";
    bool all = false;
    std::string person;
    std::string output;
};

int run_pairs(Context& ctx, const PairsOptions& opt) {
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    if (!opt.person.empty()) (void)require_person(store.roster(), opt.person);
    std::vector<Pair> record = store.pairs();
    record_ran_out(record, store.program().duration, today);
    std::vector<Pair> shown;
    for (const Pair& p : record) {
        if (!opt.all && p.has_ended(today)) continue;
        if (!opt.person.empty() && p.mentor != opt.person && p.mentee != opt.person) continue;
        shown.push_back(p);
    }
    print_or_write(ctx, store, opt.output, format_pairs(shown, format_option(opt.format)));
    return exit_code::ok;
}

}  // namespace

Runner add_pairs(CLI::App& parent) {
    auto opt = std::make_shared<PairsOptions>();
    CLI::App* cmd = parent.add_subcommand("pairs", "List the current pairs");
    add_format_option(*cmd, opt->format, {"text", "json", "csv"});
    cmd->add_flag("--all", opt->all, "Include pairs that have ended");
    cmd->add_option("--person", opt->person, "Only pairs with this person")->option_text("ID");
    add_output_option(*cmd, opt->output);
    return [opt](Context& ctx) { return run_pairs(ctx, *opt); };
}

}  // namespace mentor
