#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/domain/validate.hpp"

using namespace mentor;
using test::day;

namespace {

// The test program (2026-27) with 2025-26 as a past term, which had a holiday on 2025-09-01.
Program two_years() {
    Program p = test::program();
    PastTerm old;
    old.name = "2025-26";
    old.term.start = day("2025-08-25");
    old.term.end = day("2026-06-12");
    old.term.holidays = {day("2025-09-01")};
    old.term.breaks = {{"Winter break", day("2025-12-22"), day("2026-01-02")}};
    old.pos = {30, 1};
    old.holidays = {{33, 13}};
    old.breaks = {{34, 11}};
    p.past_terms.push_back(old);
    return p;
}

std::vector<Diagnostic> errors_of(const Program& p) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : validate_program(p)) {
        if (d.severity == Severity::error) out.push_back(d);
    }
    return out;
}

}  // namespace

TEST_CASE("term_holding: the current term, a past one, or none between them") {
    const Program p = two_years();
    CHECK(term_holding(p, day("2026-11-23")) == &p.term);
    CHECK(term_holding(p, day("2025-11-24")) == &p.past_terms[0].term);
    CHECK(term_holding(p, day("2026-07-15")) == nullptr);
    CHECK(term_holding(p, day("2024-11-25")) == nullptr);
}

TEST_CASE("is_school_day_in_its_term: a past day is judged by its own calendar") {
    const Program p = two_years();
    CHECK(is_school_day_in_its_term(p, day("2025-08-25")));        // a Monday of 2025-26
    CHECK_FALSE(is_school_day_in_its_term(p, day("2025-09-01")));  // Labor Day, a holiday of 2025-26
    CHECK_FALSE(is_school_day_in_its_term(p, day("2025-12-29")));  // its winter break
    CHECK_FALSE(is_school_day_in_its_term(p, day("2026-07-06")));  // summer: no term
    CHECK_FALSE(p.term.is_school_day(day("2025-08-25")));         // what the current term alone says
}

TEST_CASE("school_year_of: listed terms first, then the current calendar shifted by years") {
    const Program p = two_years();
    CHECK(school_year_of(p, day("2025-10-01")) == 2026);
    CHECK(school_year_of(p, day("2026-06-30")) == 2027);  // summer belongs to the year ahead
    CHECK(school_year_of(p, day("2026-11-23")) == 2027);
    CHECK(school_year_of(p, day("2027-09-01")) == 2028);  // beyond the listed terms
    CHECK(school_year_of(p, day("2023-10-01")) == 2024);  // before them
    CHECK(school_year_name(2026) == "2025-26");
    CHECK(school_year_name(2100) == "2099-00");
    CHECK(school_year_end(p, 2026) == day("2026-06-12"));
    CHECK(school_year_start(p, 2026) == day("2025-08-25"));
    CHECK(school_year_start(p, 2028) == day("2027-08-24"));
}

TEST_CASE("year_in_program: 1 in the school year of the start, 2 in the next") {
    const Program p = two_years();
    Person m = test::mentee("asmith");
    m.start = day("2025-08-25");
    CHECK(year_in_program(p, m, day("2025-11-01")) == 1);
    CHECK(year_in_program(p, m, day("2026-11-23")) == 2);
    CHECK(year_in_program(p, m, day("2024-01-01")) == 0);
    m.start = day("2026-11-09");  // a mid-year hire
    CHECK(year_in_program(p, m, day("2026-11-23")) == 1);
    m.start.reset();              // no start: the current term's
    CHECK(year_in_program(p, m, day("2026-11-23")) == 1);
}

TEST_CASE("rules_for_year: the largest yearN table not above the year, else the year-1 tables") {
    Program p = test::program();
    p.cadence.every_days = 7;
    YearRules two{2, p.cadence, p.compliance, p.stipend};
    two.cadence.every_days = 14;
    p.year_rules.push_back(two);
    CHECK(rules_for_year(p, 1).cadence.every_days == 7);
    CHECK(rules_for_year(p, 2).cadence.every_days == 14);
    CHECK(rules_for_year(p, 3).cadence.every_days == 14);
}

