#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "builders.hpp"
#include "mentor/io/person_fields.hpp"

using namespace mentor;
using test::day;

namespace {

std::vector<FieldItem> items(std::initializer_list<const char*> texts, int line = 4) {
    std::vector<FieldItem> out;
    int col = 10;
    for (const char* t : texts) {
        out.push_back({t, {line, col}});
        col += 10;
    }
    return out;
}

struct Applied {
    Person p;
    std::vector<Diagnostic> d;
};

Applied apply(std::string_view key, std::initializer_list<const char*> texts, Person p = {}) {
    Diagnostics d("roster.yaml");
    apply_person_field(p, key, items(texts), d);
    return {std::move(p), d.take()};
}

}  // namespace

TEST_CASE("is_list_field: the list fields, and only those") {
    for (auto k : {"roles", "subjects", "grades", "modality", "languages", "availability", "focus", "survey", "prefers",
                   "avoid"}) {
        CHECK(is_list_field(k));
    }
    for (auto k : {"id", "name", "email", "school", "years", "supervisor", "capacity", "trained", "cohort", "start",
                   "leaves", "role", ""}) {
        CHECK_FALSE(is_list_field(k));
    }
}

TEST_CASE("apply_person_field: id is kept as written, with its position; an uppercase id gets a lowercase hint") {
    Applied a = apply("id", {"asmith"});
    CHECK(a.d.empty());
    CHECK(a.p.id == "asmith");
    CHECK(a.p.pos.id == SourcePos{4, 10});
    a = apply("id", {"ASmith"});
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].message == "'ASmith' is not a valid id");
    CHECK(a.d[0].hint == "ids are lowercase: write 'asmith'");
    CHECK(a.d[0].pos == SourcePos{4, 10});
    a = apply("id", {"-x"});
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].hint.rfind("an id starts with", 0) == 0);
}

TEST_CASE("apply_person_field: email needs one @ with text on both sides and no spaces or separators") {
    CHECK(apply("email", {"a@example.org"}).d.empty());
    for (auto bad : {"a.example.org", "@example.org", "a@", "a@b@c", "a b@example.org", "a@x.org, b@x.org", "<a@x.org>"}) {
        const Applied a = apply("email", {bad});
        INFO(bad);
        REQUIRE(a.d.size() == 1);
        CHECK(a.d[0].message == fmt::format("'{}' is not an email address", bad));
        CHECK(a.p.email == bad);
    }
}

TEST_CASE("apply_person_field: roles add up; an unknown role suggests the closest") {
    Applied a = apply("roles", {"mentor", "mentee"});
    CHECK(a.d.empty());
    CHECK(a.p.has(Role::mentor));
    CHECK(a.p.has(Role::mentee));
    CHECK_FALSE(a.p.has(Role::coordinator));
    a = apply("roles", {"mentr", "coordinator"});
    CHECK(a.p.has(Role::coordinator));
    CHECK_FALSE(a.p.has(Role::mentor));
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].message == "unknown role 'mentr'");
    CHECK(a.d[0].hint == "did you mean 'mentor'?");
    CHECK(a.d[0].pos == SourcePos{4, 10});
}

TEST_CASE("apply_person_field: grades accept K, are sorted and unique, and stay inside 0..12") {
    Applied a = apply("grades", {"4", "K", "3", "4", "k"});
    CHECK(a.d.empty());
    CHECK(a.p.grades == std::vector<int>{0, 3, 4});
    a = apply("grades", {"13", "2", "two", "-1", "3.5", ""});
    CHECK(a.p.grades == std::vector<int>{2});
    REQUIRE(a.d.size() == 5);
    CHECK(a.d[0].message == "'grades' is 13, outside 0..12");
    CHECK(a.d[0].pos == SourcePos{4, 10});
    CHECK(a.d[1].message == "'grades' must be a whole number, not 'two'");
    CHECK(a.d[1].pos == SourcePos{4, 30});
    CHECK(a.d[2].message == "'grades' is -1, outside 0..12");
    CHECK(a.d[3].message == "'grades' must be a whole number, not '3.5'");
    CHECK(a.d[4].message == "'grades' must be a whole number, not ''");
}

TEST_CASE("apply_person_field: years 0..60 and capacity 0..100, with the capacity's position") {
    CHECK(apply("years", {"60"}).p.years == 60);
    Applied a = apply("years", {"61"});
    CHECK_FALSE(a.p.years);
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].hint == "write a number from 0 to 60");
    a = apply("capacity", {"0"});
    CHECK(a.d.empty());
    CHECK(a.p.capacity == 0);
    CHECK(a.p.pos.capacity == SourcePos{4, 10});
    a = apply("capacity", {"101"});
    CHECK_FALSE(a.p.capacity);
    CHECK(a.d.size() == 1);
    a = apply("capacity", {"2 "});
    CHECK_FALSE(a.p.capacity);
    CHECK(a.d.size() == 1);
}

TEST_CASE("apply_person_field: modality is in-person, online or both; nothing valid falls back to in-person") {
    Applied a = apply("modality", {"online"});
    CHECK(a.d.empty());
    CHECK(a.p.online);
    CHECK_FALSE(a.p.in_person);
    a = apply("modality", {"online", "in-person"});
    CHECK(a.p.online);
    CHECK(a.p.in_person);
    a = apply("modality", {"onlin"});
    CHECK(a.p.in_person);
    CHECK_FALSE(a.p.online);
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].hint == "did you mean 'online'?");
}

