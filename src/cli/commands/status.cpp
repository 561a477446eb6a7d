// mentor status: my pairs, my next meetings, what I have not logged, my goals that are due and
// what a reminder would say. Read-only: it never records reminders as sent.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/status.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/status_format.hpp"

namespace mentor {

namespace {

struct StatusOptions {
    std::string as;
    std::string person;
    std::optional<int> days;
    std::string format = "text";
    std::string output;
};

int run_status(Context& ctx, const StatusOptions& opt) {
    if (opt.days && (*opt.days < 0 || *opt.days > 365)) {
        throw UsageError(fmt::format("--days {} is out of range", *opt.days), "give 0 to 365 days");
    }
    if (!opt.as.empty() && !opt.person.empty()) {
        throw UsageError("--as and --person both name whose status to show", "give one of them");
    }
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    std::string person;
    if (!opt.person.empty()) {
        person = require_person(store.roster(), opt.person).id;
    } else {
        person = find_user(ctx, store, opt.as);
        if (person.empty()) {
            throw UsageError("whose status? mentor could not tell who you are",
                             "pass --person ID or --as ID, set MENTOR_USER=ID or user in ~/.config/mentor/config.toml, or set `git config user.email` to your email in the roster");
        }
    }
    const Program& program = store.program();
    const int days = opt.days.value_or(program.remind.horizon_days);
    // The journal `remind` reads, read the same way: what status says, remind would say.
    const Date recent = today - (program.cadence.every_days + program.cadence.grace_days);
    const ParsedJournal meetings =
        store.latest_pair_meetings(store.pairs(), contacts_since(program.cadence, store.pairs(), today), recent, today);
    const std::vector<Goal> goals = fold_goals(store.journal(JournalQuery::goal_events_from(goals_since(program.term))).entries);
    const RemindHistory history = store.remind_history();
    const StatusInput in{{program, store.roster(), store.pairs(), store.schedule().meetings, meetings.entries, goals, today, days},
                         history, person};
    const PersonStatus status = person_status(in);
    print_or_write(ctx, store, opt.output,
                   format_status(status, store.roster(), today, program.remind.repeat_days, format_option(opt.format)));
    return exit_code::ok;
}

}  // namespace

Runner add_status(CLI::App& parent) {
    auto opt = std::make_shared<StatusOptions>();
    CLI::App* cmd = parent.add_subcommand("status", "Show my pairs, next meetings, what is not logged and goals due");
    cmd->add_option("--as", opt->as, "Whose status: this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    cmd->add_option("--person", opt->person, "Show this person's status (for coordinators)")->option_text("ID");
    cmd->add_option("--days", opt->days, "Look this many days ahead, today included (default: [remind] horizon_days)")
        ->option_text("N");
    add_format_option(*cmd, opt->format, {"text", "json"});
    cmd->add_option("-o,--output", opt->output, "Write to FILE instead of standard output")->option_text("FILE");
    return [opt](Context& ctx) { return run_status(ctx, *opt); };
}

}  // namespace mentor
