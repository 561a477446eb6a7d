#include <catch2/catch.hpp>

#include <tuple>

#include "builders.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/schedule.hpp"

using namespace mentor;
using test::day;

namespace {

Pair pair(const char* start, std::optional<Date> end = std::nullopt) {
    Pair p;
    p.mentor = "jdoe";
    p.mentee = "asmith";
    p.start = day(start);
    p.end = end;
    return p;
}

Person teacher(std::string id, Role role) {
    Person p = test::person(std::move(id), {role});
    p.school = "lincoln";
    p.trained = day("2026-08-01");
    return p;
}

}  // namespace

TEST_CASE("is_current_on: from the start, up to but not including the end") {
    const Date start = day("2026-09-01"), end = day("2026-12-18");
    CHECK_FALSE(is_current_on(start, end, day("2026-08-31")));
    CHECK(is_current_on(start, end, start));
    CHECK(is_current_on(start, end, day("2026-12-17")));
    CHECK_FALSE(is_current_on(start, end, end));
    CHECK(is_current_on(start, std::nullopt, day("2030-01-01")));
    CHECK_FALSE(is_current_on(start, start, start));  // ended the day it began: never current
}

TEST_CASE("Pair: a future end ends the pair on that day, not before") {
    const Pair p = pair("2026-09-01", day("2027-01-15"));
    CHECK(p.is_current(day("2026-11-23")));
    CHECK_FALSE(p.has_ended(day("2026-11-23")));
    CHECK(p.is_current(day("2027-01-14")));
    CHECK_FALSE(p.is_current(day("2027-01-15")));
    CHECK(p.has_ended(day("2027-01-15")));
}

TEST_CASE("Pair: a pair that has not started is neither current nor ended") {
    const Pair p = pair("2027-01-04");
    CHECK_FALSE(p.is_current(day("2026-11-23")));
    CHECK_FALSE(p.has_ended(day("2026-11-23")));
    CHECK(p.is_current_during(day("2026-12-01"), day("2027-01-04")));
    CHECK_FALSE(p.is_current_during(day("2026-12-01"), day("2027-01-03")));
}

TEST_CASE("Pair: the duration ends it when it runs out before the written end") {
    Pair p = pair("2026-09-01", day("2027-09-01"));
    p.runs_out = day("2027-06-12");
    CHECK(p.ends() == day("2027-06-12"));
    CHECK(p.is_current(day("2027-06-11")));
    CHECK_FALSE(p.is_current(day("2027-06-12")));
    p.end = day("2027-01-10");
    CHECK(p.ends() == day("2027-01-10"));
    CHECK(p.is_current_during(day("2027-01-01"), day("2027-02-01")));
    CHECK_FALSE(p.is_current_during(day("2027-01-10"), day("2027-02-01")));
}

TEST_CASE("duration_end: N weeks from the start") {
    const Term term = test::program().term;
    CHECK(duration_end({Duration::Unit::week, 1}, term, day("2026-09-01")) == day("2026-09-08"));
    CHECK(duration_end({Duration::Unit::week, 12}, term, day("2026-09-01")) == day("2026-11-24"));
}

TEST_CASE("duration_end: Ny and Nterm end after the last day of the N-th school year") {
    const Term term = test::program().term;  // 2026-08-24 to 2027-06-11
    const Duration one_year{Duration::Unit::year, 1}, two_years{Duration::Unit::year, 2}, one_term{Duration::Unit::term, 1};
    CHECK(duration_end(one_year, term, day("2026-08-24")) == day("2027-06-12"));
    CHECK(duration_end(one_year, term, day("2026-11-23")) == day("2027-06-12"));  // a mid-year hire: this school year
    CHECK(duration_end(one_year, term, day("2027-06-11")) == day("2027-06-12"));  // the last day still counts
    CHECK(duration_end(one_term, term, day("2026-08-24")) == day("2027-06-12"));
    CHECK(duration_end(two_years, term, day("2026-08-24")) == day("2028-06-12"));
    CHECK(duration_end({Duration::Unit::term, 2}, term, day("2026-10-01")) == day("2028-06-12"));
    // Between two terms: the next school year.
    CHECK(duration_end(one_year, term, day("2027-06-12")) == day("2028-06-12"));
    CHECK(duration_end(one_year, term, day("2027-08-01")) == day("2028-06-12"));
    // A pair of last year (before the term): last year's end.
    CHECK(duration_end(one_year, term, day("2025-09-02")) == day("2026-06-12"));
    CHECK(duration_end(two_years, term, day("2025-09-02")) == day("2027-06-12"));
}

