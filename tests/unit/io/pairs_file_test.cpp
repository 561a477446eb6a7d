#include <catch2/catch.hpp>

#include <algorithm>

#include "builders.hpp"
#include "mentor/io/pairs_file.hpp"

using namespace mentor;
using test::day;

namespace {

Pair pair_of(std::string mentor, std::string mentee, const char* start, const char* end = nullptr, int score = 0,
             bool locked = false, std::string why = {}) {
    Pair p;
    p.mentor = std::move(mentor);
    p.mentee = std::move(mentee);
    p.start = day(start);
    if (end) p.end = day(end);
    p.score = score;
    p.locked = locked;
    p.why = std::move(why);
    return p;
}

std::vector<Pair> sample() {
    std::vector<Pair> pairs = {
        pair_of("jdoe", "asmith", "2026-08-24", nullptr, 2745, false, "subject 5.00, school 4.00"),
        pair_of("cwhite", "asmith", "2025-08-25", "2026-06-12", 1200, false, "ended: school year over"),
        pair_of("kpatel", "bcho", "2026-08-24", nullptr, -50, true, ""),
        pair_of("jdoe", "ekim", "2026-09-01", nullptr, 7, false, "grade 0.07"),
    };
    sort_pairs(pairs);
    return pairs;
}

std::string file(std::initializer_list<std::string_view> lines) {
    std::string out = "# mentor pairs v1\n# mentee\tmentor\tstart\tend\tscore\tflags\twhy\n";
    for (auto l : lines) {
        out += l;
        out += '\n';
    }
    return out;
}

}  // namespace

TEST_CASE("format_pairs_file: a version line, a column line, one tab-separated line per pair") {
    const std::string text = format_pairs_file(sample());
    CHECK(text == "# mentor pairs v1\n"
                  "# mentee\tmentor\tstart\tend\tscore\tflags\twhy\n"
                  "asmith\tcwhite\t2025-08-25\t2026-06-12\t12.00\t\tended: school year over\n"
                  "asmith\tjdoe\t2026-08-24\t\t27.45\t\tsubject 5.00, school 4.00\n"
                  "bcho\tkpatel\t2026-08-24\t\t-0.50\tlocked\t\n"
                  "ekim\tjdoe\t2026-09-01\t\t0.07\t\tgrade 0.07\n");
    CHECK(text.rfind(pairs_header, 0) == 0);
}

TEST_CASE("parse_pairs_file: format then parse gives the same pairs, and formatting again the same bytes") {
    const std::vector<Pair> pairs = sample();
    const std::string text = format_pairs_file(pairs);
    const ParsedPairs back = parse_pairs_file(text, "pairs.tsv");
    CHECK(back.diagnostics.empty());
    REQUIRE(back.pairs.size() == pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        INFO("pair " << i);
        CHECK(back.pairs[i].mentor == pairs[i].mentor);
        CHECK(back.pairs[i].mentee == pairs[i].mentee);
        CHECK(back.pairs[i].start == pairs[i].start);
        CHECK(back.pairs[i].end == pairs[i].end);
        CHECK(back.pairs[i].score == pairs[i].score);
        CHECK(back.pairs[i].locked == pairs[i].locked);
        CHECK(back.pairs[i].why == pairs[i].why);
        CHECK(back.pairs[i].line == static_cast<int>(i) + 3);
    }
    CHECK(format_pairs_file(back.pairs) == text);
}

TEST_CASE("parse_pairs_file: the pairs come back in sort_pairs order") {
    const ParsedPairs back = parse_pairs_file(format_pairs_file(sample()), "pairs.tsv");
    std::vector<Pair> sorted = back.pairs;
    sort_pairs(sorted);
    std::vector<std::string> got, want;
    for (const Pair& p : back.pairs) got.push_back(p.mentee + "/" + p.start.iso() + "/" + p.mentor);
    for (const Pair& p : sorted) want.push_back(p.mentee + "/" + p.start.iso() + "/" + p.mentor);
    CHECK(got == want);
}

// The header promises "in the order sort_pairs gives. Same pairs, same bytes", but the function
// writes the pairs in the order it is handed them (the one caller sorts first). Reported; kept
// as [!mayfail] so that it shows in the run without breaking it.
TEST_CASE("format_pairs_file: the same pairs in another order give the same bytes", "[!mayfail]") {
    std::vector<Pair> shuffled = sample();
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(format_pairs_file(shuffled) == format_pairs_file(sample()));
}

