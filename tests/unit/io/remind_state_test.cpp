#include <catch2/catch.hpp>

#include <string>

#include "mentor/io/remind_state.hpp"

using namespace mentor;

TEST_CASE("parse_remind_state: the header is checked, with a located error") {
    const ParsedRemindState wrong = parse_remind_state("# mentor remind history v2: recipient, key, last sent\na\tk\t2026-11-23\n",
                                                       ".mentor/remind.tsv");
    CHECK(wrong.history.empty());
    REQUIRE(wrong.diagnostics.size() == 1);
    CHECK(wrong.diagnostics[0].severity == Severity::error);
    CHECK(wrong.diagnostics[0].file == ".mentor/remind.tsv");
    CHECK(wrong.diagnostics[0].pos.line == 1);
    CHECK(wrong.diagnostics[0].pos.col == 1);
    CHECK(wrong.diagnostics[0].hint == "this file was written by another version of mentor");

    const ParsedRemindState foreign = parse_remind_state("recipient\tkey\n", "remind.tsv");
    REQUIRE(foreign.diagnostics.size() == 1);
    CHECK(foreign.diagnostics[0].severity == Severity::error);
}

TEST_CASE("parse_remind_state: bad lines are skipped with a warning at their line") {
    const std::string text = std::string(remind_state_header) + "\nasmith\tlate-pair:x\t2026-11-23\nbroken\n" +
                             "bjones\tk\tnot-a-date\n\tk\t2026-01-01\n";
    const ParsedRemindState r = parse_remind_state(text, "remind.tsv");
    REQUIRE(r.history.size() == 1);
    CHECK(r.history.begin()->first == std::pair<std::string, std::string>{"asmith", "late-pair:x"});
    REQUIRE(r.diagnostics.size() == 3);
    for (const Diagnostic& d : r.diagnostics) CHECK(d.severity == Severity::warning);
    CHECK(r.diagnostics[0].pos.line == 3);
    CHECK(r.diagnostics[1].pos.line == 4);
    CHECK(r.diagnostics[2].pos.line == 5);
}

TEST_CASE("parse_remind_state: an empty file is an empty history") {
    const ParsedRemindState r = parse_remind_state("", "remind.tsv");
    CHECK(r.history.empty());
    CHECK(r.diagnostics.empty());
}