TEST_CASE("duration_end with past terms: each school year ends on its own last day") {
    Program p = two_years();
    p.duration = {Duration::Unit::year, 2};
    CHECK(duration_end(p, day("2025-09-02")) == day("2027-06-12"));
    p.duration = {Duration::Unit::year, 1};
    CHECK(duration_end(p, day("2025-09-02")) == day("2026-06-13"));  // 2025-26 ended on 2026-06-12, a Friday
    CHECK(duration_end(p, day("2026-09-02")) == day("2027-06-12"));
}

TEST_CASE("check_past_terms: a past term is history, apart from the others and before [term]") {
    CHECK(errors_of(two_years()).empty());

    Program overlap = two_years();
    overlap.past_terms[0].term.end = day("2026-09-01");
    auto e = errors_of(overlap);
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "past term 2025-26 (2025-08-25 to 2026-09-01) does not end before the current term starts on 2026-08-24");
    CHECK(e[0].pos.line == 30);

    Program inside = two_years();
    inside.past_terms[0].term.start = day("2026-09-01");
    inside.past_terms[0].term.end = day("2026-10-01");
    inside.past_terms[0].term.holidays.clear();
    inside.past_terms[0].term.breaks.clear();
    e = errors_of(inside);
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "past term 2025-26 (2026-09-01 to 2026-10-01) is inside the current term (2026-08-24 to 2027-06-11)");

    Program two = two_years();
    PastTerm older = two.past_terms[0];
    older.name = "2024-25";
    older.term.start = day("2024-08-26");
    older.term.end = day("2025-09-01");
    older.term.holidays.clear();
    older.term.breaks.clear();
    older.pos = {40, 1};
    two.past_terms.push_back(older);
    e = errors_of(two);
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "past term 2024-25 (2024-08-26 to 2025-09-01) overlaps past term 2025-26 (2025-08-25 to 2026-06-12)");
    two.past_terms[1].term.start = day("2025-09-02");
    two.past_terms[1].term.end = day("2025-10-01");
    e = errors_of(two);
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "past term 2024-25 (2025-09-02 to 2025-10-01) is inside past term 2025-26 (2025-08-25 to 2026-06-12)");

    Program outside = two_years();
    outside.past_terms[0].term.holidays = {day("2026-09-07")};
    e = errors_of(outside);
    REQUIRE(e.size() == 1);
    CHECK(e[0].message == "holiday 2026-09-07 is outside the past term 2025-26 (2025-08-25 to 2026-06-12)");
}

TEST_CASE("term_of_day: the term holding the day, else the current one") {
    const Program p = two_years();
    CHECK(&term_of_day(p, day("2025-09-15")) == &p.past_terms[0].term);
    CHECK(&term_of_day(p, day("2026-09-15")) == &p.term);
    CHECK(&term_of_day(p, day("2026-07-15")) == &p.term);  // summer: no term holds it
}

TEST_CASE("pairs_recorded_for_term: only a pair current in the current term says pairing has run") {
    const Program p = two_years();
    Pair old;
    old.mentor = "m";
    old.mentee = "e";
    old.start = day("2025-08-25");
    old.end = day("2026-06-13");
    CHECK_FALSE(pairs_recorded_for_term(p, {}));
    CHECK_FALSE(pairs_recorded_for_term(p, {old}));  // last year's pairs only
    Pair now = old;
    now.start = day("2026-08-24");
    now.end.reset();
    CHECK(pairs_recorded_for_term(p, {old, now}));
    Pair continued = old;
    continued.end.reset();  // a two-year pair going on into this term
    CHECK(pairs_recorded_for_term(p, {continued}));
}

TEST_CASE("left_before_term: gone before the current term's first day") {
    const Program p = two_years();
    Person x = test::mentee("x");
    CHECK_FALSE(left_before_term(x, p));
    x.leaves = day("2026-06-13");
    CHECK(left_before_term(x, p));
    x.leaves = day("2026-08-24");  // the first day: already gone
    CHECK(left_before_term(x, p));
    x.leaves = day("2026-08-25");
    CHECK_FALSE(left_before_term(x, p));
}