TEST_CASE("format_pairs_file: tabs and line breaks in why become spaces, so a pair stays one line") {
    const std::string text =
        format_pairs_file({pair_of("jdoe", "asmith", "2026-08-24", nullptr, 100, false, "a\tb\nc\r\nd")});
    CHECK(text.substr(text.find("asmith")) == "asmith\tjdoe\t2026-08-24\t\t1.00\t\ta b c  d\n");
    const ParsedPairs back = parse_pairs_file(text, "pairs.tsv");
    CHECK(back.diagnostics.empty());
    REQUIRE(back.pairs.size() == 1);
    CHECK(back.pairs[0].why == "a b c  d");
}

TEST_CASE("parse_pairs_file: CRLF line ends, blank lines and comment lines are accepted") {
    const ParsedPairs r = parse_pairs_file("# mentor pairs v1\r\n# columns\r\n\r\nasmith\tjdoe\t2026-08-24\t\t27.5\t\twhy\r\n"
                                           "# a note\nbcho\tkpatel\t2026-08-24\t\t3\tlocked\t",
                                           "pairs.tsv");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.pairs.size() == 2);
    CHECK(r.pairs[0].score == 2750);
    CHECK(r.pairs[0].why == "why");
    CHECK(r.pairs[0].line == 4);
    CHECK(r.pairs[1].score == 300);
    CHECK(r.pairs[1].locked);
    CHECK(r.pairs[1].line == 6);
}

TEST_CASE("parse_pairs_file: each bad line is left out with a diagnostic at its line and column") {
    const ParsedPairs r = parse_pairs_file(file({
                                               "asmith\tjdoe\t2026-08-24\t\t1.00\t\tgood",           // line 3
                                               "Asmith\tjdoe\t2026-08-24\t\t1.00\t\t",               // 4: bad mentee id
                                               "bcho\tj doe\t2026-08-24\t\t1.00\t\t",                // 5: bad mentor id
                                               "bcho\tjdoe\t2026-13-01\t\t1.00\t\t",                 // 6: bad start
                                               "bcho\tjdoe\t2026-08-24\tsoon\t1.00\t\t",             // 7: bad end
                                               "bcho\tjdoe\t2026-08-24\t2026-08-01\t1.00\t\t",       // 8: end before start
                                               "bcho\tjdoe\t2026-08-24\t\t1.005\t\t",                // 9: three decimals
                                               "bcho\tjdoe\t2026-08-24\t\tx\t\t",                    // 10: not a number
                                               "bcho\tjdoe\t2026-08-24\t\t1\tpinned\t",              // 11: unknown flag
                                               "bcho\tjdoe\t2026-08-24",                             // 12: 3 fields
                                               "ekim\tjdoe\t2026-09-01\t2026-10-01\t0.5\tlocked\tok", // 13: good
                                           }),
                                           "pairs.tsv");
    REQUIRE(r.pairs.size() == 2);
    CHECK(r.pairs[0].mentee == "asmith");
    CHECK(r.pairs[1].mentee == "ekim");
    CHECK(r.pairs[1].score == 50);
    CHECK(r.pairs[1].end == day("2026-10-01"));

    std::vector<std::pair<SourcePos, std::string>> got;
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.severity == Severity::error);
        CHECK(d.file == "pairs.tsv");
        got.emplace_back(d.pos, d.message);
    }
    const std::vector<std::pair<SourcePos, std::string>> want = {
        {{4, 1}, "'Asmith' is not a valid id"},
        {{5, 6}, "'j doe' is not a valid id"},
        {{6, 11}, "start '2026-13-01' is not a date"},
        {{7, 22}, "end 'soon' is not a date"},
        {{8, 22}, "the pair ends on 2026-08-01, before it starts"},
        {{9, 23}, "score '1.005' is not a number from -10000.00 to 10000.00"},
        {{10, 23}, "score 'x' is not a number from -10000.00 to 10000.00"},
        {{11, 25}, "unknown flag 'pinned'"},
        {{12, 1}, "a pair has 7 tab-separated fields, this line has 3"},
    };
    CHECK(got == want);
}

TEST_CASE("parse_pairs_file: a file of another version or kind is refused at 1:1, an empty one too") {
    ParsedPairs r = parse_pairs_file("# mentor pairs v2\nasmith\tjdoe\t2026-08-24\t\t1\t\t\n", "pairs.tsv");
    CHECK(r.pairs.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos == SourcePos{1, 1});
    CHECK(r.diagnostics[0].message == "the first line must be '# mentor pairs v1'");
    CHECK(r.diagnostics[0].hint == "this file was written by another version of mentor");

    r = parse_pairs_file("mentee,mentor\nasmith,jdoe\n", "pairs.tsv");
    CHECK(r.pairs.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].hint == "this is not a pairs file written by mentor pair");

    r = parse_pairs_file("", "pairs.tsv");
    CHECK(r.pairs.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "the pairs file is empty");
}

