#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/roster_errors.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Person at_line(Person p, int line) {
    p.pos.item = {line, 5};
    return p;
}

Roster roster_of(std::vector<Person> people) {
    Roster r;
    r.source = "roster.yaml";
    r.people = std::move(people);
    return r;
}

Diagnostic error_at(int line, const char* message = "bad") {
    return {Severity::error, "roster.yaml", {line, 12}, message, {}};
}

}  // namespace

TEST_CASE("errors_by_person: each error belongs to the entry whose lines hold it, whatever the roster's order") {
    const Roster r = roster_of({at_line(mentee("cwhite"), 12), at_line(test::mentor("jdoe"), 2), at_line(mentee("asmith"), 7)});
    const auto by = errors_by_person(r, {error_at(3, "a"), error_at(12, "b"), error_at(40, "c"), error_at(11, "d")});
    REQUIRE(by);
    CHECK(by->size() == 3);
    CHECK(by->at("jdoe").size() == 1);
    CHECK(by->at("jdoe")[0].message == "a");
    CHECK(by->at("asmith")[0].message == "d");
    REQUIRE(by->at("cwhite").size() == 2);
    CHECK(by->at("cwhite")[1].message == "c");
    // Warnings are nobody's trouble.
    Diagnostic warning = error_at(3);
    warning.severity = Severity::warning;
    CHECK(errors_by_person(r, {warning})->empty());
}

TEST_CASE("errors_by_person: an error before the first entry or without a line puts the whole roster in doubt") {
    const Roster r = roster_of({at_line(test::mentor("jdoe"), 2), at_line(mentee("asmith"), 7)});
    CHECK_FALSE(errors_by_person(r, {error_at(8), error_at(1)}));
    CHECK_FALSE(errors_by_person(r, {error_at(0)}));
    CHECK_FALSE(errors_by_person(roster_of({}), {error_at(5)}));  // a syntax error: nobody was read
    // A key at the left margin after the last entry is the file's, not the last person's.
    Diagnostic top_level = error_at(20);
    top_level.pos.col = 1;
    CHECK_FALSE(errors_by_person(r, {top_level}));
}

TEST_CASE("troubled_people_in: the writer, the pair, the person, observers and attendees count") {
    std::map<std::string, std::vector<Diagnostic>> troubled{{"cwhite", {error_at(3)}}, {"bcho", {error_at(9)}}};
    Entry e;
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    CHECK(troubled_people_in(e, troubled).empty());
    e.by = "cwhite";
    CHECK(troubled_people_in(e, troubled) == std::vector<std::string>{"cwhite"});
    e.by = "jdoe";
    e.attendees = {"asmith", "bcho"};
    CHECK(troubled_people_in(e, troubled) == std::vector<std::string>{"bcho"});
    e.attendees.clear();
    e.observed = "cwhite";
    CHECK(troubled_people_in(e, troubled) == std::vector<std::string>{"cwhite"});
}
