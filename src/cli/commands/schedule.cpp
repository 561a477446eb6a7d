// mentor schedule [--dry-run]: plan every current pair's meetings and observations.
#include <map>
#include <system_error>
#include <tuple>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/meetings_format.hpp"
#include "mentor/io/schedule_file.hpp"
#include "mentor/io/schedule_store.hpp"

namespace mentor {

namespace {

struct ScheduleOptions {
    bool dry_run = false;
    std::string format = "text";
};

std::string count(int n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string slot_text(const Meeting& m) {
    return fmt::format("{} {} {}", weekday_name(m.date.weekday()), m.date.iso(), format_clock(m.start));
}

void write_slot(JsonWriter& w, const Meeting& m) {
    w.begin_object();
    w.key("start"); w.value(iso_local(m.date, m.start));
    w.key("minutes"); w.value(m.minutes);
    w.end_object();
}

std::string plan_json(const SchedulePlan& plan, int meetings, int observations) {
    JsonWriter w;
    w.begin_object();
    w.key("kept"); w.value(plan.kept);
    w.key("moved"); w.value(plan.moved);
    w.key("added"); w.value(plan.added);
    w.key("removed"); w.value(plan.removed);
    w.key("meetings"); w.value(meetings);
    w.key("observations"); w.value(observations);
    w.key("changes");
    w.begin_array();
    for (const MeetingChange& c : plan.changes) {
        const Meeting& m = c.type == MeetingChange::Type::removed ? c.before : c.after;
        w.begin_object();
        w.key("change");
        w.value(c.type == MeetingChange::Type::added ? "added" : c.type == MeetingChange::Type::moved ? "moved" : "removed");
        w.key("mentor"); w.value(m.mentor);
        w.key("mentee"); w.value(m.mentee);
        w.key("kind"); w.value(meeting_kind_name(m.kind));
        w.key("key"); w.value(format_meeting_key(m));
        if (c.type != MeetingChange::Type::added) { w.key("before"); write_slot(w, c.before); }
        if (c.type != MeetingChange::Type::removed) { w.key("after"); write_slot(w, c.after); }
        if (!c.why.empty()) { w.key("why"); w.value(c.why); }
        w.end_object();
    }
    w.end_array();
    w.key("problems");
    w.begin_array();
    for (const ScheduleProblem& p : plan.problems) {
        w.begin_object();
        w.key("mentor"); w.value(p.mentor);
        w.key("mentee"); w.value(p.mentee);
        w.key("kind"); w.value(meeting_kind_name(p.kind));
        w.key("reason"); w.value(p.reason);
        w.key("near_misses"); w.string_array(p.near_misses);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.finish();
}

// Additions and removals grouped by pair; moves one by one (they are few, and each says why).
std::string plan_text(const SchedulePlan& plan) {
    using PairKey = std::pair<std::string_view, std::string_view>;  // mentee, mentor: file order
    struct Group {
        int meetings = 0, observations = 0;
        std::map<std::pair<int, int>, int> slots;  // (weekday, start) of added check-ins
        std::string why;
    };
    std::map<PairKey, Group> added, removed;
    std::string moves;
    for (const MeetingChange& c : plan.changes) {
        if (c.type == MeetingChange::Type::moved) {
            moves += fmt::format("  ~ {} / {} {} {}: {} -> {}{}\n", c.after.mentor, c.after.mentee,
                                 meeting_kind_name(c.after.kind), format_meeting_key(c.after), slot_text(c.before),
                                 slot_text(c.after), c.why.empty() ? "" : fmt::format(" ({})", c.why));
            continue;
        }
        const Meeting& m = c.type == MeetingChange::Type::added ? c.after : c.before;
        Group& g = (c.type == MeetingChange::Type::added ? added : removed)[{m.mentee, m.mentor}];
        (m.kind == MeetingKind::meeting ? g.meetings : g.observations) += 1;
        if (c.type == MeetingChange::Type::added && m.kind == MeetingKind::meeting) ++g.slots[{m.date.weekday(), m.start}];
        if (g.why.empty()) g.why = c.why;
    }
    auto what = [](const Group& g) {
        std::string s;
        if (g.meetings > 0) s = count(g.meetings, "meeting");
        if (g.observations > 0) s += (s.empty() ? "" : ", ") + count(g.observations, "observation");
        return s;
    };
    std::string out;
    for (const auto& [key, g] : added) {
        std::string usual;
        int most = 0;
        for (const auto& [slot, n] : g.slots) {
            if (n > most) {
                most = n;
                usual = fmt::format(" ({} {}{})", weekday_name(slot.first), format_clock(slot.second),
                                    n == g.meetings ? "" : fmt::format(", {} of {}", n, g.meetings));
            }
        }
        out += fmt::format("  + {} / {}: {}{}\n", key.second, key.first, what(g), usual);
    }
    out += moves;
    for (const auto& [key, g] : removed) {
        out += fmt::format("  - {} / {}: {} cancelled{}\n", key.second, key.first, what(g),
                           g.why.empty() ? "" : fmt::format(" ({})", g.why));
    }
    if (!plan.problems.empty()) {
        int pairs = 0;
        for (std::size_t i = 0; i < plan.problems.size(); ++i) {
            if (i == 0 || plan.problems[i].mentee != plan.problems[i - 1].mentee ||
                plan.problems[i].mentor != plan.problems[i - 1].mentor) {
                ++pairs;
            }
        }
        out += fmt::format("{} cannot be fully scheduled:\n", pairs == 1 ? std::string("1 pair") : fmt::format("{} pairs", pairs));
        for (const ScheduleProblem& p : plan.problems) {
            out += fmt::format("  ! {} / {} {}s: {}\n", p.mentor, p.mentee, meeting_kind_name(p.kind), p.reason);
            for (const std::string& n : p.near_misses) out += fmt::format("      nearest: {}\n", n);
        }
    }
    return out;
}

int run_schedule(Context& ctx, const ScheduleOptions& opt) {
    const ProgramDir dir = ctx.program_dir();
    const LoadedProgram loaded = load_valid_program(dir);
    std::error_code ec;
    if (!std::filesystem::exists(dir.pairs_path(), ec)) {
        throw NotFoundError(fmt::format("no {} yet: there are no pairs to schedule", dir.shown("pairs.tsv")),
                            "run `mentor pair` first");
    }
    const LoadedSchedule existing = load_valid_schedule(dir, loaded);
    const SchedulePlan plan = plan_schedule(loaded.roster, loaded.program, loaded.pairs, existing.meetings, ctx.today());
    if (!opt.dry_run) write_file_atomic(schedule_path(dir), format_schedule_file(plan.meetings));

    int meetings = 0, observations = 0;
    for (const Meeting& m : plan.meetings) {
        if (!m.cancelled) (m.kind == MeetingKind::meeting ? meetings : observations) += 1;
    }
    if (format_option(opt.format) == Format::json) {
        ctx.out << plan_json(plan, meetings, observations);
        return exit_code::ok;
    }
    ctx.out << fmt::format("{}: {} kept, {} moved, {} added, {} removed ({}, {}){}\n", dir.shown("schedule.tsv"), plan.kept,
                           plan.moved, plan.added, plan.removed, count(meetings, "meeting"),
                           count(observations, "observation"), opt.dry_run ? "; dry run, nothing written" : "");
    ctx.out << plan_text(plan);
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
