#include "mentor/domain/assignment.hpp"

#include <algorithm>
#include <cassert>
#include <limits>
#include <queue>

namespace mentor {

int AssignmentProblem::add_row(const std::vector<std::pair<int, std::int64_t>>& arcs) {
    if (row_start.empty()) row_start.push_back(0);
    for (const auto& [col, gain] : arcs) {
        arc_col.push_back(col);
        arc_gain.push_back(gain);
    }
    row_start.push_back(static_cast<std::int64_t>(arc_col.size()));
    return rows() - 1;
}

bool AssignmentResult::would_improve(int row, int col, std::int64_t gain) const {
    const std::int64_t cost = -(big + gain);
    const std::size_t r = static_cast<std::size_t>(row);
    const std::int64_t v = col < static_cast<int>(col_dual.size()) ? col_dual[static_cast<std::size_t>(col)] : 0;
    return cost - row_dual[r] - v < 0;
}

bool AssignmentResult::might_improve(int row, std::int64_t max_gain) const {
    return -(big + max_gain) - row_dual[static_cast<std::size_t>(row)] < 0;
}

namespace {

// Nodes of the shortest-path search: real columns 0..cols-1, then row r's private
// "unassigned" column as cols + r.
class Solver {
public:
    Solver(const AssignmentProblem& p, std::int64_t big)
        : p_(p), cols_(p.cols()), rows_(p.rows()), big_(big),
          pot_(static_cast<std::size_t>(cols_ + rows_), 0),
          node_of_row_(static_cast<std::size_t>(rows_), -1),
          cost_of_row_(static_cast<std::size_t>(rows_), 0),
          members_(static_cast<std::size_t>(cols_)),
          dist_(static_cast<std::size_t>(cols_ + rows_), 0),
          pred_(static_cast<std::size_t>(cols_ + rows_), -1),
          seen_(static_cast<std::size_t>(cols_ + rows_), 0),
          done_(static_cast<std::size_t>(cols_ + rows_), 0),
          row_seen_(static_cast<std::size_t>(rows_), 0) {}

    void run() {
        for (int r = 0; r < rows_; ++r) insert(r);
    }

    AssignmentResult result() const {
        AssignmentResult out;
        out.big = big_;
        out.col_of_row.assign(static_cast<std::size_t>(rows_), -1);
        out.row_dual.assign(static_cast<std::size_t>(rows_), 0);
        out.col_dual.assign(pot_.begin(), pot_.begin() + cols_);
        for (int r = 0; r < rows_; ++r) {
            const auto ur = static_cast<std::size_t>(r);
            const int node = node_of_row_[ur];
            out.row_dual[ur] = cost_of_row_[ur] - pot_[static_cast<std::size_t>(node)];
            if (node < cols_) {
                out.col_of_row[ur] = node;
                ++out.assigned;
                out.total_gain += -cost_of_row_[ur] - big_;
            }
        }
        return out;
    }

private:
    const AssignmentProblem& p_;
    const int cols_;
    const int rows_;
    const std::int64_t big_;
    std::vector<std::int64_t> pot_;          // column potentials (v), dummies included
    std::vector<int> node_of_row_;           // the node each row is assigned to
    std::vector<std::int64_t> cost_of_row_;  // cost of that assignment
    std::vector<std::vector<int>> members_;  // rows assigned to each real column

    // Per-search state, reset lazily by generation stamps.
    std::vector<std::int64_t> dist_;
    std::vector<int> pred_;                  // row from which a node was reached
    std::vector<unsigned> seen_, done_, row_seen_;
    unsigned stamp_ = 0;
    int inserting_ = -1;
    std::vector<int> finished_;

    struct Entry {
        std::int64_t dist;
        int full;
        int node;
        bool operator>(const Entry& o) const {
            return dist != o.dist ? dist > o.dist : full != o.full ? full > o.full : node > o.node;
        }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;

    std::int64_t cost(std::int64_t arc) const { return -(big_ + p_.arc_gain[static_cast<std::size_t>(arc)]); }

    void relax(int node, std::int64_t d, int from_row) {
        const auto n = static_cast<std::size_t>(node);
        if (done_[n] == stamp_) return;
        if (seen_[n] != stamp_ || d < dist_[n]) {
            seen_[n] = stamp_;
            dist_[n] = d;
            pred_[n] = from_row;
            // Among nodes at the same distance, free ones come first: with many equal scores
            // this ends a search at once instead of exploring a whole plateau of ties. The new
            // row's own "unassigned" node comes before all: on a tie, nobody is displaced, so
            // earlier rows keep what they have.
            const int rank = node == cols_ + inserting_ ? 0 : is_free(node) ? 1 : 2;
            heap_.push({d, rank, node});
        }
    }

