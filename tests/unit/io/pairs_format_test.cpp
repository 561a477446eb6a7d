#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/csv.hpp"
#include "mentor/io/pairs_format.hpp"

using namespace mentor;
using test::day;

namespace {

Pair pair_of(std::string mentor, std::string mentee, const char* start, const char* end, int score, bool locked,
             std::string why) {
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
    return {pair_of("jdoe", "asmith", "2026-08-24", nullptr, 2745, false, "subject 5.00, school 4.00"),
            pair_of("kpatel", "bcho", "2025-08-25", "2026-06-12", -50, true, "said \"no\"\nthen left\t")};
}

Score score_of(std::initializer_list<int> points) {
    Score s;
    std::size_t k = 0;
    for (int p : points) s.points[k++] = p;
    return s;
}

}  // namespace

TEST_CASE("format_pairs: JSON is an array of objects with keys in the documented order, escaped") {
    CHECK(format_pairs(sample(), Format::json) ==
          "[\n"
          "  {\n"
          "    \"version\": 1,\n"
          "    \"mentor\": \"jdoe\",\n"
          "    \"mentee\": \"asmith\",\n"
          "    \"score\": 27.45,\n"
          "    \"start\": \"2026-08-24\",\n"
          "    \"end\": null,\n"
          "    \"locked\": false,\n"
          "    \"why\": \"subject 5.00, school 4.00\"\n"
          "  },\n"
          "  {\n"
          "    \"version\": 1,\n"
          "    \"mentor\": \"kpatel\",\n"
          "    \"mentee\": \"bcho\",\n"
          "    \"score\": -0.5,\n"
          "    \"start\": \"2025-08-25\",\n"
          "    \"end\": \"2026-06-12\",\n"
          "    \"locked\": true,\n"
          "    \"why\": \"said \\\"no\\\"\\nthen left\\t\"\n"
          "  }\n"
          "]\n");
    CHECK(format_pairs({}, Format::json) == "[]\n");
}

TEST_CASE("format_pairs: CSV has the same columns and reads back field for field") {
    const std::string csv = format_pairs(sample(), Format::csv);
    CHECK(csv.rfind("mentor,mentee,score,start,end,locked,why\r\n", 0) == 0);
    CHECK(csv.find("jdoe,asmith,27.45,2026-08-24,,false,\"subject 5.00, school 4.00\"\r\n") != std::string::npos);
    Diagnostics d("pairs.csv");
    const CsvTable t = parse_csv(csv, d);
    CHECK(d.items().empty());
    CHECK(t.header == std::vector<std::string>{"mentor", "mentee", "score", "start", "end", "locked", "why"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].fields ==
          std::vector<std::string>{"kpatel", "bcho", "-0.50", "2025-08-25", "2026-06-12", "true", "said \"no\"\nthen left\t"});
}

TEST_CASE("format_pairs: text is an aligned table; when says since or from..to, and locked") {
    std::vector<Pair> pairs = sample();
    pairs[1].why = "ended";
    CHECK(format_pairs(pairs, Format::text) ==
          "MENTOR  MENTEE  SCORE  WHEN                               WHY\n"
          "jdoe    asmith  27.45  since 2026-08-24                   subject 5.00, school 4.00\n"
          "kpatel  bcho    -0.50  2025-08-25 to 2026-06-12 (locked)  ended\n");
}

TEST_CASE("format_pairs: the same input gives the same bytes") {
    for (Format f : {Format::text, Format::json, Format::csv}) CHECK(format_pairs(sample(), f) == format_pairs(sample(), f));
}

namespace {

Explanation mentee_explanation() {
    Explanation e;
    e.id = "asmith";
    e.role = "mentee";
    e.current = {"jdoe"};
    CandidateLine good;
    good.id = "jdoe";
    good.score = score_of({500, 300, 400, 0, 0, 0, 0, 0, 50});
    CandidateLine other;
    other.id = "cwhite";
    other.score = score_of({500});
    CandidateLine banned;
    banned.id = "pprincipal";
    banned.rule = Rule::evaluator;
    banned.reason = "pprincipal evaluates asmith";
    e.candidates = {good, other, banned};
    return e;
}

}  // namespace

