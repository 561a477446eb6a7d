#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/csv.hpp"
#include "mentor/io/journal_format.hpp"

using namespace mentor;
using test::day;

namespace {

constexpr std::string_view secret = "SECRET-struggling with period 3";

Entry check_in() {
    Entry e;
    e.id = "k3m9x2p7qa";
    e.date = day("2026-11-17");
    e.kind = EntryKind::check_in;
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.minutes = 45;
    e.goals = {"g7kd2x"};
    e.is_private = true;
    e.text = std::string(secret) + "\nsecond line\n\nafter a blank";
    return e;
}

Entry observation() {
    Entry e;
    e.id = "obs0000001";
    e.date = day("2026-11-18");
    e.kind = EntryKind::observation;
    e.by = "asmith";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.observer = "asmith";
    e.observed = "jdoe";
    e.class_name = "Math 7, period 3";
    e.focus = {"questioning", "pacing"};
    e.minutes = 50;
    e.is_private = false;
    e.text = "shared \"notes\", with a comma";
    return e;
}

Entry workshop() {
    Entry e;
    e.id = "wks0000001";
    e.date = day("2026-11-19");
    e.kind = EntryKind::workshop;
    e.by = "kb";
    e.person = "jdoe";
    e.attendees = {"asmith", "bcho"};
    e.minutes = 90;
    e.is_private = true;
    return e;
}

std::vector<const Entry*> ptrs(const std::vector<Entry>& es) {
    std::vector<const Entry*> out;
    for (const Entry& e : es) out.push_back(&e);
    return out;
}

Goal goal() {
    Goal g;
    g.id = "g7kd2x";
    g.owner = "asmith";
    g.by = "jdoe";
    g.added = day("2026-09-01");
    g.definition.what = "Raise \"exit ticket\" mastery, to 80%";
    g.definition.measure = "share of exit tickets at 3 or 4";
    g.definition.unit = "%";
    g.definition.baseline = 40;
    g.definition.target = 80;
    g.definition.due = day("2027-05-28");
    g.focus = {"assessment"};
    g.progress.push_back({day("2026-11-02"), 52.5, "p1"});
    return g;
}

}  // namespace

TEST_CASE("format_entries: text puts a header line per entry, the text indented, blank lines kept") {
    const std::vector<Entry> es = {check_in()};
    CHECK(format_entries(ptrs(es), Format::text, "jdoe") ==
          "2026-11-17 check-in jdoe/asmith, 45 min, goals g7kd2x, private [k3m9x2p7qa]\n"
          "    SECRET-struggling with period 3\n"
          "    second line\n"
          "\n"
          "    after a blank\n");
}

TEST_CASE("format_entries: text details of observations and workshops, by when not the mentor") {
    const std::vector<Entry> es = {observation(), workshop()};
    CHECK(format_entries(ptrs(es), Format::text, "kb") ==
          "2026-11-18 observation jdoe/asmith, asmith observed jdoe, class \"Math 7, period 3\", focus questioning, pacing, "
          "50 min, by asmith, shared [obs0000001]\n"
          "    shared \"notes\", with a comma\n"
          "2026-11-19 workshop jdoe, 2 attendees (asmith, bcho), 90 min, by kb, private [wks0000001]\n");
}

TEST_CASE("format_entries: private text only for the writer and the people it is about, in every format") {
    const std::vector<Entry> es = {check_in(), observation()};
    for (std::string_view viewer : {"jdoe", "asmith"}) {
        INFO(viewer);
        for (Format f : {Format::text, Format::json, Format::csv}) {
            CHECK(format_entries(ptrs(es), f, viewer).find(secret) != std::string::npos);
        }
    }
    for (std::string_view viewer : {"kb", "bcho", ""}) {
        INFO(viewer);
        for (Format f : {Format::text, Format::json, Format::csv}) {
            const std::string out = format_entries(ptrs(es), f, viewer);
            CHECK(out.find(secret) == std::string::npos);
            CHECK(out.find("second line") == std::string::npos);
            CHECK(out.find("k3m9x2p7qa") != std::string::npos);  // the entry is still listed
            CHECK(out.find("with a comma") != std::string::npos);  // shared text is for everyone
        }
        CHECK(format_entries(ptrs(es), Format::text, viewer).find("    (private text)\n") != std::string::npos);
    }
}

TEST_CASE("format_entries: JSON keys in order, optional ones only when set, null text when not readable") {
    const std::vector<Entry> es = {check_in()};
    const std::string hidden = format_entries(ptrs(es), Format::json, "kb");
    CHECK(hidden ==
          "[\n"
          "  {\n"
          "    \"version\": 1,\n"
          "    \"id\": \"k3m9x2p7qa\",\n"
          "    \"date\": \"2026-11-17\",\n"
          "    \"kind\": \"check-in\",\n"
          "    \"by\": \"jdoe\",\n"
          "    \"mentor\": \"jdoe\",\n"
          "    \"mentee\": \"asmith\",\n"
          "    \"minutes\": 45,\n"
          "    \"goals\": [\"g7kd2x\"],\n"
          "    \"visibility\": \"private\",\n"
          "    \"text\": null\n"
          "  }\n"
          "]\n");
    const std::string shown = format_entries(ptrs(es), Format::json, "asmith");
    CHECK(shown.find("    \"text\": \"SECRET-struggling with period 3\\nsecond line\\n\\nafter a blank\"\n") !=
          std::string::npos);
    const std::vector<Entry> ws = {workshop()};
    const std::string w = format_entries(ptrs(ws), Format::json, "kb");
    CHECK(w.find("\"attendees\": [\"asmith\", \"bcho\"]") != std::string::npos);
    CHECK(w.find("\"text\": \"\"") != std::string::npos);  // no text: empty, not hidden
    CHECK(w.find("\"mentor\"") == std::string::npos);
    CHECK(format_entries({}, Format::json, "kb") == "[]\n");
}

