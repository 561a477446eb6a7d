// Built as C++17 in a library of its own: LEMON 1.3 calls std::allocator members that
// C++20 removed. Only this file includes LEMON; its interface is plain vectors.
#include "mentor/domain/general_matching.hpp"

#include <lemon/list_graph.h>
#include <lemon/matching.h>

namespace mentor {

std::vector<int> max_weight_matching(int nodes, const std::vector<WeightedEdge>& edges) {
    lemon::ListGraph g;
    std::vector<lemon::ListGraph::Node> node(static_cast<std::size_t>(nodes));
    for (auto& n : node) n = g.addNode();
    lemon::ListGraph::EdgeMap<std::int64_t> weight(g);
    for (const WeightedEdge& e : edges) {
        if (e.a == e.b || e.a < 0 || e.b < 0 || e.a >= nodes || e.b >= nodes) continue;
        const auto edge = g.addEdge(node[static_cast<std::size_t>(e.a)], node[static_cast<std::size_t>(e.b)]);
        weight[edge] = e.weight;
    }
    lemon::MaxWeightedMatching<lemon::ListGraph, lemon::ListGraph::EdgeMap<std::int64_t>> matching(g, weight);
    matching.run();
    std::vector<int> mate(static_cast<std::size_t>(nodes), -1);
    for (int i = 0; i < nodes; ++i) {
        const auto m = matching.mate(node[static_cast<std::size_t>(i)]);
        if (m != lemon::INVALID) mate[static_cast<std::size_t>(i)] = g.id(m);
    }
    return mate;
}

}  // namespace mentor
