#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <functional>
#include <random>
#include <vector>

#include "mentor/domain/stable_matching.hpp"

using namespace mentor;

namespace {

using Matching = std::vector<int>;

std::size_t at(int index) { return static_cast<std::size_t>(index); }

// Position of x in list, -1 when absent.
int position(const std::vector<int>& list, int x) {
    const auto it = std::find(list.begin(), list.end(), x);
    return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

// Blocking pairs straight from the definition, in quadratic time, for clean instances and
// valid matchings: the reference that blocking_pairs is compared with.
std::vector<BlockingPair> naive_blocking(const StableInstance& in, const Matching& match) {
    std::vector<BlockingPair> out;
    const auto proposers = static_cast<int>(in.proposer_prefs.size());
    const auto receivers = static_cast<int>(in.receiver_prefs.size());
    for (int p = 0; p < proposers; ++p) {
        for (int r = 0; r < receivers; ++r) {
            if (match[at(p)] == r) continue;
            const int p_rank_of_r = position(in.proposer_prefs[at(p)], r);
            const int r_rank_of_p = position(in.receiver_prefs[at(r)], p);
            if (p_rank_of_r < 0 || r_rank_of_p < 0 || in.capacity[at(r)] <= 0) continue;
            if (match[at(p)] >= 0 && position(in.proposer_prefs[at(p)], match[at(p)]) < p_rank_of_r) continue;
            int load = 0;
            bool prefers_p = false;
            for (int q = 0; q < proposers; ++q) {
                if (match[at(q)] != r) continue;
                ++load;
                if (position(in.receiver_prefs[at(r)], q) > r_rank_of_p) prefers_p = true;
            }
            if (load < in.capacity[at(r)] || prefers_p) out.push_back({p, r});
        }
    }
    return out;
}

// Every pair matched is mutually acceptable and no receiver is over capacity.
bool is_valid(const StableInstance& in, const Matching& match) {
    if (match.size() != in.proposer_prefs.size()) return false;
    std::vector<int> load(in.receiver_prefs.size(), 0);
    for (std::size_t p = 0; p < match.size(); ++p) {
        const int r = match[p];
        if (r == -1) continue;
        if (r < 0 || at(r) >= in.receiver_prefs.size()) return false;
        if (position(in.proposer_prefs[p], r) < 0) return false;
        if (position(in.receiver_prefs[at(r)], static_cast<int>(p)) < 0) return false;
        if (++load[at(r)] > in.capacity[at(r)]) return false;
    }
    return true;
}

// Calls visit on every valid matching of a small clean instance.
void for_each_matching(const StableInstance& in, const std::function<void(const Matching&)>& visit) {
    Matching match(in.proposer_prefs.size(), -1);
    std::vector<int> load(in.receiver_prefs.size(), 0);
    std::function<void(std::size_t)> extend = [&](std::size_t p) {
        if (p == match.size()) {
            visit(match);
            return;
        }
        match[p] = -1;
        extend(p + 1);
        for (int r : in.proposer_prefs[p]) {
            if (load[at(r)] >= in.capacity[at(r)]) continue;
            if (position(in.receiver_prefs[at(r)], static_cast<int>(p)) < 0) continue;
            match[p] = r;
            ++load[at(r)];
            extend(p + 1);
            --load[at(r)];
            match[p] = -1;
        }
    };
    extend(0);
}

// Every stable matching of a small clean instance: the definition again, with rank tables
// built once so that each of the many candidate matchings is checked quickly.
std::vector<Matching> all_stable_matchings(const StableInstance& in) {
    const std::size_t proposers = in.proposer_prefs.size();
    const std::size_t receivers = in.receiver_prefs.size();
    // rank[p][r]: p's rank of r; back[r][p]: r's rank of p; -1 when not listed.
    std::vector<std::vector<int>> rank(proposers, std::vector<int>(receivers, -1));
    std::vector<std::vector<int>> back(receivers, std::vector<int>(proposers, -1));
    for (std::size_t p = 0; p < proposers; ++p)
        for (int r : in.proposer_prefs[p]) rank[p][at(r)] = position(in.proposer_prefs[p], r);
    for (std::size_t r = 0; r < receivers; ++r)
        for (int p : in.receiver_prefs[r]) back[r][at(p)] = position(in.receiver_prefs[r], p);

    std::vector<Matching> stable;
    std::vector<int> load(receivers);
    std::vector<int> worst(receivers);
    for_each_matching(in, [&](const Matching& m) {
        std::fill(load.begin(), load.end(), 0);
        std::fill(worst.begin(), worst.end(), -1);
        for (std::size_t p = 0; p < proposers; ++p) {
            if (m[p] < 0) continue;
            ++load[at(m[p])];
            worst[at(m[p])] = std::max(worst[at(m[p])], back[at(m[p])][p]);
        }
        for (std::size_t p = 0; p < proposers; ++p) {
            const int current = m[p] < 0 ? INT_MAX : rank[p][at(m[p])];
            for (std::size_t r = 0; r < receivers; ++r) {
                if (rank[p][r] < 0 || back[r][p] < 0 || rank[p][r] >= current) continue;
                if (load[r] < in.capacity[r] || back[r][p] < worst[r]) return;
            }
        }
        stable.push_back(m);
    });
    return stable;
}

// For each proposer, its best receiver over the given stable matchings (-1 when unmatched in all).
Matching proposer_optimal(const StableInstance& in, const std::vector<Matching>& stable) {
    const std::size_t proposers = in.proposer_prefs.size();
    std::vector<int> best_rank(proposers, INT_MAX);
    for (const Matching& m : stable) {
        for (std::size_t p = 0; p < proposers; ++p) {
            if (m[p] >= 0) best_rank[p] = std::min(best_rank[p], position(in.proposer_prefs[p], m[p]));
        }
    }
    Matching best(proposers, -1);
    for (std::size_t p = 0; p < proposers; ++p) {
        if (best_rank[p] != INT_MAX) best[p] = in.proposer_prefs[p][at(best_rank[p])];
    }
    return best;
}

// A fixed-seed source whose output is the same with every standard library.
class Random {
public:
    explicit Random(unsigned seed) : engine_(seed) {}
    int below(int n) { return static_cast<int>(engine_() % static_cast<std::mt19937::result_type>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // k distinct values of [0, n) in random order.
    std::vector<int> sample(int n, int k) {
        std::vector<int> all(at(n));
        for (int i = 0; i < n; ++i) all[at(i)] = i;
        for (int i = 0; i < k; ++i) std::swap(all[at(i)], all[at(between(i, n - 1))]);
        all.resize(at(k));
        return all;
    }

private:
    std::mt19937 engine_;
};

// Strict lists of one of three kinds: receivers rank exactly those who list them
// (hospitals/residents style); both sides drawn independently, so that many listed pairs are
// not mutually acceptable; complete lists on both sides (where several stable matchings are
// common, which is what makes the optimality check bite).
enum class Lists { hospitals_residents, independent, complete };

StableInstance random_instance(Random& rng, int proposers, int receivers, int max_capacity, Lists kind) {
    StableInstance in;
    in.proposer_prefs.resize(at(proposers));
    in.receiver_prefs.resize(at(receivers));
    const bool complete = kind == Lists::complete;
    for (auto& list : in.proposer_prefs) list = rng.sample(receivers, complete ? receivers : rng.between(0, receivers));
    if (kind == Lists::hospitals_residents) {
        for (int p = 0; p < proposers; ++p) {
            for (int r : in.proposer_prefs[at(p)]) in.receiver_prefs[at(r)].push_back(p);
        }
        for (auto& list : in.receiver_prefs) {
            const std::vector<int> order = rng.sample(static_cast<int>(list.size()), static_cast<int>(list.size()));
            std::vector<int> shuffled;
            for (int i : order) shuffled.push_back(list[at(i)]);
            list = shuffled;
        }
    } else {
        for (auto& list : in.receiver_prefs) list = rng.sample(proposers, complete ? proposers : rng.between(0, proposers));
    }
    for (int r = 0; r < receivers; ++r) in.capacity.push_back(rng.between(1, max_capacity));
    return in;
}

}  // namespace

// Gale & Shapley, "College Admissions and the Stability of Marriage", Amer. Math. Monthly 69
// (1962), Example 1: the ranking matrix of men alpha, beta, gamma and women A, B, C, as quoted
// from the paper at http://hsalbert.blogspot.com/2018/ (excerpt of pages.cs.wisc.edu/~cs787-1/GaleShapley.pdf):
//        A       B       C
//   α  (1,3)   (2,2)   (3,1)
//   β  (3,1)   (1,3)   (2,2)
//   γ  (2,2)   (3,1)   (1,3)
// The paper: "There are six possible sets of marriages; of these three are stable." They are
// each man's first choice {αA, βB, γC}, each woman's first choice {αC, βA, γB} and everyone's
// second {αB, βC, γA}, as listed at https://ccab-2fy.pages.dev/gale-shapley/06-all-stable-matchings.html
// (the quoted excerpt elides the paper's own list) and as the enumeration below confirms.
TEST_CASE("deferred_acceptance: Gale and Shapley 1962, example 1", "[stable]") {
    // Men alpha, beta, gamma = 0, 1, 2; women A, B, C = 0, 1, 2.
    const StableInstance men_propose{
        {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}},
        {{1, 2, 0}, {2, 0, 1}, {0, 1, 2}},
        {1, 1, 1},
    };
    const StableResult men = deferred_acceptance(men_propose);
    CHECK(men.receiver_of == Matching{0, 1, 2});  // αA, βB, γC: every man's first choice
    CHECK(men.blocking_pairs.empty());

    const StableInstance women_propose{men_propose.receiver_prefs, men_propose.proposer_prefs, {1, 1, 1}};
    const StableResult women = deferred_acceptance(women_propose);
    CHECK(women.receiver_of == Matching{1, 2, 0});  // Aβ, Bγ, Cα: every woman's first choice
    CHECK(women.blocking_pairs.empty());

    // Exactly the three stable marriages the paper lists, as man -> woman.
    std::vector<Matching> stable = all_stable_matchings(men_propose);
    std::sort(stable.begin(), stable.end());
    CHECK(stable == std::vector<Matching>{{0, 1, 2}, {1, 2, 0}, {2, 0, 1}});
}

// The Python package `matching` (daffidwilde/matching), README.rst, "Using the Player class":
// suitors A, B, C and reviewers D, E, F; game.solve() gives {A: E, B: D, C: F}.
TEST_CASE("deferred_acceptance: stable marriage example of the matching package README", "[stable]") {
    // A, B, C = 0, 1, 2; D, E, F = 0, 1, 2.
    const StableInstance in{
        {{0, 1, 2}, {0, 2, 1}, {2, 0, 1}},  // A: D E F; B: D F E; C: F D E
        {{1, 2, 0}, {0, 2, 1}, {2, 1, 0}},  // D: B C A; E: A C B; F: C B A
        {1, 1, 1},
    };
    const StableResult result = deferred_acceptance(in);
    CHECK(result.receiver_of == Matching{1, 0, 2});
    CHECK(result.blocking_pairs.empty());
}

// The Python package `matching`, README.rst "Using dictionaries" and
// tests/hospital_resident/test_examples.py::test_readme_example: residents Ada, Sam, Dani, Jo,
// Luc; hospitals Mercy, City, General, two places each; resident-optimal solution
// {M: [L, S], C: [D, A], G: [J]}. (An older README lists Mercy as D J L S; same answer.)
TEST_CASE("deferred_acceptance: hospital/resident example of the matching package README", "[stable]") {
    // A, S, D, J, L = 0..4; M, C, G = 0, 1, 2.
    const StableInstance in{
        {{1}, {1, 0}, {1, 0, 2}, {1, 2, 0}, {0, 1, 2}},  // A: C; S: C M; D: C M G; J: C G M; L: M C G
        {{2, 4, 1, 3}, {2, 0, 1, 4, 3}, {2, 3, 4}},      // M: D L S J; C: D A S L J; G: D J L
        {2, 2, 2},
    };
    const StableResult result = deferred_acceptance(in);
    CHECK(result.receiver_of == Matching{1, 0, 1, 2, 0});
    CHECK(result.blocking_pairs.empty());

    StableInstance older = in;
    older.receiver_prefs[0] = {2, 3, 4, 1};  // M: D J L S
    CHECK(deferred_acceptance(older).receiver_of == Matching{1, 0, 1, 2, 0});
}

// The Python package `matching`, tests/hospital_resident/test_examples.py:
// test_example_in_issue_67 (hospitals left empty) and test_resident_loses_all_preferences
// (a resident rejected by every hospital on its list stays unmatched).
TEST_CASE("deferred_acceptance: hospital/resident regression examples of the matching package", "[stable]") {
    SECTION("issue 67: {I: [G1], P: [G3, G2], F: [], S: []}") {
        // Groups G1, G2, G3 = 0, 1, 2; topics Fairness in AI, Intellectual property, Privacy,
        // Social media = 0..3, two places each.
        const StableInstance in{
            {{1, 2}, {2, 0}, {2, 3}},  // G1: I P; G2: P F; G3: P S
            {{1}, {0}, {2, 1, 0}, {2}},  // F: G2; I: G1; P: G3 G2 G1; S: G3
            {2, 2, 2, 2},
        };
        const StableResult result = deferred_acceptance(in);
        CHECK(result.receiver_of == Matching{1, 2, 2});
        CHECK(result.blocking_pairs.empty());
    }
    SECTION("resident loses all preferences: {X: [B], Y: []}") {
        // Residents A, B = 0, 1; hospitals X, Y = 0, 1, one place each.
        const StableInstance in{{{0}, {0, 1}}, {{1, 0}, {1}}, {1, 1}};
        const StableResult result = deferred_acceptance(in);
        CHECK(result.receiver_of == Matching{-1, 0});
        CHECK(result.blocking_pairs.empty());
    }
}

// An instance of size 4 attributed to Gusfield & Irving, "The Stable Marriage Problem" (1989),
// p. 10, as transcribed in github.com/patrickbucher/stable-marriage-problem (matching.py). The
// man-optimal matching {1-4, 2-3, 3-2, 4-1} is traced by hand (the book's own statement of it
// was not available to check against); alex011235/algo's unit test expects the same.
TEST_CASE("deferred_acceptance: hand-traced 4x4 marriage instance", "[stable]") {
    const StableInstance in{
        {{3, 0, 1, 2}, {1, 2, 0, 3}, {1, 3, 2, 0}, {2, 0, 3, 1}},
        {{3, 0, 2, 1}, {0, 2, 1, 3}, {0, 1, 2, 3}, {3, 0, 2, 1}},
        {1, 1, 1, 1},
    };
    const StableResult result = deferred_acceptance(in);
    CHECK(result.receiver_of == Matching{3, 2, 1, 0});
    CHECK(result.blocking_pairs.empty());
    CHECK(result.receiver_of == proposer_optimal(in, all_stable_matchings(in)));
}

TEST_CASE("deferred_acceptance: capacities, chains of rejections and unacceptable pairs", "[stable]") {
    SECTION("a receiver of capacity 0 takes nobody") {
        const StableInstance in{{{0, 1}, {0}}, {{0, 1}, {0}}, {0, 1}};
        const StableResult result = deferred_acceptance(in);
        CHECK(result.receiver_of == Matching{1, -1});
        CHECK(result.blocking_pairs.empty());
    }
    SECTION("a pair listed by one side only is never matched") {
        const StableInstance in{{{0}, {0}}, {{1}}, {2}};
        CHECK(deferred_acceptance(in).receiver_of == Matching{-1, 0});
    }
    SECTION("a full receiver replaces its worst proposer with a better one") {
        // Receiver 0 (2 places) prefers 2, 1, 0; proposer 0 falls back to receiver 1.
        const StableInstance in{{{0, 1}, {0}, {0}}, {{2, 1, 0}, {0}}, {2, 1}};
        CHECK(deferred_acceptance(in).receiver_of == Matching{1, 0, 0});
    }
    SECTION("an empty instance") {
        const StableResult result = deferred_acceptance(StableInstance{});
        CHECK(result.receiver_of.empty());
        CHECK(result.blocking_pairs.empty());
    }
}

TEST_CASE("deferred_acceptance: bad indices and capacities are skipped, not trusted", "[stable]") {
    const StableInstance clean{
        {{1, 0}, {0, 1}, {0}},
        {{0, 2, 1}, {1, 0}},
        {1, 2},
    };
    StableInstance junk = clean;
    junk.proposer_prefs[0] = {-1, 1, 7, 1, 0, 0};  // out of range and repeats
    junk.proposer_prefs[2] = {0, 2, -5};
    junk.receiver_prefs[0] = {0, 0, 2, 99, 1, 2, -1};
    junk.receiver_prefs[1] = {1, 3, 0, 1};
    junk.capacity = {1, 2, 5, 5};  // longer than the receivers: extra entries ignored
    const StableResult expected = deferred_acceptance(clean);
    const StableResult result = deferred_acceptance(junk);
    CHECK(result.receiver_of == expected.receiver_of);
    CHECK(result.blocking_pairs.empty());

    SECTION("missing and negative capacities count as 0") {
        StableInstance short_capacity = clean;
        short_capacity.capacity = {-3};
        CHECK(deferred_acceptance(short_capacity).receiver_of == Matching{-1, -1, -1});
    }
    SECTION("blocking_pairs reads a bad matching as unmatched or unacceptable entries") {
        // Proposer 0 matched out of range (= unmatched), proposer 1 matched to a receiver that
        // does not list it back (ranks below everything acceptable), proposer 2 missing.
        const StableInstance in{{{0}, {1, 0}, {0}}, {{1, 2}, {0}}, {1, 1}};
        CHECK(blocking_pairs(in, {5, 1}) == std::vector<BlockingPair>{{1, 0}, {2, 0}});
    }
}

// Gusfield & Irving (1989) pp. 6-7, as transcribed in patrickbucher/stable-marriage-problem
// (stability.py): the matching {1-1, 2-2, 3-4, 4-3} of a size-4 instance. Its six blocking pairs
// (1,2) (1,4) (2,1) (2,4) (3,2) (4,4) were checked by hand here, pair by pair.
TEST_CASE("blocking_pairs: all six blocking pairs of an unstable marriage", "[stable]") {
    const StableInstance in{
        {{1, 3, 0, 2}, {2, 0, 3, 1}, {1, 2, 0, 3}, {3, 0, 2, 1}},
        {{1, 0, 3, 2}, {3, 2, 0, 1}, {0, 3, 2, 1}, {1, 0, 3, 2}},
        {1, 1, 1, 1},
    };
    const std::vector<BlockingPair> expected{{0, 1}, {0, 3}, {1, 0}, {1, 3}, {2, 1}, {3, 3}};
    CHECK(blocking_pairs(in, {0, 1, 3, 2}) == expected);
    CHECK(naive_blocking(in, {0, 1, 3, 2}) == expected);
}

TEST_CASE("blocking_pairs: unstable matchings with capacities", "[stable]") {
    SECTION("the matching package's unstable marriage: only B and D block") {
        // docs/discussion/stable_marriage/example.rst: A, C, F get their favourite, B, D, E their
        // least favourite, and B with D form a blocking pair (instance as in its README).
        const StableInstance in{
            {{0, 1, 2}, {0, 2, 1}, {2, 0, 1}},
            {{1, 2, 0}, {0, 2, 1}, {2, 1, 0}},
            {1, 1, 1},
        };
        CHECK(blocking_pairs(in, {0, 1, 2}) == std::vector<BlockingPair>{{1, 0}});
    }
    SECTION("a full receiver that prefers the proposer to its worst one") {
        // Receiver 0 (2 places) holds 0 and 1 but ranks 2 first; 2 wants receiver 0 most.
        const StableInstance in{{{0}, {0}, {0, 1}}, {{2, 0, 1}, {2}}, {2, 1}};
        CHECK(blocking_pairs(in, {0, 0, 1}) == std::vector<BlockingPair>{{2, 0}});
        CHECK(blocking_pairs(in, {0, -1, 0}).empty());  // what deferred acceptance gives
        CHECK(deferred_acceptance(in).receiver_of == Matching{0, -1, 0});
    }
    SECTION("a free place blocks with an unmatched proposer; a full, happier receiver does not") {
        const StableInstance in{{{0}, {0}, {1}}, {{0, 1}, {0, 2}}, {2, 1}};
        CHECK(blocking_pairs(in, {0, -1, -1}) == std::vector<BlockingPair>{{1, 0}, {2, 1}});
        const StableInstance full{{{0}, {0}, {0}}, {{0, 1, 2}}, {2}};
        CHECK(blocking_pairs(full, {0, 0, -1}).empty());
        CHECK(blocking_pairs(full, {0, -1, 0}) == std::vector<BlockingPair>{{1, 0}});
    }
    SECTION("pairs that are not mutually acceptable never block") {
        const StableInstance in{{{0}, {0}}, {{0}}, {1}};
        CHECK(blocking_pairs(in, {-1, -1}) == std::vector<BlockingPair>{{0, 0}});
        CHECK(blocking_pairs(in, {0, -1}).empty());
    }
}

TEST_CASE("deferred_acceptance: stable, valid and proposer-optimal against brute force", "[stable]") {
    Random rng(20261123);
    int with_a_choice = 0;
    for (int round = 0; round < 1500; ++round) {
        // 2 to 6 proposers; capacities up to 1, 2 or 3, with receivers few enough to compete.
        const int max_capacity = round % 3 + 1;
        const int proposers = rng.between(2, 6);
        const int few = std::max(1, proposers / max_capacity);
        const int receivers = rng.between(few, few + 1);
        const Lists kind = round % 2 == 0 ? Lists::complete : rng.below(2) == 0 ? Lists::hospitals_residents : Lists::independent;
        const StableInstance in = random_instance(rng, proposers, receivers, max_capacity, kind);
        const StableResult result = deferred_acceptance(in);
        const std::vector<Matching> stable = all_stable_matchings(in);
        CAPTURE(round);
        REQUIRE(is_valid(in, result.receiver_of));
        CHECK(result.blocking_pairs.empty());
        CHECK(naive_blocking(in, result.receiver_of).empty());
        CHECK(std::find(stable.begin(), stable.end(), result.receiver_of) != stable.end());
        CHECK(result.receiver_of == proposer_optimal(in, stable));
        if (stable.size() > 1) ++with_a_choice;
    }
    // The check of optimality means something only when there was a choice to make.
    CHECK(with_a_choice >= 100);
}

TEST_CASE("blocking_pairs: agrees with the definition on every matching of small instances", "[stable]") {
    Random rng(7);
    for (int round = 0; round < 200; ++round) {
        const StableInstance in = random_instance(rng, rng.between(1, 5), rng.between(1, 4), 2, Lists{rng.below(3)});
        CAPTURE(round);
        for_each_matching(in, [&](const Matching& m) { REQUIRE(blocking_pairs(in, m) == naive_blocking(in, m)); });
    }
}

TEST_CASE("deferred_acceptance: stable and valid on random instances up to 30 x 30", "[stable]") {
    Random rng(42);
    for (int round = 0; round < 400; ++round) {
        const StableInstance in =
            random_instance(rng, rng.between(1, 30), rng.between(1, 30), rng.between(1, 3), Lists{rng.below(3)});
        const StableResult result = deferred_acceptance(in);
        CAPTURE(round);
        REQUIRE(is_valid(in, result.receiver_of));
        CHECK(result.blocking_pairs.empty());
        CHECK(naive_blocking(in, result.receiver_of).empty());
        CHECK(blocking_pairs(in, result.receiver_of).empty());
        CHECK(deferred_acceptance(in).receiver_of == result.receiver_of);  // deterministic

        // Junk added to every list changes nothing.
        StableInstance junk = in;
        for (auto& list : junk.proposer_prefs) {
            list.insert(list.begin() + rng.below(static_cast<int>(list.size()) + 1), -1);
            list.push_back(static_cast<int>(in.receiver_prefs.size()));
            if (!list.empty()) list.push_back(list[at(rng.below(static_cast<int>(list.size())))]);
        }
        for (auto& list : junk.receiver_prefs) {
            list.push_back(static_cast<int>(in.proposer_prefs.size()) + 3);
            if (!list.empty()) list.push_back(list.front());
        }
        CHECK(deferred_acceptance(junk).receiver_of == result.receiver_of);
    }
}
