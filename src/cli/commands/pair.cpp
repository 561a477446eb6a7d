// mentor pair [--dry-run] | mentor pair explain ID
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/pairs_format.hpp"

namespace mentor {

namespace {

void add_mode_option(CLI::App& cmd, std::string& target, const std::string& help) {
    cmd.add_option("--mode", target, help)->check(CLI::IsMember({"one-to-one", "peer", "stable"}))->option_text("MODE");
}

struct PairOptions {
    bool dry_run = false;
    std::string format = "text";
    std::string mode;
};

struct ExplainOptions {
    std::string id;
    std::string format = "text";
    std::string mode;
};

int run_pair(Context& ctx, const PairOptions& opt) {
    ProgramStore store = ctx.store();
    const Program program = with_mode(store.program(), opt.mode);
    const PairingPlan plan =
        plan_pairs(store.pairing_roster(ctx.today(store)), program, ctx.today(store), store.pairs(),
                   recorded_slots(store.schedule().meetings));
    const PairingDiff diff = diff_pairs(store.pairs(), plan.pairs);
    if (!opt.dry_run) store.write_pairs(plan.pairs);
    ctx.out << format_pairing_plan(plan, diff, program.mode, store.shown("pairs.tsv"), opt.dry_run,
                                   format_option(opt.format));
    return exit_code::ok;
}

int run_explain(Context& ctx, const ExplainOptions& opt) {
    ProgramStore store = ctx.store();
    const Program program = with_mode(store.program(), opt.mode);
    const Roster& roster = store.pairing_roster(ctx.today(store));  // with [selection]: who is not qualified
    const Person& person = require_person(roster, opt.id);
    const Explanation e = explain_candidates(roster, program, ctx.today(store), store.pairs(), person,
                                             recorded_slots(store.schedule().meetings));
    if (!e.error.empty()) throw UsageError(e.error, e.hint);
    ctx.out << format_explanation(e, format_option(opt.format));
    return exit_code::ok;
}

}  // namespace

Runner add_pair(CLI::App& parent) {
    auto opt = std::make_shared<PairOptions>();
    CLI::App* cmd = parent.add_subcommand("pair", "Pair mentees with mentors, keeping every pair that is unaffected");
    cmd->require_subcommand(0, 1);
    cmd->add_flag("--dry-run", opt->dry_run, "Show what would change, write nothing");
    add_mode_option(*cmd, opt->mode, "one-to-one (and group, by capacity), peer or stable; default: program.mode");
    add_format_option(*cmd, opt->format, {"text", "json"});

    auto ex = std::make_shared<ExplainOptions>();
    CLI::App* explain = cmd->add_subcommand("explain", "Every candidate of one person: score per criterion, or the rule that excludes them");
    explain->add_option("ID", ex->id, "A mentee (or a mentor)")->required();
    add_mode_option(*explain, ex->mode, "Explain as this mode would pair (default: program.mode)");
    add_format_option(*explain, ex->format, {"text", "json"});

    Runner edits = add_pair_edits(*cmd);

    return [=](Context& ctx) {
        if (explain->parsed()) return run_explain(ctx, *ex);
        const int edited = edits(ctx);
        return edited >= 0 ? edited : run_pair(ctx, *opt);
    };
}

}  // namespace mentor
