#include <catch2/catch.hpp>

#include "mentor/domain/date.hpp"

using namespace mentor;

TEST_CASE("parse_date: accepts real days and round-trips through iso()") {
    for (const char* s : {"1970-01-01", "2026-08-24", "2028-02-29", "2000-02-29", "1999-12-31", "2099-12-31"}) {
        auto d = parse_date(s);
        REQUIRE(d);
        CHECK(d->iso() == s);
    }
}

TEST_CASE("parse_date: rejects malformed and impossible dates") {
    for (const char* s : {"", "2026-8-24", "2026/08/24", "2026-13-01", "2026-02-29", "2100-02-29", "2026-00-10",
                          "2026-04-31", "2026-08-24x", " 2026-08-24", "abcd-ef-gh", "2026-08-2a"}) {
        CHECK_FALSE(parse_date(s));
    }
}

TEST_CASE("Date: serial numbers, arithmetic and weekdays") {
    CHECK(parse_date("1970-01-01")->days() == 0);
    CHECK(parse_date("1970-01-02")->days() == 1);
    CHECK(*parse_date("2026-12-31") + 1 == *parse_date("2027-01-01"));
    CHECK(*parse_date("2027-03-01") - *parse_date("2027-02-28") == 1);
    CHECK(parse_date("2026-08-24")->weekday() == 0);  // a Monday
    CHECK(parse_date("2026-11-26")->weekday() == 3);  // Thanksgiving, a Thursday
    CHECK(parse_date("2026-11-29")->weekday() == 6);  // a Sunday
    CHECK(parse_date("2026-08-24")->year() == 2026);
    CHECK(parse_date("2026-08-24")->month() == 8);
    CHECK(parse_date("2026-08-24")->day() == 24);
}

TEST_CASE("days_from_civil: known dates, leap days, before the epoch, far years") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(days_from_civil(2000, 1, 1) == 10957);
    CHECK(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28) == 2);  // 2000 is a leap year
    CHECK(days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28) == 1);  // 1900 is not
    CHECK(days_from_civil(1900, 1, 1) == -25567);
    CHECK(days_from_civil(2026, 11, 23) == parse_date("2026-11-23")->days());
    CHECK(days_from_civil(1600, 1, 1) == -135140);
    CHECK(days_from_civil(2400, 1, 1) == 157054);
}

TEST_CASE("civil_year: the inverse of days_from_civil's year") {
    for (std::int64_t y : {1600, 1899, 1900, 1969, 1970, 2000, 2026, 2100, 2400, 9999}) {
        CHECK(civil_year(days_from_civil(y, 1, 1)) == y);
        CHECK(civil_year(days_from_civil(y, 12, 31)) == y);
        CHECK(civil_year(days_from_civil(y, 1, 1) - 1) == y - 1);
    }
}

TEST_CASE("is_leap_year, days_in_month and floor_div") {
    CHECK(is_leap_year(2000));
    CHECK(is_leap_year(2028));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2026));
    CHECK(days_in_month(2028, 2) == 29);
    CHECK(days_in_month(2026, 2) == 28);
    CHECK(days_in_month(2026, 4) == 30);
    CHECK(days_in_month(2026, 12) == 31);
    CHECK(floor_div(7, 7) == 1);
    CHECK(floor_div(-1, 7) == -1);
    CHECK(floor_div(-7, 7) == -1);
    CHECK(floor_div(-8, 7) == -2);
}

TEST_CASE("parse_date: years from min_year to max_year only") {
    CHECK(parse_date("1900-01-01"));
    CHECK(parse_date("2200-12-31"));
    CHECK_FALSE(parse_date("1899-12-31"));
    CHECK_FALSE(parse_date("2201-01-01"));
    CHECK_FALSE(parse_date("9999-12-31"));
    CHECK_FALSE(parse_date("0000-01-01"));
    CHECK(min_year == 1900);
    CHECK(max_year == 2200);
}
