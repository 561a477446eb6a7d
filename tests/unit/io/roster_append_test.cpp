#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/roster_append.hpp"
#include "mentor/io/roster_yaml.hpp"

using namespace mentor;

TEST_CASE("yaml_scalar: plain when safe, quoted when YAML would read something else") {
    CHECK(yaml_scalar("lincoln") == "lincoln");
    CHECK(yaml_scalar("José Núñez") == "José Núñez");
    CHECK(yaml_scalar("O'Brien") == "O'Brien");
    CHECK(yaml_scalar("yes") == "\"yes\"");
    CHECK(yaml_scalar("No") == "\"No\"");
    CHECK(yaml_scalar("123") == "\"123\"");
    CHECK(yaml_scalar("1.5") == "\"1.5\"");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("a: b") == "\"a: b\"");
    CHECK(yaml_scalar("#1") == "\"#1\"");
    CHECK(yaml_scalar("- x") == "\"- x\"");
    CHECK(yaml_scalar("a, b") == "a, b");
    CHECK(yaml_scalar("a, b", true) == "\"a, b\"");
    CHECK(yaml_scalar("line\nbreak") == "\"line\\nbreak\"");
}

TEST_CASE("person_yaml: the roster's own style, and it reads back the same") {
    Person p = test::mentee("jnunez");
    p.name = "José Núñez";
    p.email = "jnunez@example.org";
    p.school = "lincoln";
    p.subjects = {"math", "special, ed"};
    p.grades = {0, 3};
    p.years = 0;
    p.supervisor = "pprincipal";
    p.online = true;
    p.availability = {{0, 870, 930}};
    p.survey = {{"structure", 4}};
    p.start = test::day("2026-11-09");
    const std::string text = person_yaml(p, "  ");
    CHECK(text ==
          "  - id: jnunez\n"
          "    name: José Núñez\n"
          "    email: jnunez@example.org\n"
          "    roles: [mentee]\n"
          "    school: lincoln\n"
          "    subjects: [math, \"special, ed\"]\n"
          "    grades: [0, 3]\n"
          "    years: 0\n"
          "    supervisor: pprincipal\n"
          "    modality: [in-person, online]\n"
          "    availability: [\"mon 14:30-15:30\"]\n"
          "    survey: {structure: 4}\n"
          "    start: 2026-11-09\n");
    const auto back = parse_roster("people:\n" + text, "r.yaml");
    REQUIRE(back.diagnostics.empty());
    const Person& q = back.roster.people.at(0);
    CHECK(q.name == p.name);
    CHECK(q.subjects == p.subjects);
    CHECK(q.grades == p.grades);
    CHECK(q.availability == p.availability);
    CHECK(q.survey == p.survey);
    CHECK(q.online);
    CHECK(q.start == p.start);
}

TEST_CASE("append_people: keeps every byte that was there, adds at the end of the list") {
    const std::string before =
        "# Staff of Lincoln\n"
        "people:\n"
        "  # mentors first\n"
        "  - id: a   # the first\n"
        "    name: A\n"
        "\n"
        "  - id: b\n"
        "    name: B\n"
        "\n"
        "# trailing comment\n";
    const auto after = append_people(before, std::vector<Person>{test::mentee("c")}, "roster.yaml");
    CHECK(after ==
          "# Staff of Lincoln\n"
          "people:\n"
          "  # mentors first\n"
          "  - id: a   # the first\n"
          "    name: A\n"
          "\n"
          "  - id: b\n"
          "    name: B\n"
          "  - id: c\n"
          "    name: Name of c\n"
          "    roles: [mentee]\n"
          "\n"
          "# trailing comment\n");
    const auto parsed = parse_roster(after, "roster.yaml");
    CHECK(parsed.diagnostics.empty());
    CHECK(parsed.roster.people.size() == 3);
}

TEST_CASE("append_people: zero-indent lists, empty lists, no final newline, a key after the list") {
    const auto c = std::vector<Person>{test::mentee("c")};
    CHECK(append_people("people:\n- id: a\n  name: A", c, "r") == "people:\n- id: a\n  name: A\n- id: c\n  name: Name of c\n  roles: [mentee]\n");
    CHECK(append_people("people: []  # none yet\n", c, "r") == "people:  # none yet\n  - id: c\n    name: Name of c\n    roles: [mentee]\n");
    CHECK(append_people("people:\n", c, "r") == "people:\n  - id: c\n    name: Name of c\n    roles: [mentee]\n");
    const auto with_key = append_people("people:\n  - id: a\n    name: A\nversion: 1\n", c, "r");
    CHECK(with_key == "people:\n  - id: a\n    name: A\n  - id: c\n    name: Name of c\n    roles: [mentee]\nversion: 1\n");
    CHECK_THROWS_AS(append_people("people: [{id: a, name: A}]\n", c, "r"), InputError);
    CHECK_THROWS_AS(append_people("staff:\n", c, "r"), InputError);
}
