#include <catch2/catch.hpp>

#include <algorithm>

#include "builders.hpp"
#include "mentor/domain/pairing.hpp"

using namespace mentor;
using test::day;

namespace {

const Date today = day("2026-09-01");

Person peer(std::string id, std::string cohort, std::vector<std::string> subjects, std::vector<int> grades = {5}) {
    Person p = test::person(std::move(id), {Role::mentee});
    p.school = "lincoln";
    p.cohort = std::move(cohort);
    p.subjects = std::move(subjects);
    p.grades = std::move(grades);
    return p;
}

Program peer_program(PeerOdd odd = PeerOdd::trio) {
    Program p = test::program();
    p.mode = Mode::peer;
    p.matching.peer_odd = odd;
    return p;
}

std::vector<std::string> current(const PairingPlan& plan) {
    std::vector<std::string> out;
    for (const Pair& p : plan.pairs) {
        if (!p.end) out.push_back(p.mentor + "/" + p.mentee);
    }
    return out;
}

std::vector<std::string> unmatched(const PairingPlan& plan) {
    std::vector<std::string> out;
    for (const Unmatched& u : plan.unmatched) out.push_back(u.id + ": " + u.reason);
    return out;
}

}  // namespace

TEST_CASE("plan_pairs in peer mode: pairs of equals with the best total score, inside the cohort") {
    const Roster r = test::roster({peer("a", "2026", {"math"}), peer("c", "2026", {"art"}), peer("b", "2026", {"math"}),
                                   peer("d", "2026", {"art"})});
    const PairingPlan plan = plan_pairs(r, peer_program(), today, {});
    CHECK(current(plan) == std::vector<std::string>{"a/b", "c/d"});
    CHECK(plan.unmatched.empty());
    CHECK(plan.added == 2);
    CHECK(plan.proven_optimal);
    CHECK(plan.blocking_pairs == -1);
    for (const Pair& p : plan.pairs) {
        CHECK(p.start == today);
        CHECK(p.score > 0);
        CHECK(p.why.find("subject") != std::string::npos);
    }
}

TEST_CASE("plan_pairs in peer mode: the most pairs first, even at a lower total score") {
    // a and b fit best (same subject and grade), but c and d may not be together: pairing a with b
    // would leave two people alone, so a and b each take one of them.
    Person c = peer("c", "2026", {"art"}, {10});
    c.avoid = {"d"};
    const Roster r = test::roster({peer("a", "2026", {"math"}, {3}), peer("b", "2026", {"math"}, {3}), c,
                                   peer("d", "2026", {"art"}, {10})});
    const PairingPlan plan = plan_pairs(r, peer_program(), today, {});
    const auto got = current(plan);
    CHECK(got.size() == 2);
    CHECK(plan.unmatched.empty());
    CHECK(std::find(got.begin(), got.end(), "a/b") == got.end());
    CHECK(std::find(got.begin(), got.end(), "c/d") == got.end());
}

TEST_CASE("plan_pairs in peer mode: cohorts are matched apart, people without one not at all") {
    const Roster r = test::roster({peer("a1", "x", {"math"}), peer("b1", "y", {"math"}), peer("a2", "x", {"art"}),
                                   peer("b2", "y", {"art"}), peer("loner", "", {"math"})});
    const PairingPlan plan = plan_pairs(r, peer_program(), today, {});
    CHECK(current(plan) == std::vector<std::string>{"a1/a2", "b1/b2"});
    CHECK(plan.unmatched.empty());  // no cohort: not part of peer pairing, so not "unmatched" either
}

TEST_CASE("plan_pairs in peer mode: the odd one out joins the pair it fits best as a trio") {
    const Roster r = test::roster({peer("a", "2026", {"math"}), peer("b", "2026", {"math"}), peer("c", "2026", {"art"})});
    const PairingPlan plan = plan_pairs(r, peer_program(PeerOdd::trio), today, {});
    CHECK(current(plan) == std::vector<std::string>{"a/b", "a/c"});
    CHECK(plan.unmatched.empty());
    CHECK(plan.added == 2);
    const auto third = std::find_if(plan.pairs.begin(), plan.pairs.end(), [](const Pair& p) { return p.mentee == "c"; });
    REQUIRE(third != plan.pairs.end());
    CHECK(third->why.rfind("trio with a and b", 0) == 0);
}

