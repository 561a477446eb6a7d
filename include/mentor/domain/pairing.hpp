#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "mentor/domain/compatibility.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// The one rule for whether a pair is current on `day`: from its start up to, but not
/// including, its end (the end is the first day the pair no longer holds). Every command that
/// asks whether a pair is current asks this, through Pair::is_current.
constexpr bool is_current_on(Date start, std::optional<Date> end, Date day) { return start <= day && (!end || day < *end); }

/// One pairing in the program's record: open-ended, or with an end (past or future), kept as history.
struct Pair {
    std::string mentor;
    std::string mentee;
    Date start;
    std::optional<Date> end;    ///< as written in pairs.tsv: the first day the pair no longer holds
    int score = 0;              ///< hundredths of a point, when the pair was made
    bool locked = false;        ///< never changed by `mentor pair`
    std::string why;            ///< the criteria that made the score, or why the pair ended
    int line = 0;               ///< line in the pairs file it was read from (0: new)
    std::optional<Date> runs_out = std::nullopt;  ///< the day program.duration ends the pair; not in the file (apply_duration)

    /// The day the pair ends: its written end or the day its duration runs out, whichever comes first.
    std::optional<Date> ends() const {
        if (end && runs_out) return std::min(*end, *runs_out);
        return end ? end : runs_out;
    }
    /// Whether the pair is current on `day` (is_current_on with ends()).
    bool is_current(Date day) const { return is_current_on(start, ends(), day); }
    /// Whether the pair has ended by `day`: it ends on `day` or earlier. A pair that has not
    /// started yet has not ended.
    bool has_ended(Date day) const { return ends() && *ends() <= day; }
    /// Whether the pair is current on some day from `from` to `until` (both included).
    bool is_current_during(Date from, Date until) const { return start <= until && is_current(std::max(start, from)); }
};

/// The first day a pair that starts on `start` no longer holds under `duration`: `N weeks`
/// after its start; `Ny` and `Nterm` at the end of the N-th school year counted from the one
/// it starts in, the school year being [term] (years before and after it are taken to have the
/// same dates). A pair that starts between two terms belongs to the next one.
Date duration_end(const Duration& duration, const Term& term, Date start);

/// duration_end for a program that may list past terms: a pair's school years are the terms
/// that hold them, each ending on its own last day (beyond them, [term] shifted by years).
Date duration_end(const Program& program, Date start);

/// Sets each pair's `runs_out` from program.duration. Locked pairs have none: a coordinator
/// keeps them until they write an end.
void apply_duration(std::vector<Pair>& pairs, const Program& program);

/// The record as it stands on `today`: each pair whose duration ran out by then gets that day
/// as its end, and the reason as its `why` (apply_duration first). Returns how many.
int record_ran_out(std::vector<Pair>& pairs, const Duration& duration, Date today);

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
    int current = 0;                   ///< pairs not ended on the day of the run (made, kept or starting later)
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
/// Each mentee starts with its best `max_candidates` mentors, found from upper bounds of the
/// score of groups of mentors without scoring everyone; the solver's duals then prove that no
/// group left out could improve the result, opening any that could, so the result is the
/// exact optimum whatever the cut.
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
