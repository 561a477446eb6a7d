// What is due for whom: late and missed meetings, coming meetings, goals and milestones, and
// the coordinators' digest. Pure: the caller reads the files and passes "today".
#include "mentor/domain/remind.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>
#include <unordered_map>

namespace mentor {

namespace {

constexpr int max_lookback_days = 400;

bool active_on(const Pair& p, Date day) { return p.start <= day && (!p.end || day < *p.end); }

bool in_break(const Program& program, Date d) {
    return std::any_of(program.term.breaks.begin(), program.term.breaks.end(),
                       [&](const Break& b) { return b.start <= d && d <= b.end; });
}

/// The last day a pair may go without a logged meeting after `last`: the cadence plus grace,
/// not counting days of a break.
Date due_by(const Program& program, Date last) {
    int allowance = program.cadence.every_days + program.cadence.grace_days;
    Date d = last;
    while (allowance > 0) {
        d = d + 1;
        if (!in_break(program, d)) --allowance;
    }
    return d;
}

std::string hhmm(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

bool is_contact(const Entry& e) { return needs_pair(e.kind) && e.has_pair(); }

struct Builder {
    const RemindInput& in;
    RosterIndex people;
    std::vector<const Person*> coordinators;
    std::vector<Reminder> out;

    explicit Builder(const RemindInput& input) : in(input), people(input.roster) {
        for (const Person& p : in.roster.people) {
            if (p.has(Role::coordinator)) coordinators.push_back(&p);
        }
    }

    const Person* find(std::string_view id) const { return people.find(id); }
    /// "Ana Smith (asmith)", or the id alone for someone not in the roster.
    std::string who(std::string_view id) const {
        const Person* p = find(id);
        return p ? fmt::format("{} ({})", p->name, id) : std::string(id);
    }
    bool present(std::string_view id) const {
        const Person* p = find(id);
        return p && p->is_present(in.today);
    }

    void add(const std::string& recipient, const Reminder& r) {
        if (!present(recipient)) return;
        Reminder& added = out.emplace_back(r);
        added.recipient = recipient;
        added.key = fmt::format("{}:{}:{}", r.kind, r.subject, r.date.iso());
    }

    /// The coordinators a digest item concerning these schools goes to: those of one of the
    /// schools, and those with no school.
    void to_coordinators(const Reminder& r, std::initializer_list<std::string_view> schools) {
        for (const Person* c : coordinators) {
            const bool concerned = c->school.empty() || std::any_of(schools.begin(), schools.end(), [&](std::string_view s) {
                                       return !s.empty() && s == c->school;
                                   });
            if (concerned) add(c->id, r);
        }
    }
    std::string school_of(std::string_view id) const {
        const Person* p = find(id);
        return p ? p->school : std::string();
    }
};

}  // namespace

std::string_view section_name(ReminderSection s) {
    switch (s) {
        case ReminderSection::late: return "late";
        case ReminderSection::coming: return "coming";
        case ReminderSection::digest: return "digest";
    }
    return "coming";
}


std::string short_day(Date d) {
    return fmt::format("{} {} {}", d.weekday_abbrev(), d.day(), d.month_abbrev());
}

Date contacts_since(const Program& program, const std::vector<Pair>& pairs, Date today) {
    Date since = today - (program.cadence.every_days + program.cadence.grace_days);
    for (const Pair& p : pairs) {
        if (active_on(p, today) && p.start < since) since = p.start;
    }
    return std::max(since, today - max_lookback_days);
}

Date goals_since(const Program& program) { return program.term.start - 365; }

std::vector<Reminder> due_reminders(const RemindInput& in) {
    Builder b(in);
    const Program& program = in.program;
    const Date today = in.today;
    const Date horizon_end = today + (in.days - 1);  // inclusive; before today when days is 0
    const bool in_term = program.term.start <= today && today <= program.term.end;

    const Date missed_from = today - (program.cadence.every_days + program.cadence.grace_days);
    // Logged pair meetings: the latest day of each pair, and every (pair, day) lately.
    std::map<std::pair<std::string_view, std::string_view>, Date> last_contact;
    std::set<std::tuple<std::string_view, std::string_view, int>> met_on;
    for (const Entry& e : in.entries) {
        if (!is_contact(e) || today < e.date) continue;
        auto [it, added] = last_contact.try_emplace({e.mentor, e.mentee}, e.date);
        if (!added && it->second < e.date) it->second = e.date;
        if (missed_from <= e.date) met_on.emplace(e.mentor, e.mentee, e.date.days());
    }

    // Late pairs: no meeting logged within the cadence plus grace (breaks not counted).
    for (const Pair& p : in.pairs) {
        if (!in_term || !active_on(p, today)) continue;
        auto it = last_contact.find({p.mentor, p.mentee});
        const bool ever = it != last_contact.end() && p.start <= it->second;
        const Date last = ever ? it->second : p.start;
        const Date by = due_by(program, last);
        if (!(by < today)) continue;
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

    // Meetings: those in the past window without a log, and those coming.
    for (const Meeting& m : in.meetings) {
        if (m.cancelled) continue;
        const bool past = missed_from <= m.date && m.date < today;
        const bool coming = today <= m.date && m.date <= horizon_end;
        if (!past && !coming) continue;
        const bool observation = m.kind == MeetingKind::observation;
        const std::string what = observation ? fmt::format("observation {}", m.key) : std::string("meeting");
        Reminder r;
        r.subject = m.mentee + "+" + m.mentor;
        r.date = m.date;
        r.mentor = m.mentor;
        r.mentee = m.mentee;
        if (past) {
            if (met_on.count({m.mentor, m.mentee, m.date.days()})) continue;
            r.section = ReminderSection::late;
            r.kind = "missed-meeting";
            const std::string flag = observation ? " --kind observation" : "";
            r.text = fmt::format("Did you meet {} on {} at {} ({})? Nothing is logged", b.who(m.mentee),
                                 short_day(m.date), hhmm(m.start), what);
            r.command = fmt::format("mentor log {}{} --date {}", m.mentee, flag, m.date.iso());
            b.add(m.mentor, r);
            r.text = fmt::format("Did you meet {} on {} at {} ({})? Nothing is logged", b.who(m.mentor),
                                 short_day(m.date), hhmm(m.start), what);
            r.command = fmt::format("mentor log {}{} --date {}", m.mentor, flag, m.date.iso());
            b.add(m.mentee, r);
        } else {
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
    }

    // Goals and milestones of the current term: due soon, or overdue.
    std::unordered_map<std::string_view, std::vector<std::string_view>> mentors_of;  // current mentors of a mentee
    for (const Pair& p : in.pairs) {
        if (active_on(p, today)) mentors_of[p.mentee].push_back(p.mentor);
    }
    const Date goals_from = goals_since(program);
    for (const Goal& g : in.goals) {
        const GoalStatus status = g.status(today);
        if (status == GoalStatus::met || status == GoalStatus::dropped) continue;
        const std::optional<Date> due = g.definition.due;
        if (due && *due < goals_from) continue;
        // Most goals have nothing due: look before formatting anything.
        const bool overdue = due && status == GoalStatus::missed;
        const bool due_soon = due && today <= *due && *due <= horizon_end;
        const bool milestones = std::any_of(g.definition.milestones.begin(), g.definition.milestones.end(),
                                            [&](const Milestone& m) { return goals_from <= m.date && m.date <= horizon_end; });
        if (!overdue && !due_soon && !milestones) continue;
        std::vector<std::string> to{g.owner};
        if (auto it = mentors_of.find(g.owner); it != mentors_of.end()) {
            for (std::string_view m : it->second) {
                if (std::find(to.begin(), to.end(), m) == to.end()) to.emplace_back(m);
            }
        }
        const std::optional<double> latest = g.latest();
        const std::string now = latest ? fmt::format("latest {}", format_value(*latest)) : std::string("no progress yet");
        const std::string name = fmt::format("goal {} \"{}\" of {}", g.id, g.definition.what, b.who(g.owner));
        const std::string capitalised = "G" + name.substr(1);
        auto send = [&](Reminder r) {
            r.subject = g.id;
            r.person = g.owner;
            r.goal = g.id;
            for (const std::string& id : to) b.add(id, r);
        };
        if (due && status == GoalStatus::missed) {
            Reminder r;
            r.section = ReminderSection::late;
            r.kind = "goal-overdue";
            r.date = *due;
            r.text = fmt::format("{} was due {} and is not marked met ({})", capitalised, short_day(*due), now);
            r.command = fmt::format("mentor goal done {}", g.id);
            send(r);
            continue;
        }
        if (due && today <= *due && *due <= horizon_end) {
            Reminder r;
            r.section = ReminderSection::coming;
            r.kind = "goal-due";
            r.date = *due;
            const std::string target =
                g.definition.target ? fmt::format("target {}, ", format_value(*g.definition.target)) : std::string();
            r.text = fmt::format("{} is due {} ({}{})", capitalised, short_day(*due), target, now);
            r.command = fmt::format("mentor goal progress {} VALUE", g.id);
            send(r);
        }
        for (const Milestone& m : g.definition.milestones) {
            if (m.date < goals_from) continue;
            const std::string value = m.value ? fmt::format(" ({})", format_value(*m.value)) : std::string();
            const std::string label = m.text.empty() ? std::string() : fmt::format(" \"{}\"", m.text);
            Reminder r;
            r.date = m.date;
            if (m.date < today) {
                // Without a value there is nothing to measure a milestone by once it has passed.
                if (!m.value || milestone_reached(g, m)) continue;
                r.section = ReminderSection::late;
                r.kind = "milestone-overdue";
                r.text = fmt::format("Milestone{}{} of {} was due {} and is not reached ({})", label, value, name,
                                     short_day(m.date), now);
                r.command = fmt::format("mentor goal progress {} VALUE", g.id);
            } else if (m.date <= horizon_end) {
                if (m.value && milestone_reached(g, m)) continue;
                r.section = ReminderSection::coming;
                r.kind = "milestone-due";
                r.text = fmt::format("Milestone{}{} of {} is due {} ({})", label, value, name, short_day(m.date), now);
                r.command = fmt::format("mentor goal progress {} VALUE", g.id);
            } else {
                continue;
            }
            send(r);
        }
    }

    // The coordinators' digest: mentees without a mentor, mentors over capacity or untrained.
    if (in_term) {
        std::unordered_map<std::string_view, std::vector<const Pair*>> active_of_mentor;
        std::unordered_map<std::string_view, Date> matched_until;  // mentee -> end of their last pair
        std::set<std::string_view> matched;
        for (const Pair& p : in.pairs) {
            if (active_on(p, today)) {
                active_of_mentor[p.mentor].push_back(&p);
                matched.insert(p.mentee);
            } else if (p.end && *p.end <= today) {
                auto [it, added] = matched_until.try_emplace(p.mentee, *p.end);
                if (!added && it->second < *p.end) it->second = *p.end;
            }
        }
        for (const Person& p : in.roster.people) {
            if (!p.has(Role::mentee) || !p.is_present(today) || matched.count(p.id)) continue;
            Date since = std::max(program.term.start, p.start.value_or(program.term.start));
            if (auto it = matched_until.find(p.id); it != matched_until.end()) since = std::max(since, it->second);
            Reminder r;
            r.section = ReminderSection::digest;
            r.kind = "unmatched";
            r.subject = p.id;
            r.person = p.id;
            r.date = since;
            const int n = today - since;
            r.text = fmt::format("{} has had no mentor for {} day{} (since {})", b.who(p.id), n, n == 1 ? "" : "s",
                                 short_day(since));
            r.command = fmt::format("mentor pair explain {}", p.id);
            b.to_coordinators(r, {p.school});
        }
        for (const auto& [mentor_id, list] : active_of_mentor) {
            const Person* m = b.find(mentor_id);
            if (!m) continue;
            Date first = list.front()->start, latest = list.front()->start;
            for (const Pair* p : list) {
                first = std::min(first, p->start);
                latest = std::max(latest, p->start);
            }
            const int capacity = program.matching.capacity_of(*m);
            if (static_cast<int>(list.size()) > capacity) {
                Reminder r;
                r.section = ReminderSection::digest;
                r.kind = "over-capacity";
                r.subject = m->id;
                r.person = m->id;
                r.date = latest;
                r.text = fmt::format("{} mentors {} teachers; their capacity is {}", b.who(m->id), list.size(), capacity);
                r.command = "mentor pairs";
                b.to_coordinators(r, {m->school});
            }
            if (!m->trained || today < *m->trained) {
                Reminder r;
                r.section = ReminderSection::digest;
                r.kind = "untrained";
                r.subject = m->id;
                r.person = m->id;
                r.date = first;
                r.text = m->trained ? fmt::format("{} mentors before their training on {}", b.who(m->id),
                                                  short_day(*m->trained))
                                    : fmt::format("{} mentors without a mentor training date", b.who(m->id));
                b.to_coordinators(r, {m->school});
            }
        }
    }

    std::vector<Reminder>& all = b.out;
    std::stable_sort(all.begin(), all.end(), [](const Reminder& a, const Reminder& c) {
        if (const int r = a.recipient.compare(c.recipient)) return r < 0;
        if (a.section != c.section) return a.section < c.section;
        if (a.date != c.date) return a.date < c.date;
        return a.key < c.key;
    });
    // The same item can reach a coordinator twice (their school is the mentor's and the mentee's).
    all.erase(std::unique(all.begin(), all.end(),
                          [](const Reminder& a, const Reminder& c) {
                              return a.recipient == c.recipient && a.section == c.section && a.key == c.key;
                          }),
              all.end());
    return std::move(all);
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
