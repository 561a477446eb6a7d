// What is due for whom: late and missed meetings, coming meetings, goals and milestones, and
// the coordinators' digest. Pure: the caller reads the files and passes "today".
#include "mentor/domain/participation.hpp"
#include "mentor/domain/remind.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>
#include <unordered_map>

#include "remind_builder.hpp"
#include "mentor/domain/terms.hpp"

namespace mentor {

using namespace remind_detail;

namespace {

constexpr int max_lookback_days = 400;

bool in_break(const Program& program, Date d) {
    return std::any_of(program.term.breaks.begin(), program.term.breaks.end(),
                       [&](const Break& b) { return b.start <= d && d <= b.end; });
}

/// The last day a pair may go without a logged meeting after `last`: the cadence plus grace,
/// not counting days of a break.
Date due_by(const Program& program, const Cadence& cadence, Date last) {
    int allowance = cadence.every_days + cadence.grace_days;
    Date d = last;
    while (allowance > 0) {
        d = d + 1;
        if (!in_break(program, d)) --allowance;
    }
    return d;
}

std::string hhmm(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

bool is_contact(const Entry& e) { return needs_pair(e.kind) && e.has_pair(); }


}  // namespace


std::string short_day(Date d) {
    return fmt::format("{} {} {}", d.weekday_abbrev(), d.day(), d.month_abbrev());
}

Date contacts_since(const Cadence& cadence, const std::vector<Pair>& pairs, Date today) {
    Date since = today - (cadence.every_days + cadence.grace_days);
    for (const Pair& p : pairs) {
        if (p.is_current(today) && p.start < since) since = p.start;
    }
    return std::max(since, today - max_lookback_days);
}

Date goals_since(const Term& term) { return term.start - 365; }

namespace {

// Logged pair meetings: the latest day of each pair, and every (pair, day) lately.
struct Contacts {
    std::map<std::pair<std::string_view, std::string_view>, Date> last;
    std::set<std::tuple<std::string_view, std::string_view, int>> met_on;
};

Contacts logged_contacts(const Builder& b) {
    Contacts c;
    for (const Entry& e : b.in.entries) {
        if (!is_contact(e) || b.today < e.date) continue;
        for (const std::string& mentee : entry_mentees(e)) {
            auto [it, added] = c.last.try_emplace({e.mentor, mentee}, e.date);
            if (!added && it->second < e.date) it->second = e.date;
            if (b.missed_from <= e.date) c.met_on.emplace(e.mentor, mentee, e.date.days());
        }
    }
    return c;
}

// Late pairs: no meeting logged within the cadence plus grace (breaks not counted).
void late_pairs(Builder& b, const Contacts& contacts) {
    for (const Pair& p : b.in.pairs) {
        if (!b.in_term || !p.is_current(b.today)) continue;
        auto it = contacts.last.find({p.mentor, p.mentee});
        const bool ever = it != contacts.last.end() && p.start <= it->second;
        const Date last = ever ? it->second : p.start;
        // The cadence of the mentee's year in the program ([cadence.year2] ...).
        const Person* mentee = b.find(p.mentee);
        const int year = mentee ? std::max(1, year_in_program(b.in.program, *mentee, b.today)) : 1;
        const Date by = due_by(b.in.program, rules_for_year(b.in.program, year).cadence, last);
        if (!(by < b.today)) continue;
        Reminder r;
        r.section = ReminderSection::late;
        r.kind = "late-pair";
        r.subject = p.mentee + "+" + p.mentor;
        r.date = last;
        r.mentor = p.mentor;
        r.mentee = p.mentee;
        const std::string since = ever ? fmt::format("since {}", short_day(last))
                                       : fmt::format("since the pair began on {}", short_day(last));
        r.text = fmt::format("No meeting with {} logged {} (due by {})", b.who(p.mentee), since, short_day(by));
        r.command = fmt::format("mentor log {} --date DATE", p.mentee);
        b.add(p.mentor, r);
        r.text = fmt::format("No meeting with {} logged {} (due by {})", b.who(p.mentor), since, short_day(by));
        r.command = fmt::format("mentor log {} --date DATE", p.mentor);
        b.add(p.mentee, r);
        Reminder d = r;
        d.section = ReminderSection::digest;
        d.kind = "pair-at-risk";
        d.text = fmt::format("{} and {}: no meeting logged {} (due by {})", b.who(p.mentor), b.who(p.mentee), since,
                             short_day(by));
        d.command.clear();
        b.to_coordinators(d, {b.school_of(p.mentee), b.school_of(p.mentor)});
    }
}

// A meeting of the past window that nobody logged, to both of the pair.
void missed_meeting(Builder& b, const Meeting& m, Reminder r) {
    const bool observation = m.kind != MeetingKind::meeting;
    const std::string what = observation ? fmt::format("{} {}", meeting_kind_name(m.kind), m.key) : std::string("meeting");
    r.section = ReminderSection::late;
    r.kind = "missed-meeting";
    const std::string flag = observation ? " --kind observation" : "";
    r.text = fmt::format("Did you meet {} on {} at {} ({})? Nothing is logged", b.who(m.mentee), short_day(m.date),
                         hhmm(m.start), what);
    r.command = fmt::format("mentor log {}{} --date {}", m.mentee, flag, m.date.iso());
    b.add(m.mentor, r);
    r.text = fmt::format("Did you meet {} on {} at {} ({})? Nothing is logged", b.who(m.mentor), short_day(m.date),
                         hhmm(m.start), what);
    r.command = fmt::format("mentor log {}{} --date {}", m.mentor, flag, m.date.iso());
    b.add(m.mentee, r);
}

// A meeting within the horizon, to both of the pair.
void coming_meeting(Builder& b, const Meeting& m, Reminder r) {
    if (m.kind == MeetingKind::visit) {
        r.section = ReminderSection::coming;
        r.kind = "visit";
        const std::string when = fmt::format("{} {}-{}", short_day(m.date), hhmm(m.start), hhmm(m.end()));
        r.text = fmt::format("{}: {} visits your class (visit {})", when, b.who(m.mentee), m.key);
        b.add(m.mentor, r);
        r.text = fmt::format("{}: you visit {}'s class (visit {})", when, b.who(m.mentor), m.key);
        b.add(m.mentee, r);
        return;
    }
    const bool observation = m.kind == MeetingKind::observation;
    r.section = ReminderSection::coming;
    r.kind = observation ? "observation" : "meeting";
    const std::string when = fmt::format("{} {}-{}", short_day(m.date), hhmm(m.start), hhmm(m.end()));
    r.text = observation ? fmt::format("{}: you observe {} (observation {})", when, b.who(m.mentee), m.key)
                         : fmt::format("{}: meeting with {}", when, b.who(m.mentee));
    b.add(m.mentor, r);
    r.text = observation ? fmt::format("{}: {} observes you (observation {})", when, b.who(m.mentor), m.key)
                         : fmt::format("{}: meeting with {}", when, b.who(m.mentor));
    b.add(m.mentee, r);
}

// A meeting the reminders of `today` call coming: on a day from today to the horizon's end.
bool is_coming(const Meeting& m, Date today, Date horizon_end) {
    return !m.cancelled && today <= m.date && m.date <= horizon_end;
}

// Meetings: those in the past window without a log, and those coming.
void meetings(Builder& b, const Contacts& contacts) {
    for (const Meeting& m : b.in.meetings) {
        if (m.cancelled) continue;
        const bool past = b.missed_from <= m.date && m.date < b.today;
        const bool coming = is_coming(m, b.today, b.horizon_end);
        if (!past && !coming) continue;
        Reminder r;
        r.subject = m.mentee + "+" + m.mentor;
        r.date = m.date;
        r.mentor = m.mentor;
        r.mentee = m.mentee;
        if (past) {
            if (contacts.met_on.count({m.mentor, m.mentee, m.date.days()})) continue;
            missed_meeting(b, m, std::move(r));
        } else {
            coming_meeting(b, m, std::move(r));
        }
    }
}

// A digest item about one person: the coordinators hear of it, with no command unless given.
Reminder digest_item(std::string_view kind, const std::string& person, Date date, std::string text) {
    Reminder r;
    r.section = ReminderSection::digest;
    r.kind = kind;
    r.subject = person;
    r.person = person;
    r.date = date;
    r.text = std::move(text);
    return r;
}

// Digest: present mentees without a current mentor, and since when.
void unmatched_mentees(Builder& b, const std::set<std::string_view>& matched,
                       const std::unordered_map<std::string_view, Date>& matched_until) {
    const Program& program = b.in.program;
    for (const Person& p : b.in.roster.people) {
        if (!p.has(Role::mentee) || !p.is_present(b.today) || matched.count(p.id) || !takes_part(p, program)) continue;
        Date since = std::max(program.term.start, p.start.value_or(program.term.start));
        if (auto it = matched_until.find(p.id); it != matched_until.end()) since = std::max(since, it->second);
        const int n = b.today - since;
        Reminder r = digest_item("unmatched", p.id, since,
                                 fmt::format("{} has had no mentor for {} day{} (since {})", b.who(p.id), n,
                                             n == 1 ? "" : "s", short_day(since)));
        r.command = fmt::format("mentor pair explain {}", p.id);
        b.to_coordinators(r, {p.school});
    }
}

// Digest: a mentor over capacity, or mentoring untrained.
void mentor_load(Builder& b, const Person& m, const std::vector<const Pair*>& list) {
    Date first = list.front()->start, latest = list.front()->start;
    for (const Pair* p : list) {
        first = std::min(first, p->start);
        latest = std::max(latest, p->start);
    }
    const int capacity = b.in.program.matching.capacity_of(m);
    if (static_cast<int>(list.size()) > capacity) {
        Reminder r = digest_item("over-capacity", m.id, latest,
                                 fmt::format("{} mentors {} teachers; their capacity is {}", b.who(m.id), list.size(), capacity));
        r.command = "mentor pairs";
        b.to_coordinators(r, {m.school});
    }
    if (!m.trained || b.today < *m.trained) {
        b.to_coordinators(digest_item("untrained", m.id, first,
                                      m.trained ? fmt::format("{} mentors before their training on {}", b.who(m.id),
                                                              short_day(*m.trained))
                                                : fmt::format("{} mentors without a mentor training date", b.who(m.id))),
                          {m.school});
    }
}

// The coordinators' digest: mentees without a mentor, mentors over capacity or untrained.
void coordinator_digest(Builder& b) {
    if (!b.in_term) return;
    std::unordered_map<std::string_view, std::vector<const Pair*>> active_of_mentor;
    std::unordered_map<std::string_view, Date> matched_until;  // mentee -> end of their last pair
    std::set<std::string_view> matched;
    for (const Pair& p : b.in.pairs) {
        if (p.is_current(b.today)) {
            active_of_mentor[p.mentor].push_back(&p);
            matched.insert(p.mentee);
        } else if (p.has_ended(b.today)) {
            const Date end = *p.ends();
            auto [it, added] = matched_until.try_emplace(p.mentee, end);
            if (!added && it->second < end) it->second = end;
        }
    }
    unmatched_mentees(b, matched, matched_until);
    for (const auto& [mentor_id, list] : active_of_mentor) {
        if (const Person* m = b.find(mentor_id)) mentor_load(b, *m, list);
    }
}

// By recipient, section, date and key; an item that reached a coordinator twice (their school
// is the mentor's and the mentee's) once.
std::vector<Reminder> sorted_once(std::vector<Reminder> all) {
    std::stable_sort(all.begin(), all.end(), [](const Reminder& a, const Reminder& c) {
        if (const int r = a.recipient.compare(c.recipient)) return r < 0;
        if (a.section != c.section) return a.section < c.section;
        if (a.date != c.date) return a.date < c.date;
        return a.key < c.key;
    });
    all.erase(std::unique(all.begin(), all.end(),
                          [](const Reminder& a, const Reminder& c) {
                              return a.recipient == c.recipient && a.section == c.section && a.key == c.key;
                          }),
              all.end());
    return all;
}

}  // namespace

std::vector<Reminder> due_reminders(const RemindInput& in) { return due_reminders(in, {}); }

std::vector<Reminder> due_reminders(const RemindInput& in, const std::vector<std::vector<SurveyAnswer>>& survey_answers) {
    Builder b(in);
    const Contacts contacts = logged_contacts(b);
    late_pairs(b, contacts);
    meetings(b, contacts);
    goal_reminders(b);
    coordinator_digest(b);
    survey_reminders(b, survey_answers);
    return sorted_once(std::move(b.out));
}

std::vector<Meeting> coming_meetings(const std::vector<Meeting>& meetings, std::string_view person, Date today,
                                     int days) {
    const Date horizon_end = today + (days - 1);
    std::vector<Meeting> out;
    for (const Meeting& m : meetings) {
        if ((m.mentor == person || m.mentee == person) && is_coming(m, today, horizon_end)) out.push_back(m);
    }
    return out;
}

std::vector<Reminder> without_repeats(std::vector<Reminder> items, const RemindHistory& history, Date today,
                                      int repeat_days) {
    if (repeat_days <= 0 || history.empty()) return items;
    std::pair<std::string, std::string> probe;
    std::erase_if(items, [&](const Reminder& r) {
        probe.first = r.recipient;
        probe.second = r.key;
        auto it = history.find(probe);
        return it != history.end() && it->second <= today && today - it->second < repeat_days;
    });
    return items;
}

RemindHistory record_sent(RemindHistory history, const std::vector<Reminder>& sent, Date today, int repeat_days) {
    for (auto it = history.begin(); it != history.end();) {
        if (today - it->second >= repeat_days) {
            it = history.erase(it);
        } else {
            ++it;
        }
    }
    if (repeat_days > 0) {
        for (const Reminder& r : sent) history[{r.recipient, r.key}] = today;
    }
    return history;
}

}  // namespace mentor
