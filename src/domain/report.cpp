#include "mentor/domain/participation.hpp"
#include "mentor/domain/report.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/terms.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

std::string pair_key(std::string_view mentee, std::string_view mentor) {
    std::string k(mentee);
    k += '\t';
    k += mentor;
    return k;
}

Date monday_of(Date d) { return d - d.weekday(); }

// Number of Monday-to-Sunday weeks from `from` to `until` that hold at least one school day.
int school_weeks(const Program& program, Date from, Date until) {
    int weeks = 0;
    for (Date monday = monday_of(from); monday <= until; monday = monday + 7) {
        for (int i = 0; i < 5; ++i) {
            const Date d = monday + i;
            if (from <= d && d <= until && is_school_day_in_its_term(program, d)) {
                ++weeks;
                break;
            }
        }
    }
    return weeks;
}

// A mentor's minutes to pay: mentoring minutes by hourly rate in cents (a mentee's year in the
// program may have its own rate), and workshop minutes.
struct PayMinutes {
    std::map<std::int64_t, int> mentoring;
    int workshop = 0;
    int mentoring_minutes() const {
        int n = 0;
        for (const auto& [rate, minutes] : mentoring) n += minutes;
        return n;
    }
};

std::int64_t cents_of(double v) { return static_cast<std::int64_t>(v * 100 + 0.5); }

// What the steps of compute_report share: the inputs, the report being filled and the
// indexes the steps build for the ones after them.
struct ReportWork {
    const Program& program;
    const Roster& roster;
    const ReportOptions& options;
    Report& r;
    Date from;
    Date until;
    bool started;
    RosterIndex people;
    std::unordered_map<std::string, std::vector<std::size_t>> pair_index;   // (mentee, mentor) -> pairs
    std::map<std::string, PayMinutes, std::less<>> pay_minutes;             // mentor -> minutes to pay
    std::map<std::string, Date, std::less<>> first_pair;  // mentee -> start of their first pair of the year
    std::map<std::string, Date, std::less<>> first_goal;  // owner -> day their first goal was added
    std::map<std::string, int, std::less<>> active_mentees;  // mentor -> current mentees
    std::vector<const Person*> mentees;                      // present at the end of the window, by id

    Date mentee_start(const Person& p) const { return std::max(from, p.start.value_or(from)); }

    // The rules of a mentee's year in the program on `day` (year 1 before their start).
    YearRules rules_of(const Person& mentee, Date day) const {
        return rules_for_year(program, std::max(1, year_in_program(program, mentee, day)));
    }

    // The hourly rate in cents for mentoring `mentee` on `day`: their year's [stipend].
    std::int64_t hourly_cents(std::string_view mentee, Date day) const {
        if (program.year_rules.empty()) return cents_of(program.stipend.hourly);
        const Person* p = people.find(mentee);
        return cents_of(p ? rules_of(*p, day).stipend.hourly : program.stipend.hourly);
    }

    // The rate of a group session: that of its mentee earliest in the program.
    std::int64_t session_cents(const Session& s) const {
        if (program.year_rules.empty() || s.mentees.empty()) return cents_of(program.stipend.hourly);
        int year = 0;
        for (std::string_view id : s.mentees) {
            const Person* p = people.find(id);
            const int y = p ? std::max(1, year_in_program(program, *p, s.date)) : 1;
            if (year == 0 || y < year) year = y;
        }
        return cents_of(rules_for_year(program, year).stipend.hourly);
    }

    // The pair of (mentee, mentor) current on `day`, else their latest pair of the year.
    PairFigures* find_pair(std::string_view mentee, std::string_view mentor, Date day) {
        const auto it = pair_index.find(pair_key(mentee, mentor));
        if (it == pair_index.end()) return nullptr;
        for (std::size_t i : it->second) {
            PairFigures& f = r.pairs[i];
            if (is_current_on(f.start, f.end, day)) return &f;
        }
        return &r.pairs[it->second.back()];
    }

    WeekFigures& week_of(Date d) { return r.weeks[static_cast<std::size_t>((monday_of(d) - monday_of(from)) / 7)]; }
};

