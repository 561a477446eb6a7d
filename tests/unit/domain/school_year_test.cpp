#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/school_year.hpp"

using namespace mentor;
using test::day;

TEST_CASE("default_school_year: the 2026-27 US school year") {
    const SchoolYear y = default_school_year(day("2026-11-23"));
    CHECK(y.start == day("2026-08-24"));
    CHECK(y.end == day("2027-06-11"));
    REQUIRE(y.holidays.size() == 6);
    CHECK(y.holidays[0] == day("2026-09-07"));  // Labor Day
    CHECK(y.holidays[1] == day("2026-11-26"));  // Thanksgiving
    CHECK(y.holidays[2] == day("2026-11-27"));
    CHECK(y.holidays[3] == day("2027-01-18"));  // MLK Day
    CHECK(y.holidays[4] == day("2027-02-15"));  // Presidents' Day
    CHECK(y.holidays[5] == day("2027-05-31"));  // Memorial Day
    REQUIRE(y.breaks.size() == 2);
    CHECK(y.breaks[0].start == day("2026-12-21"));
    CHECK(y.breaks[0].end == day("2027-01-01"));
    CHECK(y.breaks[1].start == day("2027-03-22"));
    CHECK(y.breaks[1].end == day("2027-03-26"));
}

TEST_CASE("default_school_year: spring dates belong to the year that started last August; July plans ahead") {
    CHECK(default_school_year(day("2027-03-01")).start == day("2026-08-24"));
    CHECK(default_school_year(day("2027-07-01")).start == day("2027-08-23"));
    CHECK(nth_weekday(2026, 11, 3, 4) == day("2026-11-26"));
}
