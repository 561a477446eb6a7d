#pragma once
#include <string>
#include <vector>

#include "mentor/domain/pairing.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

/// A listing of pairs: an aligned table, a JSON array of objects (mentor, mentee, score,
/// start, end, locked, why), or CSV with the same columns.
std::string format_pairs(const std::vector<Pair>& pairs, Format format);

/// One candidate of `mentor pair explain`: allowed with a score, or excluded by a rule.
struct CandidateLine {
    std::string id;
    std::optional<Rule> rule;
    std::string reason;   ///< when excluded: the sentence
    Score score;          ///< when allowed
};

/// What `mentor pair explain` shows about one person.
struct Explanation {
    std::string id;
    std::string role;                 ///< "mentee" or "mentor": whose candidates these are
    std::vector<std::string> current; ///< current partner(s)
    std::string unmatched_reason;     ///< when the person has no partner
    std::vector<CandidateLine> candidates;  ///< allowed by score (highest first), then excluded, by id
};

/// The explanation as text (a table of criteria) or JSON (`candidates` with `id` and `score`
/// or `excluded_by`, as scripts rely on).
std::string format_explanation(const Explanation& e, Format format);

}  // namespace mentor
