#include <algorithm>

#include <catch2/catch.hpp>

#include "mentor/io/program_toml.hpp"

using namespace mentor;

namespace {

const std::string minimal = R"([program]
id = "lincoln"
name = "Lincoln"

[term]
start = 2026-08-24
end = 2027-06-11

[cadence]
every = "1w"
minutes = 45

[stipend]
hourly = 40.0
)";

}  // namespace

TEST_CASE("parse_program: [[past_terms]] with their own holidays and breaks, named from the dates when unnamed") {
    const auto r = parse_program(minimal + R"(
[[past_terms]]
name = "2024-25"
start = 2024-08-26
end = 2025-06-13

[[past_terms]]
start = 2025-08-25
end = 2026-06-12
holidays = [2025-09-01]
breaks = [{ name = "Winter break", start = 2025-12-22, end = 2026-01-02 }]
)", "program.toml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.program.past_terms.size() == 2);
    CHECK(r.program.past_terms[0].name == "2024-25");
    CHECK(r.program.past_terms[1].name == "2025-26");
    CHECK(r.program.past_terms[1].term.holidays.size() == 1);
    CHECK(r.program.past_terms[1].term.breaks.size() == 1);
    CHECK(r.program.past_terms[1].holidays.size() == 1);
    CHECK(r.program.past_terms[1].pos.line == 21);  // the [[past_terms]] header
    CHECK(r.program.privacy.min_group == 3);
}

TEST_CASE("parse_program: past_terms written as one table is refused") {
    const auto r = parse_program(minimal + "\n[past_terms]\nstart = 2025-08-25\n", "program.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "past_terms must be a list of tables, not a table");
}

TEST_CASE("parse_program: [cadence.year2] and [stipend.year2] start from the year-1 tables") {
    const auto r = parse_program(minimal + R"(
[cadence.year2]
every = "2w"

[stipend.year2]
hourly = 30.0

[privacy]
min_group = 5
)", "program.toml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.program.year_rules.size() == 1);
    const YearRules& y = r.program.year_rules[0];
    CHECK(y.year == 2);
    CHECK(y.cadence.every_days == 14);
    CHECK(y.cadence.minutes == 45);  // from [cadence]
    CHECK(y.stipend.hourly == 30.0);
    CHECK(r.program.cadence.every_days == 7);
    CHECK(r.program.privacy.min_group == 5);
}

TEST_CASE("parse_program: a table a year does not write is the nearest lower year's") {
    const auto r = parse_program(minimal + R"(
[compliance]
min_minutes_per_week = 30

[compliance.year2]
min_minutes_per_week = 20

[stipend.year2]
hourly = 30.0

[cadence.year3]
every = "4w"
)", "program.toml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.program.year_rules.size() == 2);
    const YearRules& three = r.program.year_rules[1];
    CHECK(three.year == 3);
    CHECK(three.cadence.every_days == 28);
    CHECK(three.compliance.min_minutes_per_week == 20);  // [compliance.year2], not [compliance]
    CHECK(three.stipend.hourly == 30.0);
    CHECK(r.program.year_rules[0].cadence.every_days == 7);  // year 2 keeps [cadence]
}

TEST_CASE("parse_program: only hourly may differ by year in [stipend.yearN]") {
    const auto r = parse_program(minimal + "\n[stipend.year2]\nhourly = 30.0\nworkshop_hourly = 20.0\n", "program.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "stipend.year2.workshop_hourly cannot differ by year");
    CHECK(r.diagnostics[0].pos.line == static_cast<int>(std::count(minimal.begin(), minimal.end(), '\n')) + 4);
}

TEST_CASE("parse_program: a year table out of range or not a table is an error at its key") {
    const auto r = parse_program(minimal + "\n[cadence.year11]\nevery = \"2w\"\n", "program.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "[cadence.year11] names year 11; years run from 2 to 10");
}