TEST_CASE("plan_pairs in peer mode: with peer_odd = unmatched the odd one waits, and says why") {
    const Roster r = test::roster({peer("a", "2026", {"math"}), peer("b", "2026", {"math"}), peer("c", "2026", {"art"})});
    const PairingPlan plan = plan_pairs(r, peer_program(PeerOdd::unmatched), today, {});
    CHECK(current(plan) == std::vector<std::string>{"a/b"});
    CHECK(unmatched(plan) == std::vector<std::string>{"c: odd one out of cohort 2026 (matching.peer_odd = \"unmatched\")"});
}

TEST_CASE("plan_pairs in peer mode: who cannot be placed, even as a third, waits with the reason") {
    // x and y may only be with a (they avoid b and each other); a fits b best. One pair can be made
    // whichever it is, and neither leftover can join it as a third.
    Person x = peer("x", "k", {"art"});
    x.avoid = {"b", "y"};
    Person y = peer("y", "k", {"art"});
    y.avoid = {"b"};
    Person z = peer("z", "k", {"music"});
    z.avoid = {"a", "b", "x", "y"};
    const Roster r = test::roster({peer("a", "k", {"math"}), peer("b", "k", {"math"}), x, y, z});
    const PairingPlan plan = plan_pairs(r, peer_program(PeerOdd::trio), today, {});
    CHECK(current(plan) == std::vector<std::string>{"a/b"});
    CHECK(unmatched(plan) ==
          std::vector<std::string>{"x: every allowed peer in cohort k is already paired, and no pair can take a third",
                                   "y: every allowed peer in cohort k is already paired, and no pair can take a third",
                                   "z: every peer in cohort k is excluded (4 avoid)"});
}

TEST_CASE("plan_pairs in peer mode: alone in a cohort, or not on staff, is unmatched with the reason") {
    Person gone = peer("gone", "k", {"math"});
    gone.leaves = day("2026-08-31");
    Person later = peer("later", "k", {"math"});
    later.start = day("2026-10-01");
    const Roster r = test::roster({peer("solo", "k", {"math"}), gone, later});
    const PairingPlan plan = plan_pairs(r, peer_program(), today, {});
    CHECK(current(plan).empty());
    CHECK(unmatched(plan) == std::vector<std::string>{"gone: left on 2026-08-31", "later: starts on 2026-10-01",
                                                      "solo: the only one in cohort k without a pair"});
}

TEST_CASE("plan_pairs in peer mode: current pairs are kept, only the others are paired") {
    const Roster r = test::roster({peer("a", "2026", {"math"}), peer("b", "2026", {"art"}), peer("c", "2026", {"math"}),
                                   peer("d", "2026", {"art"})});
    Pair kept;
    kept.mentor = "a";
    kept.mentee = "b";
    kept.start = day("2026-08-24");
    kept.score = 100;
    kept.why = "made by hand";
    const PairingPlan plan = plan_pairs(r, peer_program(), today, {kept});
    CHECK(current(plan) == std::vector<std::string>{"a/b", "c/d"});
    CHECK(plan.kept == 1);
    CHECK(plan.added == 1);
}

TEST_CASE("plan_pairs in peer mode: the roster's order changes nothing") {
    std::vector<Person> people = {peer("a", "k", {"math"}, {3}), peer("b", "k", {"math"}, {4}), peer("c", "k", {"art"}, {3}),
                                  peer("d", "k", {"art", "math"}, {9}), peer("e", "k", {"music"}, {1}),
                                  peer("f", "j", {"art"}, {2}), peer("g", "j", {"art"}, {2})};
    const PairingPlan first = plan_pairs(test::roster(people), peer_program(), today, {});
    std::reverse(people.begin(), people.end());
    const PairingPlan second = plan_pairs(test::roster(people), peer_program(), today, {});
    std::rotate(people.begin(), people.begin() + 3, people.end());
    const PairingPlan third = plan_pairs(test::roster(people), peer_program(), today, {});
    CHECK(current(first) == current(second));
    CHECK(current(first) == current(third));
    CHECK(unmatched(first) == unmatched(second));
    CHECK(current(first).size() == 4);  // two pairs and a trio in k, one pair in j
}
