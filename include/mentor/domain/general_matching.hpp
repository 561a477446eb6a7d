#pragma once
#include <cstdint>
#include <vector>

namespace mentor {

/// An edge of an undirected graph with a weight to maximise.
struct WeightedEdge {
    int a;
    int b;
    std::int64_t weight;
};

/// A maximum-weight matching of a general (not bipartite) graph on `nodes` nodes: for each
/// node its mate, or -1. Exact (Edmonds' blossom algorithm). To get the most pairs first,
/// give every edge the same large bonus on top of its weight.
std::vector<int> max_weight_matching(int nodes, const std::vector<WeightedEdge>& edges);

}  // namespace mentor