// The report's header: the program, the window and the thresholds.
Report report_frame(const Program& program, const ReportOptions& options) {
    Report r;
    r.program_id = program.id;
    r.participation_optional = program.participation == Participation::optional;
    r.program_name = program.name;
    r.currency = program.stipend.currency;
    r.today = options.today;
    r.from = options.from.value_or(program.term.start);
    r.until = std::min(options.today, options.to.value_or(program.term.end));
    r.risk_adherence_percent = options.risk_adherence_percent;
    r.risk_days = options.risk_days;
    r.hourly = program.stipend.hourly;
    r.workshop_hourly = program.stipend.workshop_hourly;
    r.planning_ratio = program.stipend.planning_ratio;
    std::int64_t last = cents_of(program.stipend.hourly);
    for (const YearRules& y : program.year_rules) {
        if (cents_of(y.stipend.hourly) != last) r.year_hourly.emplace_back(y.year, y.stipend.hourly);
        last = cents_of(y.stipend.hourly);
    }
    r.by = options.by;
    return r;
}

// The pairs of the year, sorted, and an index from (mentee, mentor) to them.
void collect_pairs(ReportWork& w, const std::vector<Pair>& pairs) {
    const RosterIndex& people = w.people;
    if (w.started) {
        for (const Pair& p : pairs) {
            if (!p.is_current_during(w.from, w.until)) continue;
            PairFigures f;
            f.mentor = p.mentor;
            f.mentee = p.mentee;
            if (const Person* m = people.find(p.mentee)) f.school = m->school;
            f.start = p.start;
            if (p.has_ended(w.until)) f.end = p.ends();  // an end after the window has not happened yet
            f.observations_required = f.active() ? w.program.cadence.observations : 0;
            w.r.pairs.push_back(std::move(f));
        }
    }
    std::sort(w.r.pairs.begin(), w.r.pairs.end(), [](const PairFigures& a, const PairFigures& b) {
        return std::tie(a.mentee, a.start, a.mentor) < std::tie(b.mentee, b.start, b.mentor);
    });
    for (std::size_t i = 0; i < w.r.pairs.size(); ++i) {
        w.pair_index[pair_key(w.r.pairs[i].mentee, w.r.pairs[i].mentor)].push_back(i);
    }
}

// The weeks of the window, for the adherence chart, and the check-ins planned in them:
// scheduled, not cancelled, in the window.
void count_planned(ReportWork& w, const std::vector<Meeting>& meetings) {
    if (w.started) {
        for (Date monday = monday_of(w.from); monday <= w.until; monday = monday + 7) w.r.weeks.push_back({monday, 0, 0});
    }
    for (const Meeting& m : meetings) {
        if (m.kind != MeetingKind::meeting || m.cancelled || m.date < w.from || w.until < m.date) continue;
        if (PairFigures* f = w.find_pair(m.mentee, m.mentor, m.date)) {
            ++f->planned;
            ++w.week_of(m.date).planned;
        }
    }
}

// What the journal says happened: counts and minutes only, never text. Check-ins count as
// the meetings they record (held_meetings: one meeting however many of its people logged it,
// one paid session for a group); other pair entries and workshops count one by one.
void count_activity(ReportWork& w, const std::vector<Entry>& entries) {
    for (const Entry& e : entries) {
        if (e.date < w.from || w.until < e.date || is_goal_event(e.kind)) continue;
        if (e.kind == EntryKind::workshop && !e.person.empty()) {
            w.pay_minutes[e.person].workshop += e.minutes;
            continue;
        }
        if (!needs_pair(e.kind) || !e.has_pair() || e.kind == EntryKind::check_in) continue;
        w.pay_minutes[e.mentor].mentoring[w.hourly_cents(e.mentee, e.date)] += e.minutes;
        PairFigures* f = w.find_pair(e.mentee, e.mentor, e.date);
        if (!f) continue;
        f->contact_minutes += e.minutes;
        if (e.kind == EntryKind::observation) ++f->observations;
    }
    const HeldMeetings held = held_meetings(entries, w.from, w.until);
    for (const Session& s : held.sessions) w.pay_minutes[std::string(s.mentor)].mentoring[w.session_cents(s)] += s.minutes;
    for (const HeldMeeting& m : held.meetings) {
        PairFigures* f = w.find_pair(m.id.mentee, m.id.mentor, m.id.date);
        if (!f) continue;
        f->contact_minutes += m.minutes;
        ++f->held;
        ++w.week_of(m.id.date).held;
        if (!f->last_check_in || *f->last_check_in < m.id.date) f->last_check_in = m.id.date;
    }
}

// Why an active pair is at risk: too few check-ins held, or none for too long.
void add_risks(const ReportWork& w, PairFigures& f) {
    const ReportOptions& options = w.options;
    if (auto a = f.adherence_percent(); a && *a < options.risk_adherence_percent) {
        f.risks.push_back(fmt::format("held {} of {} planned check-ins ({}%, below {}%)", f.held, f.planned, *a,
                                      options.risk_adherence_percent));
    }
    const Date since = f.last_check_in ? *f.last_check_in : std::max(f.start, w.from);
    const int quiet = w.until - since;
    if (quiet >= options.risk_days) {
        f.risks.push_back(f.last_check_in ? fmt::format("no check-in for {} days (last {})", quiet, f.last_check_in->iso())
                                          : fmt::format("no check-in in the {} days since {}", quiet, since.iso()));
    }
}

