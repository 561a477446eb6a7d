#include <catch2/catch.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "builders.hpp"
#include "mentor/domain/validate.hpp"

using namespace mentor;
using test::day;

namespace {

std::vector<std::string> messages(const std::vector<Diagnostic>& diags, Severity s = Severity::error) {
    std::vector<std::string> out;
    for (const auto& d : diags) {
        if (d.severity == s) out.push_back(d.message);
    }
    return out;
}

}  // namespace

TEST_CASE("validate_roster: a clean roster has no problems") {
    Person a = test::mentor("amentor");
    Person b = test::mentee("bmentee");
    Person p = test::person("principal", {Role::supervisor});
    b.supervisor = "principal";
    b.prefers = {"amentor"};
    b.pos.prefers = {{10, 5}};
    CHECK(validate_roster(test::roster({a, b, p}), test::program()).empty());
}

TEST_CASE("validate_roster: duplicate ids point at the repeat and name the first") {
    auto diags = validate_roster(test::roster({test::mentee("a"), test::mentee("a")}), test::program());
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].message == "duplicate id 'a'");
    CHECK(diags[0].pos.line == 7);
    CHECK(diags[0].hint == "the first 'a' is at line 2; ids must be unique");
}

TEST_CASE("validate_roster: references to unknown people, with a suggestion") {
    Person b = test::mentee("bmentee");
    b.supervisor = "principle";
    b.avoid = {"nobody"};
    b.pos.avoid = {{4, 12}};
    auto diags = validate_roster(test::roster({b, test::person("principal", {Role::supervisor})}), test::program());
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].message == "bmentee: 'supervisor' names 'principle', who is not in the roster");
    CHECK(diags[0].hint == "did you mean 'principal'?");
    CHECK(diags[1].message == "bmentee: 'avoid' names 'nobody', who is not in the roster");
    CHECK(diags[1].pos == SourcePos{4, 12});
}

TEST_CASE("validate_roster: nobody lists themselves") {
    Person a = test::mentee("a");
    a.supervisor = "a";
    a.prefers = {"a"};
    a.avoid = {"a"};
    auto m = messages(validate_roster(test::roster({a}), test::program()));
    CHECK(m == std::vector<std::string>{"a lists themselves in 'supervisor'", "a lists themselves in 'prefers'",
                                        "a lists themselves in 'avoid'"});
}

TEST_CASE("validate_roster: preferring one's evaluator is an error while exclude_supervisor holds") {
    Person coach = test::mentor("coach");
    Person b = test::mentee("b");
    b.supervisor = "coach";
    b.prefers = {"coach"};
    auto roster = test::roster({coach, b});
    auto m = messages(validate_roster(roster, test::program()));
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "b prefers 'coach', who is their evaluator; mentoring must stay non-evaluative");

    Person coach2 = coach;
    coach2.prefers = {"b"};
    b.prefers.clear();
    auto m2 = messages(validate_roster(test::roster({coach2, b}), test::program()));
    REQUIRE(m2.size() == 1);
    CHECK(m2[0] == "coach prefers 'b', whom they evaluate; mentoring must stay non-evaluative");

    Program lenient = test::program();
    lenient.matching.exclude_supervisor = false;
    CHECK(messages(validate_roster(roster, lenient)).empty());
}

TEST_CASE("validate_roster: prefers and avoids the same person") {
    Person m = test::mentor("m");
    Person b = test::mentee("b");
    b.prefers = {"m"};
    b.avoid = {"m"};
    CHECK(messages(validate_roster(test::roster({m, b}), test::program())) ==
          std::vector<std::string>{"b both prefers and avoids 'm'"});
}

TEST_CASE("validate_roster: leaving before starting") {
    Person b = test::mentee("b");
    b.start = day("2026-11-09");
    b.leaves = day("2026-11-09");
    CHECK(messages(validate_roster(test::roster({b}), test::program())) ==
          std::vector<std::string>{"b leaves on 2026-11-09, not after starting on 2026-11-09"});
}

