// The schedule record: meeting identity, order, and the checks `mentor check` runs on it.
#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/schedule.hpp"

namespace mentor {

std::string_view meeting_kind_name(MeetingKind k) {
    return k == MeetingKind::meeting ? "meeting" : "observation";
}

std::optional<MeetingKind> parse_meeting_kind(std::string_view text) {
    if (text == "meeting") return MeetingKind::meeting;
    if (text == "observation") return MeetingKind::observation;
    return std::nullopt;
}

std::string format_meeting_key(const Meeting& m) {
    return m.kind == MeetingKind::meeting ? Date::from_days(m.key).iso() : std::to_string(m.key);
}

std::string format_clock(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

namespace {

bool identity_less(const Meeting& a, const Meeting& b) {
    if (a.mentee != b.mentee) return a.mentee < b.mentee;
    if (a.mentor != b.mentor) return a.mentor < b.mentor;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.key < b.key;
}

}  // namespace

void sort_meetings(std::vector<Meeting>& meetings) {
    std::stable_sort(meetings.begin(), meetings.end(), identity_less);
}

bool same_meeting(const Meeting& a, const Meeting& b) {
    return a.kind == b.kind && a.key == b.key && a.mentee == b.mentee && a.mentor == b.mentor;
}

int period_start(Date day, int every_days) {
    constexpr int monday = 4;  // 1970-01-05
    const int every = std::max(every_days, 1);
    const int offset = day.days() - monday;
    const int index = offset >= 0 ? offset / every : -((-offset + every - 1) / every);
    return monday + index * every;
}

std::vector<Diagnostic> validate_schedule(const std::vector<Meeting>& meetings, const Roster& roster,
                                          const Program& program, const std::vector<Pair>& pairs,
                                          const std::string& source) {
    Diagnostics d(source);
    std::unordered_map<std::string_view, const Person*> people;
    for (const Person& p : roster.people) people.emplace(p.id, &p);
    std::map<std::pair<std::string_view, std::string_view>, bool> known;  // pair -> current
    for (const Pair& p : pairs) known[{p.mentee, p.mentor}] |= p.active();

    // Who is busy when: (person, date) -> the meetings that day, to find overlaps.
    struct Busy {
        int start, end, line;
    };
    std::map<std::pair<std::string_view, int>, std::vector<Busy>> busy;
    for (const Meeting& m : meetings) {
        const SourcePos at{m.line, 1};
        for (const std::string* id : {&m.mentee, &m.mentor}) {
            if (!people.count(*id)) {
                d.warning(at, fmt::format("'{}' is not in {}", *id, roster.source),
                          "`mentor schedule` cancels the future meetings of people who left the roster");
            }
        }
        if (m.cancelled) continue;
        if (!known.count({m.mentee, m.mentor})) {
            d.warning(at, fmt::format("{} and {} are not a pair in pairs.tsv", m.mentor, m.mentee),
                      "`mentor schedule` cancels the future meetings of pairs that are not current");
        }
        if (!program.is_school_day(m.date)) {
            d.warning(at, fmt::format("{} is not a school day", m.date.iso()),
                      "`mentor schedule` moves it to a school day unless it is locked or in the past");
        }
        for (const std::string* id : {&m.mentee, &m.mentor}) {
            auto& day = busy[{*id, m.date.days()}];
            for (const Busy& b : day) {
                if (b.start < m.end() && m.start < b.end) {
                    d.warning(at, fmt::format("{} has two meetings at once on {}: this one and line {}", *id,
                                              m.date.iso(), b.line),
                              "`mentor schedule` moves one of them unless both are locked or in the past");
                }
            }
            day.push_back({m.start, m.end(), m.line});
        }
    }
    return d.take();
}

}  // namespace mentor