TEST_CASE("duration_end: a term ending on 29 February ends on the 28th in common years") {
    Term term;
    term.start = day("2027-09-01");
    term.end = day("2028-02-29");
    CHECK(duration_end({Duration::Unit::year, 1}, term, day("2027-09-01")) == day("2028-03-01"));
    CHECK(duration_end({Duration::Unit::year, 2}, term, day("2027-09-01")) == day("2029-03-01"));  // 28 Feb + 1
    CHECK(duration_end({Duration::Unit::year, 1}, term, day("2028-03-01")) == day("2029-03-01"));
}

TEST_CASE("apply_duration: every pair but the locked ones") {
    Program program = test::program();
    program.duration = {Duration::Unit::week, 4};
    std::vector<Pair> pairs{pair("2026-09-01"), pair("2026-10-01")};
    pairs[1].locked = true;
    apply_duration(pairs, program);
    CHECK(pairs[0].runs_out == day("2026-09-29"));
    CHECK_FALSE(pairs[1].runs_out);
}

TEST_CASE("record_ran_out: writes the day and the reason of a duration that ran out, once") {
    std::vector<Pair> pairs{pair("2026-09-01"), pair("2026-09-01", day("2026-09-10")), pair("2026-11-01")};
    for (Pair& p : pairs) p.runs_out = p.start + 28;
    const Duration four_weeks{Duration::Unit::week, 4};
    CHECK(record_ran_out(pairs, four_weeks, day("2026-09-29")) == 1);
    CHECK(pairs[0].end == day("2026-09-29"));
    CHECK(pairs[0].why == "ended: its duration (4 weeks) ran out");
    CHECK(pairs[1].end == day("2026-09-10"));  // ended earlier, as written
    CHECK_FALSE(pairs[2].end);
    CHECK(record_ran_out(pairs, four_weeks, day("2026-09-29")) == 0);
}

TEST_CASE("record_ran_out: a pair that has already ended keeps its end; one ending later is brought forward") {
    std::vector<Pair> pairs{pair("2025-08-25", day("2026-06-13")), pair("2026-09-01", day("2027-01-29"))};
    for (Pair& p : pairs) p.runs_out = p.start + 28;
    const Duration four_weeks{Duration::Unit::week, 4};
    CHECK(record_ran_out(pairs, four_weeks, day("2026-11-23")) == 1);
    CHECK(pairs[0].end == day("2026-06-13"));  // last year's pair: history, as recorded
    CHECK(pairs[1].end == day("2026-09-29"));  // its recorded end had not come yet
}

TEST_CASE("plan_pairs: a pair whose duration ran out ends on that day and its mentee is paired again") {
    const Roster r = test::roster({teacher("ma", Role::mentor), teacher("mb", Role::mentor), teacher("ea", Role::mentee)});
    Program program = test::program();
    program.duration = {Duration::Unit::week, 4};
    Pair old = pair("2026-08-24");
    old.mentor = "ma";
    old.mentee = "ea";
    const PairingPlan before = plan_pairs(r, program, day("2026-09-20"), {old});
    CHECK(before.kept == 1);
    CHECK(before.ended == 0);
    CHECK(before.current == 1);
    const PairingPlan plan = plan_pairs(r, program, day("2026-09-21"), {old});
    CHECK(plan.ended == 1);
    CHECK(plan.added == 1);
    CHECK(plan.current == 1);
    REQUIRE(plan.pairs.size() == 2);
    CHECK(plan.pairs[0].mentor == "ma");
    CHECK(plan.pairs[0].end == day("2026-09-21"));
    CHECK(plan.pairs[0].why == "ended: its duration (4 weeks) ran out");
    CHECK(plan.pairs[1].mentor == "mb");  // not ma again: matching.allow_repeat is false
    CHECK(plan.pairs[1].runs_out == day("2026-10-19"));
}

TEST_CASE("plan_pairs: a future end keeps the pair until then") {
    const Roster r = test::roster({teacher("ma", Role::mentor), teacher("mb", Role::mentor), teacher("ea", Role::mentee)});
    Pair old = pair("2026-08-24", day("2027-01-15"));
    old.mentor = "ma";
    old.mentee = "ea";
    const PairingPlan plan = plan_pairs(r, test::program(), day("2026-11-23"), {old});
    CHECK(plan.kept == 1);
    CHECK(plan.added == 0);
    CHECK(plan.current == 1);
    REQUIRE(plan.pairs.size() == 1);
    CHECK(plan.pairs[0].end == day("2027-01-15"));
    const PairingPlan later = plan_pairs(r, test::program(), day("2027-01-15"), {old});
    CHECK(later.added == 1);
    CHECK(later.pairs.back().mentor == "mb");
}

