#pragma once
#include <cstdint>
#include <vector>

namespace mentor {

/// A sparse bipartite assignment problem: rows (mentees) go to columns (mentors), each column
/// taking up to its capacity. Arcs are the allowed (row, column) pairs with a gain to maximise,
/// stored row by row: the arcs of row r are [row_start[r], row_start[r + 1]).
struct AssignmentProblem {
    std::vector<int> capacity;              ///< per column
    std::vector<std::int64_t> row_start;    ///< rows + 1 entries, non-decreasing
    std::vector<int> arc_col;               ///< column of each arc
    std::vector<std::int64_t> arc_gain;     ///< gain of each arc, >= 0

    int rows() const { return row_start.empty() ? 0 : static_cast<int>(row_start.size()) - 1; }
    int cols() const { return static_cast<int>(capacity.size()); }
    /// Appends a row with the given arcs; returns its index.
    int add_row(const std::vector<std::pair<int, std::int64_t>>& arcs);
};

/// An optimal assignment and the dual values that prove it.
struct AssignmentResult {
    std::vector<int> col_of_row;            ///< column of each row, -1 when unassigned
    int assigned = 0;                       ///< rows with a column
    std::int64_t total_gain = 0;            ///< sum of the gains of the chosen arcs
    std::int64_t big = 0;                   ///< the weight of one more assigned row in the costs below
    std::vector<std::int64_t> row_dual;     ///< u: cost(r, col) - u[r] - v[col] >= 0 on every arc
    std::vector<std::int64_t> col_dual;     ///< v: <= 0; 0 on every column with room left

    /// True when an arc (row, col, gain) that is not in the problem could improve the solution,
    /// i.e. its reduced cost is negative. When no arc outside the problem improves, the
    /// solution is optimal for the problem with those arcs added (LP duality).
    bool would_improve(int row, int col, std::int64_t gain) const;
    /// False when no arc of `row` with a gain of at most `max_gain`, to any column, could
    /// improve the solution (column duals are never positive): a cheap test before checking
    /// arcs one by one.
    bool might_improve(int row, std::int64_t max_gain) const;
};

/// Assigns as many rows as possible and, among those assignments, maximises the total gain.
/// Exact (successive shortest augmenting paths with Dijkstra on reduced costs, one row at a
/// time, each row also having a private "unassigned" column of gain 0). Deterministic: ties
/// go by row, then column index. `max_gain_bound` must be at least every arc gain; it sizes
/// the weight of one more assigned row so that cardinality always comes first.
AssignmentResult solve_assignment(const AssignmentProblem& problem, std::int64_t max_gain_bound);

}  // namespace mentor
