#include "mentor/io/meetings_format.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "mentor/domain/availability.hpp"
#include "mentor/io/icalendar.hpp"

namespace mentor {

std::string iso_local(Date day, int minutes) {
    return fmt::format("{}T{:02}:{:02}:00", day.iso(), minutes / 60, minutes % 60);
}

std::string format_meetings(const std::vector<Meeting>& meetings, const std::string& program_id, Format format) {
    std::vector<const Meeting*> order;
    order.reserve(meetings.size());
    for (const Meeting& m : meetings) order.push_back(&m);
    std::sort(order.begin(), order.end(), [](const Meeting* a, const Meeting* b) {
        return std::tie(a->date, a->start, a->mentor, a->mentee, a->kind, a->key) <
               std::tie(b->date, b->start, b->mentor, b->mentee, b->kind, b->key);
    });
    switch (format) {
        case Format::json: {
            JsonWriter w;
            w.begin_array();
            for (const Meeting* m : order) {
                w.begin_object();
                w.key("mentor"); w.value(m->mentor);
                w.key("mentee"); w.value(m->mentee);
                w.key("kind"); w.value(meeting_kind_name(m->kind));
                w.key("start"); w.value(iso_local(m->date, m->start));
                w.key("end"); w.value(iso_local(m->date, m->end()));
                w.key("minutes"); w.value(m->minutes);
                w.key("key"); w.value(format_meeting_key(*m));
                w.key("uid"); w.value(meeting_uid(program_id, *m));
                w.key("locked"); w.value(m->locked);
                w.key("cancelled"); w.value(m->cancelled);
                w.end_object();
            }
            w.end_array();
            return w.finish();
        }
        case Format::csv: {
            std::string out = csv_record(std::vector<std::string>{"mentor", "mentee", "kind", "start", "end", "minutes", "key",
                                                                  "uid", "locked", "cancelled"});
            for (const Meeting* m : order) {
                out += csv_record(std::vector<std::string>{
                    m->mentor, m->mentee, std::string(meeting_kind_name(m->kind)), iso_local(m->date, m->start),
                    iso_local(m->date, m->end()), std::to_string(m->minutes), format_meeting_key(*m),
                    meeting_uid(program_id, *m), m->locked ? "true" : "false", m->cancelled ? "true" : "false"});
            }
            return out;
        }
        case Format::text: break;
    }
    std::vector<std::vector<std::string>> rows;
    rows.reserve(order.size());
    for (const Meeting* m : order) {
        std::string kind(meeting_kind_name(m->kind));
        if (m->kind != MeetingKind::meeting) kind += fmt::format(" {}", m->key);
        if (m->group) kind += ", group";
        if (m->locked) kind += ", locked";
        if (m->cancelled) kind += ", cancelled";
        rows.push_back({m->date.iso(), std::string(weekday_name(m->date.weekday())),
                        fmt::format("{}-{}", format_clock(m->start), format_clock(m->end())), kind, m->mentor, m->mentee});
    }
    const std::vector<std::string> header{"DATE", "DAY", "TIME", "KIND", "MENTOR", "MENTEE"};
    return text_table(header, rows);
}

namespace {

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

}  // namespace

std::string format_schedule_plan(const SchedulePlan& plan, const std::string& file, bool dry_run, Format format) {
    int meetings = 0, observations = 0;
    for (const Meeting& m : plan.meetings) {
        if (!m.cancelled) (m.kind == MeetingKind::meeting ? meetings : observations) += 1;
    }
    if (format == Format::json) return plan_json(plan, meetings, observations);
    return fmt::format("{}: {} kept, {} moved, {} added, {} removed ({}, {}){}\n", file, plan.kept, plan.moved, plan.added,
                       plan.removed, count(meetings, "meeting"), count(observations, "observation"),
                       dry_run ? "; dry run, nothing written" : "") +
           plan_text(plan);
}

}  // namespace mentor
