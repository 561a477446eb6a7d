#include <catch2/catch.hpp>

#include <fmt/format.h>

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
          "4:17: survey answer 'x' must be a number from -1000 to 1000, not 'lots'");
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

TEST_CASE("parse_roster: aliases and anchors are refused, never expanded") {
    // A cycle: the tree conversion used to recurse until the stack overflowed.
    CHECK(first_error(parse("people: &a [*a]\n")) == "1:9: YAML anchors ('&name') are not allowed in the roster");
    // Nested aliases double at every level ("billion laughs"): refused at the first anchor.
    std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        laughs += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n", c, c, fmt::arg("p", char(c - 1)));
    }
    laughs += "people: *j\n";
    CHECK(first_error(parse(laughs)) == "1:4: YAML anchors ('&name') are not allowed in the roster");
    // An alias without its anchor is yaml-cpp's own error.
    CHECK(first_error(parse("people:\n  - id: a\n    name: *n\n")) == "3:11: YAML syntax error: the referenced anchor is not defined");
    const auto r = parse("people:\n  - &p\n    id: a\n    name: A\n  - *p\n");
    CHECK(r.roster.people.empty());
    CHECK(first_error(r) == "2:5: YAML anchors ('&name') are not allowed in the roster");
}

TEST_CASE("parse_roster: an unclosed quote is an error, not the rest of the file as one value") {
    const auto r = parse("people:\n  - id: a\n    name: \"Ana\n  - id: b\n    name: Bo\n");
    CHECK(first_error(r) == "3:11: this double quote is never closed");
    CHECK(r.roster.people.empty());
    CHECK(first_error(parse("people:\n  - id: a\n    name: 'Ana\n  - id: b\n")) == "3:11: this single quote is never closed");
    CHECK(first_error(parse("people:\n  - id: a\n    name: !!str \"Ana\n")) == "3:11: this double quote is never closed");
    // Closed quotes pass, over several lines too, with escaped quotes inside.
    const auto ok = parse("people:\n  - id: a\n    name: \"Ana \\\"A\\\"\n      Smith\"\n    school: 'O''Hara'\n");
    CHECK(first_error(ok).empty());
    REQUIRE(ok.roster.people.size() == 1);
    CHECK(ok.roster.people[0].name == "Ana \"A\" Smith");
    CHECK(ok.roster.people[0].school == "O'Hara");
}

TEST_CASE("parse_roster: one YAML document, nested at most 32 levels") {
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n---\npeople: []\n")) ==
          "5:1: the roster holds more than one YAML document");
    CHECK(first_error(parse("people:\n  - id: a\n    name: A\n---\n")).empty());
    std::string deep = "people: [{id: a, name: A, focus: " + std::string(40, '[') + std::string(40, ']') + "}]\n";
    CHECK(first_error(parse(deep)) == "1:63: the roster nests deeper than 32 levels");
    // Far deeper than that: still an error, never a stack overflow.
    const std::string abyss = "people: " + std::string(100000, '[') + "\n";
    CHECK_FALSE(first_error(parse(abyss)).empty());
}

TEST_CASE("parse_roster: invalid UTF-8 and control characters are located, by both readers") {
    for (RosterReader how : {RosterReader::automatic, RosterReader::general}) {
        const auto bad = parse_roster("people:\n  - id: a\n    name: Ren\xE9\n", "roster.yaml", how);
        CHECK(first_error(bad) == "3:14: invalid UTF-8 (byte 0xE9)");
        CHECK(bad.diagnostics[0].hint == "the text looks like Windows-1252 or Latin-1; save it as UTF-8");
        CHECK(first_error(parse_roster("people:\n  - id: a\n    name: Zoë\x07\n", "r", how)) ==
              "3:14: control character U+0007 is not allowed");
        CHECK(first_error(parse_roster(std::string("people:\n  - id: a\n    name: A\0B\n", 32), "r", how)) == "3:12: a NUL byte");
        // An escape cannot smuggle one in either.
        CHECK(first_error(parse_roster("people:\n  - id: a\n    name: \"A\\x01B\"\n", "r", how)) ==
              "3:11: 'name': control character U+0001 is not allowed");
    }
}

TEST_CASE("parse_roster: columns count characters in both readers") {
    const std::string text = "people:\n  - id: a\n    name: A\n    subjects: [été, ça, été]\n";
    for (RosterReader how : {RosterReader::subset_only, RosterReader::general}) {
        const auto r = parse_roster(text, "r", how);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].pos == SourcePos{4, 25});
    }
    // yaml-cpp's own syntax errors too.
    const auto syntax = parse("people:\n  - id: ä\n    name: [ö, ü\n");
    REQUIRE_FALSE(syntax.diagnostics.empty());
    CHECK(syntax.diagnostics[0].pos.col <= 19);
}

TEST_CASE("parse_roster: a long list with repeats is read in linear time, each repeat warned once") {
    std::string focus;
    for (int i = 0; i < 50000; ++i) focus += fmt::format("{}area{}", i ? ", " : "", i % 40000);
    const auto r = parse("people:\n  - id: a\n    name: A\n    focus: [" + focus + "]\n");
    REQUIRE(r.roster.people.size() == 1);
    CHECK(r.roster.people[0].focus.size() == 40000);
    CHECK(r.diagnostics.size() == 10000);
}

TEST_CASE("parse_roster: a stray ',' at the top level is a syntax error, not an endless read") {
    for (const char* text : {",stf i", ",", "people: []\n,", "- a\n,"}) {
        INFO(text);
        const ParsedRoster r = parse_roster(text, "roster.yaml");
        CHECK(first_error(r).find("YAML syntax error") != std::string::npos);
    }
}
