#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/pair_edits.hpp"

using namespace mentor;
using test::day;

namespace {

Pair pair(std::string mentor, std::string mentee, const char* start, std::optional<Date> end = std::nullopt) {
    Pair p;
    p.mentor = std::move(mentor);
    p.mentee = std::move(mentee);
    p.start = day(start);
    p.end = end;
    p.why = "subject 5.00";
    return p;
}

const Pair* find(const std::vector<Pair>& pairs, const std::string& mentor, const std::string& mentee) {
    for (const Pair& p : pairs) {
        if (p.mentor == mentor && p.mentee == mentee) return &p;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("split_pair_argument: MENTOR,MENTEE, nothing else") {
    CHECK(split_pair_argument("jdoe,asmith") == std::pair<std::string, std::string>{"jdoe", "asmith"});
    CHECK(split_pair_argument(" jdoe , asmith ") == std::pair<std::string, std::string>{"jdoe", "asmith"});
    CHECK_FALSE(split_pair_argument("jdoe"));
    CHECK_FALSE(split_pair_argument("jdoe,"));
    CHECK_FALSE(split_pair_argument("a,b,c"));
}

TEST_CASE("set_pair_lock: locks the open pair of two people, in either order; twice changes nothing") {
    const std::vector<Pair> pairs{pair("jdoe", "asmith", "2025-08-25", day("2026-06-12")), pair("jdoe", "asmith", "2026-08-24"),
                                  pair("kbo", "bcho", "2026-08-24")};
    const PairEdit e = set_pair_lock(pairs, "asmith", "jdoe", day("2026-11-23"), true);
    REQUIRE_FALSE(e.refusal);
    CHECK(e.changed);
    CHECK(e.pair.start == day("2026-08-24"));
    CHECK(e.pair.locked);
    int locked = 0;
    for (const Pair& p : e.pairs) locked += p.locked ? 1 : 0;
    CHECK(locked == 1);  // not last year's pair, not the other pair
    const PairEdit again = set_pair_lock(e.pairs, "jdoe", "asmith", day("2026-11-23"), true);
    CHECK_FALSE(again.changed);
    const PairEdit unlocked = set_pair_lock(e.pairs, "jdoe", "asmith", day("2026-11-23"), false);
    CHECK(unlocked.changed);
    CHECK_FALSE(unlocked.pair.locked);
}

TEST_CASE("set_pair_lock: two people without an open pair are not found") {
    const std::vector<Pair> pairs{pair("jdoe", "asmith", "2025-08-25", day("2026-06-12"))};
    const PairEdit ended = set_pair_lock(pairs, "jdoe", "asmith", day("2026-11-23"), true);
    REQUIRE(ended.refusal);
    CHECK(ended.refusal->not_found);
    CHECK(ended.refusal->message == "jdoe and asmith have no current pair");
    const PairEdit never = set_pair_lock(pairs, "jdoe", "bcho", day("2026-11-23"), true);
    REQUIRE(never.refusal);
    CHECK(never.refusal->message == "jdoe and bcho have no pair");
}

TEST_CASE("end_pair: sets the end and the reason; refuses an end before the start and a bad reason") {
    const std::vector<Pair> pairs{pair("jdoe", "asmith", "2026-08-24")};
    const PairEdit e = end_pair(pairs, "jdoe", "asmith", day("2026-12-01"), "  moved school ", day("2026-11-23"));
    REQUIRE_FALSE(e.refusal);
    CHECK(e.pair.end == day("2026-12-01"));
    CHECK(e.pair.why == "ended: moved school");
    CHECK(e.pairs.front().end == day("2026-12-01"));
    CHECK(end_pair(pairs, "jdoe", "asmith", day("2026-08-23"), "x", day("2026-11-23")).refusal);
    CHECK(end_pair(pairs, "jdoe", "asmith", day("2026-12-01"), " ", day("2026-11-23")).refusal);
    CHECK(end_pair(pairs, "jdoe", "asmith", day("2026-12-01"), "tab\there", day("2026-11-23")).refusal);
    CHECK(end_pair(pairs, "jdoe", "asmith", day("2026-12-01"), "bad \xC3 utf-8", day("2026-11-23")).refusal);
    CHECK(end_pair(pairs, "jdoe", "asmith", day("2026-12-01"), std::string(max_end_reason + 1, 'x'), day("2026-11-23")).refusal);
    // An ended pair is history: it cannot be ended again.
    CHECK(end_pair(e.pairs, "jdoe", "asmith", day("2026-12-02"), "again", day("2026-12-05")).refusal);
}

TEST_CASE("assign_pair: a locked pair scored like `mentor pair`; refused when the rules or the record say no") {
    Program program = test::program();
    program.matching.default_capacity = 2;
    Person boss = test::person("boss", {Role::supervisor});
    Person asmith = test::mentee("asmith");
    asmith.supervisor = "jdoe";
    const Roster roster = test::roster({test::mentor("jdoe"), test::mentor("kbo"), asmith, test::mentee("bcho"), boss});
    const std::vector<Pair> pairs{pair("kbo", "bcho", "2026-08-24")};

    const PairEdit ok = assign_pair(roster, program, pairs, "kbo", "asmith", day("2026-11-23"));
    REQUIRE_FALSE(ok.refusal);
    REQUIRE(find(ok.pairs, "kbo", "asmith"));
    CHECK(find(ok.pairs, "kbo", "asmith")->locked);
    CHECK(ok.pair.start == day("2026-11-23"));
    CHECK(ok.pair.why.starts_with("assigned by hand"));
    CHECK(ok.pairs.size() == 2);

    SECTION("the evaluator is never the mentor") {
        const PairEdit e = assign_pair(roster, program, {}, "jdoe", "asmith", day("2026-11-23"));
        REQUIRE(e.refusal);
        CHECK(e.refusal->hint.find("evaluator") != std::string::npos);
    }
    SECTION("a mentee with a pair") {
        const PairEdit e = assign_pair(roster, program, pairs, "jdoe", "bcho", day("2026-11-23"));
        REQUIRE(e.refusal);
        CHECK(e.refusal->message == "bcho already has a pair (kbo and bcho, from 2026-08-24)");
    }
    SECTION("a pair that ends before the new one starts is no obstacle") {
        const std::vector<Pair> ended{pair("kbo", "bcho", "2026-08-24", day("2026-11-01"))};
        CHECK_FALSE(assign_pair(roster, program, ended, "jdoe", "bcho", day("2026-11-23")).refusal);
    }
    SECTION("a mentor at capacity") {
        program.matching.default_capacity = 1;
        const PairEdit e = assign_pair(roster, program, pairs, "kbo", "asmith", day("2026-11-23"));
        REQUIRE(e.refusal);
        CHECK(e.refusal->message == "kbo already mentors 1 (capacity 1)");
    }
    SECTION("roles and people") {
        CHECK(assign_pair(roster, program, {}, "asmith", "bcho", day("2026-11-23")).refusal->message == "asmith is not a mentor");
        CHECK(assign_pair(roster, program, {}, "jdoe", "kbo", day("2026-11-23")).refusal->message == "kbo is not a mentee");
        CHECK(assign_pair(roster, program, {}, "nobody", "bcho", day("2026-11-23")).refusal->not_found);
        CHECK(assign_pair(roster, program, {}, "jdoe", "jdoe", day("2026-11-23")).refusal);
    }
}
