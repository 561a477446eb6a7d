// Retention of new teachers by starting cohort, and each cohort's outcomes year by year.
#include "mentor/domain/retention.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "mentor/domain/terms.hpp"

namespace mentor {

std::optional<int> OutcomeRow::adherence_percent() const {
    if (planned <= 0) return std::nullopt;
    return held_within_plan * 100 / planned;
}

std::vector<YearPairs> figures_by_year(const Program& program, const Roster& roster, const std::vector<Pair>& pairs,
                                       const std::vector<Meeting>& meetings, const std::vector<Entry>& entries, Date today) {
    std::vector<YearPairs> out;
    for (const Term* term : all_terms(program)) {
        if (today < term->start) continue;
        Program year = program;
        year.term = *term;
        ReportOptions options;
        options.today = today;
        options.from = term->start;
        options.to = term->end;
        Report r = compute_report(year, roster, pairs, meetings, entries, options);
        out.push_back({term->end.year(), std::move(r.pairs)});
    }
    return out;
}

namespace {

struct Mentee {
    const Person* person;
    int cohort;                 // school year of the start
    std::string mentor;         // the first mentor of their first year
    int first_year_minutes = 0;
};

std::string band_of(int minutes) {
    if (minutes < 600) return std::string(mentoring_bands[0]);
    if (minutes < 1200) return std::string(mentoring_bands[1]);
    return std::string(mentoring_bands[2]);
}

// Rows of people grouped by (cohort, key); the row's stayed counts follow the cohort's years.
class Rows {
public:
    Rows(const Program& program, Date today) : program_(program), today_(today) {}
    void add(const Mentee& m, const std::string& key) { groups_[{m.cohort, key}].push_back(m.person); }
    // The rows of at least `min_group` people; the others are counted in `hidden`.
    std::vector<RetentionRow> rows(int min_group, int& hidden) const {
        std::vector<RetentionRow> out;
        for (const auto& [k, people] : groups_) {
            if (static_cast<int>(people.size()) < min_group) {
                ++hidden;
                continue;
            }
            RetentionRow row;
            row.cohort = school_year_name(k.first);
            row.group = k.second;
            row.size = static_cast<int>(people.size());
            for (int y = 1;; ++y) {
                const Date first_day = school_year_start(program_, k.first + y);
                if (today_ < first_day) break;
                row.stayed.push_back(static_cast<int>(
                    std::count_if(people.begin(), people.end(), [&](const Person* p) { return p->is_present(first_day); })));
            }
            out.push_back(std::move(row));
        }
        return out;
    }

private:
    const Program& program_;
    Date today_;
    std::map<std::pair<int, std::string>, std::vector<const Person*>> groups_;
};

}  // namespace

Retention compute_retention(const Program& program, const Roster& roster, const std::vector<Goal>& goals,
                            const std::vector<YearPairs>& years, Date today) {
    Retention r;
    r.program_id = program.id;
    r.today = today;
    r.min_group = program.privacy.min_group;

    std::map<std::string, Mentee, std::less<>> mentees;
    for (const Person& p : roster.people) {
        if (!p.has(Role::mentee)) continue;
        const Date start = p.start.value_or(program.term.start);
        if (today < start) continue;
        mentees.emplace(p.id, Mentee{&p, school_year_of(program, start), {}, 0});
    }
    // The first mentor and the contact time of each mentee's first school year.
    for (const YearPairs& y : years) {
        for (const PairFigures& f : y.pairs) {
            const auto it = mentees.find(f.mentee);
            if (it == mentees.end() || it->second.cohort != y.school_year) continue;
            Mentee& m = it->second;
            m.first_year_minutes += f.contact_minutes;
            if (m.mentor.empty()) m.mentor = f.mentor;  // pairs come sorted by mentee, start, mentor
        }
    }

    Rows cohorts(program, today), schools(program, today), mentors(program, today), bands(program, today);
    for (const auto& [id, m] : mentees) {
        cohorts.add(m, "");
        schools.add(m, m.person->school.empty() ? "(none)" : m.person->school);
        mentors.add(m, m.mentor.empty() ? "(none)" : m.mentor);
        bands.add(m, band_of(m.first_year_minutes));
    }
    r.cohorts = cohorts.rows(r.min_group, r.hidden_cohorts);
    for (const auto& [by, rows] : {std::pair<std::string, const Rows*>{"school", &schools}, {"mentor", &mentors},
                                   {"mentoring", &bands}}) {
        RetentionBreakdown b;
        b.by = by;
        b.rows = rows->rows(r.min_group, b.hidden);
        r.breakdowns.push_back(std::move(b));
    }

    // Why people left, over all cohorts.
    std::map<int, int> reasons;  // index in left_reason_names; 5 = none written
    for (const auto& [id, m] : mentees) {
        const Person& p = *m.person;
        if (!p.leaves || today < *p.leaves) continue;
        ++reasons[p.left_reason ? static_cast<int>(*p.left_reason) : 5];
    }
    for (const auto& [i, n] : reasons) {
        if (n < r.min_group) {
            ++r.hidden_reasons;
            continue;
        }
        r.reasons.push_back({i < 5 ? std::string(left_reason_names.entries[i].second) : "unknown", n});
    }

    // Outcomes: each cohort in each of its years.
    std::map<std::pair<int, int>, OutcomeRow> rows;  // (cohort, year in program)
    std::map<std::pair<int, int>, std::set<std::string_view>> who;
    for (const YearPairs& y : years) {
        for (const PairFigures& f : y.pairs) {
            const auto it = mentees.find(f.mentee);
            if (it == mentees.end()) continue;
            const int year = y.school_year - it->second.cohort + 1;
            if (year < 1) continue;
            OutcomeRow& o = rows[{it->second.cohort, year}];
            who[{it->second.cohort, year}].insert(it->first);
            o.contact_minutes += f.contact_minutes;
            o.observations += f.observations;
            o.planned += f.planned;
            o.held += f.held;
            o.held_within_plan += std::min(f.held, f.planned);
        }
    }
    for (const Goal& g : goals) {
        if (!g.done || !g.closed || today < *g.closed) continue;
        const auto it = mentees.find(g.owner);
        if (it == mentees.end()) continue;
        const int year = school_year_of(program, *g.closed) - it->second.cohort + 1;
        const auto row = rows.find({it->second.cohort, year});
        if (row != rows.end()) ++row->second.goals_met;
    }
    for (auto& [k, o] : rows) {
        o.cohort = school_year_name(k.first);
        o.year = k.second;
        o.school_year = school_year_name(k.first + k.second - 1);
        o.mentees = static_cast<int>(who[k].size());
        if (o.mentees < r.min_group) {
            ++r.hidden_outcomes;
            continue;
        }
        r.outcomes.push_back(o);
    }
    return r;
}

}  // namespace mentor