TEST_CASE("parse_pairs_file: scores read as hundredths, signs and short fractions included") {
    auto score = [](std::string_view s) {
        const ParsedPairs r =
            parse_pairs_file(file({"asmith\tjdoe\t2026-08-24\t\t" + std::string(s) + "\t\t"}), "pairs.tsv");
        return r.pairs.empty() ? std::optional<int>{} : std::optional<int>{r.pairs[0].score};
    };
    CHECK(score("27.45") == 2745);
    CHECK(score("27.5") == 2750);
    CHECK(score("27") == 2700);
    CHECK(score("0.07") == 7);
    CHECK(score("-0.5") == -50);
    CHECK(score("-3.25") == -325);
    CHECK_FALSE(score(""));
    CHECK_FALSE(score("-"));
    CHECK_FALSE(score(".5"));
    CHECK_FALSE(score("1.2x"));
    CHECK_FALSE(score("1e3"));
    // Digits only after the one minus sign, and within +-10000.00: nothing wraps around.
    CHECK_FALSE(score("--5"));
    CHECK_FALSE(score("-+5"));
    CHECK_FALSE(score("+5"));
    CHECK_FALSE(score(" 5"));
    CHECK_FALSE(score("5."));
    CHECK_FALSE(score("1.234"));
    CHECK_FALSE(score("1.-5"));
    CHECK_FALSE(score("30000000"));
    CHECK_FALSE(score("99999999999"));
    CHECK_FALSE(score("21474836.47"));
    CHECK_FALSE(score("10000.01"));
    CHECK_FALSE(score("-10000.01"));
    CHECK(score("10000.00") == 1000000);
    CHECK(score("-10000") == -1000000);
    CHECK(score("-0") == 0);
    CHECK(score("0009.5") == 950);
}

TEST_CASE("parse_pairs_file: a score out of range is an error at its column, and the line is dropped") {
    const ParsedPairs r = parse_pairs_file(file({"asmith\tjdoe\t2026-08-24\t\t30000000\t\t"}), "pairs.tsv");
    CHECK(r.pairs.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos == SourcePos{3, 25});
    CHECK(r.diagnostics[0].message == "score '30000000' is not a number from -10000.00 to 10000.00");
}

TEST_CASE("parse_pairs_file: nobody is paired with themselves, and a pair is listed once") {
    const ParsedPairs self = parse_pairs_file(file({"asmith\tasmith\t2026-08-24\t\t1\t\t"}), "pairs.tsv");
    CHECK(self.pairs.empty());
    REQUIRE(self.diagnostics.size() == 1);
    CHECK(self.diagnostics[0].message == "'asmith' is paired with themselves");
    CHECK(self.diagnostics[0].pos == SourcePos{3, 8});
    const ParsedPairs twice = parse_pairs_file(
        file({"asmith\tjdoe\t2026-08-24\t\t1\t\t", "bcho\tjdoe\t2026-08-24\t\t1\t\t",
              "asmith\tjdoe\t2026-08-24\t2026-09-01\t2\t\tagain"}),
        "pairs.tsv");
    CHECK(twice.pairs.size() == 2);
    REQUIRE(twice.diagnostics.size() == 1);
    CHECK(twice.diagnostics[0].message == "the pair asmith / jdoe from 2026-08-24 is listed twice");
    CHECK(twice.diagnostics[0].hint == "the first is on line 3; remove one of them");
    // The same two people again from another day is a later pairing, not a repeat.
    CHECK(parse_pairs_file(file({"asmith\tjdoe\t2025-08-24\t2026-06-01\t1\t\t", "asmith\tjdoe\t2026-08-24\t\t1\t\t"}),
                           "pairs.tsv")
              .diagnostics.empty());
}

TEST_CASE("parse_pairs_file: invalid UTF-8 and control characters are errors at their place") {
    const ParsedPairs r = parse_pairs_file(file({"asmith\tjdoe\t2026-08-24\t\t1\t\tRen\xE9"}), "pairs.tsv");
    CHECK(r.pairs.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos == SourcePos{3, 31});
    CHECK(r.diagnostics[0].message == "invalid UTF-8 (byte 0xE9)");
    const ParsedPairs nul = parse_pairs_file(file({"asmith\tjdoe\t2026-08-24\t\t1\t\ta\x01"}), "pairs.tsv");
    REQUIRE(nul.diagnostics.size() == 1);
    CHECK(nul.diagnostics[0].message == "control character U+0001 is not allowed");
}

TEST_CASE("parse_pairs_file: a doubled minus sign is not a score") {
    const ParsedPairs r = parse_pairs_file(file({"asmith\tjdoe\t2026-08-24\t\t--5\t\t"}), "pairs.tsv");
    CHECK(r.pairs.empty());
    CHECK(r.diagnostics.size() == 1);
}
