// dense_vs_full [INSTANCES]: pairing with candidate bounds against full scoring.
//
// Generates programs (seeded, so every run sees the same ones) with varied criteria weights,
// ties (few distinct subjects, grades and free times), capacities, hard rules (evaluator,
// avoid, untrained, capacity 0, people not yet present, minimum shared minutes, earlier pairs,
// standing slots of kept pairs) and school modes, and for each:
//   1. every bound of the candidate index is at least the score of every mentor under the
//      node (checked against Compatibility::score for every mentee, node and mentor that the
//      rules allow), a node said to hold no allowed mentor holds none, and the rule counts
//      of count_rules are those of asking every candidate;
//   2. plan_pairs with the default cut (candidate bounds and the dual certificate) pairs as
//      many mentees with the same total score as plan_pairs scoring every candidate
//      (max_candidates above the number of mentors: no bound is used), and is proven optimal;
//      the unmatched mentees' reasons agree where both leave the same mentee unmatched.
// The last instance is 3,000 mentees by 3,000 mentors; it is checked for the optimum only.
// Prints one line per instance and exits 1 on the first difference.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "builders.hpp"
#include "candidates.hpp"
#include "pairing_internal.hpp"
#include "mentor/domain/pairing.hpp"

using namespace mentor;

namespace {

struct Shape {
    int mentors, mentees;
    int schools;
    bool check_bounds;
};

const std::vector<std::string> subjects{"math", "art", "science", "music", "literacy", "history"};
const std::vector<std::string> focus_areas{"planning", "behavior", "assessment", "parents", "reading"};
const std::vector<std::string> languages{"en", "es", "fr"};

Window window(test::Rng& rng) {
    const int day = rng.between(0, 4);
    const int start = 420 + 15 * rng.between(0, 40);  // 07:00 .. 17:00 on a quarter-hour grid
    return {day, start, start + 15 * rng.between(1, 6)};
}

Person make(test::Rng& rng, const std::string& id, bool mentor, int schools) {
    Person p = mentor ? test::mentor(id) : test::mentee(id);
    if (mentor && rng.chance(8)) p.roles = static_cast<std::uint8_t>(p.roles | static_cast<std::uint8_t>(Role::mentee));
    p.school = "school-" + std::to_string(rng.between(1, schools));
    if (rng.chance(10)) p.school = " SCHOOL-1";  // folded: the same school as school-1
    p.online = rng.chance(25);
    const int n_subjects = rng.between(rng.chance(10) ? 0 : 1, 2);
    for (int i = 0; i < n_subjects; ++i) p.subjects.push_back(subjects[static_cast<std::size_t>(rng.between(0, 5))]);
    if (!rng.chance(10)) {
        const int g = rng.between(0, 12);
        p.grades.push_back(g);
        if (rng.chance(30) && g < 12) p.grades.push_back(g + 1);
    }
    for (int i = rng.between(0, 2); i > 0; --i) p.focus.push_back(focus_areas[static_cast<std::size_t>(rng.between(0, 4))]);
    p.languages.push_back(rng.chance(85) ? "en" : "es");
    if (rng.chance(20)) p.languages.push_back(languages[static_cast<std::size_t>(rng.between(0, 2))]);
    if (!rng.chance(15)) p.years = mentor ? rng.between(0, 25) : rng.between(0, 6);
    if (rng.chance(30)) {
        p.survey.emplace_back("feedback", rng.between(1, 5));
        if (rng.chance(50)) p.survey.emplace_back("structure", rng.between(1, 5));
    }
    if (!rng.chance(8)) {
        for (int i = rng.between(1, 4); i > 0; --i) p.availability.push_back(window(rng));
        if (rng.chance(15)) p.teaches.push_back(window(rng));
    }
    if (mentor) {
        if (rng.chance(20)) p.strengths = {focus_areas[static_cast<std::size_t>(rng.between(0, 4))]};
        if (rng.chance(8)) p.trained.reset();
        const int c = rng.between(0, 19);
        p.capacity = c == 0 ? 0 : c < 9 ? 1 : c < 15 ? 2 : 3;
        if (rng.chance(3)) p.leaves = test::day("2026-08-15");
    } else {
        if (rng.chance(25)) p.needs = {{focus_areas[static_cast<std::size_t>(rng.between(0, 4))], rng.between(1, 4)}};
        if (rng.chance(4)) p.start = test::day("2026-10-01");
    }
    return p;
}

struct Instance {
    Roster roster;
    Program program;
    std::vector<Pair> existing;
};

Instance generate(std::uint64_t seed, const Shape& shape) {
    test::Rng rng{seed};
    Instance in;
    in.program = test::program();
    Matching& m = in.program.matching;
    const int mode = rng.between(0, 2);
    m.same_school = mode == 0 ? SameSchool::any : mode == 1 ? SameSchool::prefer : SameSchool::require;
    m.require_trained = rng.chance(70);
    m.exclude_supervisor = rng.chance(70);
    m.min_shared_minutes = rng.chance(40) ? 15 * rng.between(1, 3) : 0;
    m.default_capacity = rng.between(1, 2);
    for (std::string_view name : weight_names) {
        // Whole weights give many ties; some criteria are switched off.
        *weight_by_name(m.weights, name) = rng.chance(20) ? 0.0 : rng.chance(50) ? rng.between(1, 5) : rng.between(1, 40) / 4.0;
    }
    in.program.cadence.minutes = 15 * rng.between(2, 4);
    std::vector<Person> people;
    for (int i = 0; i < shape.mentors; ++i) people.push_back(make(rng, "m" + std::to_string(i), true, shape.schools));
    for (int i = 0; i < shape.mentees; ++i) people.push_back(make(rng, "e" + std::to_string(i), false, shape.schools));
    auto any_mentor = [&] { return "m" + std::to_string(rng.between(0, shape.mentors - 1)); };
    for (int i = 0; i < shape.mentees; ++i) {
        Person& p = people[static_cast<std::size_t>(shape.mentors + i)];
        if (rng.chance(15)) p.prefers = {any_mentor(), any_mentor()};
        if (rng.chance(10)) p.avoid = {any_mentor()};
        if (rng.chance(10)) p.supervisor = any_mentor();
    }
    for (int i = 0; i < shape.mentors; ++i) {
        Person& p = people[static_cast<std::size_t>(i)];
        if (rng.chance(10)) p.prefers = {"e" + std::to_string(rng.between(0, shape.mentees - 1))};
        if (rng.chance(5)) p.avoid = {"e" + std::to_string(rng.between(0, shape.mentees - 1))};
    }
    // History (for the no-repeat rule) and a few current pairs, whose standing slots are taken.
    for (int i = 0; i < shape.mentees / 10; ++i) {
        Pair p;
        p.mentor = any_mentor();
        p.mentee = "e" + std::to_string(rng.between(0, shape.mentees - 1));
        p.start = test::day("2025-09-01");
        if (rng.chance(60)) p.end = test::day("2026-06-01");
        in.existing.push_back(p);
    }
    in.roster = test::roster(std::move(people));
    return in;
}

std::pair<int, long> totals(const PairingPlan& plan) {
    int n = 0;
    long score = 0;
    for (const Pair& p : plan.pairs) {
        if (p.line == 0 && !p.end) ++n, score += p.score;
    }
    return {n, score};
}

// Every bound at least every allowed mentor's score under its node; -1 only over no allowed mentor.
bool check_bounds(const Instance& in, const Date today) {
    const Compatibility compat(in.roster, in.program, today, {});
    std::vector<int> mentors, room;
    for (std::size_t i = 0; i < in.roster.people.size(); ++i) {
        // Some mentors have no room left (full with kept pairs): they are in no node.
        if (in.roster.people[i].has(Role::mentor)) mentors.push_back(static_cast<int>(i)), room.push_back(i % 7 == 0 ? 0 : 1);
    }
    const CandidateIndex index(compat, mentors, room);
    const SchoolCandidates school(in.roster, in.program, mentors);
    std::vector<int> preferred, scratch;
    for (std::size_t e = 0; e < in.roster.people.size(); ++e) {
        if (!in.roster.people[e].has(Role::mentee)) continue;
        const int mentee = static_cast<int>(e);
        index.preferred(mentee, preferred);
        // Walk the whole tree from the mentee's roots, opening every node.
        CandidateIndex::Frontier f;
        index.start(mentee, f);
        std::vector<int> cols, opened;
        while (!f.empty()) {
            const int bound = CandidateIndex::top(f);
            cols.clear();
            index.expand(mentee, f, cols);
            opened.insert(opened.end(), cols.begin(), cols.end());
            for (int col : cols) {
                const int m = mentors[static_cast<std::size_t>(col)];
                Score s;
                if (compat.assess(m, mentee, s)) continue;
                const bool named = std::binary_search(preferred.begin(), preferred.end(), col);
                const int without_preference = s.total() - s.points[static_cast<std::size_t>(Criterion::preference)];
                if ((named ? without_preference : s.total()) > bound) {
                    std::printf("bound %d below the score %d of %s with %s\n", bound, s.total(),
                                in.roster.people[static_cast<std::size_t>(m)].id.c_str(), in.roster.people[e].id.c_str());
                    return false;
                }
            }
        }
        // The rule counts of an unmatched mentee, node by node, against asking every candidate.
        if (in.roster.people[e].is_present(today)) {
            const std::vector<int>& candidates = school.of(in.roster.people[e], scratch);
            std::map<Rule, int> fast, slow;
            int fast_allowed = 0, slow_allowed = 0;
            index.count_rules(mentee, candidates, fast, fast_allowed);
            for (int col : candidates) {
                if (const auto rule = compat.excluded(mentors[static_cast<std::size_t>(col)], mentee)) ++slow[*rule];
                else ++slow_allowed;
            }
            if (fast != slow || fast_allowed != slow_allowed) {
                std::printf("rule counts of %s: %d allowed, %d by asking each\n", in.roster.people[e].id.c_str(), fast_allowed,
                            slow_allowed);
                return false;
            }
        }
        // Mentors in no opened node: the school rule, the mentor's own rules or no time exclude them.
        std::sort(opened.begin(), opened.end());
        for (std::size_t col = 0; col < mentors.size(); ++col) {
            Score s;
            const int m = mentors[col];
            if (compat.assess(m, mentee, s) || !compat.can_mentor(m) || room[col] == 0) continue;
            if (!std::binary_search(opened.begin(), opened.end(), static_cast<int>(col))) {
                std::printf("%s may mentor %s, but no node holds them\n", in.roster.people[static_cast<std::size_t>(m)].id.c_str(),
                            in.roster.people[e].id.c_str());
                return false;
            }
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const int instances = argc > 1 ? std::atoi(argv[1]) : 60;
    const Date today = test::day("2026-09-01");
    int checked = 0, grown = 0;
    for (int i = 0; i < instances; ++i) {
        const bool last = i == instances - 1;
        test::Rng size{static_cast<std::uint64_t>(i) * 7919};
        Shape shape{size.between(20, 400), size.between(20, 400), size.between(1, 4), true};
        if (i % 10 == 3) shape = {size.between(600, 1200), size.between(600, 1200), 3, true};
        if (last) shape = {3000, 3000, 3, false};
        const Instance in = generate(1000 + static_cast<std::uint64_t>(i), shape);
        if (shape.check_bounds && !check_bounds(in, today)) {
            std::printf("instance %d: a bound is wrong\n", i);
            return 1;
        }
        const PairingPlan cut = plan_pairs(in.roster, in.program, today, in.existing);
        const PairingPlan full = plan_pairs(in.roster, in.program, today, in.existing, {}, shape.mentors + shape.mentees + 1);
        const auto [cut_n, cut_score] = totals(cut);
        const auto [full_n, full_score] = totals(full);
        std::printf("instance %d: %d mentors x %d mentees, %d pairs, total %ld (full scoring: %d pairs, total %ld), %d rounds\n",
                    i, shape.mentors, shape.mentees, cut_n, cut_score, full_n, full_score, cut.solver_rounds);
        if (cut_n != full_n || cut_score != full_score || !cut.proven_optimal || full.solver_rounds != 0) {
            std::printf("instance %d: not the optimum of full scoring\n", i);
            return 1;
        }
        std::map<std::string, std::string> why;
        for (const Unmatched& u : full.unmatched) why[u.id] = u.reason;
        for (const Unmatched& u : cut.unmatched) {
            const auto it = why.find(u.id);
            if (it != why.end() && it->second != u.reason) {
                std::printf("instance %d: %s unmatched because \"%s\", with full scoring \"%s\"\n", i, u.id.c_str(),
                            u.reason.c_str(), it->second.c_str());
                return 1;
            }
        }
        ++checked;
        if (cut.solver_rounds > 1) ++grown;
    }
    std::printf("%d instances: the same optimum; %d needed more candidates after a solve\n", checked, grown);
    return checked == instances ? 0 : 1;
}