TEST_CASE("format_entries: CSV reads back with quotes, commas and newlines intact") {
    const std::vector<Entry> es = {check_in(), observation(), workshop()};
    const std::string csv = format_entries(ptrs(es), Format::csv, "jdoe");
    Diagnostics d("j.csv");
    const CsvTable t = parse_csv(csv, d);
    CHECK(d.items().empty());
    CHECK(t.header == std::vector<std::string>{"id", "date", "kind", "by", "mentor", "mentee", "person", "minutes", "goals",
                                               "visibility", "text"});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].fields[10] == check_in().text);
    CHECK(t.rows[1].fields[10] == "shared \"notes\", with a comma");
    CHECK(t.rows[2].fields == std::vector<std::string>{"wks0000001", "2026-11-19", "workshop", "kb", "", "", "jdoe", "90",
                                                       "", "private", ""});
}

TEST_CASE("format_goal_list: text, JSON and CSV rows with status and pace") {
    const Goal g = goal();
    const std::vector<const Goal*> goals{&g};
    const Date today = day("2026-11-23");
    const std::string text = format_goal_list(goals, Format::text, today);
    CHECK(text.rfind("GOAL    PERSON  STATUS  DUE         BASELINE  LATEST  TARGET  PACE", 0) == 0);
    CHECK(text.find("g7kd2x  asmith  active  2027-05-28  40        52.5    80      ") != std::string::npos);
    CHECK(format_goal_list({}, Format::text, today) == "no goals\n");

    const std::string json = format_goal_list(goals, Format::json, today);
    std::size_t last = 0;
    for (std::string_view k : {"\"id\"", "\"person\"", "\"status\"", "\"what\"", "\"measure\"", "\"unit\"", "\"baseline\"",
                               "\"target\"", "\"latest\"", "\"due\"", "\"added\"", "\"pace\"", "\"expected\"", "\"focus\""}) {
        INFO(k);
        const auto at = json.find(k);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
    }
    CHECK(json.find("\"what\": \"Raise \\\"exit ticket\\\" mastery, to 80%\"") != std::string::npos);
    CHECK(json.find("\"latest\": 52.5") != std::string::npos);

    Diagnostics d("g.csv");
    const CsvTable t = parse_csv(format_goal_list(goals, Format::csv, today), d);
    CHECK(d.items().empty());
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields[0] == "g7kd2x");
    CHECK(t.rows[0].fields[2] == "active");
    CHECK(t.rows[0].fields[5] == "52.5");
    CHECK(t.rows[0].fields[9] == "Raise \"exit ticket\" mastery, to 80%");
}

TEST_CASE("format_goal_list: a goal with nothing measured shows dashes in text and nulls in JSON") {
    Goal g;
    g.id = "gaaaaa";
    g.owner = "bcho";
    g.added = day("2026-09-01");
    g.definition.what = "be calmer";
    const std::vector<const Goal*> goals{&g};
    const Date today = day("2026-11-23");
    CHECK(format_goal_list(goals, Format::text, today).find("gaaaaa  bcho    active  -    -         -       -") !=
          std::string::npos);
    const std::string json = format_goal_list(goals, Format::json, today);
    CHECK(json.find("\"baseline\": null") != std::string::npos);
    CHECK(json.find("\"due\": null") != std::string::npos);
}

TEST_CASE("format_goal_detail: history shows notes only to those who may read them") {
    const Goal g = goal();
    Entry progress;
    progress.id = "prg0000001";
    progress.date = day("2026-11-02");
    progress.kind = EntryKind::goal_progress;
    progress.by = "jdoe";
    progress.mentor = "jdoe";
    progress.mentee = "asmith";
    progress.goal = "g7kd2x";
    progress.value = 52.5;
    progress.is_private = true;
    progress.text = std::string(secret) + "\nmore";
    const std::vector<const Entry*> events{&progress};
    const Program program = test::program();
    const Date today = day("2026-11-23");

    const std::string mine = format_goal_detail(g, events, program, Format::text, today, "asmith");
    CHECK(mine.rfind("goal g7kd2x for asmith: Raise \"exit ticket\" mastery, to 80%\n", 0) == 0);
    CHECK(mine.find("  2026-11-02 goal-progress 52.5 % by jdoe: SECRET-struggling with period 3 more\n") != std::string::npos);
    CHECK(mine.find("  target:    80 %\n") != std::string::npos);

    for (std::string_view viewer : {"kb", ""}) {
        const std::string text = format_goal_detail(g, events, program, Format::text, today, viewer);
        CHECK(text.find(secret) == std::string::npos);
        CHECK(text.find("  2026-11-02 goal-progress 52.5 % by jdoe (private text)\n") != std::string::npos);
        const std::string json = format_goal_detail(g, events, program, Format::json, today, viewer);
        CHECK(json.find(secret) == std::string::npos);
        CHECK(json.find("\"text\": null") != std::string::npos);
    }
    const std::string json = format_goal_detail(g, events, program, Format::json, today, "jdoe");
    CHECK(json.find(secret) != std::string::npos);
    CHECK(json.find("\"milestones\": [],") != std::string::npos);
    CHECK(json.find("\"events\": [") != std::string::npos);
}