// Adds a pair's counts to totals (the report's, or a group's).
template <class Totals>
void add_counts(Totals& t, const PairFigures& f) {
    t.planned += f.planned;
    t.held += f.held;
    t.contact_minutes += f.contact_minutes;
    t.observations += f.observations;
    t.observations_required += f.observations_required;
}

// Totals over the pairs, and the risks of the active ones.
void add_totals(ReportWork& w) {
    Report& r = w.r;
    for (PairFigures& f : r.pairs) {
        if (f.active()) {
            ++r.pairs_active;
            add_risks(w, f);
        } else {
            ++r.pairs_ended;
        }
        add_counts(r, f);
    }
}

// Mentees: who is matched, how long it took, who waits.
void match_mentees(ReportWork& w) {
    Report& r = w.r;
    for (const PairFigures& f : r.pairs) {
        auto [it, fresh] = w.first_pair.emplace(f.mentee, f.start);
        if (!fresh && f.start < it->second) it->second = f.start;
    }
    std::map<std::string, bool, std::less<>> has_active;  // mentee -> has a current pair
    for (const PairFigures& f : r.pairs) {
        if (!f.active()) continue;
        ++w.active_mentees[f.mentor];
        has_active[f.mentee] = true;
    }
    for (const Person& p : w.roster.people) {
        if (p.has(Role::mentee) && p.is_present(w.until)) w.mentees.push_back(&p);
    }
    std::sort(w.mentees.begin(), w.mentees.end(), [](const Person* a, const Person* b) { return a->id < b->id; });
    r.mentees = static_cast<int>(w.mentees.size());
    long days_sum = 0;
    int days_count = 0;
    for (const Person* p : w.mentees) {
        if (!w.started) continue;
        if (!takes_part(*p, w.program)) {
            ++r.not_taking_part;  // opted out: never unmatched
        } else if (!has_active.count(p->id)) {
            r.unmatched.push_back({p->id, p->name, std::max(0, w.until - w.mentee_start(*p))});
        }
        if (auto it = w.first_pair.find(p->id); it != w.first_pair.end()) {
            const int days = std::max(0, it->second - w.mentee_start(*p));
            days_sum += days;
            ++days_count;
            r.max_days_to_match = std::max(r.max_days_to_match, days);
        }
    }
    if (days_count > 0) r.average_days_to_match = static_cast<double>(days_sum) / days_count;
}

// Goals folded from the journal's events: how many stand where, and each owner's first.
void count_goals(ReportWork& w, const std::vector<Entry>& entries) {
    GoalFigures& out = w.r.goals;
    for (const Goal& g : fold_goals(entries)) {
        auto [it, fresh] = w.first_goal.emplace(g.owner, g.added);
        if (!fresh && g.added < it->second) it->second = g.added;
        switch (g.status(w.options.today)) {
        case GoalStatus::met: ++out.met; break;
        case GoalStatus::missed: ++out.missed; break;
        case GoalStatus::dropped: ++out.dropped; break;
        case GoalStatus::active: {
            ++out.active;
            const Pace pace = estimate_pace(g, w.options.today).pace;
            if (pace == Pace::ahead || pace == Pace::on_track || pace == Pace::reached) {
                ++out.on_track;
            } else if (pace == Pace::behind) {
                ++out.behind;
            } else {
                ++out.no_data;
            }
            break;
        }
        }
    }
}

