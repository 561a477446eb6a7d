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
