// mentor calendar [--person ID] -o PATH: the schedule as an iCalendar file.
#include <map>

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
    std::string vdir;
    bool dry_run = false;
};

// `calendar --vdir DIR`: one file per event, named by its UID, as vdirsyncer and khal keep a
// calendar; files of this program's events that are gone are removed, any other file kept.
int write_vdir(Context& ctx, ProgramStore& store, const CalendarOptions& opt, const std::vector<Meeting>& chosen,
               const std::string& name) {
    const Program& program = store.program();
    const TimeZone zone = store.time_zone();
    std::map<std::string, std::string> files;
    for (const Meeting& m : chosen) {
        files.emplace(meeting_uid(program.id, m) + ".ics", format_icalendar({m}, program, store.roster(), zone, name));
    }
    const std::string prefix = program.id + "+";
    const std::string suffix = "@mentor.ics";
    const auto owned = [&](const std::string& file) {
        return file.size() > prefix.size() + suffix.size() && file.starts_with(prefix) && file.ends_with(suffix);
    };
    const ProgramStore::DirSync done = store.sync_output_dir(ctx.resolve(opt.vdir), opt.vdir, files, owned, opt.dry_run);
    ctx.out << fmt::format("{}: {} event{} ({}): {} {}, {} unchanged, {} {}\n", opt.vdir, files.size(),
                           files.size() == 1 ? "" : "s", program.timezone, done.written,
                           opt.dry_run ? "to write" : "written", done.unchanged, done.removed,
                           opt.dry_run ? "to remove" : "removed");
    return exit_code::ok;
}

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
    const std::string name = person ? person_calendar_name(program, *person) : program.name;
    if (!opt.vdir.empty()) return write_vdir(ctx, store, opt, chosen, name);
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
    auto* output = cmd->add_option("-o,--output", opt->output, "Write the calendar to PATH ('-' for standard output)")
                       ->option_text("PATH");
    auto* vdir = cmd->add_option("--vdir", opt->vdir, "Write one .ics file per event into the directory DIR (a vdir)")
                     ->option_text("DIR");
    output->excludes(vdir);
    auto* dry = cmd->add_flag("--dry-run", opt->dry_run, "With --vdir: count what would be written and removed");
    dry->needs(vdir);
    return [opt, cmd](Context& ctx) {
        if (opt->output.empty() && opt->vdir.empty()) {
            throw UsageError("give -o PATH or --vdir DIR", "for example: mentor calendar -o program.ics");
        }
        return run_calendar(ctx, *opt);
    };
}

}  // namespace mentor
