#pragma once
#include <string>
#include <vector>

#include "mentor/domain/pairing.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

/// A listing of pairs: an aligned table, a JSON array of objects (mentor, mentee, score,
/// start, end, locked, why), or CSV with the same columns.
std::string format_pairs(const std::vector<Pair>& pairs, Format format);

/// What `mentor pair` did: as text, a summary line naming `file` (`18 kept, 2 ended, 3 new`),
/// the ended and new pairs, the unmatched with their reasons and notes; as JSON, an object with
/// kept, ended, added, proven_optimal, blocking_pairs (stable mode), new and unmatched.
std::string format_pairing_plan(const PairingPlan& plan, const PairingDiff& diff, Mode mode, const std::string& file,
                                bool dry_run, Format format);

/// The explanation as text (a table of criteria) or JSON (`candidates` with `id` and `score`
/// or `excluded_by`, as scripts rely on).
std::string format_explanation(const Explanation& e, Format format);

}  // namespace mentor
