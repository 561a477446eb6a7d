// mentor meetings move KEY --to WHEN | cancel KEY: edits of schedule.tsv by hand, recorded as
// revisions (same UID, SEQUENCE one up) so that calendars update; written under a lock.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/availability.hpp"
#include "mentor/domain/meeting_edits.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

struct EditOptions {
    std::string key;
    std::string to;
    bool dry_run = false;
};

std::string when(const Meeting& m) {
    return fmt::format("{} {} {}", weekday_name(m.date.weekday()), m.date.iso(), format_clock(m.start));
}

int run_edit(Context& ctx, const EditOptions& opt, bool move) {
    std::optional<MeetingTarget> target;
    if (move) {
        target = parse_meeting_target(opt.to);
        if (!target) {
            throw UsageError(fmt::format("--to '{}' is not a day and time", opt.to),
                             "write e.g. \"tue 15:00\" (that day of the meeting's week), \"2026-11-25 15:00\", "
                             "\"2026-11-25\" or \"15:00\"");
        }
    }
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    const Program& program = store.program();
    MeetingEdit edit;
    store.edit_schedule(
        [&](const std::vector<Meeting>& now) -> std::optional<std::vector<Meeting>> {
            const auto found = find_meeting(now, opt.key, program.id);
            if (const Refusal* r = std::get_if<Refusal>(&found)) throw_refusal(*r);
            const std::size_t i = std::get<std::size_t>(found);
            edit = move ? move_meeting(now, i, *target, program.term, today) : cancel_meeting(now, i, today);
            if (edit.refusal) throw_refusal(*edit.refusal);
            return edit.meetings;
        },
        opt.dry_run);
    const Meeting& m = edit.after;
    const std::string what = fmt::format("{} {} / {}", meeting_kind_name(m.kind), m.mentor, m.mentee);
    const std::string said = move ? fmt::format("moved {} from {} to {} (revision {}, locked)", what, when(edit.before), when(m), m.rev)
                                  : fmt::format("cancelled {} on {} (revision {})", what, when(m), m.rev);
    ctx.out << fmt::format("{}: {}{}\n", store.shown("schedule.tsv"), said, opt.dry_run ? "; dry run, nothing written" : "");
    return exit_code::ok;
}

}  // namespace

Runner add_meetings_edits(CLI::App& meetings) {
    auto mv = std::make_shared<EditOptions>();
    CLI::App* move = meetings.add_subcommand("move", "Move one meeting to another day or time (calendars update it)");
    move->add_option("KEY", mv->key, "The meeting: its uid (meetings --format json), or MENTOR+MENTEE+DATE")->required();
    move->add_option("--to", mv->to, "\"tue 15:00\", \"2026-11-25 15:00\", \"2026-11-25\" or \"15:00\"")
        ->option_text("WHEN")
        ->required();
    move->add_flag("--dry-run", mv->dry_run, "Show what would change, write nothing");

    auto cn = std::make_shared<EditOptions>();
    CLI::App* cancel = meetings.add_subcommand("cancel", "Cancel one meeting (calendars mark it cancelled)");
    cancel->add_option("KEY", cn->key, "The meeting: its uid (meetings --format json), or MENTOR+MENTEE+DATE")->required();
    cancel->add_flag("--dry-run", cn->dry_run, "Show what would change, write nothing");

    return [=](Context& ctx) {
        if (move->parsed()) return run_edit(ctx, *mv, true);
        if (cancel->parsed()) return run_edit(ctx, *cn, false);
        return -1;
    };
}

}  // namespace mentor
