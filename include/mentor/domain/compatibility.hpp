#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "mentor/domain/availability.hpp"
#include "mentor/domain/free_time.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"

namespace mentor {

/// The criteria of a compatibility score, in the order the config lists their weights.
enum class Criterion { subject, grade, school, availability, focus, survey, language, experience, preference, needs };
inline constexpr std::size_t criterion_count = 10;

/// The config name of a criterion (`subject`, `grade`, ...).
std::string_view criterion_name(Criterion c);

/// A rule that forbids a pair, whatever its score.
enum class Rule { self, not_present, untrained, no_capacity, evaluator, avoid, school, no_common_time, no_window, time_taken, earlier_pair,
                  not_qualified, opted_out };

/// The stable names of the rules, as JSON and the pairs file write them.
inline constexpr NameTable<Rule, 13> rule_names{{
    {Rule::self, "self"},
    {Rule::not_present, "not-present"},
    {Rule::untrained, "untrained"},
    {Rule::no_capacity, "no-capacity"},
    {Rule::evaluator, "evaluator"},
    {Rule::avoid, "avoid"},
    {Rule::school, "school"},
    {Rule::no_common_time, "no-common-time"},
    {Rule::no_window, "no-window"},
    {Rule::time_taken, "time-taken"},
    {Rule::earlier_pair, "earlier-pair"},
    {Rule::not_qualified, "not-qualified"},
    {Rule::opted_out, "opted-out"},
}};
/// The stable name of a rule (`evaluator`, `avoid`, ...).
inline std::string_view rule_name(Rule r) { return rule_names.name_of(r); }

/// A pair's score criterion by criterion, in hundredths of a point, so that totals are exact
/// integers: the solver maximises exactly the sum that is shown.
struct Score {
    std::array<int, criterion_count> points{};
    int total() const;
};

/// The largest score, in hundredths, that pairs.tsv may hold (either sign): far above any sum of
/// weighted criteria (weights are at most 100), far below overflow.
inline constexpr int max_pair_score = 1000000;

/// Formats hundredths of a point as a decimal number: 2745 -> "27.45".
std::string format_points(int hundredths);

/// Compatibility of every possible pair of one roster under one program on one day.
/// People are referred to by their index in the roster. Building it prepares each person's
/// features once; each pair's rules and score are then cheap to evaluate.
class Compatibility {
public:
    /// `earlier` holds (mentor id, mentee id) pairs made before, for the no-repeat rule.
    /// `peer` scores pairs of equals: experience is closeness, preferences are mutual.
    Compatibility(const Roster& roster, const Program& program, Date day,
                  const std::vector<std::pair<std::string, std::string>>& earlier, bool peer = false);

    /// The first rule that forbids `mentor` to mentor `mentee`, or nothing when the pair is allowed.
    std::optional<Rule> excluded(int mentor, int mentee) const;
    /// The pair's score per criterion.
    Score score(int mentor, int mentee) const;
    /// Both at once, sharing the work: the rule that forbids the pair, or its score in `out`.
    std::optional<Rule> assess(int mentor, int mentee, Score& out) const;
    /// A sentence saying why `rule` forbids the pair, naming the people and the facts.
    std::string explain(Rule rule, int mentor, int mentee) const;
    /// Weekly minutes the two have free in common.
    int shared_minutes(int a, int b) const;
    /// The standing weekly slots people already hold (of pairs that are kept), per roster index:
    /// a new pair needs a common window clear of both people's slots (rule `time-taken`).
    void set_standing(std::vector<std::vector<WeeklySlot>> per_person);
    /// Forbids one pair by rule `time-taken`, for the reason given: a pair that would leave
    /// someone without a standing slot of their own.
    void forbid(int mentor, int mentee, std::string why);
    /// An upper bound of any pair's total score.
    int max_total() const { return max_total_; }
    /// Whether `mentor` passes the rules that look at the mentor alone (present, trained,
    /// qualified, capacity above 0): when not, every pair with them is excluded.
    bool can_mentor(int mentor) const;

    const Roster& roster() const { return roster_; }
    const Program& program() const { return program_; }
    Date day() const { return day_; }

private:
    friend class CandidateIndex;  // reads the features to bound the score of groups of mentors

    struct Features {
        std::vector<int> subjects, focus, languages;  // interned, sorted
        std::vector<int> strengths, top_needs;        // interned, sorted: a mentor's strengths, a mentee's highest needs
        std::uint16_t grades = 0;                     // bit g set for grade g
        int school = -1;
        std::vector<Window> windows;                  // merged, sorted
        WeekSpans free;                               // free for meetings: availability minus teaching
        std::vector<std::pair<int, double>> survey;   // interned question, answer; sorted
        std::vector<std::pair<int, int>> prefers;     // person index, rank; sorted by index
        int prefers_count = 0;
        std::vector<int> avoid;                       // person indices, sorted
        int supervisor = -1;
    };

    const Roster& roster_;
    const Program& program_;
    Date day_;
    bool peer_;
    std::vector<Features> features_;
    std::unordered_set<std::uint64_t> earlier_;
    int max_total_ = 0;
    std::vector<std::vector<WeeklySlot>> standing_;  // per person: standing slots of kept pairs
    std::unordered_map<std::uint64_t, std::string> forbidden_;  // pairs without a standing slot, and why

    /// The two people's free time in common, clear of their standing slots and of weekdays
    /// where either already has `max_per_day` of them.
    WeekSpans open_time(int mentor, int mentee, const WeekSpans& common) const;

    std::array<double, criterion_count> weights_{};

    double preference_share(int who, int other) const;
    std::array<double, criterion_count> shares(int mentor, int mentee, int overlap) const;
    std::optional<Rule> excluded(int mentor, int mentee, int& overlap) const;
    Score score(int mentor, int mentee, int overlap) const;
};

}  // namespace mentor
