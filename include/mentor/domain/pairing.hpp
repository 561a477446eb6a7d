#pragma once
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "mentor/domain/compatibility.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// One pairing in the program's record: current (no end) or ended, kept as history.
struct Pair {
    std::string mentor;
    std::string mentee;
    Date start;
    std::optional<Date> end;
    int score = 0;              ///< hundredths of a point, when the pair was made
    bool locked = false;        ///< never changed by `mentor pair`
    std::string why;            ///< the criteria that made the score, or why the pair ended
    int line = 0;               ///< line in the pairs file it was read from (0: new)

    bool active() const { return !end.has_value(); }
};

/// Sorts pairs the way the pairs file keeps them: by mentee, start, mentor.
void sort_pairs(std::vector<Pair>& pairs);

/// The criteria with points, largest first: "subject 5.00, school 4.00, focus 2.67".
std::string summarize(const Score& s);

/// A mentee left without a mentor, and why.
struct Unmatched {
    std::string id;
    std::string reason;
};

/// What `mentor pair` would write: the whole record and how it changed.
struct PairingPlan {
    std::vector<Pair> pairs;           ///< every pair, history included, sorted
    int kept = 0;
    int ended = 0;
    int added = 0;
    std::vector<Unmatched> unmatched;  ///< sorted by id
    std::vector<std::string> notes;    ///< things the coordinator should know (a locked pair with someone who left)
    bool proven_optimal = false;       ///< the dual certificate covered every allowed pair
    int solver_rounds = 0;             ///< times the candidate lists had to grow (0: nothing was left out)
    int blocking_pairs = -1;           ///< stable mode: pairs who would rather be together (verified); -1 otherwise
    /// Allowed pairs not made because they would leave no standing slot for someone: (mentor,
    /// mentee, why), sorted.
    std::vector<std::tuple<std::string, std::string, std::string>> time_conflicts;
};

/// Pairs mentees with mentors (one-to-one, or group up to each mentor's capacity) as of `today`.
/// Existing pairs are kept unless someone in them has left, was removed, or a rule now forbids
/// them; locked pairs are always kept. Only the people left without a pair are placed: first as
/// many as possible, then the largest total score. Deterministic whatever the roster's order.
/// Each mentee's candidates are cut to its best `max_candidates` mentors to keep big programs
/// small; the solver's duals then prove that no mentor left out could improve the result,
/// adding any that could, so the result is the exact optimum whatever the cut.
/// Time: a pair needs a common free window of `cadence.minutes` clear of the standing slots of
/// the pairs kept (`recorded`: what the schedule record says about them), and every pair made
/// must get a standing slot of its own in `plan_standing_slots`, the plan `mentor schedule`
/// follows; a new pair that would not is not made (`time_conflicts`), and the rest is solved again.
PairingPlan plan_pairs(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                       const std::vector<RecordedSlot>& recorded = {}, int max_candidates = 64);

/// What a pairing run changed, pairs matched by (mentor, mentee, start): the pairs made in
/// it, and the pairs it ended (current before, ended after), each in the order of `after`.
struct PairingDiff {
    std::vector<Pair> added;
    std::vector<Pair> ended;
};
PairingDiff diff_pairs(const std::vector<Pair>& before, const std::vector<Pair>& after);

/// The program as a run sees it when `mode` (one-to-one, peer or stable) overrides program.mode;
/// an empty or unknown mode changes nothing.
Program with_mode(const Program& program, std::string_view mode);

/// One candidate of `mentor pair explain`: allowed with a score, or excluded by a rule.
struct CandidateLine {
    std::string id;
    std::optional<Rule> rule;
    std::string reason;   ///< when excluded: the sentence
    Score score;          ///< when allowed
};

/// What `mentor pair explain` shows about one person; `error` (with a `hint`) when the person
/// cannot be explained in this mode (no cohort in peer mode, neither mentor nor mentee).
struct Explanation {
    std::string id;
    std::string role;                 ///< "mentee", "mentor" or "peer": whose candidates these are
    std::vector<std::string> current; ///< current partner(s), as a pairing run today would keep or make them
    std::string unmatched_reason;     ///< when the person has no partner
    std::vector<CandidateLine> candidates;  ///< allowed by score (highest first), then excluded, by id
    std::string error;
    std::string hint;
};

/// Every candidate of `person` (a roster member): the score per criterion, or the rule that
/// excludes them, against everyone of the opposite role (or the same cohort in peer mode),
/// with the pair or reason a pairing run as of `today` would give them.
Explanation explain_candidates(const Roster& roster, const Program& program, Date today,
                               const std::vector<Pair>& existing, const Person& person,
                               const std::vector<RecordedSlot>& recorded = {});

/// Checks the pairs record against the roster and program: unknown people, a mentee with two
/// current pairs, a mentor with more current mentees than capacity, a current pair with an
/// evaluator. Diagnostics point at the lines of `source`.
std::vector<Diagnostic> validate_pairs(const std::vector<Pair>& pairs, const Roster& roster, const Program& program,
                                       const std::string& source);

}  // namespace mentor
