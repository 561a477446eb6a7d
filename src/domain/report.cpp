#include "mentor/domain/report.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

namespace mentor {

namespace {

std::string pair_key(std::string_view mentee, std::string_view mentor) {
    std::string k(mentee);
    k += '\t';
    k += mentor;
    return k;
}

Date monday_of(Date d) { return d - d.weekday(); }

// Whether the pair was current at some time in [from, until].
bool overlaps(const Pair& p, Date from, Date until) { return p.start <= until && (!p.end || from <= *p.end); }

// Number of Monday-to-Sunday weeks from `from` to `until` that hold at least one school day.
int school_weeks(const Program& program, Date from, Date until) {
    int weeks = 0;
    for (Date monday = monday_of(from); monday <= until; monday = monday + 7) {
        for (int i = 0; i < 5; ++i) {
            const Date d = monday + i;
            if (from <= d && d <= until && program.term.is_school_day(d)) {
                ++weeks;
                break;
            }
        }
    }
    return weeks;
}

}  // namespace

std::optional<int> PairFigures::adherence_percent() const {
    if (planned <= 0) return std::nullopt;
    return std::min(held, planned) * 100 / planned;
}

int ComplianceRule::met() const {
    return static_cast<int>(std::count_if(results.begin(), results.end(),
                                          [](const RuleResult& r) { return r.status == RuleResult::Status::met; }));
}

int ComplianceRule::not_met() const {
    return static_cast<int>(std::count_if(results.begin(), results.end(),
                                          [](const RuleResult& r) { return r.status == RuleResult::Status::not_met; }));
}

std::optional<int> Report::adherence_percent() const {
    if (planned <= 0) return std::nullopt;
    int capped = 0;
    for (const PairFigures& p : pairs) capped += std::min(p.held, p.planned);
    return capped * 100 / planned;
}

int Report::at_risk() const {
    return static_cast<int>(std::count_if(pairs.begin(), pairs.end(), [](const PairFigures& p) { return !p.risks.empty(); }));
}

std::int64_t Report::stipend_total_cents() const {
    std::int64_t total = 0;
    for (const Stipend& s : stipends) total += s.total_cents();
    return total;
}

std::int64_t pay_cents(std::int64_t minutes, std::int64_t rate_cents, std::int64_t factor_hundredths) {
    // minutes/60 hours x rate x factor/100, in cents; half a cent rounds up.
    const std::int64_t scaled = minutes * rate_cents * factor_hundredths;
    return (scaled + 3000) / 6000;
}

std::string format_cents(std::int64_t cents) {
    const bool negative = cents < 0;
    const std::int64_t a = negative ? -cents : cents;
    return fmt::format("{}{}.{:02}", negative ? "-" : "", a / 100, a % 100);
}

Report compute_report(const Program& program, const Roster& roster, const std::vector<Pair>& pairs,
                      const std::vector<Meeting>& meetings, const std::vector<Entry>& entries,
                      const ReportOptions& options) {
    Report r;
    r.program_id = program.id;
    r.program_name = program.name;
    r.currency = program.stipend.currency;
    r.today = options.today;
    r.from = program.term.start;
    r.until = std::min(options.today, program.term.end);
    r.risk_adherence_percent = options.risk_adherence_percent;
    r.risk_days = options.risk_days;
    r.hourly = program.stipend.hourly;
    r.workshop_hourly = program.stipend.workshop_hourly;
    r.planning_ratio = program.stipend.planning_ratio;
    r.by = options.by;
    const Date from = r.from, until = r.until;
    const bool started = from <= until;
    const RosterIndex people(roster);

    // The pairs of the year, and an index from (mentee, mentor) to them.
    std::unordered_map<std::string, std::vector<std::size_t>> pair_index;
    if (started) {
        for (const Pair& p : pairs) {
            if (!overlaps(p, from, until)) continue;
            PairFigures f;
            f.mentor = p.mentor;
            f.mentee = p.mentee;
            if (const Person* m = people.find(p.mentee)) f.school = m->school;
            f.start = p.start;
            if (p.end && *p.end <= until) f.end = p.end;  // an end after the window has not happened yet
            f.observations_required = f.active() ? program.cadence.observations : 0;
            r.pairs.push_back(std::move(f));
        }
    }
    std::sort(r.pairs.begin(), r.pairs.end(), [](const PairFigures& a, const PairFigures& b) {
        return std::tie(a.mentee, a.start, a.mentor) < std::tie(b.mentee, b.start, b.mentor);
    });
    for (std::size_t i = 0; i < r.pairs.size(); ++i) pair_index[pair_key(r.pairs[i].mentee, r.pairs[i].mentor)].push_back(i);
    // The pair of (mentee, mentor) current on `day`, else their latest pair of the year.
    const auto find_pair = [&](std::string_view mentee, std::string_view mentor, Date day) -> PairFigures* {
        const auto it = pair_index.find(pair_key(mentee, mentor));
        if (it == pair_index.end()) return nullptr;
        for (std::size_t i : it->second) {
            PairFigures& f = r.pairs[i];
            if (f.start <= day && (!f.end || day <= *f.end)) return &f;
        }
        return &r.pairs[it->second.back()];
    };

    // Weeks of the window, for the adherence chart.
    if (started) {
        for (Date monday = monday_of(from); monday <= until; monday = monday + 7) r.weeks.push_back({monday, 0, 0});
    }
    const auto week_of = [&](Date d) -> WeekFigures& {
        return r.weeks[static_cast<std::size_t>((monday_of(d) - monday_of(from)) / 7)];
    };

    // Planned check-ins: scheduled, not cancelled, in the window.
    for (const Meeting& m : meetings) {
        if (m.kind != MeetingKind::meeting || m.cancelled || m.date < from || until < m.date) continue;
        if (PairFigures* f = find_pair(m.mentee, m.mentor, m.date)) {
            ++f->planned;
            ++week_of(m.date).planned;
        }
    }

    // What the journal says happened: counts and minutes only, never text.
    std::map<std::string, std::pair<int, int>, std::less<>> pay_minutes;  // mentor -> (mentoring, workshop)
    for (const Entry& e : entries) {
        if (e.date < from || until < e.date || is_goal_event(e.kind)) continue;
        if (e.kind == EntryKind::workshop && !e.person.empty()) {
            pay_minutes[e.person].second += e.minutes;
            continue;
        }
        if (!needs_pair(e.kind) || !e.has_pair()) continue;
        pay_minutes[e.mentor].first += e.minutes;
        PairFigures* f = find_pair(e.mentee, e.mentor, e.date);
        if (!f) continue;
        f->contact_minutes += e.minutes;
        if (e.kind == EntryKind::check_in) {
            ++f->held;
            ++week_of(e.date).held;
            if (!f->last_check_in || *f->last_check_in < e.date) f->last_check_in = e.date;
        } else if (e.kind == EntryKind::observation) {
            ++f->observations;
        }
    }

    // Totals and risks.
    for (PairFigures& f : r.pairs) {
        if (f.active()) {
            ++r.pairs_active;
            if (auto a = f.adherence_percent(); a && *a < options.risk_adherence_percent) {
                f.risks.push_back(fmt::format("held {} of {} planned check-ins ({}%, below {}%)", f.held, f.planned, *a,
                                              options.risk_adherence_percent));
            }
            const Date since = f.last_check_in ? *f.last_check_in : std::max(f.start, from);
            const int quiet = until - since;
            if (quiet >= options.risk_days) {
                f.risks.push_back(f.last_check_in
                                      ? fmt::format("no check-in for {} days (last {})", quiet, f.last_check_in->iso())
                                      : fmt::format("no check-in in the {} days since {}", quiet, since.iso()));
            }
        } else {
            ++r.pairs_ended;
        }
        r.planned += f.planned;
        r.held += f.held;
        r.contact_minutes += f.contact_minutes;
        r.observations += f.observations;
        r.observations_required += f.observations_required;
    }

    // Mentees: who is matched, how long it took, who waits.
    std::map<std::string, Date, std::less<>> first_pair;  // mentee -> start of their first pair of the year
    for (const PairFigures& f : r.pairs) {
        auto [it, fresh] = first_pair.emplace(f.mentee, f.start);
        if (!fresh && f.start < it->second) it->second = f.start;
    }
    std::map<std::string, int, std::less<>> active_mentees;  // mentor -> current mentees
    std::map<std::string, bool, std::less<>> has_active;     // mentee -> has a current pair
    for (const PairFigures& f : r.pairs) {
        if (!f.active()) continue;
        ++active_mentees[f.mentor];
        has_active[f.mentee] = true;
    }
    const auto mentee_start = [&](const Person& p) { return std::max(from, p.start.value_or(from)); };
    std::vector<const Person*> mentees;
    for (const Person& p : roster.people) {
        if (p.has(Role::mentee) && p.is_present(until)) mentees.push_back(&p);
    }
    std::sort(mentees.begin(), mentees.end(), [](const Person* a, const Person* b) { return a->id < b->id; });
    r.mentees = static_cast<int>(mentees.size());
    long days_sum = 0;
    int days_count = 0;
    for (const Person* p : mentees) {
        if (!started) continue;
        if (!has_active.count(p->id)) r.unmatched.push_back({p->id, p->name, std::max(0, until - mentee_start(*p))});
        if (auto it = first_pair.find(p->id); it != first_pair.end()) {
            const int days = std::max(0, it->second - mentee_start(*p));
            days_sum += days;
            ++days_count;
            r.max_days_to_match = std::max(r.max_days_to_match, days);
        }
    }
    if (days_count > 0) r.average_days_to_match = static_cast<double>(days_sum) / days_count;

    // Goals folded from the events of the window.
    const std::vector<Goal> goals = fold_goals(entries);
    std::map<std::string, Date, std::less<>> first_goal;  // owner -> day their first goal was added
    for (const Goal& g : goals) {
        auto [it, fresh] = first_goal.emplace(g.owner, g.added);
        if (!fresh && g.added < it->second) it->second = g.added;
        switch (g.status(options.today)) {
        case GoalStatus::met: ++r.goals.met; break;
        case GoalStatus::missed: ++r.goals.missed; break;
        case GoalStatus::dropped: ++r.goals.dropped; break;
        case GoalStatus::active: {
            ++r.goals.active;
            const Pace pace = estimate_pace(g, options.today).pace;
            if (pace == Pace::ahead || pace == Pace::on_track || pace == Pace::reached) {
                ++r.goals.on_track;
            } else if (pace == Pace::behind) {
                ++r.goals.behind;
            } else {
                ++r.goals.no_data;
            }
            break;
        }
        }
    }

    // Workload and stipends: every mentor on staff during the window, by id.
    std::vector<const Person*> mentors;
    for (const Person& p : roster.people) {
        if (!p.has(Role::mentor)) continue;
        const bool present = (!p.start || *p.start <= until) && (!p.leaves || from < *p.leaves);
        if (present) mentors.push_back(&p);
    }
    std::sort(mentors.begin(), mentors.end(), [](const Person* a, const Person* b) { return a->id < b->id; });
    const auto cents = [](double v) { return static_cast<std::int64_t>(v * 100 + 0.5); };
    const std::int64_t hourly = cents(program.stipend.hourly), workshop_hourly = cents(program.stipend.workshop_hourly);
    const std::int64_t factor = 100 + cents(program.stipend.planning_ratio);
    for (const Person* m : mentors) {
        if (m->is_present(until)) {
            const auto it = active_mentees.find(m->id);
            r.workload.push_back({m->id, m->name, it == active_mentees.end() ? 0 : it->second, program.matching.capacity_of(*m)});
        }
        Stipend s{m->id, m->name, m->email, m->school};
        if (const auto it = pay_minutes.find(m->id); it != pay_minutes.end()) {
            s.mentoring_minutes = it->second.first;
            s.workshop_minutes = it->second.second;
        }
        s.mentoring_cents = pay_cents(s.mentoring_minutes, hourly);
        s.workshop_cents = pay_cents(s.workshop_minutes, workshop_hourly, factor);
        r.stipends.push_back(std::move(s));
    }

    // Compliance, for the rules the config sets.
    const Compliance& c = program.compliance;
    std::map<std::string, int, std::less<>> mentee_minutes;
    for (const PairFigures& f : r.pairs) mentee_minutes[f.mentee] += f.contact_minutes;
    const auto minutes_of = [&](const Person& p) {
        const auto it = mentee_minutes.find(p.id);
        return it == mentee_minutes.end() ? 0 : it->second;
    };
    using S = RuleResult::Status;
    if (c.min_minutes_per_week && started) {
        ComplianceRule rule{"min_minutes_per_week", fmt::format("at least {} mentoring minutes a school week", *c.min_minutes_per_week), {}};
        for (const Person* p : mentees) {
            const int weeks = school_weeks(program, mentee_start(*p), until), minutes = minutes_of(*p);
            if (weeks == 0) {
                rule.results.push_back({p->id, p->name, "no school week yet", 0, S::pending});
                continue;
            }
            const bool ok = minutes >= *c.min_minutes_per_week * weeks;
            rule.results.push_back({p->id, p->name, fmt::format("{} min in {} weeks ({} a week)", minutes, weeks, minutes / weeks),
                                    minutes / weeks, ok ? S::met : S::not_met});
        }
        r.compliance.push_back(std::move(rule));
    }
    if (c.min_minutes_per_term && started) {
        ComplianceRule rule{"min_minutes_per_term", fmt::format("at least {} mentoring minutes in the term", *c.min_minutes_per_term), {}};
        const bool over = program.term.end <= options.today;
        for (const Person* p : mentees) {
            const int minutes = minutes_of(*p);
            const S status = minutes >= *c.min_minutes_per_term ? S::met : over ? S::not_met : S::pending;
            rule.results.push_back({p->id, p->name, fmt::format("{} min", minutes), minutes, status});
        }
        r.compliance.push_back(std::move(rule));
    }
    if (c.max_days_to_match && started) {
        ComplianceRule rule{"max_days_to_match", fmt::format("a mentor within {} days of starting", *c.max_days_to_match), {}};
        for (const Person* p : mentees) {
            if (auto it = first_pair.find(p->id); it != first_pair.end()) {
                const int days = std::max(0, it->second - mentee_start(*p));
                rule.results.push_back({p->id, p->name, fmt::format("matched in {} days", days), days,
                                        days <= *c.max_days_to_match ? S::met : S::not_met});
            } else {
                const int days = std::max(0, until - mentee_start(*p));
                rule.results.push_back({p->id, p->name, fmt::format("waiting {} days", days), days,
                                        days <= *c.max_days_to_match ? S::pending : S::not_met});
            }
        }
        r.compliance.push_back(std::move(rule));
    }
    if (c.first_goal_within_days && started) {
        ComplianceRule rule{"first_goal_within_days", fmt::format("a first goal within {} days of starting", *c.first_goal_within_days), {}};
        for (const Person* p : mentees) {
            if (auto it = first_goal.find(p->id); it != first_goal.end()) {
                const int days = std::max(0, it->second - mentee_start(*p));
                rule.results.push_back({p->id, p->name, fmt::format("first goal after {} days", days), days,
                                        days <= *c.first_goal_within_days ? S::met : S::not_met});
            } else {
                const int days = std::max(0, until - mentee_start(*p));
                rule.results.push_back({p->id, p->name, fmt::format("no goal after {} days", days), days,
                                        days <= *c.first_goal_within_days ? S::pending : S::not_met});
            }
        }
        r.compliance.push_back(std::move(rule));
    }

    // Breakdown.
    if (options.by != ReportOptions::By::none) {
        std::map<std::string, GroupFigures> groups;
        for (const PairFigures& f : r.pairs) {
            std::string key = options.by == ReportOptions::By::school ? f.school : f.mentor;
            if (key.empty()) key = "(none)";
            GroupFigures& g = groups[key];
            g.key = key;
            ++g.pairs;
            g.planned += f.planned;
            g.held += f.held;
            g.contact_minutes += f.contact_minutes;
            g.observations += f.observations;
            g.observations_required += f.observations_required;
            if (!f.risks.empty()) ++g.at_risk;
        }
        for (auto& [key, g] : groups) r.groups.push_back(std::move(g));
    }
    return r;
}

}  // namespace mentor
