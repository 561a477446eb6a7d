#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>

#include "mentor/domain/assignment.hpp"

using namespace mentor;

namespace {

struct Rng {
    std::uint64_t s;
    std::uint64_t next() {
        s += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = s;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

// The best (assigned rows, total gain) by trying every assignment.
std::pair<int, std::int64_t> brute_force(const AssignmentProblem& p) {
    std::vector<int> load(static_cast<std::size_t>(p.cols()), 0);
    std::pair<int, std::int64_t> best{0, 0};
    std::function<void(int, int, std::int64_t)> go = [&](int r, int assigned, std::int64_t gain) {
        if (r == p.rows()) {
            best = std::max(best, std::pair{assigned, gain});
            return;
        }
        go(r + 1, assigned, gain);
        const auto ur = static_cast<std::size_t>(r);
        for (std::int64_t a = p.row_start[ur]; a < p.row_start[ur + 1]; ++a) {
            const auto c = static_cast<std::size_t>(p.arc_col[static_cast<std::size_t>(a)]);
            if (load[c] >= p.capacity[c]) continue;
            ++load[c];
            go(r + 1, assigned + 1, gain + p.arc_gain[static_cast<std::size_t>(a)]);
            --load[c];
        }
    };
    go(0, 0, 0);
    return best;
}

AssignmentProblem random_problem(Rng& rng, int rows, int cols, int max_cap, int density_pct, int max_gain) {
    AssignmentProblem p;
    for (int c = 0; c < cols; ++c) p.capacity.push_back(rng.below(max_cap + 1));
    for (int r = 0; r < rows; ++r) {
        std::vector<std::pair<int, std::int64_t>> arcs;
        for (int c = 0; c < cols; ++c) {
            if (rng.below(100) < density_pct) arcs.emplace_back(c, rng.below(max_gain + 1));
        }
        p.add_row(arcs);
    }
    return p;
}

void check_solution(const AssignmentProblem& p, const AssignmentResult& res) {
    std::vector<int> load(static_cast<std::size_t>(p.cols()), 0);
    std::int64_t gain = 0;
    int assigned = 0;
    for (int r = 0; r < p.rows(); ++r) {
        const int c = res.col_of_row[static_cast<std::size_t>(r)];
        if (c < 0) continue;
        ++assigned;
        ++load[static_cast<std::size_t>(c)];
        std::int64_t best = -1;
        for (auto a = p.row_start[static_cast<std::size_t>(r)]; a < p.row_start[static_cast<std::size_t>(r) + 1]; ++a) {
            if (p.arc_col[static_cast<std::size_t>(a)] == c) best = std::max(best, p.arc_gain[static_cast<std::size_t>(a)]);
        }
        REQUIRE(best >= 0);  // only arcs of the problem are used
        gain += best;
    }
    for (int c = 0; c < p.cols(); ++c) REQUIRE(load[static_cast<std::size_t>(c)] <= p.capacity[static_cast<std::size_t>(c)]);
    CHECK(assigned == res.assigned);
    CHECK(gain == res.total_gain);
    // The duals certify optimality: no arc of the problem has a negative reduced cost.
    for (int r = 0; r < p.rows(); ++r) {
        for (auto a = p.row_start[static_cast<std::size_t>(r)]; a < p.row_start[static_cast<std::size_t>(r) + 1]; ++a) {
            REQUIRE_FALSE(res.would_improve(r, p.arc_col[static_cast<std::size_t>(a)], p.arc_gain[static_cast<std::size_t>(a)]));
        }
    }
    for (auto v : res.col_dual) CHECK(v <= 0);
}

}  // namespace

TEST_CASE("solve_assignment: equals brute force on many small random instances", "[assignment]") {
    Rng rng{7};
    for (int round = 0; round < 3000; ++round) {
        const int rows = 1 + rng.below(7), cols = 1 + rng.below(7);
        const int max_gain = round % 3 == 0 ? 3 : 100;  // few distinct gains: many ties
        const AssignmentProblem p = random_problem(rng, rows, cols, 3, 20 + rng.below(70), max_gain);
        const AssignmentResult res = solve_assignment(p, max_gain);
        const auto [assigned, gain] = brute_force(p);
        INFO("round " << round);
        REQUIRE(res.assigned == assigned);
        REQUIRE(res.total_gain == gain);
        check_solution(p, res);
    }
}

TEST_CASE("solve_assignment: cardinality comes before gain", "[assignment]") {
    // Row 0 could take column 0 for 100, leaving row 1 with nothing; two assignments win.
    AssignmentProblem p;
    p.capacity = {1, 1};
    p.add_row({{0, 100}, {1, 1}});
    p.add_row({{0, 1}});
    const auto res = solve_assignment(p, 100);
    CHECK(res.assigned == 2);
    CHECK(res.col_of_row == std::vector<int>{1, 0});
    CHECK(res.total_gain == 2);
}

TEST_CASE("solve_assignment: a later row displaces an earlier one when that gains more", "[assignment]") {
    AssignmentProblem p;
    p.capacity = {1};
    p.add_row({{0, 5}});
    p.add_row({{0, 9}});
    const auto res = solve_assignment(p, 9);
    CHECK(res.col_of_row == std::vector<int>{-1, 0});
    CHECK(res.total_gain == 9);
}

TEST_CASE("solve_assignment: capacities, empty rows and zero-capacity columns", "[assignment]") {
    AssignmentProblem p;
    p.capacity = {2, 0};
    p.add_row({{0, 3}, {1, 50}});
    p.add_row({});
    p.add_row({{0, 4}});
    p.add_row({{0, 1}});
    const auto res = solve_assignment(p, 50);
    CHECK(res.col_of_row == std::vector<int>{0, -1, 0, -1});
    CHECK(res.assigned == 2);
}

TEST_CASE("solve_assignment: duals prove that arcs left out cannot improve", "[assignment]") {
    Rng rng{11};
    for (int round = 0; round < 300; ++round) {
        // Solve with only some arcs; if no left-out arc would improve, the answer must equal
        // the full problem's optimum.
        const AssignmentProblem full = random_problem(rng, 6, 5, 2, 60, 50);
        AssignmentProblem part;
        part.capacity = full.capacity;
        std::vector<std::tuple<int, int, std::int64_t>> left_out;
        for (int r = 0; r < full.rows(); ++r) {
            std::vector<std::pair<int, std::int64_t>> arcs;
            for (auto a = full.row_start[static_cast<std::size_t>(r)]; a < full.row_start[static_cast<std::size_t>(r) + 1]; ++a) {
                const int c = full.arc_col[static_cast<std::size_t>(a)];
                const auto g = full.arc_gain[static_cast<std::size_t>(a)];
                if (rng.below(3) == 0) left_out.emplace_back(r, c, g); else arcs.emplace_back(c, g);
            }
            part.add_row(arcs);
        }
        const auto res = solve_assignment(part, 50);
        const bool certified = std::none_of(left_out.begin(), left_out.end(), [&](const auto& t) {
            return res.would_improve(std::get<0>(t), std::get<1>(t), std::get<2>(t));
        });
        const auto best = brute_force(full);
        if (certified) {
            REQUIRE(res.assigned == best.first);
            REQUIRE(res.total_gain == best.second);
        } else {
            CHECK(std::pair{res.assigned, res.total_gain} <= best);
        }
    }
}
