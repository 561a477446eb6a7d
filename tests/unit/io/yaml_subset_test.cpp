#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>

#include "mentor/io/person_format.hpp"
#include "mentor/io/roster_yaml.hpp"
#include "mentor/io/yaml_tree.hpp"

using namespace mentor;

namespace {

// Everything parse_roster produces, as text: fields, positions and diagnostics.
std::string dump(const ParsedRoster& r) {
    std::ostringstream out;
    auto pos = [&](SourcePos p) { out << p.line << ':' << p.col << ' '; };
    for (const auto& p : r.roster.people) {
        for (const auto& [k, v] : person_fields(p)) out << k << '=' << v << '|';
        pos(p.pos.item); pos(p.pos.id); pos(p.pos.supervisor); pos(p.pos.capacity);
        pos(p.pos.trained); pos(p.pos.start); pos(p.pos.leaves);
        for (auto q : p.pos.prefers) pos(q);
        for (auto q : p.pos.avoid) pos(q);
        out << '\n';
    }
    for (const auto& d : r.diagnostics) {
        out << d.file << ':' << d.pos.line << ':' << d.pos.col << ' ' << static_cast<int>(d.severity) << ' ' << d.message
            << " | " << d.hint << '\n';
    }
    return out.str();
}

bool subset_accepts(std::string_view text) {
    SourcePos key;
    return read_people_subset(text, key, [](YNode&&) {});
}

std::string example_roster() {
    std::ifstream in(std::string(MENTOR_SOURCE_DIR) + "/examples/school/roster.yaml");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("read_people_subset: reads the example roster, exactly as yaml-cpp does") {
    const std::string text = example_roster();
    REQUIRE(text.size() > 1000);
    REQUIRE(subset_accepts(text));
    CHECK(dump(parse_roster(text, "r", RosterReader::subset_only)) == dump(parse_roster(text, "r", RosterReader::general)));
}

TEST_CASE("read_people_subset: the styles people write agree with yaml-cpp") {
    const char* accepted[] = {
        "people:\n  - id: a\n    name: A\n",
        "people:\n- id: a\n  name: 'O''Brien'\n",
        "---\npeople:   # the staff\n  - id: a   # first\n    name: \"Zo\\u00eb \\\"Z\\\"\"\n\n    # comment\n    roles: [mentor, mentee]\n",
        "people:\n  -   id: a\n      name: A\n      survey: {structure: 4, feedback: 2.5}\n",
        "people:\n  - id: a\n    name: A\n    subjects:\n      - math\n      - 'science'\n    survey:\n      x: 1\n      y: \"2\"\n",
        "people:\n  - id: a\n    name: A\n    grades: []\n    languages: [ en , es ]\n    school: ~\n    cohort: null\n",
        "people:\r\n  - id: a\r\n    name: A B\r\n",
        "people: []\n",
        "people:\n",
        "people:\n  - id: a\n    name: A\n    email: a@b.org # mail\n    availability: [\"mon 14:30-15:30\", 'tue 07:00-08:00']\n",
        "people:\n  - id: a\n    name: C# and F#\n    years: -3\n    capacity: 0x10\n",
        "people:\n  - id: a\n    name: A\n    name: B\n    foo: [x]\n",
        "people:\n  - id: Bad Id\n    name: A\n    trained: 2026-02-30\n    modality: [zoom]\n",
    };
    for (const char* text : accepted) {
        INFO(text);
        CHECK(subset_accepts(text));
        CHECK(dump(parse_roster(text, "r", RosterReader::subset_only)) == dump(parse_roster(text, "r", RosterReader::general)));
    }
}

TEST_CASE("read_people_subset: leaves everything else to yaml-cpp") {
    const char* refused[] = {
        "people:\n  - &x {id: a, name: A}\n",                    // anchors
        "people:\n  - id: a\n    name: *x\n",                    // aliases
        "people:\n  - id: a\n    name: !!str A\n",               // tags
        "people:\n  - id: a\n    name: |\n      A\n",            // block scalars
        "people:\n  - id: a\n    name: A\n      B\n",            // multi-line plain scalars
        "people:\n  - id: a\n    roles: [mentor,\n      mentee]\n",  // multi-line flow
        "people:\n  - id: a\n    name: A\nversion: 1\n",          // other top-level keys
        "staff:\n  - id: a\n",                                    // not a roster
        "people:\n  - id: a\n    name: [A, B\n",                 // syntax errors
        "people:\n  - id: a\n    name: \"A\n",                   // unclosed quote
        "people:\n\t- id: a\n",                                   // tabs
        "people:\n  - id: a\n    name: a: b\n",                  // ambiguous colon
        "people:\n  - id: a\n    subjects:\n    - math\n",       // list at the key's indent
        "people:\n  - id: a\n    grades: [[1]]\n",               // nested flow
        "- a\n",                                                  // not a mapping
        "",                                                       // empty
        "people:\n  - id: a\n    focus: null\n      - x\n",       // a null word, then a block
        "people:\n  - id: a\n    focus: ~\n      x: 1\n",
        "people: null\n  - id: a\n",
        "people:\n  - id: a\n    focus: [?a, b]\n",              // '?' in a flow list
        "people:\n  - id: a\n    name: ?a\n",
    };
    for (const char* text : refused) {
        INFO(text);
        CHECK_FALSE(subset_accepts(text));
        // ... and the automatic reader still reads them, the general way.
        CHECK(dump(parse_roster(text, "r")) == dump(parse_roster(text, "r", RosterReader::general)));
    }
}

TEST_CASE("read_people_subset: on thousands of mutated rosters, accepted means identical to yaml-cpp") {
    const std::string base = example_roster().substr(0, 6000);
    const std::string alphabet = " :-#[]{},'\"\n\tab0~!&*|>\\";
    std::uint64_t state = 42;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(state >> 33);
    };
    int accepted = 0, refused = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string text = base;
        const int edits = 1 + static_cast<int>(next() % 3);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = next() % text.size();
            if (next() % 2 == 0) {
                text.erase(at, 1);
            } else {
                text.insert(at, 1, alphabet[next() % alphabet.size()]);
            }
        }
        if (!subset_accepts(text)) {
            ++refused;
            continue;
        }
        ++accepted;
        const std::string a = dump(parse_roster(text, "r", RosterReader::subset_only));
        const std::string b = dump(parse_roster(text, "r", RosterReader::general));
        if (a != b) {
            INFO("mutated roster:\n" << text);
            REQUIRE(a == b);
        }
    }
    INFO(accepted << " accepted, " << refused << " refused");
    CHECK(accepted > 300);
    CHECK(refused > 100);
}