// Workload and stipends: every mentor on staff during the window, and everyone else who
// was paid for something in it (a workshop they led), by id.
void workload_and_stipends(ReportWork& w) {
    const Program& program = w.program;
    std::vector<const Person*> mentors;
    for (const Person& p : w.roster.people) {
        const bool present = (!p.start || *p.start <= w.until) && (!p.leaves || w.from < *p.leaves);
        const auto paid = w.pay_minutes.find(p.id);
        const bool earned = paid != w.pay_minutes.end() && (paid->second.mentoring_minutes() > 0 || paid->second.workshop > 0);
        if ((p.has(Role::mentor) && present) || earned) mentors.push_back(&p);
    }
    std::sort(mentors.begin(), mentors.end(), [](const Person* a, const Person* b) { return a->id < b->id; });
    // Workshops are not about one mentee: they are paid at the first-year [stipend] rates.
    const std::int64_t workshop_hourly = cents_of(program.stipend.workshop_hourly);
    const std::int64_t factor = 100 + cents_of(program.stipend.planning_ratio);
    for (const Person* m : mentors) {
        if (m->has(Role::mentor) && m->is_present(w.until)) {
            const auto it = w.active_mentees.find(m->id);
            w.r.workload.push_back({m->id, m->name, it == w.active_mentees.end() ? 0 : it->second, program.matching.capacity_of(*m)});
        }
        Stipend s{m->id, m->name, m->email, m->school};
        if (const auto it = w.pay_minutes.find(m->id); it != w.pay_minutes.end()) {
            // One line item per rate, each rounded once.
            for (const auto& [rate, minutes] : it->second.mentoring) {
                s.mentoring_minutes += minutes;
                s.mentoring_cents += pay_cents(minutes, rate);
            }
            s.workshop_minutes = it->second.workshop;
        }
        s.workshop_cents = pay_cents(s.workshop_minutes, workshop_hourly, factor);
        w.r.stipends.push_back(std::move(s));
    }
}

using S = RuleResult::Status;

// Mentoring minutes a school week, on average over the weeks since each mentee started.
ComplianceRule minutes_per_week_rule(const ReportWork& w, const std::vector<const Person*>& mentees, int least,
                                     const std::map<std::string, int, std::less<>>& minutes_of) {
    ComplianceRule rule{"min_minutes_per_week", fmt::format("at least {} mentoring minutes a school week", least), {}, {}};
    for (const Person* p : mentees) {
        const int weeks = school_weeks(w.program, w.mentee_start(*p), w.until);
        const auto it = minutes_of.find(p->id);
        const int minutes = it == minutes_of.end() ? 0 : it->second;
        if (weeks == 0) {
            rule.results.push_back({p->id, p->name, "no school week yet", 0, S::pending});
            continue;
        }
        const bool ok = minutes >= least * weeks;
        rule.results.push_back({p->id, p->name, fmt::format("{} min in {} weeks ({} a week)", minutes, weeks, minutes / weeks),
                                minutes / weeks, ok ? S::met : S::not_met});
    }
    return rule;
}

// Mentoring minutes over the term; pending until the term is over.
ComplianceRule minutes_per_term_rule(const ReportWork& w, const std::vector<const Person*>& mentees, int least,
                                     const std::map<std::string, int, std::less<>>& minutes_of) {
    ComplianceRule rule{"min_minutes_per_term", fmt::format("at least {} mentoring minutes in the term", least), {}, {}};
    const bool over = w.program.term.end <= w.options.today;
    for (const Person* p : mentees) {
        const auto it = minutes_of.find(p->id);
        const int minutes = it == minutes_of.end() ? 0 : it->second;
        const S status = minutes >= least ? S::met : over ? S::not_met : S::pending;
        rule.results.push_back({p->id, p->name, fmt::format("{} min", minutes), minutes, status});
    }
    return rule;
}

// Days from a mentee's start to a first event (`firsts`: their first pair, or first goal):
// met within `most` days, pending while waiting no longer than that.
ComplianceRule days_to_first_rule(const ReportWork& w, const std::vector<const Person*>& mentees, std::string name,
                                  std::string description, int most, const std::map<std::string, Date, std::less<>>& firsts,
                                  std::string_view done, std::string_view waiting) {
    ComplianceRule rule{std::move(name), std::move(description), {}, {}};
    for (const Person* p : mentees) {
        if (auto it = firsts.find(p->id); it != firsts.end()) {
            const int days = std::max(0, it->second - w.mentee_start(*p));
            rule.results.push_back({p->id, p->name, fmt::format(fmt::runtime(done), days), days, days <= most ? S::met : S::not_met});
        } else {
            const int days = std::max(0, w.until - w.mentee_start(*p));
            rule.results.push_back(
                {p->id, p->name, fmt::format(fmt::runtime(waiting), days), days, days <= most ? S::pending : S::not_met});
        }
    }
    return rule;
}

// " (year 2)", " (years 1 and 3)": the years in the program a rule's threshold applies to.
std::string years_note(const std::vector<int>& years) {
    if (years.size() == 1) return fmt::format(" (year {})", years[0]);
    std::string out = " (years ";
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (i > 0) out += i + 1 == years.size() ? " and " : ", ";
        out += std::to_string(years[i]);
    }
    return out + ")";
}

