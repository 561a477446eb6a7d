// mentor-solve-bench DIR DATE MATRIX: the first pairing of a program as a bare assignment
// problem. Writes the full score matrix (mentees x mentors, int32, -1 where a rule forbids
// the pair) and the mentors' capacities to MATRIX, so that another solver can be run on
// exactly the same numbers, then times mentor's own solver on the same problem (every
// allowed pair, no candidate cut) and prints one line of key=value figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

#include "mentor/domain/assignment.hpp"
#include "mentor/domain/compatibility.hpp"
#include "mentor/io/store.hpp"

using namespace mentor;

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: mentor-solve-bench PROGRAM_DIR YYYY-MM-DD MATRIX_OUT\n");
        return 2;
    }
    const auto day = parse_date(argv[2]);
    if (!day) {
        std::fprintf(stderr, "mentor-solve-bench: bad date %s\n", argv[2]);
        return 2;
    }
    mentor::ProgramStore store(ProgramDir{argv[1], {}});
    const LoadedProgram& loaded = store.valid();
    const Roster& roster = loaded.roster;
    const Compatibility compat(roster, loaded.program, *day, {});
    std::vector<int> mentees, mentors;
    for (std::size_t i = 0; i < roster.people.size(); ++i) {
        if (roster.people[i].has(Role::mentee)) mentees.push_back(static_cast<int>(i));
        if (roster.people[i].has(Role::mentor) && roster.people[i].is_present(*day)) mentors.push_back(static_cast<int>(i));
    }
    const auto by_id = [&](int a, int b) { return roster.people[static_cast<std::size_t>(a)].id < roster.people[static_cast<std::size_t>(b)].id; };
    std::sort(mentees.begin(), mentees.end(), by_id);
    std::sort(mentors.begin(), mentors.end(), by_id);

    AssignmentProblem problem;
    for (int m : mentors) problem.capacity.push_back(std::max(0, loaded.program.matching.capacity_of(roster.people[static_cast<std::size_t>(m)])));
    std::vector<std::int32_t> matrix(mentees.size() * mentors.size(), -1);
    std::vector<std::pair<int, std::int64_t>> arcs;
    Score s;
    for (std::size_t k = 0; k < mentees.size(); ++k) {
        arcs.clear();
        for (std::size_t j = 0; j < mentors.size(); ++j) {
            if (compat.assess(mentors[j], mentees[k], s)) continue;
            matrix[k * mentors.size() + j] = s.total();
            arcs.emplace_back(static_cast<int>(j), s.total());
        }
        problem.add_row(arcs);
    }
    std::ofstream out(argv[3], std::ios::binary);
    const std::int32_t shape[2] = {static_cast<std::int32_t>(mentees.size()), static_cast<std::int32_t>(mentors.size())};
    out.write(reinterpret_cast<const char*>(shape), sizeof shape);
    out.write(reinterpret_cast<const char*>(problem.capacity.data()), static_cast<std::streamsize>(problem.capacity.size() * sizeof(int)));
    out.write(reinterpret_cast<const char*>(matrix.data()), static_cast<std::streamsize>(matrix.size() * sizeof(std::int32_t)));

    std::vector<double> times;
    AssignmentResult result;
    for (int run = 0; run < 5; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        result = solve_assignment(problem, compat.max_total());
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("mentees=%zu mentors=%zu arcs=%zu solve_median_s=%.4f assigned=%d total=%lld\n", mentees.size(), mentors.size(),
                problem.arc_col.size(), times[times.size() / 2], result.assigned, static_cast<long long>(result.total_gain));
    return 0;
}
