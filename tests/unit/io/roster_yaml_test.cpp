#include <catch2/catch.hpp>

#include "mentor/io/roster_yaml.hpp"

using namespace mentor;

namespace {

std::string first_error(const ParsedRoster& r) {
    for (const auto& d : r.diagnostics) {
        if (d.severity == Severity::error) return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
    }
    return {};
}

ParsedRoster parse(const std::string& text) { return parse_roster(text, "roster.yaml"); }

}  // namespace

TEST_CASE("parse_roster: reads every field of the schema") {
    const auto r = parse(R"(people:
  - id: asmith                 # a comment
    name: Ana Smith
    email: asmith@example.org
    roles: [mentee, mentor]
    school: lincoln
    subjects: [math, science]
    grades: [4, K, 3]
    years: 1
    supervisor: pprincipal
    capacity: 2
    trained: 2026-08-10
    modality: [in-person, online]
    languages: [en, es]
    availability: ["thu 07:30-08:15", "mon 14:30-15:30"]
    focus: [classroom-management]
    survey: {structure: 4, feedback: 2.5}
    prefers: [jdoe, bcho]
    avoid: [cwhite]
    cohort: new-2026
    start: 2026-08-24
    leaves: 2026-12-18
)");
    REQUIRE(r.diagnostics.empty());
    REQUIRE(r.roster.people.size() == 1);
    const Person& p = r.roster.people[0];
    CHECK(p.id == "asmith");
    CHECK(p.name == "Ana Smith");
    CHECK(p.email == "asmith@example.org");
    CHECK(p.has(Role::mentee));
    CHECK(p.has(Role::mentor));
    CHECK_FALSE(p.has(Role::coordinator));
    CHECK(p.school == "lincoln");
    CHECK(p.subjects == std::vector<std::string>{"math", "science"});
    CHECK(p.grades == std::vector<int>{0, 3, 4});
    CHECK(p.years == 1);
    CHECK(p.supervisor == "pprincipal");
    CHECK(p.capacity == 2);
    CHECK(p.trained->iso() == "2026-08-10");
    CHECK(p.in_person);
    CHECK(p.online);
    CHECK(p.languages == std::vector<std::string>{"en", "es"});
    REQUIRE(p.availability.size() == 2);
    CHECK(format_window(p.availability[0]) == "mon 14:30-15:30");  // sorted by day
    CHECK(p.focus == std::vector<std::string>{"classroom-management"});
    CHECK(p.survey == std::vector<std::pair<std::string, double>>{{"feedback", 2.5}, {"structure", 4}});
    CHECK(p.prefers == std::vector<std::string>{"jdoe", "bcho"});
    CHECK(p.avoid == std::vector<std::string>{"cwhite"});
    CHECK(p.cohort == "new-2026");
    CHECK(p.start->iso() == "2026-08-24");
    CHECK(p.leaves->iso() == "2026-12-18");
    CHECK(p.pos.id == SourcePos{2, 9});
    CHECK(p.pos.supervisor == SourcePos{10, 17});
    CHECK(p.pos.prefers == std::vector<SourcePos>{{18, 15}, {18, 21}});
}

TEST_CASE("parse_roster: defaults, single values as lists, empty values unset") {
    const auto r = parse("people:\n- id: a\n  name: A\n  roles: mentor\n  school:\n");
    REQUIRE(r.diagnostics.empty());
    const Person& p = r.roster.people.at(0);
    CHECK(p.has(Role::mentor));
    CHECK(p.school.empty());
    CHECK(p.in_person);
    CHECK_FALSE(p.online);
    CHECK_FALSE(p.capacity);
}

TEST_CASE("parse_roster: located errors for bad values") {
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n    trained: 2026-02-30\n")) ==
          "4:14: 'trained' is not a valid date: '2026-02-30'");
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n    capacity: two\n")) ==
          "4:15: 'capacity' must be a whole number, not 'two'");
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n    grades: [3, 13]\n")) == "4:17: 'grades' is 13, outside 0..12");
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n    name: B\n")) == "4:5: duplicate key 'name' in this person");
    CHECK(first_error(parse("people:\n  - id: a\n    name: [A, B]\n")) == "3:11: 'name' must be a single value, not a list");
    CHECK(first_error(parse("people:\n  - id: ASmith\n    name: A\n")) == "2:9: 'ASmith' is not a valid id");
    CHECK(first_error(parse("people:\n  - name: A\n")) == "2:5: this person has no id");
    CHECK(first_error(parse("people:\n  - id: a\n")) == "2:9: person 'a' has no name");
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n    roles: [mentr]\n")) == "4:13: unknown role 'mentr'");
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n    survey: {x: lots}\n")) ==
          "4:17: survey answer 'x' must be a number, not 'lots'");
    CHECK(first_error(parse("people: {a: 1}\n")) == "1:9: 'people' must be a list, not a mapping");
    CHECK(first_error(parse("staff: []\n")) == "1:1: unknown top-level key 'staff'");
    CHECK(first_error(parse("")) == "1:1: the roster is empty");
    CHECK(first_error(parse("- a\n- b\n")) == "1:1: the roster must be a mapping with a 'people' key, not a list");
}

TEST_CASE("parse_roster: unknown keys suggest the nearest known key") {
    const auto r = parse("people:\n  - id: a\n    name: A\n    subjcts: [math]\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "unknown key 'subjcts'");
    CHECK(r.diagnostics[0].hint == "did you mean 'subjects'?");
    CHECK(r.diagnostics[0].pos == SourcePos{4, 5});
}

TEST_CASE("parse_roster: YAML syntax errors are located, never thrown") {
    const auto r = parse("people:\n  - id: a\n    name: [A, B\n");
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].message.rfind("YAML syntax error", 0) == 0);
    CHECK(r.diagnostics[0].pos.line > 0);
    for (const char* junk : {"people: [", "people:\n  - id: a\n   - b", "{{{{", "people: *x", "\t\tpeople:", "people:\n - !!binary x",
                             "people:\n  - &a {id: a, name: A}\n  - *a\n", "? [a]\n: b\n"}) {
        CHECK_NOTHROW(parse(junk));
    }
}

TEST_CASE("is_valid_id: the id alphabet") {
    CHECK(is_valid_id("asmith"));
    CHECK(is_valid_id("t000123"));
    CHECK(is_valid_id("a.b_c-d"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("-a"));
    CHECK_FALSE(is_valid_id(".a"));
    CHECK_FALSE(is_valid_id("A"));
    CHECK_FALSE(is_valid_id("a b"));
    CHECK_FALSE(is_valid_id("a/b"));
    CHECK_FALSE(is_valid_id("josé"));
    CHECK_FALSE(is_valid_id(std::string(65, 'a')));
}
