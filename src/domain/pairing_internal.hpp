#pragma once
// What the pairing modes share; not part of the public interface.
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mentor/domain/pairing.hpp"

namespace mentor {

/// People by id, and the roster's indices in id order.
struct PersonIndex {
    explicit PersonIndex(const Roster& roster);
    int find(const std::string& id) const;
    std::vector<int> by_id;
    std::unordered_map<std::string_view, int> index;
};

/// Who is already taken once the existing record has been reviewed.
struct Review {
    std::vector<int> load;     ///< current pairs per person as mentor
    std::vector<char> paired;  ///< has a current pair (as mentee; in peer mode, either side)
};

/// Copies history into `plan`, keeps current pairs that nothing affects and locked pairs,
/// and ends those whose people left, were removed, lost their role (or cohort), or that a
/// rule (evaluator, avoid) now forbids.
Review review_existing(const Roster& roster, Date today, const std::vector<Pair>& existing, const Compatibility& rules,
                       const PersonIndex& people, bool peer, PairingPlan& plan);

/// The mentors the school rule lets a mentee have, found without looking at the others:
/// those of the mentee's school and, when both meet online, the online mentors of any
/// school (with same_school = "any", every mentor). Mentors are given as a list of
/// positions (any numbering the caller uses) with the person behind each.
class SchoolCandidates {
public:
    SchoolCandidates(const Roster& roster, const Program& program, const std::vector<int>& mentor_people);
    /// Positions of the mentee's candidates, in position order; `scratch` may hold the result.
    const std::vector<int>& of(const Person& mentee, std::vector<int>& scratch) const;
    /// How many mentors the school rule left out, given how many `of` returned.
    int left_out(std::size_t candidates) const { return total_ - static_cast<int>(candidates); }

private:
    bool everyone_;
    int total_;
    std::vector<int> all_;
    std::vector<int> online_;
    std::unordered_map<std::string_view, std::vector<int>> by_school_;
};

/// Why someone not on staff today cannot be paired: "starts on DATE" or "left on DATE".
std::string absence(const Person& p, Date today);

/// "14 no-common-time, 1 untrained": rule counts, most frequent first.
std::string rule_counts(const std::map<Rule, int>& counts);

/// What time allows a pairing run: the schedule record (for the standing slots of the pairs
/// kept), and pairs not to make because they left someone without a standing slot.
struct TimeRules {
    std::vector<RecordedSlot> recorded;
    std::vector<std::tuple<std::string, std::string, std::string>> forbidden;  ///< mentor, mentee, why
};

/// Gives `compat` the standing slots of the current pairs of `plan` (those kept) and the
/// pairs `time` forbids.
void apply_time(Compatibility& compat, const Roster& roster, const Program& program, const PersonIndex& people,
                const PairingPlan& plan, const TimeRules& time);

/// The new pairs of `plan` (not current in `existing`) to drop so that every pair or group left
/// has a standing slot: for each unit of `plan_standing_slots` without one (and whose people
/// say when they are free), its new pair of the lowest score, with the reason.
std::vector<std::tuple<std::string, std::string, std::string>> pairs_without_time(const Roster& roster,
                                                                                 const Program& program,
                                                                                 const std::vector<Pair>& existing,
                                                                                 const PairingPlan& plan,
                                                                                 const std::vector<RecordedSlot>& recorded);

/// Stable mode: mentee-proposing deferred acceptance over ranked preferences.
PairingPlan plan_stable_pairs(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                              const TimeRules& time);

/// Peer mode: pairs of equals inside each cohort.
PairingPlan plan_peer_pairs(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                            const TimeRules& time);

}  // namespace mentor
