#pragma once
#include <string>
#include <vector>

#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// A pair at the turn of the year: it continues into the new term, or ends with the old one.
struct RolloverPair {
    std::string mentor;
    std::string mentee;
    int mentee_year = 1;        ///< the mentee's year in the program in the new term (continuing pairs)
    std::string why;            ///< why it ends: its duration ran out, or someone leaves
};

/// What `mentor term next` does: the current term becomes a past one, the next school year's
/// calendar becomes [term], pairs whose duration ran out end on the last day of the old term,
/// pairs of people who leave by the new term are listed as ending (`mentor pair` writes their
/// end on the day they leave), and the others continue. The plan reads the same before and
/// after its endings are written.
struct RolloverPlan {
    PastTerm old_term;                     ///< [term] as it will be listed under [[past_terms]]
    Term new_term;                         ///< the next school year's calendar (default US dates)
    Program next;                          ///< the program as it reads once the TOML is pasted
    std::vector<Pair> pairs;               ///< the whole record with the endings written, sorted
    std::vector<RolloverPair> continuing;  ///< sorted by mentee, mentor
    std::vector<RolloverPair> ending;      ///< sorted by mentee, mentor
    std::vector<std::string> mentors_leaving;   ///< mentors whose `leaves` falls in the old term or before the new one
    std::vector<std::string> mentees_leaving;
    std::vector<std::string> second_years;      ///< mentees on staff in the new term in year 2 or later, sorted
};

/// Plans the step from the current term to the next school year. Pure: the caller writes
/// the pairs record and the schedule, and prints the TOML the coordinator pastes.
RolloverPlan plan_rollover(const Program& program, const Roster& roster, std::vector<Pair> pairs);

/// The TOML for program.toml after the step: the old [term] as a `[[past_terms]]` entry and
/// the new `[term]`. Byte-stable.
std::string rollover_toml(const RolloverPlan& plan);

}  // namespace mentor
