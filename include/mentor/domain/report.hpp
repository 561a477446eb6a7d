#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/schedule.hpp"
#include "mentor/domain/needs.hpp"
#include "mentor/domain/survey_report.hpp"

namespace mentor {

/// What a report is computed from besides the files: the day, the thresholds and the grouping.
struct ReportOptions {
    Date today;
    int risk_adherence_percent = 75;  ///< a pair below this share of planned check-ins held is at risk
    int risk_days = 21;               ///< ... and so is one without a check-in for this many days
    enum class By { none, school, mentor } by = By::none;
    std::optional<Date> from;  ///< the first day counted (default: the term's start)
    std::optional<Date> to;    ///< the last day counted (default: the term's end); never after today
};

/// `report --by`'s groupings by name; no grouping has the empty name.
inline constexpr NameTable<ReportOptions::By, 3> report_by_names{
    {{ReportOptions::By::none, ""}, {ReportOptions::By::school, "school"}, {ReportOptions::By::mentor, "mentor"}}};

/// One pair of the school year (current, or ended during it) and its figures.
struct PairFigures {
    std::string mentor;
    std::string mentee;
    std::string school;                 ///< the mentee's school
    Date start;
    std::optional<Date> end;
    int planned = 0;                    ///< scheduled check-ins, not cancelled, up to today
    int held = 0;                       ///< meetings held (held_meetings: once, however many logged it)
    int contact_minutes = 0;            ///< minutes of its meetings and other pair entries (observation, ...)
    int observations = 0;               ///< observations logged
    int observations_required = 0;      ///< from the cadence, for current pairs
    std::optional<Date> last_check_in;
    std::vector<std::string> risks;     ///< why the pair is at risk; empty when it is not

    bool active() const { return !end.has_value(); }
    /// Held as a share of planned, in percent (held beyond planned counts as 100); none when nothing was planned.
    std::optional<int> adherence_percent() const;
};

/// A mentor's mentees against their capacity.
struct Workload {
    std::string mentor;
    std::string name;
    int mentees = 0;
    int capacity = 0;
};

/// A mentee without a current mentor.
struct UnmatchedMentee {
    std::string id;
    std::string name;
    int days_waiting = 0;  ///< from their start (or the term's) to today
};

/// Planned and held check-ins of the whole program in one week (Monday to Sunday).
struct WeekFigures {
    Date monday;
    int planned = 0;
    int held = 0;
};

/// Goals by status, and how the active ones are doing.
struct GoalFigures {
    int active = 0, met = 0, missed = 0, dropped = 0;
    int on_track = 0;  ///< active goals ahead, on track or already at their target
    int behind = 0;    ///< active goals behind their line
    int no_data = 0;   ///< active goals without progress to judge by
};

/// One person's result against one compliance rule.
struct RuleResult {
    std::string person;
    std::string name;
    std::string value;     ///< the person's figure, as shown ("280 min in 14 weeks (20 a week)", "matched in 3 days")
    int number = 0;        ///< the figure the rule compares: minutes a week (rounded down), minutes, or days
    enum class Status { met, not_met, pending } status = Status::met;
};

/// How a compliance result reads in text and HTML (JSON writes `not_met`).
inline constexpr NameTable<RuleResult::Status, 3> rule_status_names{
    {{RuleResult::Status::met, "met"}, {RuleResult::Status::not_met, "not met"}, {RuleResult::Status::pending, "pending"}}};

/// A configured compliance rule and everyone it applies to, sorted by person.
struct ComplianceRule {
    std::string key;          ///< the config key, e.g. `min_minutes_per_week`
    std::string description;  ///< "at least 60 mentoring minutes a week", with " (year 2)" when split by year
    std::vector<RuleResult> results;
    std::vector<int> years;   ///< the mentees' years in the program it judges, when its threshold differs by year; else empty
    int met() const;
    int not_met() const;
};

/// What one person is paid (a mentor, or anyone who led a workshop): amounts in cents, each line item rounded once (half up).
struct Stipend {
    std::string mentor;
    std::string name;
    std::string email;
    std::string school;
    int mentoring_minutes = 0;
    int workshop_minutes = 0;
    std::int64_t mentoring_cents = 0;  ///< mentoring minutes x hourly
    std::int64_t workshop_cents = 0;   ///< workshop minutes x workshop_hourly x (1 + planning_ratio)
    std::int64_t total_cents() const { return mentoring_cents + workshop_cents; }
};

/// Figures of a group of pairs (a school, or a mentor's pairs).
struct GroupFigures {
    std::string key;
    int pairs = 0;
    int planned = 0;
    int held = 0;
    int contact_minutes = 0;
    int observations = 0;
    int observations_required = 0;
    int at_risk = 0;
};

/// Everything a report shows. Only counts, minutes and ids: no journal text is ever copied in.
struct Report {
    std::string program_id;
    std::string program_name;
    std::string currency;
    Date today;
    Date from;   ///< the term's start, or --from
    Date until;  ///< today, or the term's end (or --to) when that is earlier
    int risk_adherence_percent = 0;
    int risk_days = 0;

