#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/model.hpp"

using namespace mentor;
using test::day;

TEST_CASE("parse_duration and parse_period_days: the config's period syntax") {
    CHECK(parse_duration("1y") == Duration{Duration::Unit::year, 1});
    CHECK(parse_duration("2y") == Duration{Duration::Unit::year, 2});
    CHECK(parse_duration("1term") == Duration{Duration::Unit::term, 1});
    CHECK(parse_duration("2terms") == Duration{Duration::Unit::term, 2});
    CHECK_FALSE(parse_duration("y"));
    CHECK_FALSE(parse_duration("0y"));
    CHECK_FALSE(parse_duration("1 year"));
    CHECK(parse_duration("12 weeks") == Duration{Duration::Unit::week, 12});
    CHECK(parse_duration("1 week") == Duration{Duration::Unit::week, 1});
    CHECK(parse_duration("2 week") == Duration{Duration::Unit::week, 2});
    CHECK_FALSE(parse_duration("12weeks"));
    CHECK_FALSE(parse_duration("0 weeks"));
    CHECK(parse_duration("1000 weeks"));
    CHECK_FALSE(parse_duration("1001 weeks"));
    CHECK(parse_duration("1000y"));
    CHECK_FALSE(parse_duration("1001y"));
    CHECK_FALSE(parse_duration("99999999999y"));
    CHECK(format_duration(*parse_duration("12 weeks")) == "12 weeks");
    CHECK(format_duration(*parse_duration("1 week")) == "1 week");
    CHECK(format_duration(*parse_duration("1term")) == "1term");
    CHECK(parse_period_days("1w") == 7);
    CHECK(parse_period_days("2w") == 14);
    CHECK(parse_period_days("10d") == 10);
    CHECK_FALSE(parse_period_days("1m"));
    CHECK_FALSE(parse_period_days("-1w"));
}

TEST_CASE("Program::is_school_day: weekdays in the term, minus holidays and breaks") {
    Program p = test::program();
    p.term.holidays = {day("2026-11-26")};
    p.term.breaks = {{"Winter", day("2026-12-21"), day("2027-01-01")}};
    CHECK(p.term.is_school_day(day("2026-08-24")));
    CHECK_FALSE(p.term.is_school_day(day("2026-08-23")));  // before the term (and a Sunday)
    CHECK_FALSE(p.term.is_school_day(day("2026-08-29")));  // Saturday
    CHECK_FALSE(p.term.is_school_day(day("2026-11-26")));  // holiday
    CHECK(p.term.is_school_day(day("2026-11-25")));
    CHECK_FALSE(p.term.is_school_day(day("2026-12-21")));  // first day of the break
    CHECK_FALSE(p.term.is_school_day(day("2027-01-01")));  // last day of the break
    CHECK(p.term.is_school_day(day("2027-01-04")));
    CHECK(p.term.is_school_day(day("2027-06-11")));
    CHECK_FALSE(p.term.is_school_day(day("2027-06-14")));
}

TEST_CASE("Person::is_present: from start until the day before leaving") {
    Person p = test::mentee("a");
    CHECK(p.is_present(day("2026-01-01")));
    p.start = day("2026-11-09");
    p.leaves = day("2027-01-29");
    CHECK_FALSE(p.is_present(day("2026-11-08")));
    CHECK(p.is_present(day("2026-11-09")));
    CHECK(p.is_present(day("2027-01-28")));
    CHECK_FALSE(p.is_present(day("2027-01-29")));
}

TEST_CASE("roles and weights: names round-trip") {
    for (Role r : all_roles) CHECK(parse_role(role_name(r)) == r);
    CHECK_FALSE(parse_role("teacher"));
    Weights w;
    for (auto name : weight_names) CHECK(weight_by_name(w, name) != nullptr);
    CHECK(weight_by_name(w, "colour") == nullptr);
    *weight_by_name(w, "focus") = 9;
    CHECK(w.focus == 9);
    CHECK(weight_by_name(static_cast<const Weights&>(w), "focus") == 9);
}