// Compliance, for the rules the config sets. Each mentee is judged by the [compliance] rules
// of their year in the program on the window's last day; a rule whose threshold differs
// between the mentees' years is shown once per threshold, naming the years it applies to.
void check_compliance(ReportWork& w) {
    if (!w.started) return;
    std::map<std::string, int, std::less<>> mentee_minutes;
    for (const PairFigures& f : w.r.pairs) mentee_minutes[f.mentee] += f.contact_minutes;
    struct Judged {
        const Person* person;
        int year;
        Compliance rules;
    };
    std::vector<Judged> judged;
    for (const Person* p : w.mentees) {
        const int year = std::max(1, year_in_program(w.program, *p, w.until));
        judged.push_back({p, year, w.program.year_rules.empty() ? w.program.compliance : rules_for_year(w.program, year).compliance});
    }
    using Key = std::optional<int> Compliance::*;
    const auto each_threshold = [&](Key key, const auto& make) {
        std::map<int, std::pair<std::vector<const Person*>, std::set<int>>> by_threshold;  // threshold -> mentees, years
        bool anyone = false, everyone = true;
        for (const Judged& j : judged) {
            if (!(j.rules.*key)) {
                everyone = false;
                continue;
            }
            auto& [people, years] = by_threshold[*(j.rules.*key)];
            people.push_back(j.person);
            years.insert(j.year);
            anyone = true;
        }
        if (!anyone) {
            // Nobody to judge: the rule is still listed when the year-1 table sets it.
            if (w.program.compliance.*key) w.r.compliance.push_back(make(std::vector<const Person*>{}, *(w.program.compliance.*key)));
            return;
        }
        const bool split = by_threshold.size() > 1 || !everyone;
        std::vector<std::pair<int, ComplianceRule>> rules;  // first year, rule
        for (auto& [threshold, who] : by_threshold) {
            ComplianceRule rule = make(who.first, threshold);
            if (split) {
                rule.years.assign(who.second.begin(), who.second.end());
                rule.description += years_note(rule.years);
            }
            rules.emplace_back(*who.second.begin(), std::move(rule));
        }
        std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [year, rule] : rules) w.r.compliance.push_back(std::move(rule));
    };
    each_threshold(&Compliance::min_minutes_per_week, [&](const std::vector<const Person*>& who, int least) {
        return minutes_per_week_rule(w, who, least, mentee_minutes);
    });
    each_threshold(&Compliance::min_minutes_per_term, [&](const std::vector<const Person*>& who, int least) {
        return minutes_per_term_rule(w, who, least, mentee_minutes);
    });
    each_threshold(&Compliance::max_days_to_match, [&](const std::vector<const Person*>& who, int most) {
        return days_to_first_rule(w, who, "max_days_to_match", fmt::format("a mentor within {} days of starting", most), most,
                                  w.first_pair, "matched in {} days", "waiting {} days");
    });
    each_threshold(&Compliance::first_goal_within_days, [&](const std::vector<const Person*>& who, int most) {
        return days_to_first_rule(w, who, "first_goal_within_days", fmt::format("a first goal within {} days of starting", most),
                                  most, w.first_goal, "first goal after {} days", "no goal after {} days");
    });
}

// The pairs' figures by school or by mentor, when asked for.
void group_figures(ReportWork& w) {
    if (w.options.by == ReportOptions::By::none) return;
    std::map<std::string, GroupFigures> groups;
    for (const PairFigures& f : w.r.pairs) {
        std::string key = w.options.by == ReportOptions::By::school ? f.school : f.mentor;
        if (key.empty()) key = "(none)";
        // Schools written in another case or spacing are one school (shown as first written).
        GroupFigures& g = groups[w.options.by == ReportOptions::By::school ? fold_value(key) : key];
        if (g.key.empty()) g.key = key;
        ++g.pairs;
        add_counts(g, f);
        if (!f.risks.empty()) ++g.at_risk;
    }
    for (auto& [key, g] : groups) w.r.groups.push_back(std::move(g));
}

}  // namespace

Report compute_report(const Program& program, const Roster& roster, const std::vector<Pair>& pairs,
                      const std::vector<Meeting>& meetings, const std::vector<Entry>& entries,
                      const ReportOptions& options) {
    Report r = report_frame(program, options);
    ReportWork w{program, roster, options, r, r.from, r.until, r.from <= r.until, RosterIndex(roster), {}, {}, {}, {}, {}, {}};
    collect_pairs(w, pairs);
    count_planned(w, meetings);
    count_activity(w, entries);
    add_totals(w);
    match_mentees(w);
    count_goals(w, entries);
    workload_and_stipends(w);
    check_compliance(w);
    group_figures(w);
    return r;
}

}  // namespace mentor