TEST_CASE("plan_pairs: someone leaving before a future end moves the end earlier, never later") {
    Person ea = teacher("ea", Role::mentee);
    ea.leaves = day("2026-12-18");
    const Roster r = test::roster({teacher("ma", Role::mentor), ea});
    Pair old = pair("2026-08-24", day("2027-01-15"));
    old.mentor = "ma";
    old.mentee = "ea";
    const PairingPlan plan = plan_pairs(r, test::program(), day("2026-12-20"), {old});
    REQUIRE(plan.pairs.size() == 1);
    CHECK(plan.pairs[0].end == day("2026-12-18"));
}

TEST_CASE("validate_pairs: two mentors at once only when the pairs overlap") {
    const Roster r = test::roster({teacher("ma", Role::mentor), teacher("mb", Role::mentor), teacher("ea", Role::mentee)});
    Pair a = pair("2026-08-24", day("2027-01-15"));
    a.mentor = "ma";
    a.mentee = "ea";
    a.line = 2;
    Pair b = pair("2027-01-15");
    b.mentor = "mb";
    b.mentee = "ea";
    b.line = 3;
    CHECK(validate_pairs({a, b}, r, test::program(), "pairs.tsv").empty());
    b.start = day("2027-01-14");
    const auto d = validate_pairs({a, b}, r, test::program(), "pairs.tsv");
    REQUIRE(d.size() == 1);
    CHECK(d[0].pos.line == 3);
    CHECK(d[0].message == "ea has two current mentors, ma (line 2) and mb");
    // Written the other way round, the later line is still the one named.
    b.line = 1;
    const auto swapped = validate_pairs({b, a}, r, test::program(), "pairs.tsv");
    REQUIRE(swapped.size() == 1);
    CHECK(swapped[0].pos.line == 2);
}

TEST_CASE("validate_pairs: capacity counts the mentees current on the same day") {
    Person ma = teacher("ma", Role::mentor);
    ma.capacity = 1;
    const Roster r = test::roster({ma, teacher("ea", Role::mentee), teacher("eb", Role::mentee)});
    Pair a = pair("2026-08-24", day("2026-12-01"));
    a.mentor = "ma";
    a.mentee = "ea";
    a.line = 2;
    Pair b = pair("2026-12-01");
    b.mentor = "ma";
    b.mentee = "eb";
    b.line = 3;
    CHECK(validate_pairs({a, b}, r, test::program(), "pairs.tsv").empty());
    b.start = day("2026-11-30");
    const auto d = validate_pairs({a, b}, r, test::program(), "pairs.tsv");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "ma has 2 current mentees, more than their capacity of 1");
    CHECK(d[0].pos.line == 3);
}

TEST_CASE("plan_schedule: meetings of a pair stop before its end, written or by duration") {
    Person m = teacher("ma", Role::mentor), e = teacher("ea", Role::mentee);
    for (Person* p : {&m, &e}) p->availability = {{0, 14 * 60, 15 * 60}};  // Mondays
    const Roster r = test::roster({m, e});
    Program program = test::program();
    program.cadence.observations = 0;
    Pair p = pair("2026-08-24", day("2026-10-05"));
    p.mentor = "ma";
    p.mentee = "ea";
    const auto last_meeting = [&](const std::vector<Pair>& pairs) {
        Date last;
        for (const Meeting& mt : plan_schedule(r, program, pairs, {}, day("2026-08-24")).meetings) last = std::max(last, mt.date);
        return last;
    };
    CHECK(last_meeting({p}) == day("2026-09-28"));  // the Monday of the end is no longer the pair's
    p.end.reset();
    p.runs_out = day("2026-09-22");
    CHECK(last_meeting({p}) == day("2026-09-21"));
    p.runs_out.reset();
    CHECK(last_meeting({p}) == day("2027-06-07"));  // open: to the term's last Monday
}

TEST_CASE("validate_pairs: ended pairs that overlapped are history, whatever the roster says now") {
    Person ma = teacher("ma", Role::mentor);
    ma.capacity = 1;  // lowered since last year, when ma had two mentees
    const Roster r = test::roster({ma, teacher("mb", Role::mentor), teacher("ea", Role::mentee), teacher("eb", Role::mentee)});
    std::vector<Pair> pairs;
    for (const auto& [mentor, mentee, line] : {std::tuple{"ma", "ea", 2}, std::tuple{"ma", "eb", 3}, std::tuple{"mb", "ea", 4}}) {
        Pair p = pair("2025-08-25", day("2026-06-12"));
        p.mentor = mentor;
        p.mentee = mentee;
        p.line = line;
        pairs.push_back(p);
    }
    CHECK(validate_pairs(pairs, r, test::program(), "pairs.tsv").empty());
    // The same, still open, are errors.
    for (Pair& p : pairs) p.end.reset();
    CHECK(validate_pairs(pairs, r, test::program(), "pairs.tsv").size() == 2);
}
