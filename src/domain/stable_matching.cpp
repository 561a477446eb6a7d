#include "mentor/domain/stable_matching.hpp"

#include <algorithm>
#include <climits>
#include <cstddef>
#include <utility>

namespace mentor {

namespace {

// The mutually acceptable pairs, listed proposer by proposer in the proposer's order of
// preference, each with the proposer's position in the receiver's list (its rank there, lower
// is better). Built once, in time linear in the input, so that no later step searches a list.
struct Acceptable {
    std::size_t proposers = 0;
    std::size_t receivers = 0;
    std::vector<int> capacity;          // per receiver, >= 0
    std::vector<std::size_t> start;     // entries of proposer p: [start[p], start[p + 1])
    std::vector<int> receiver;          // per entry
    std::vector<int> rank_at_receiver;  // per entry
};

bool in_range(int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; }

Acceptable acceptable_pairs(const StableInstance& instance) {
    Acceptable a;
    a.proposers = instance.proposer_prefs.size();
    a.receivers = instance.receiver_prefs.size();
    a.capacity.assign(a.receivers, 0);
    for (std::size_t r = 0; r < a.receivers && r < instance.capacity.size(); ++r)
        a.capacity[r] = std::max(0, instance.capacity[r]);

    // Receivers' lists regrouped by proposer: (receiver, rank) for each valid first listing.
    // `seen[q] == r` marks q as already listed by receiver r, so repeats are skipped.
    std::vector<std::size_t> in_start(a.proposers + 1, 0);
    std::vector<std::size_t> seen(a.proposers, a.receivers);
    for (std::size_t r = 0; r < a.receivers; ++r) {
        if (a.capacity[r] == 0) continue;
        for (int q : instance.receiver_prefs[r]) {
            if (!in_range(q, a.proposers)) continue;
            const auto qi = static_cast<std::size_t>(q);
            if (seen[qi] == r) continue;
            seen[qi] = r;
            ++in_start[qi + 1];
        }
    }
    for (std::size_t p = 0; p < a.proposers; ++p) in_start[p + 1] += in_start[p];
    std::vector<int> in_receiver(in_start.back());
    std::vector<int> in_rank(in_start.back());
    std::vector<std::size_t> fill(in_start.begin(), in_start.end() - 1);
    std::fill(seen.begin(), seen.end(), a.receivers);
    for (std::size_t r = 0; r < a.receivers; ++r) {
        if (a.capacity[r] == 0) continue;
        const std::vector<int>& list = instance.receiver_prefs[r];
        for (std::size_t pos = 0; pos < list.size(); ++pos) {
            if (!in_range(list[pos], a.proposers)) continue;
            const auto qi = static_cast<std::size_t>(list[pos]);
            if (seen[qi] == r) continue;
            seen[qi] = r;
            in_receiver[fill[qi]] = static_cast<int>(r);
            in_rank[fill[qi]] = static_cast<int>(pos);
            ++fill[qi];
        }
    }

    // Each proposer's list, kept where the receiver lists it back. `rank_of[r]` holds r's rank
    // of the current proposer while it is being scanned, -1 otherwise; a used entry is reset at
    // once, which also drops repeats in the proposer's list.
    std::vector<int> rank_of(a.receivers, -1);
    a.start.assign(a.proposers + 1, 0);
    a.receiver.reserve(in_start.back());
    a.rank_at_receiver.reserve(in_start.back());
    for (std::size_t p = 0; p < a.proposers; ++p) {
        for (std::size_t i = in_start[p]; i < in_start[p + 1]; ++i)
            rank_of[static_cast<std::size_t>(in_receiver[i])] = in_rank[i];
        for (int r : instance.proposer_prefs[p]) {
            if (!in_range(r, a.receivers)) continue;
            int& rank = rank_of[static_cast<std::size_t>(r)];
            if (rank < 0) continue;
            a.receiver.push_back(r);
            a.rank_at_receiver.push_back(rank);
            rank = -1;
        }
        for (std::size_t i = in_start[p]; i < in_start[p + 1]; ++i)
            rank_of[static_cast<std::size_t>(in_receiver[i])] = -1;
        a.start[p + 1] = a.receiver.size();
    }
    return a;
}

// Stable counting sort of `pairs` by `key(pair)`, a value in [0, keys).
template <typename Key>
void counting_sort(std::vector<BlockingPair>& pairs, std::size_t keys, Key key) {
    std::vector<std::size_t> at(keys + 1, 0);
    for (const BlockingPair& b : pairs) ++at[key(b) + 1];
    for (std::size_t k = 0; k < keys; ++k) at[k + 1] += at[k];
    std::vector<BlockingPair> sorted(pairs.size());
    for (const BlockingPair& b : pairs) sorted[at[key(b)]++] = b;
    pairs = std::move(sorted);
}

std::vector<BlockingPair> blocking_pairs(const Acceptable& a, const std::vector<int>& receiver_of) {
    // The entry of each proposer's match in its list (its list's end when unmatched or matched
    // outside its acceptable receivers), and each receiver's head count and worst rank held.
    std::vector<std::size_t> match_entry(a.start.begin() + 1, a.start.end());
    std::vector<int> count(a.receivers, 0);
    std::vector<int> worst(a.receivers, -1);
    for (std::size_t p = 0; p < a.proposers && p < receiver_of.size(); ++p) {
        if (!in_range(receiver_of[p], a.receivers)) continue;
        const auto m = static_cast<std::size_t>(receiver_of[p]);
        ++count[m];
        int rank = INT_MAX;
        for (std::size_t k = a.start[p]; k < a.start[p + 1]; ++k) {
            if (static_cast<std::size_t>(a.receiver[k]) == m) {
                match_entry[p] = k;
                rank = a.rank_at_receiver[k];
                break;
            }
        }
        worst[m] = std::max(worst[m], rank);
    }

    std::vector<BlockingPair> pairs;
    for (std::size_t p = 0; p < a.proposers; ++p) {
        for (std::size_t k = a.start[p]; k < match_entry[p]; ++k) {
            const auto r = static_cast<std::size_t>(a.receiver[k]);
            if (count[r] < a.capacity[r] || a.rank_at_receiver[k] < worst[r])
                pairs.push_back({static_cast<int>(p), a.receiver[k]});
        }
    }
    // Generated by proposer; radix-sort to (proposer, receiver) order in linear time.
    counting_sort(pairs, a.receivers, [](const BlockingPair& b) { return static_cast<std::size_t>(b.receiver); });
    counting_sort(pairs, a.proposers, [](const BlockingPair& b) { return static_cast<std::size_t>(b.proposer); });
    return pairs;
}

}  // namespace

StableResult deferred_acceptance(const StableInstance& instance) {
    const Acceptable a = acceptable_pairs(instance);

    // held[held_start[r] + rank] says whether r holds the proposer at that rank in its list;
    // worst[r] is the largest rank r holds. A receiver never loses a proposer except by
    // replacing it with a better one, so once full its worst rank only moves up its list and
    // the scan for the next worst costs at most the list's length over the whole run.
    std::vector<std::size_t> held_start(a.receivers + 1, 0);
    for (std::size_t r = 0; r < a.receivers; ++r)
        held_start[r + 1] = held_start[r] + instance.receiver_prefs[r].size();
    std::vector<char> held(held_start.back(), 0);
    std::vector<int> count(a.receivers, 0);
    std::vector<int> worst(a.receivers, -1);
    std::vector<std::size_t> next(a.start.begin(), a.start.end() - 1);
    std::vector<int> receiver_of(a.proposers, -1);

    for (std::size_t first = 0; first < a.proposers; ++first) {
        std::size_t p = first;  // the free proposer now proposing
        bool free = true;
        while (free && next[p] < a.start[p + 1]) {
            const std::size_t k = next[p]++;
            const int r = a.receiver[k];
            const auto ri = static_cast<std::size_t>(r);
            const int rank = a.rank_at_receiver[k];
            char* const held_by_r = held.data() + held_start[ri];
            if (count[ri] < a.capacity[ri]) {
                held_by_r[rank] = 1;
                ++count[ri];
                worst[ri] = std::max(worst[ri], rank);
                receiver_of[p] = r;
                free = false;
            } else if (rank < worst[ri]) {
                const auto evicted = static_cast<std::size_t>(
                    instance.receiver_prefs[ri][static_cast<std::size_t>(worst[ri])]);
                held_by_r[worst[ri]] = 0;
                held_by_r[rank] = 1;
                int w = worst[ri] - 1;
                while (held_by_r[w] == 0) --w;  // stops at `rank` at the latest
                worst[ri] = w;
                receiver_of[p] = r;
                receiver_of[evicted] = -1;
                p = evicted;
            }
        }
    }

    StableResult result;
    result.blocking_pairs = blocking_pairs(a, receiver_of);
    result.receiver_of = std::move(receiver_of);
    return result;
}

std::vector<BlockingPair> blocking_pairs(const StableInstance& instance, const std::vector<int>& receiver_of) {
    return blocking_pairs(acceptable_pairs(instance), receiver_of);
}

}  // namespace mentor
