#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>

#include "builders.hpp"
#include "mentor/domain/general_matching.hpp"
#include "mentor/domain/pairing.hpp"

using namespace mentor;
using test::day;

namespace {

// The best (pairs, weight) over every matching of a small graph.
std::pair<int, std::int64_t> brute_force(int n, const std::vector<WeightedEdge>& edges) {
    std::pair<int, std::int64_t> best{0, 0};
    std::vector<char> used(static_cast<std::size_t>(n), 0);
    std::function<void(std::size_t, int, std::int64_t)> go = [&](std::size_t k, int pairs, std::int64_t w) {
        if (k == edges.size()) {
            best = std::max(best, std::pair{pairs, w});
            return;
        }
        go(k + 1, pairs, w);
        const auto& e = edges[k];
        auto& ua = used[static_cast<std::size_t>(e.a)];
        auto& ub = used[static_cast<std::size_t>(e.b)];
        if (ua || ub) return;
        ua = ub = 1;
        go(k + 1, pairs + 1, w + e.weight);
        ua = ub = 0;
    };
    go(0, 0, 0);
    return best;
}

}  // namespace

TEST_CASE("max_weight_matching: most pairs first, then most weight, equals brute force", "[peer]") {
    std::uint64_t state = 3;
    auto next = [&](int below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(below));
    };
    for (int round = 0; round < 1500; ++round) {
        const int n = 1 + next(8);
        const std::int64_t big = 1000 * (n + 1);
        std::vector<WeightedEdge> edges, plain;
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                if (next(100) < 55) {
                    const int w = round % 2 ? next(4) * 250 : next(1000);  // half of the rounds tie-heavy
                    plain.push_back({a, b, w});
                    edges.push_back({a, b, big + w});
                }
            }
        }
        const auto mate = max_weight_matching(n, edges);
        int pairs = 0;
        std::int64_t weight = 0;
        for (int a = 0; a < n; ++a) {
            const int b = mate[static_cast<std::size_t>(a)];
            if (b < 0) continue;
            REQUIRE(mate[static_cast<std::size_t>(b)] == a);
            if (b < a) continue;
            ++pairs;
            bool found = false;
            for (const auto& e : plain) {
                if ((e.a == a && e.b == b) || (e.a == b && e.b == a)) {
                    weight += e.weight;
                    found = true;
                }
            }
            REQUIRE(found);
        }
        INFO("round " << round);
        REQUIRE(std::pair{pairs, weight} == brute_force(n, plain));
    }
}

TEST_CASE("plan_pairs in peer mode: pairs inside cohorts, odd one out joins as a trio or waits", "[peer]") {
    auto peer = [](const char* id, const char* cohort, std::vector<std::string> subjects) {
        Person p = test::person(id, {Role::mentee});
        p.school = "lincoln";
        p.cohort = cohort;
        p.subjects = std::move(subjects);
        p.availability = {{0, 900, 1080}};  // room for the trio's two meetings
        return p;
    };
    const Roster r = test::roster({peer("a", "new", {"math"}), peer("b", "new", {"art"}), peer("c", "new", {"math"}),
                                   peer("d", "new", {"art"}), peer("e", "new", {"math"}), peer("x", "old", {"math"})});
    Program prog = test::program();
    prog.mode = Mode::peer;
    const auto plan = plan_pairs(r, prog, day("2026-09-01"), {});
    std::vector<std::string> pairs;
    for (const auto& p : plan.pairs) pairs.push_back(p.mentor + "/" + p.mentee + (p.why.rfind("trio", 0) == 0 ? " trio" : ""));
    CHECK(pairs.size() == 3);
    CHECK(std::count_if(pairs.begin(), pairs.end(), [](const std::string& s) { return s.find("trio") != std::string::npos; }) == 1);
    CHECK(std::find(pairs.begin(), pairs.end(), "b/d") != pairs.end());  // the two art teachers
    REQUIRE(plan.unmatched.size() == 1);
    CHECK(plan.unmatched[0].id == "x");
    CHECK(plan.unmatched[0].reason == "the only one in cohort old without a pair");

    prog.matching.peer_odd = PeerOdd::unmatched;
    const auto waiting = plan_pairs(r, prog, day("2026-09-01"), {});
    CHECK(waiting.added == 2);
    REQUIRE(waiting.unmatched.size() == 2);
    CHECK(waiting.unmatched[0].reason == "odd one out of cohort new (matching.peer_odd = \"unmatched\")");
}