TEST_CASE("format_explanation: JSON of a mentee: mentor, candidates with score and criteria or excluded_by") {
    CHECK(format_explanation(mentee_explanation(), Format::json) ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"id\": \"asmith\",\n"
          "  \"role\": \"mentee\",\n"
          "  \"mentor\": \"jdoe\",\n"
          "  \"candidates\": [\n"
          "    {\n"
          "      \"id\": \"jdoe\",\n"
          "      \"score\": 12.5,\n"
          "      \"criteria\": {\n"
          "        \"subject\": 5,\n"
          "        \"grade\": 3,\n"
          "        \"school\": 4,\n"
          "        \"availability\": 0,\n"
          "        \"focus\": 0,\n"
          "        \"survey\": 0,\n"
          "        \"language\": 0,\n"
          "        \"experience\": 0,\n"
          "        \"preference\": 0.5,\n"
          "        \"needs\": 0\n"
          "      }\n"
          "    },\n"
          "    {\n"
          "      \"id\": \"cwhite\",\n"
          "      \"score\": 5,\n"
          "      \"criteria\": {\n"
          "        \"subject\": 5,\n"
          "        \"grade\": 0,\n"
          "        \"school\": 0,\n"
          "        \"availability\": 0,\n"
          "        \"focus\": 0,\n"
          "        \"survey\": 0,\n"
          "        \"language\": 0,\n"
          "        \"experience\": 0,\n"
          "        \"preference\": 0,\n"
          "        \"needs\": 0\n"
          "      }\n"
          "    },\n"
          "    {\n"
          "      \"id\": \"pprincipal\",\n"
          "      \"excluded_by\": \"evaluator\",\n"
          "      \"reason\": \"pprincipal evaluates asmith\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
}

TEST_CASE("format_explanation: JSON names the partner key by role; null mentor and unmatched when alone") {
    Explanation e;
    e.id = "asmith";
    e.role = "mentee";
    e.unmatched_reason = "every mentor is excluded (evaluator 1)";
    CHECK(format_explanation(e, Format::json) ==
          "{\n  \"version\": 1,\n  \"id\": \"asmith\",\n  \"role\": \"mentee\",\n  \"mentor\": null,\n"
          "  \"unmatched\": \"every mentor is excluded (evaluator 1)\",\n  \"candidates\": []\n}\n");
    e.role = "mentor";
    e.id = "jdoe";
    e.unmatched_reason.clear();
    e.current = {"asmith", "bcho"};
    CHECK(format_explanation(e, Format::json).find("  \"mentees\": [\"asmith\", \"bcho\"],\n") != std::string::npos);
    e.role = "peer";
    CHECK(format_explanation(e, Format::json).find("  \"peers\": [\"asmith\", \"bcho\"],\n") != std::string::npos);
}

TEST_CASE("format_explanation: text: who is with whom, a table of allowed candidates, then the excluded") {
    const std::string text = format_explanation(mentee_explanation(), Format::text);
    CHECK(text ==
          "asmith is mentored by jdoe\n"
          "\n"
          "CANDIDATE  SCORE  subject  grade  school  availability  focus  survey  language  experience  preference  needs\n"
          "jdoe       12.50  5.00     3.00   4.00    0.00          0.00   0.00    0.00      0.00        0.50        0.00\n"
          "cwhite     5.00   5.00     0.00   0.00    0.00          0.00   0.00    0.00      0.00        0.00        0.00\n"
          "\n"
          "Excluded:\n"
          "  pprincipal  evaluator: pprincipal evaluates asmith\n");
}

TEST_CASE("format_explanation: text first lines for each role, and no allowed candidate") {
    Explanation e;
    e.id = "x";
    e.role = "mentee";
    e.unmatched_reason = "no mentor on staff";
    CHECK(format_explanation(e, Format::text) == "x has no mentor: no mentor on staff\n\nNo allowed candidate.\n");
    e.unmatched_reason.clear();
    e.role = "mentor";
    CHECK(format_explanation(e, Format::text).rfind("x mentors nobody\n", 0) == 0);
    e.current = {"a", "b"};
    CHECK(format_explanation(e, Format::text).rfind("x mentors a, b\n", 0) == 0);
    e.role = "peer";
    CHECK(format_explanation(e, Format::text).rfind("x is paired with a, b\n", 0) == 0);
    e.current.clear();
    CHECK(format_explanation(e, Format::text).rfind("x has no peer\n", 0) == 0);
}