    // Reaching row r at distance d, where `reduced_base` = cost of r's assignment minus the
    // potential of its node (so that u[r] = reduced_base): relax r's arcs.
    void expand(int r, std::int64_t d, std::int64_t reduced_base) {
        const auto ur = static_cast<std::size_t>(r);
        row_seen_[ur] = stamp_;
        for (std::int64_t a = p_.row_start[ur]; a < p_.row_start[ur + 1]; ++a) {
            const int k = p_.arc_col[static_cast<std::size_t>(a)];
            if (k < 0 || k >= cols_) continue;
            relax(k, d + cost(a) - pot_[static_cast<std::size_t>(k)] - reduced_base, r);
        }
        const int dummy = cols_ + r;
        if (node_of_row_[ur] != dummy) relax(dummy, d + 0 - pot_[static_cast<std::size_t>(dummy)] - reduced_base, r);
    }

    bool is_free(int node) const {
        // A row's private dummy is free unless the row sits on it (only that row reaches it).
        if (node >= cols_) return node_of_row_[static_cast<std::size_t>(node - cols_)] != node;
        const auto j = static_cast<std::size_t>(node);
        return static_cast<int>(members_[j].size()) < p_.capacity[j];
    }

    void insert(int i0) {
        inserting_ = i0;
        ++stamp_;
        finished_.clear();
        heap_ = {};
        expand(i0, 0, 0);
        int terminal = -1;
        std::int64_t D = 0;
        while (!heap_.empty()) {
            const auto [d, full, node] = heap_.top();
            heap_.pop();
            const auto n = static_cast<std::size_t>(node);
            if (done_[n] == stamp_ || d != dist_[n]) continue;
            done_[n] = stamp_;
            if (full < 2) {
                terminal = node;
                D = d;
                break;
            }
            finished_.push_back(node);
            if (node < cols_) {
                for (int r : members_[n]) {
                    if (row_seen_[static_cast<std::size_t>(r)] == stamp_) continue;
                    expand(r, d, cost_of_row_[static_cast<std::size_t>(r)] - pot_[n]);
                }
            } else {
                const int r = node - cols_;  // an unassigned row, sitting on its dummy
                if (row_seen_[static_cast<std::size_t>(r)] != stamp_) expand(r, d, cost_of_row_[static_cast<std::size_t>(r)] - pot_[n]);
            }
        }
        assert(terminal >= 0);  // the new row's own dummy is always reachable
        for (int node : finished_) {
            const auto n = static_cast<std::size_t>(node);
            pot_[n] += dist_[n] - D;
        }
        // Augment along the predecessors, from the terminal back to the new row.
        int node = terminal;
        for (;;) {
            const int r = pred_[static_cast<std::size_t>(node)];
            const auto ur = static_cast<std::size_t>(r);
            const int old = node_of_row_[ur];
            if (old >= 0 && old < cols_) {
                auto& m = members_[static_cast<std::size_t>(old)];
                m.erase(std::find(m.begin(), m.end(), r));
            }
            node_of_row_[ur] = node;
            cost_of_row_[ur] = node >= cols_ ? 0 : arc_cost(r, node);
            if (node < cols_) members_[static_cast<std::size_t>(node)].push_back(r);
            if (r == i0) break;
            node = old;
        }
    }

    // The cost of row r's best arc to column j (duplicate arcs: the cheapest counts).
    std::int64_t arc_cost(int r, int j) const {
        const auto ur = static_cast<std::size_t>(r);
        std::int64_t best = std::numeric_limits<std::int64_t>::max();
        for (std::int64_t a = p_.row_start[ur]; a < p_.row_start[ur + 1]; ++a) {
            if (p_.arc_col[static_cast<std::size_t>(a)] == j) best = std::min(best, cost(a));
        }
        return best;
    }
};

}  // namespace

AssignmentResult solve_assignment(const AssignmentProblem& problem, std::int64_t max_gain_bound) {
    // One more assigned row must outweigh any loss of gain over all rows.
    const std::int64_t big = (std::max<std::int64_t>(max_gain_bound, 0) + 1) * (problem.rows() + 1);
    Solver s(problem, big);
    s.run();
    return s.result();
}

}  // namespace mentor