    int pairs_active = 0;
    int pairs_ended = 0;                  ///< ended during the window
    int mentees = 0;                      ///< mentees on staff today
    int not_taking_part = 0;              ///< of them, those who opted out (or did not opt in): never unmatched
    bool participation_optional = false;
    std::vector<UnmatchedMentee> unmatched;
    std::optional<double> average_days_to_match;  ///< over the current pairs of this year
    int max_days_to_match = 0;

    std::vector<PairFigures> pairs;       ///< sorted by mentee, start, mentor
    int planned = 0;
    int held = 0;
    int contact_minutes = 0;
    int observations = 0;
    int observations_required = 0;
    std::vector<WeekFigures> weeks;       ///< from the window's first week to its last
    GoalFigures goals;
    std::vector<Workload> workload;       ///< mentors sorted by id
    std::vector<ComplianceRule> compliance;
    std::vector<Stipend> stipends;        ///< mentors and workshop leaders, sorted by id
    double hourly = 0, workshop_hourly = 0, planning_ratio = 0;
    std::vector<std::pair<int, double>> year_hourly;  ///< ([stipend.yearN]) year N on, its mentoring rate; by year

    ReportOptions::By by = ReportOptions::By::none;
    std::vector<GroupFigures> groups;     ///< sorted by key; empty without a grouping
    std::vector<SurveyFigures> surveys;   ///< surveys opened by today (compute_survey_figures), by id
    std::optional<NeedsSummary> needs;    ///< with [needs]: the mentees' needs (summarize_needs)
    int min_group = 3;                    ///< [privacy] min_group

    std::optional<int> adherence_percent() const;
    int at_risk() const;
    std::int64_t stipend_total_cents() const;
};

/// Computes a report over the school year up to `options.today` from the program, its roster,
/// the pairs record, the schedule and the journal entries (only those dated in the window are
/// counted; goal events of any date are folded). Pure and deterministic.
/// A mentee is judged by the [compliance] rules of their year in the program on the window's
/// last day; a mentor is paid for each entry about a mentee at the [stipend] hourly rate of
/// that mentee's year on the entry's day (a group session at the rate of its mentee earliest
/// in the program), one line item per rate; workshops at the year-1 rates.
Report compute_report(const Program& program, const Roster& roster, const std::vector<Pair>& pairs,
                      const std::vector<Meeting>& meetings, const std::vector<Entry>& entries,
                      const ReportOptions& options);

/// Cents for `minutes` at `rate_cents` an hour, times `factor_hundredths` / 100, rounded half up.
std::int64_t pay_cents(std::int64_t minutes, std::int64_t rate_cents, std::int64_t factor_hundredths = 100);

/// `1234.50` for 123450 cents: a decimal point, two decimals, no separators.
std::string format_cents(std::int64_t cents);

}  // namespace mentor
