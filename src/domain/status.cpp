// One person's view of the program: pairs, coming meetings, what is not logged, goals due,
// and what a reminder would say. Built on due_reminders, so it never disagrees with `remind`.
#include "mentor/domain/status.hpp"

#include <algorithm>
#include <tuple>

namespace mentor {

namespace {

bool is_goal_kind(std::string_view kind) { return kind.starts_with("goal-") || kind.starts_with("milestone-"); }

}  // namespace

PersonStatus person_status(const StatusInput& in) {
    const RemindInput& r = in.remind;
    PersonStatus out;
    out.person = in.person;

    for (const Pair& p : r.pairs) {
        if (!p.is_current(r.today) || (p.mentor != in.person && p.mentee != in.person)) continue;
        StatusPair s{&p, p.mentor == in.person ? p.mentee : p.mentor, p.mentor == in.person, std::nullopt};
        for (const Entry& e : r.entries) {
            if (!needs_pair(e.kind) || e.mentor != p.mentor || r.today < e.date || e.date < p.start) continue;
            const auto mentees = entry_mentees(e);
            if (std::find(mentees.begin(), mentees.end(), p.mentee) == mentees.end()) continue;
            if (!s.last_met || *s.last_met < e.date) s.last_met = e.date;
        }
        out.pairs.push_back(std::move(s));
    }
    std::sort(out.pairs.begin(), out.pairs.end(),
              [](const StatusPair& a, const StatusPair& b) { return std::tie(a.other, a.pair->start) < std::tie(b.other, b.pair->start); });

    for (const Meeting& m : r.meetings) {
        if (m.cancelled || m.date < r.today || (m.mentor != in.person && m.mentee != in.person)) continue;
        out.next.push_back(m);
    }
    std::sort(out.next.begin(), out.next.end(), [](const Meeting& a, const Meeting& b) {
        return std::tie(a.date, a.start, a.mentee, a.mentor, a.key) < std::tie(b.date, b.start, b.mentee, b.mentor, b.key);
    });
    if (out.next.size() > static_cast<std::size_t>(std::max(in.next_limit, 0))) out.next.resize(static_cast<std::size_t>(std::max(in.next_limit, 0)));

    std::vector<Reminder> mine;
    for (Reminder& item : due_reminders(r)) {
        if (item.recipient == in.person) mine.push_back(std::move(item));
    }
    for (const Reminder& item : mine) {
        if (item.kind == "missed-meeting" || item.kind == "late-pair") out.unlogged.push_back(item);
        else if (is_goal_kind(item.kind)) out.goals.push_back(item);
    }
    out.due = mine.size();
    const int repeat_days = r.program.remind.repeat_days;
    out.reminder = without_repeats(std::move(mine), in.history, r.today, repeat_days);
    return out;
}

}  // namespace mentor
