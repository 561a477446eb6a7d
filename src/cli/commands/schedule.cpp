// mentor schedule [--dry-run]: plan every current pair's meetings and observations.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/meetings_format.hpp"

namespace mentor {

namespace {

struct ScheduleOptions {
    bool dry_run = false;
    std::string format = "text";
};

int run_schedule(Context& ctx, const ScheduleOptions& opt) {
    ProgramStore store = ctx.store();
    store.valid();
    if (!store.has_pairs()) {
        throw NotFoundError(fmt::format("no {} yet: there are no pairs to schedule", store.shown("pairs.tsv")),
                            "run `mentor pair` first");
    }
    const SchedulePlan plan =
        plan_schedule(store.roster(), store.program(), store.pairs(), store.schedule().meetings, ctx.today(store));
    if (!opt.dry_run) store.write_schedule(plan.meetings);
    ctx.out << format_schedule_plan(plan, store.shown("schedule.tsv"), opt.dry_run, format_option(opt.format));
    return exit_code::ok;
}

}  // namespace

Runner add_schedule(CLI::App& parent) {
    auto opt = std::make_shared<ScheduleOptions>();
    CLI::App* cmd = parent.add_subcommand("schedule", "Plan the meetings and observations of every current pair, keeping what is planned");
    cmd->add_flag("--dry-run", opt->dry_run, "Show what would change, write nothing");
    add_format_option(*cmd, opt->format, {"text", "json"});
    return [opt](Context& ctx) { return run_schedule(ctx, *opt); };
}

}  // namespace mentor
