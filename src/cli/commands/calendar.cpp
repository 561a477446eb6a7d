// mentor calendar [--person ID] -o PATH: the schedule as an iCalendar file.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/icalendar.hpp"

namespace mentor {

namespace {

struct CalendarOptions {
    std::string person;
    std::string output;
};

int run_calendar(Context& ctx, const CalendarOptions& opt) {
    ProgramStore store = ctx.store();
    const Person* person = opt.person.empty() ? nullptr : &require_person(store.roster(), opt.person);
    const LoadedSchedule& schedule = store.schedule();
    if (!schedule.exists) {
        throw NotFoundError(fmt::format("no {} yet: there is nothing to export", store.shown("schedule.tsv")),
                            "run `mentor schedule` first");
    }
    std::vector<Meeting> theirs;
    if (person) {
        for (const Meeting& m : schedule.meetings) {
            if (m.mentor == person->id || m.mentee == person->id) theirs.push_back(m);
        }
    }
    const std::vector<Meeting>& chosen = person ? theirs : schedule.meetings;
    const Program& program = store.program();
    const std::string name = person ? fmt::format("{}: {}", program.name, person->name) : program.name;
    const std::string ics = format_icalendar(chosen, program, store.roster(), store.time_zone(), name);
    print_or_write(ctx, store, opt.output == "-" ? "" : opt.output, ics);
    if (opt.output == "-") return exit_code::ok;
    int cancelled = 0;
    for (const Meeting& m : chosen) cancelled += m.cancelled ? 1 : 0;
    const auto events = static_cast<int>(chosen.size());
    ctx.out << fmt::format("{}: {} event{}{} ({}){}\n", opt.output, events, events == 1 ? "" : "s",
                           cancelled > 0 ? fmt::format(", {} of them cancelled", cancelled) : "", program.timezone,
                           person ? fmt::format(" for {}", person->id) : "");
    return exit_code::ok;
}

}  // namespace

Runner add_calendar(CLI::App& parent) {
    auto opt = std::make_shared<CalendarOptions>();
    CLI::App* cmd = parent.add_subcommand("calendar", "Export the schedule as an iCalendar (.ics) file");
    cmd->add_option("--person", opt->person, "Only the meetings of this person (default: the whole program)")
        ->option_text("ID");
    cmd->add_option("-o,--output", opt->output, "Write the calendar to PATH ('-' for standard output)")
        ->option_text("PATH")
        ->required();
    return [opt](Context& ctx) { return run_calendar(ctx, *opt); };
}

}  // namespace mentor
