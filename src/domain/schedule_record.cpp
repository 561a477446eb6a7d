// The schedule record: meeting identity, order, and the checks `mentor check` runs on it.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/schedule.hpp"
#include "mentor/domain/terms.hpp"

namespace mentor {

std::string format_meeting_key(const Meeting& m) {
    return m.kind == MeetingKind::meeting ? Date::from_days(m.key).iso() : std::to_string(m.key);
}

std::vector<RecordedSlot> recorded_slots(const std::vector<Meeting>& meetings) {
    std::map<std::tuple<std::string_view, std::string_view, WeeklySlot>, int> count;
    for (const Meeting& m : meetings) {
        if (m.kind == MeetingKind::meeting && !m.cancelled) ++count[{m.mentee, m.mentor, WeeklySlot{m.date.weekday(), m.start}}];
    }
    std::vector<RecordedSlot> out;
    out.reserve(count.size());
    for (const auto& [k, n] : count) {
        out.push_back({std::string(std::get<0>(k)), std::string(std::get<1>(k)), std::get<2>(k), n});
    }
    return out;
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
    std::map<std::pair<std::string_view, std::string_view>, bool> known;  // pairs of the record
    for (const Pair& p : pairs) known[{p.mentee, p.mentor}] = true;

    // Who is busy when: every (person, day, start) sorted, so that overlaps are neighbours.
    struct Busy {
        std::string_view who;
        int day, start, end, line;
    };
    std::vector<Busy> busy;
    busy.reserve(meetings.size() * 2);
    std::set<std::tuple<std::string_view, int, int>> sessions;  // group sessions: the mentor is busy once
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
        if (!is_school_day_in_its_term(program, m.date)) {
            d.warning(at, fmt::format("{} is not a school day", m.date.iso()),
                      "`mentor schedule` moves it to a school day unless it is locked or in the past");
        }
        busy.push_back({m.mentee, m.date.days(), m.start, m.end(), m.line});
        const bool again = m.group && !sessions.emplace(m.mentor, m.date.days(), m.start).second;
        if (m.mentor != m.mentee && !again) busy.push_back({m.mentor, m.date.days(), m.start, m.end(), m.line});
    }
    std::sort(busy.begin(), busy.end(), [](const Busy& a, const Busy& b) {
        return std::tie(a.who, a.day, a.start, a.line) < std::tie(b.who, b.day, b.start, b.line);
    });
    for (std::size_t i = 0; i < busy.size(); ++i) {
        for (std::size_t j = i + 1; j < busy.size() && busy[j].who == busy[i].who && busy[j].day == busy[i].day &&
                                    busy[j].start < busy[i].end;
             ++j) {
            const int later = std::max(busy[i].line, busy[j].line), earlier = std::min(busy[i].line, busy[j].line);
            d.warning({later, 1},
                      fmt::format("{} has two meetings at once on {}: this one and line {}", busy[i].who,
                                  Date::from_days(busy[i].day).iso(), earlier),
                      "`mentor schedule` moves one of them unless both are locked or in the past");
        }
    }
    auto out = d.take();
    sort_diagnostics(out);
    return out;
}

}  // namespace mentor
