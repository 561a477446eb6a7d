// solve_matrix FILE: solves the assignment problem in FILE (int32 rows, cols, capacities,
// then rows x cols scores, -1 where forbidden) with mentor's solver; prints
// "assigned=N total=T". Used by the differential test against scipy.
#include <cstdio>
#include <fstream>
#include <vector>

#include "mentor/domain/assignment.hpp"

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::ifstream in(argv[1], std::ios::binary);
    std::int32_t shape[2];
    in.read(reinterpret_cast<char*>(shape), sizeof shape);
    mentor::AssignmentProblem p;
    p.capacity.resize(static_cast<std::size_t>(shape[1]));
    in.read(reinterpret_cast<char*>(p.capacity.data()), static_cast<std::streamsize>(p.capacity.size() * sizeof(int)));
    std::vector<std::int32_t> row(static_cast<std::size_t>(shape[1]));
    std::int64_t max_gain = 0;
    std::vector<std::pair<int, std::int64_t>> arcs;
    for (int r = 0; r < shape[0]; ++r) {
        in.read(reinterpret_cast<char*>(row.data()), static_cast<std::streamsize>(row.size() * sizeof(std::int32_t)));
        arcs.clear();
        for (int c = 0; c < shape[1]; ++c) {
            if (row[static_cast<std::size_t>(c)] < 0) continue;
            arcs.emplace_back(c, row[static_cast<std::size_t>(c)]);
            max_gain = std::max<std::int64_t>(max_gain, row[static_cast<std::size_t>(c)]);
        }
        p.add_row(arcs);
    }
    if (!in) return 3;
    const auto res = mentor::solve_assignment(p, max_gain);
    std::printf("assigned=%d total=%lld\n", res.assigned, static_cast<long long>(res.total_gain));
    return 0;
}