TEST_CASE("validate_roster: warnings for mentor-only settings and untrained mentors") {
    Person b = test::mentee("b");
    b.capacity = 2;
    b.trained = day("2026-08-01");
    Person m = test::mentor("m");
    m.trained.reset();
    Person x = test::mentee("x");
    x.prefers = {"b"};
    auto w = messages(validate_roster(test::roster({b, m, x}), test::program()), Severity::warning);
    CHECK(w == std::vector<std::string>{"b has a capacity but is not a mentor", "b has a training date but is not a mentor",
                                        "mentor m has no training date and will not be paired",
                                        "x prefers 'b', who is not a mentor"});
    Program p = test::program();
    p.matching.require_trained = false;
    CHECK(messages(validate_roster(test::roster({m}), p), Severity::warning).empty());
}

TEST_CASE("validate_program: term order, holidays and breaks inside the term") {
    Program p = test::program();
    CHECK(validate_program(p).empty());

    p.term.end = day("2026-06-11");
    CHECK(messages(validate_program(p)) ==
          std::vector<std::string>{"the term ends on 2026-06-11, not after it starts on 2026-08-24"});

    p = test::program();
    p.term.holidays = {day("2027-07-04"), day("2026-11-28"), day("2026-11-26"), day("2026-11-26")};
    p.pos.holidays = {{1, 1}, {1, 2}, {1, 3}, {1, 4}};
    auto diags = validate_program(p);
    CHECK(messages(diags) == std::vector<std::string>{"holiday 2027-07-04 is outside the term (2026-08-24 to 2027-06-11)"});
    CHECK(messages(diags, Severity::warning) ==
          std::vector<std::string>{"holiday 2026-11-28 is a weekend day", "holiday 2026-11-26 is listed twice"});

    p = test::program();
    p.term.breaks = {{"Winter", day("2027-01-01"), day("2026-12-21")}, {"Summer", day("2027-06-01"), day("2027-08-01")}};
    p.pos.breaks = {{2, 1}, {3, 1}};
    CHECK(messages(validate_program(p)) ==
          std::vector<std::string>{"break 'Winter' ends on 2026-12-21, before it starts on 2027-01-01",
                                   "break 'Summer' (2027-06-01 to 2027-08-01) is not inside the term (2026-08-24 to 2027-06-11)"});
}

TEST_CASE("validate_roster: without teaching periods, check warns when observations or visits are required") {
    Program prog = test::program();
    const Roster r = test::roster({test::mentor("m"), test::mentee("e")});
    CHECK(messages(validate_roster(r, prog), Severity::warning).empty());  // no observations asked
    prog.cadence.observations = 2;
    CHECK(messages(validate_roster(r, prog), Severity::warning) ==
          std::vector<std::string>{"mentee e has no teaching periods: observations of them are placed in their mentor's "
                                   "free time, not while they teach"});
    prog.cadence.observe_mentor = 1;
    CHECK(messages(validate_roster(r, prog), Severity::warning).size() == 2);
    Roster taught = r;
    for (Person& p : taught.people) p.teaches = {{1, 540, 590}};
    CHECK(messages(validate_roster(taught, prog), Severity::warning).empty());
}

TEST_CASE("validate_roster: people who left before the term are not asked what pairing and scheduling need") {
    Program prog = test::program();
    prog.cadence.observations = 2;
    prog.cadence.observe_mentor = 1;
    Person m = test::mentor("m");
    m.trained.reset();
    Person e = test::mentee("e");
    for (Person* p : {&m, &e}) {
        p->start = day("2025-08-25");
        p->leaves = day("2026-06-13");  // before the term's 2026-08-24
    }
    CHECK(messages(validate_roster(test::roster({m, e}), prog), Severity::warning).empty());
    for (Person* p : {&m, &e}) p->leaves = day("2026-08-25");  // on staff on the first day
    CHECK(messages(validate_roster(test::roster({m, e}), prog), Severity::warning).size() == 3);
}

