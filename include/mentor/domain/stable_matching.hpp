#pragma once
#include <vector>

namespace mentor {

/// A many-to-one stable matching instance: proposers (mentees) and receivers (mentors) by index.
/// Robust to bad input: an index out of range or a repeat within one list is skipped (the first
/// occurrence counts), a missing or negative capacity counts as 0, and a receiver of capacity 0
/// takes nobody. A pair is acceptable only when each side lists the other.
struct StableInstance {
    std::vector<std::vector<int>> proposer_prefs;  ///< for each proposer, acceptable receivers, most wanted first
    std::vector<std::vector<int>> receiver_prefs;  ///< for each receiver, acceptable proposers, most wanted first
    std::vector<int> capacity;                     ///< for each receiver, most proposers it takes
};

/// A proposer and a receiver who would both rather be matched together than keep the matching.
struct BlockingPair {
    int proposer = -1;  ///< index into StableInstance::proposer_prefs
    int receiver = -1;  ///< index into StableInstance::receiver_prefs

    /// Member-wise equality.
    friend bool operator==(const BlockingPair&, const BlockingPair&) = default;
};

/// A matching and its verified stability.
struct StableResult {
    std::vector<int> receiver_of;              ///< for each proposer, its receiver or -1
    std::vector<BlockingPair> blocking_pairs;  ///< empty when the matching is stable (verified, not assumed)
};

/// Proposer-optimal stable matching by deferred acceptance (mentee-proposing hospitals/residents):
/// every proposer gets the best receiver it has in any stable matching, every receiver stays
/// within its capacity, and only mutually acceptable pairs are matched. Deterministic: proposers
/// propose in index order. O(total preference length + proposers + receivers); receivers' ranks
/// are precomputed, so no proposal searches a list.
StableResult deferred_acceptance(const StableInstance& instance);

/// Every pair (p, r), mutually acceptable and not matched together, where p prefers r to its match
/// (or is unmatched) and r has a free place or prefers p to its worst current proposer — sorted by
/// proposer then receiver. O(total preference length + proposers + receivers). `receiver_of` is
/// taken as given: an entry out of range (or missing) means unmatched, and a partner that is not
/// mutually acceptable ranks below every acceptable one, for both sides.
std::vector<BlockingPair> blocking_pairs(const StableInstance& instance, const std::vector<int>& receiver_of);

}  // namespace mentor
