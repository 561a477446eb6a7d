#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/rollover.hpp"
#include "mentor/domain/terms.hpp"

using namespace mentor;
using test::day;

namespace {

Pair pair(std::string mentor, std::string mentee, const char* start) {
    Pair p;
    p.mentor = std::move(mentor);
    p.mentee = std::move(mentee);
    p.start = day(start);
    return p;
}

Roster people() {
    Person leaving = test::mentor("cwhite");
    leaving.leaves = day("2027-06-12");
    Person second = test::mentee("asmith");
    second.start = day("2026-08-24");
    Person later = test::mentee("bmorales");
    later.start = day("2026-11-09");
    return test::roster({test::mentor("jdoe"), test::mentor("hbaker"), leaving, second, later, test::mentee("kpatel")});
}

}  // namespace

TEST_CASE("plan_rollover: 2y pairs continue, 1y pairs end on the last day of the old term") {
    Program p = test::program();
    p.duration = {Duration::Unit::year, 2};
    const std::vector<Pair> record{pair("jdoe", "asmith", "2026-08-24"), pair("hbaker", "bmorales", "2026-11-09"),
                                   pair("cwhite", "kpatel", "2026-08-24")};
    RolloverPlan plan = plan_rollover(p, people(), record);
    CHECK(plan.old_term.name == "2026-27");
    CHECK(plan.new_term.start == day("2027-08-23"));
    CHECK(plan.new_term.end == day("2028-06-09"));
    REQUIRE(plan.continuing.size() == 2);
    CHECK(plan.continuing[0].mentee == "asmith");
    CHECK(plan.continuing[0].mentee_year == 2);
    CHECK(plan.continuing[1].mentee == "bmorales");
    REQUIRE(plan.ending.size() == 1);
    CHECK(plan.ending[0].why == "cwhite leaves on 2027-06-12");
    CHECK(plan.mentors_leaving == std::vector<std::string>{"cwhite"});
    CHECK(plan.second_years == std::vector<std::string>{"asmith", "bmorales"});
    REQUIRE(plan.next.past_terms.size() == 1);
    CHECK(plan.next.term.start == day("2027-08-23"));

    p.duration = {Duration::Unit::year, 1};
    plan = plan_rollover(p, people(), record);
    CHECK(plan.continuing.empty());
    REQUIRE(plan.ending.size() == 3);
    for (const Pair& x : plan.pairs) CHECK(x.end == day("2027-06-12"));  // the first day it no longer holds
    CHECK(plan.ending[0].why == "its duration (1y) ran out");
}

TEST_CASE("plan_rollover: a pair that already ended is history and is left alone") {
    Program p = test::program();
    p.duration = {Duration::Unit::year, 2};
    Pair ended = pair("jdoe", "kpatel", "2026-08-24");
    ended.end = day("2026-10-01");
    const RolloverPlan plan = plan_rollover(p, people(), {ended});
    CHECK(plan.continuing.empty());
    CHECK(plan.ending.empty());
    REQUIRE(plan.pairs.size() == 1);
    CHECK(plan.pairs[0].end == day("2026-10-01"));
}

TEST_CASE("rollover_toml: the new [term] and the old one as a past term, the same bytes each time") {
    const Program p = test::program();
    const RolloverPlan plan = plan_rollover(p, people(), {});
    const std::string toml = rollover_toml(plan);
    CHECK(toml == rollover_toml(plan_rollover(p, people(), {})));
    CHECK(toml.rfind("[term]\nstart = 2027-08-23\nend = 2028-06-09\n", 0) == 0);
    CHECK(toml.find("\n[[past_terms]]\nname = \"2026-27\"\nstart = 2026-08-24\nend = 2027-06-11\nholidays = []\n") !=
          std::string::npos);
}
