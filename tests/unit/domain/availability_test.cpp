#include <catch2/catch.hpp>

#include "mentor/domain/availability.hpp"

using namespace mentor;

namespace {
Window w(const char* text) {
    WindowError e;
    auto r = parse_window(text, e);
    REQUIRE(r);
    return *r;
}
}  // namespace

TEST_CASE("parse_window: reads day and times, any case, short or long day names") {
    CHECK(w("mon 14:30-15:30") == Window{0, 870, 930});
    CHECK(w("Thu 7:30-08:15") == Window{3, 450, 495});
    CHECK(w("friday 12:00-24:00") == Window{4, 720, 1440});
    CHECK(format_window(w("Thu 7:30-08:15")) == "thu 07:30-08:15");
}

TEST_CASE("parse_window: explains what is wrong") {
    auto reason = [](const char* text) {
        WindowError e;
        CHECK_FALSE(parse_window(text, e));
        return e.message;
    };
    CHECK(reason("mon") == "availability window 'mon' has no day and time range");
    CHECK(reason("mo 14:30-15:30") == "'mo' is not a day of the week");
    CHECK(reason("mon 14:30") == "availability window 'mon 14:30' has no time range");
    CHECK(reason("mon 25:00-26:00") == "availability window 'mon 25:00-26:00' has a malformed time");
    CHECK(reason("mon 14:3-15:30") == "availability window 'mon 14:3-15:30' has a malformed time");
    CHECK(reason("mon 15:30-14:30") == "availability window 'mon 15:30-14:30' ends before it starts");
    CHECK(reason("mon 15:30-15:30") == "availability window 'mon 15:30-15:30' ends before it starts");
}

TEST_CASE("shared_minutes: overlap per weekday, overlapping windows counted once") {
    const std::vector<Window> a{w("mon 14:00-15:00"), w("mon 14:30-15:30"), w("wed 08:00-09:00")};
    const std::vector<Window> b{w("mon 15:00-16:00"), w("wed 08:30-08:45"), w("thu 08:00-09:00")};
    CHECK(shared_minutes(a, b) == 30 + 15);
    CHECK(shared_minutes(a, {}) == 0);
    CHECK(shared_minutes(a, a) == 90 + 60);
    CHECK(shared_minutes({w("mon 14:00-15:00")}, {w("tue 14:00-15:00")}) == 0);
}
