#pragma once
#include <optional>
#include <string>
#include <vector>

#include "mentor/domain/goals.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/report.hpp"

namespace mentor {

/// The pairs of one school year (a past term or the current one) and their figures, counted
/// against that year's own calendar.
struct YearPairs {
    int school_year = 0;            ///< the calendar year it ends in (2026 for 2025-26)
    std::vector<PairFigures> pairs;
};

/// The figures of every listed school year that has begun by `today`, oldest first: one
/// compute_report per term, each with that term as the calendar and as the window.
std::vector<YearPairs> figures_by_year(const Program& program, const Roster& roster, const std::vector<Pair>& pairs,
                                       const std::vector<Meeting>& meetings, const std::vector<Entry>& entries, Date today);

/// How many of a group of new teachers were still on staff after 1, 2, 3 ... years.
struct RetentionRow {
    std::string cohort;             ///< the school year of their start: "2025-26"
    std::string group;              ///< the school, mentor or mentoring band; empty for the whole cohort
    int size = 0;
    std::vector<int> stayed;        ///< [k-1]: on staff on the first day of the k-th school year after the cohort's;
                                    ///< only years whose first day has come
};

/// The rows of one breakdown (`school`, `mentor`, `mentoring`), groups smaller than
/// `[privacy] min_group` left out and counted.
struct RetentionBreakdown {
    std::string by;
    std::vector<RetentionRow> rows; ///< sorted by cohort, group
    int hidden = 0;                 ///< groups left out because they are too small
};

/// Why people left, over every cohort.
struct LeftReasonCount {
    std::string reason;             ///< a left_reason name, or "unknown" when none is written
    int count = 0;
};

/// One cohort in one year of the program: what its mentees got and achieved that year.
struct OutcomeRow {
    std::string cohort;
    int year = 1;                   ///< year in the program
    std::string school_year;        ///< "2026-27"
    int mentees = 0;                ///< the cohort's mentees with a pair that year
    int contact_minutes = 0;
    int observations = 0;
    int planned = 0;
    int held = 0;
    int held_within_plan = 0;       ///< held, each pair's counted up to its planned
    int goals_met = 0;              ///< goals of the cohort's mentees marked met that school year
    std::optional<int> adherence_percent() const;
};

/// Retention and outcomes across years. Only counts: no names, no journal text.
struct Retention {
    std::string program_id;
    Date today;
    int min_group = 3;
    std::vector<RetentionRow> cohorts;         ///< sorted by cohort
    int hidden_cohorts = 0;
    std::vector<RetentionBreakdown> breakdowns;
    std::vector<LeftReasonCount> reasons;      ///< in the documented order; counts below min_group left out
    int hidden_reasons = 0;
    std::vector<OutcomeRow> outcomes;          ///< sorted by cohort, year
    int hidden_outcomes = 0;
};

/// The mentoring bands of the `mentoring` breakdown: contact hours in the first school year.
inline constexpr std::string_view mentoring_bands[] = {"under 10 h", "10 to 20 h", "20 h or more"};

/// Retention of every cohort of mentees (people with the mentee role whose start, or the
/// current term's start when none is written, has come by `today`) and the outcomes of each
/// cohort in each year. Pure and deterministic.
Retention compute_retention(const Program& program, const Roster& roster, const std::vector<Goal>& goals,
                            const std::vector<YearPairs>& years, Date today);

}  // namespace mentor