TEST_CASE("read_people_subset: a key written null, Null or NULL is a null key, left to yaml-cpp") {
    for (const char* text : {"people:\n  - id: a\n    name: A\n    null: x\n", "people:\n  - id: a\n    NULL: x\n",
                             "people:\n  - {id: a, Null: x}\n"}) {
        INFO(text);
        CHECK_FALSE(subset_accepts(text));
        const ParsedRoster r = parse_roster(text, "r");
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics.front().message == "a key must be a plain word");
        CHECK(dump(r) == dump(parse_roster(text, "r", RosterReader::general)));
    }
}

// The mutations people and tools make that the first run above does not: null words before
// indented lines, '?', control characters, non-ASCII text and broken UTF-8. Anything the fast
// reader accepts must give what yaml-cpp gives, positions and messages included.
TEST_CASE("read_people_subset: tokens spliced into rosters give what yaml-cpp gives") {
    const std::string base =
        "people:\n  - id: asmith\n    name: Ana Smith\n    focus: [reading, math]\n    survey: {x: 1}\n"
        "    subjects:\n      - art\n  - id: bcho\n    name: 'Bo Cho'\n    grades: [3, 4]\n";
    const std::vector<std::string> tokens = {"null",  "~",   "Null", "?",    "? ",   "\x01", "\x7f",  "é",     "\xE9",
                                             "ö, ü", "\t",  ": ",   "\n      - x", "\n      y: 1", "\n    ",
                                             "#",     " #",  "[",    "]",    "{",    "}",     ",",     "'",     "\"",
                                             "-",     "- ",  "&a ",  "*a",   "!",    "\\",   "\r",    "\xC2\x85"};
    std::uint64_t state = 99;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(state >> 33);
    };
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = base;
        const int edits = 1 + static_cast<int>(next() % 2);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = next() % text.size();
            if (next() % 4 == 0) {
                text.erase(at, 1 + next() % 4);
            } else {
                text.insert(at, tokens[next() % tokens.size()]);
            }
        }
        if (!subset_accepts(text)) continue;
        ++accepted;
        const std::string a = dump(parse_roster(text, "r", RosterReader::subset_only));
        const std::string b = dump(parse_roster(text, "r", RosterReader::general));
        if (a != b) {
            INFO("mutated roster:\n" << text);
            REQUIRE(a == b);
        }
    }
    CHECK(accepted > 500);
}