TEST_CASE("apply_person_field: availability windows are parsed and sorted; a bad one is located") {
    Applied a = apply("availability", {"thu 07:30-08:15", "Monday 14:30-15:30"});
    CHECK(a.d.empty());
    CHECK(a.p.availability == std::vector<Window>{{0, 870, 930}, {3, 450, 495}});
    a = apply("availability", {"mon 14:30-15:30", "someday 9-10"});
    CHECK(a.p.availability.size() == 1);
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].pos == SourcePos{4, 20});
    CHECK_FALSE(a.d[0].message.empty());
}

TEST_CASE("apply_person_field: survey answers are question=number, sorted by question") {
    Applied a = apply("survey", {"warmth=3.5", "structure=4"});
    CHECK(a.d.empty());
    CHECK(a.p.survey == std::vector<std::pair<std::string, double>>{{"structure", 4.0}, {"warmth", 3.5}});
    a = apply("survey", {"structure", "=4", "warmth=lots", "pace="});
    CHECK(a.p.survey.empty());
    REQUIRE(a.d.size() == 4);
    CHECK(a.d[0].message == "survey answer 'structure' has no question");
    CHECK(a.d[1].message == "survey answer '=4' has no question");
    CHECK(a.d[2].message == "survey answer 'warmth' must be a number from -1000 to 1000, not 'lots'");
    CHECK(a.d[3].message == "survey answer 'pace' must be a number from -1000 to 1000, not ''");
}

TEST_CASE("apply_person_field: supervisor, prefers and avoid must be ids, and keep their positions") {
    Applied a = apply("supervisor", {"pprincipal"});
    CHECK(a.d.empty());
    CHECK(a.p.supervisor == "pprincipal");
    CHECK(a.p.pos.supervisor == SourcePos{4, 10});
    a = apply("prefers", {"jdoe", "Bad Id"});
    CHECK(a.p.prefers == std::vector<std::string>{"jdoe", "Bad Id"});
    CHECK(a.p.pos.prefers == std::vector<SourcePos>{{4, 10}, {4, 20}});
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].message == "'prefers' names 'Bad Id', which is not a valid id");
    CHECK(a.d[0].pos == SourcePos{4, 20});
    a = apply("avoid", {"kpatel"});
    CHECK(a.d.empty());
    CHECK(a.p.avoid == std::vector<std::string>{"kpatel"});
    CHECK(a.p.pos.avoid == std::vector<SourcePos>{{4, 10}});
}

TEST_CASE("apply_person_field: dates are checked, with the field's position") {
    Applied a = apply("trained", {"2026-08-10"});
    CHECK(a.d.empty());
    CHECK(a.p.trained == day("2026-08-10"));
    CHECK(a.p.pos.trained == SourcePos{4, 10});
    a = apply("start", {"2026-02-30"});
    CHECK_FALSE(a.p.start);
    REQUIRE(a.d.size() == 1);
    CHECK(a.d[0].message == "'start' is not a valid date: '2026-02-30'");
    CHECK(a.d[0].pos == SourcePos{4, 10});
    a = apply("leaves", {"08/10/2026"});
    CHECK_FALSE(a.p.leaves);
    CHECK(a.d.size() == 1);
}

TEST_CASE("apply_person_field: plain text fields are copied; a single field without an item changes nothing") {
    Person before = test::person("x");
    before.name = "Kept";
    Applied a = apply("name", {}, before);
    CHECK(a.d.empty());
    CHECK(a.p.name == "Kept");
    a = apply("school", {"lincoln"});
    CHECK(a.p.school == "lincoln");
    a = apply("cohort", {"2026-a"});
    CHECK(a.p.cohort == "2026-a");
    a = apply("subjects", {"math", "art"});
    CHECK(a.p.subjects == std::vector<std::string>{"math", "art"});
}

// from_chars reads "nan" and "inf" as numbers: they must not pass as survey answers.
TEST_CASE("apply_person_field: a survey answer must be a finite number") {
    const Applied a = apply("survey", {"structure=nan", "warmth=inf"});
    CHECK(a.p.survey.empty());
    CHECK(a.d.size() == 2);
}

TEST_CASE("apply_person_field: survey answers from -1000 to 1000") {
    const Applied a = apply("survey", {"a=1000", "b=-1000", "c=1000.5", "d=1e300", "e=-inf"});
    CHECK(a.p.survey.size() == 2);
    REQUIRE(a.d.size() == 3);
    CHECK(a.d[0].message == "survey answer 'c' must be a number from -1000 to 1000, not '1000.5'");
}

TEST_CASE("apply_person_field: a value is one line of printable text, however it was escaped") {
    const Applied name = apply("name", {"Ana\x01Smith"});
    CHECK(name.p.name.empty());
    REQUIRE(name.d.size() == 1);
    CHECK(name.d[0].message == "'name': control character U+0001 is not allowed");
    const Applied focus = apply("focus", {"reading", "line\nbreak", "writing"});
    CHECK(focus.p.focus == std::vector<std::string>{"reading", "writing"});
    CHECK(focus.d.size() == 1);
    CHECK(apply("name", {"Zoë Ørsted"}).d.empty());
}