TEST_CASE("validate_roster: spellings that differ only in case or spacing are a warning, once") {
    Person a = test::mentor("amentor");
    Person b = test::mentee("bmentee");
    Person c = test::mentee("cmentee");
    a.subjects = {"math"};
    b.subjects = {"Math"};
    c.subjects = {"Math", "science"};
    a.languages = {"en"};
    b.languages = {"en"};
    c.focus = {"Classroom  management"};
    a.focus = {"classroom management"};
    const auto diags = validate_roster(test::roster({a, b, c}), test::program());
    CHECK(messages(diags).empty());
    CHECK(messages(diags, Severity::warning) ==
          std::vector<std::string>{"subject 'Math' of bmentee and 'math' of amentor differ only in case or spacing; they count as one",
                                   "focus 'Classroom  management' of cmentee and 'classroom management' of amentor differ only in case or spacing; they count as one"});
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].hint == "write 'math' the same way everywhere");
}

TEST_CASE("validate_roster: schools that differ only in case are a warning") {
    Person a = test::mentor("amentor");
    Person b = test::mentee("bmentee");
    a.school = "lincoln";
    b.school = "Lincoln ";
    CHECK(messages(validate_roster(test::roster({a, b}), test::program()), Severity::warning) ==
          std::vector<std::string>{"school 'Lincoln ' of bmentee and 'lincoln' of amentor differ only in case or spacing; they count as one"});
}

TEST_CASE("validate_roster: nobody with a school is fine; some without one is a warning") {
    Person a = test::mentor("amentor");
    Person b = test::mentee("bmentee");
    Person c = test::person("coord", {Role::coordinator});
    CHECK(validate_roster(test::roster({a, b, c}), test::program()).empty());
    a.school = "lincoln";
    const auto diags = validate_roster(test::roster({a, b, c}), test::program());
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].severity == Severity::warning);
    CHECK(diags[0].pos == SourcePos{7, 5});  // bmentee's entry; the coordinator without a school is not counted
    CHECK(diags[0].message == "1 of 2 mentors and mentees have no school (bmentee); they are paired only with each other "
                              "(or online) while matching.same_school is not \"any\"");
}

TEST_CASE("validate_program: a term is at most max_term_days long") {
    Program p = test::program();
    p.pos.term_start = {3, 9};
    p.pos.term_end = {4, 7};
    p.term.start = day("2026-08-24");
    p.term.end = p.term.start + (max_term_days - 1);
    CHECK(validate_program(p).empty());
    p.term.end = p.term.start + max_term_days;
    const auto diags = validate_program(p);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].message == "the term runs 732 days, from 2026-08-24 to 2028-08-24; a term is at most 731 days");
    CHECK(diags[0].pos == SourcePos{4, 7});
}

// Every "did you mean" reads all ids; thousands of unknown references would take seconds.
TEST_CASE("validate_roster: suggestions for the first hundred distinct unknown ids, then plain hints") {
    std::vector<Person> people;
    for (int i = 0; i < 150; ++i) people.push_back(test::mentee(fmt::format("teacher{:03}", i)));
    Person a = test::mentee("asker");
    for (int i = 0; i < 150; ++i) {
        a.avoid.push_back(fmt::format("teacher{:03}x", i));
        a.pos.avoid.push_back({10 + i, 5});
    }
    a.avoid.push_back("teacher000x");  // seen before: the same suggestion again
    a.pos.avoid.push_back({200, 5});
    people.push_back(a);
    const auto diags = validate_roster(test::roster(people), test::program());
    REQUIRE(diags.size() == 151);
    CHECK(diags[0].hint == "did you mean 'teacher000'?");
    CHECK(diags[99].hint == "did you mean 'teacher099'?");
    CHECK(diags[100].hint == "add 'teacher100x' to the roster, or fix the id");
    CHECK(diags[149].hint == "add 'teacher149x' to the roster, or fix the id");
    CHECK(diags[150].hint == "did you mean 'teacher000'?");
}
