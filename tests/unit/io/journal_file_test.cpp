#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <unistd.h>

#include "mentor/io/files.hpp"
#include "mentor/io/journal_file.hpp"

using namespace mentor;
namespace fs = std::filesystem;

namespace {

Date day(const char* iso) { return *parse_date(iso); }

ParsedJournal parse(std::string_view text, JournalScope scope = {}) {
    ParsedJournal out;
    parse_journal_text(text, "journal/2026-11.journal", scope, out);
    return out;
}

Entry check_in() {
    Entry e;
    e.id = "k3m9q2xa7f";
    e.date = day("2026-11-17");
    e.kind = EntryKind::check_in;
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.minutes = 45;
    e.goals = {"g7k3m9q"};
    e.text = "Worked on exit tickets.\nNext: cold calling.";
    return e;
}

std::string first_error(std::string_view line) {
    const ParsedJournal p = parse(std::string(journal_header) + "\n" + std::string(line) + "\n");
    if (p.diagnostics.empty()) return "(none)";
    const Diagnostic& d = p.diagnostics.front();
    return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message;
}

}  // namespace

TEST_CASE("format_entry_line: one line, fixed field order, quoted only where needed") {
    Entry e = check_in();
    CHECK(format_entry_line(e) ==
          "2026-11-17 k3m9q2xa7f check-in by=jdoe mentor=jdoe mentee=asmith minutes=45 goals=g7k3m9q "
          "visibility=private text=\"Worked on exit tickets.\\nNext: cold calling.\"\n");
    e.text = "ok";
    e.is_private = false;
    CHECK(format_entry_line(e) ==
          "2026-11-17 k3m9q2xa7f check-in by=jdoe mentor=jdoe mentee=asmith minutes=45 goals=g7k3m9q "
          "visibility=shared text=ok\n");
}

TEST_CASE("parse_journal_text: every field of every kind round-trips through a line") {
    std::vector<Entry> entries;
    entries.push_back(check_in());
    Entry obs = check_in();
    obs.id = "obs1";
    obs.kind = EntryKind::observation;
    obs.observer = "jdoe";
    obs.observed = "asmith";
    obs.class_name = "Period 3, Algebra";
    obs.focus = {"questioning", "wait-time"};
    obs.is_private = false;
    entries.push_back(obs);
    Entry ws;
    ws.id = "ws1";
    ws.date = day("2026-11-20");
    ws.kind = EntryKind::workshop;
    ws.by = "jdoe";
    ws.person = "jdoe";
    ws.attendees = {"asmith", "bcho"};
    ws.minutes = 90;
    ws.text = "Tabs\there, quotes \"here\", backslash \\ and a bell \x07";
    entries.push_back(ws);
    Entry goal;
    goal.id = "ga1";
    goal.date = day("2026-10-01");
    goal.kind = EntryKind::goal_add;
    goal.by = "jdoe";
    goal.person = "asmith";
    goal.goal = "g7k3m9q";
    goal.focus = {"assessment"};
    goal.definition = {"Raise mastery", "share at 3+", "%", 40, 80, day("2027-03-15"),
                       {{day("2027-01-15"), 60, "half way"}, {day("2027-02-15"), std::nullopt, "check"}}};
    entries.push_back(goal);
    Entry prog;
    prog.id = "gp1";
    prog.date = day("2026-11-20");
    prog.kind = EntryKind::goal_progress;
    prog.by = "asmith";
    prog.person = "asmith";
    prog.goal = "g7k3m9q";
    prog.value = 55.5;
    prog.text = "üñíçødé ✓";
    entries.push_back(prog);

    std::string text = std::string(journal_header) + "\n";
    for (const Entry& e : entries) text += format_entry_line(e);
    const ParsedJournal p = parse(text);
    CHECK(p.diagnostics.empty());
    REQUIRE(p.entries.size() == entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Entry got = p.entries[i];
        got.file = {};
        got.line = 0;
        got.cols = {};
        CHECK(got == entries[i]);
    }
    CHECK(p.entries[1].line == 3);
    CHECK(p.entries[0].cols.by == 35);
}

TEST_CASE("parse_journal_text: random texts survive the round trip") {
    std::mt19937 rng(7);
    const std::vector<std::string> alphabet = {"a", "b", " ", "\"", "\\", "=", ",", ";", "\n", "\t", "\r", "#", "\xc3\xa9", "\x01", "\x7f"};
    for (int round = 0; round < 500; ++round) {
        Entry e = check_in();
        e.text.clear();
        const int n = static_cast<int>(rng() % 40) + 1;
        for (int i = 0; i < n; ++i) e.text += alphabet[rng() % alphabet.size()];
        const ParsedJournal p = parse(std::string(journal_header) + "\n" + format_entry_line(e));
        REQUIRE(p.diagnostics.empty());
        REQUIRE(p.entries.size() == 1);
        CHECK(p.entries[0].text == e.text);
    }
}

TEST_CASE("parse_journal_text: bad lines are located and explained, the good ones kept") {
    CHECK(first_error("2026-11-31 id check-in by=jdoe person=jdoe visibility=private") == "2:1 '2026-11-31' is not a date");
    CHECK(first_error("2026-11-17 ID check-in by=jdoe person=jdoe visibility=private") == "2:12 'ID' is not an entry id");
    CHECK(first_error("2026-11-17 id1 meeting by=jdoe visibility=private") == "2:16 unknown entry kind 'meeting'");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe colour=red visibility=private") ==
          "2:41 unknown field 'colour'");
    CHECK(first_error("2026-11-17 id1 note by=jdoe by=kb person=jdoe visibility=private") ==
          "2:29 field 'by' appears twice");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe visibility=private text=\"open") ==
          "2:65 this quoted value is never closed");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe visibility=secret") ==
          "2:52 visibility 'secret' is neither private nor shared");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe") == "2:40 the entry has no visibility");
    CHECK(first_error("2026-11-17 id1 check-in by=jdoe mentor=jdoe visibility=private") ==
          "2:16 a check-in entry needs mentee=");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe minutes=-5 visibility=private") ==
          "2:49 '-5' is not a number of minutes");
    CHECK(first_error("2026-11-17 id1 goal-progress by=jdoe person=jdoe goal=g1 visibility=private") ==
          "2:16 a goal-progress entry needs value=");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe text=a\"b visibility=private") ==
          "2:46 a value with quotes or backslashes must be quoted");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe text=\"a\\qb\" visibility=private") ==
          "2:48 unknown escape '\\q'");

    const ParsedJournal p = parse(std::string(journal_header) +
                                  "\n2026-11-17 bad\n# a comment\n\n" + format_entry_line(check_in()));
    CHECK(p.entries.size() == 1);
    CHECK(p.diagnostics.size() == 1);
}

TEST_CASE("parse_journal_text: a group session names its mentees in mentees=") {
    Entry e = check_in();
    e.mentee.clear();
    e.mentees = {"asmith", "bcho"};
    const std::string line = format_entry_line(e);
    CHECK(line.find(" mentor=jdoe mentees=asmith,bcho minutes=45 ") != std::string::npos);
    const ParsedJournal p = parse(std::string(journal_header) + "\n" + line);
    REQUIRE(p.diagnostics.empty());
    REQUIRE(p.entries.size() == 1);
    CHECK(p.entries[0].mentees == std::vector<std::string>{"asmith", "bcho"});
    CHECK(p.entries[0].mentee.empty());
    CHECK(first_error("2026-11-17 id1 check-in by=jdoe mentor=jdoe mentees=asmith visibility=private") ==
          "2:53 mentees= needs two or more different mentees");
    CHECK(first_error("2026-11-17 id1 check-in by=jdoe mentor=jdoe mentees=asmith,asmith visibility=private") ==
          "2:53 mentees= needs two or more different mentees");
    CHECK(first_error("2026-11-17 id1 check-in by=jdoe mentor=jdoe mentee=bcho mentees=asmith,ekim visibility=private") ==
          "2:52 an entry has either mentee= or mentees=, not both");
    CHECK(first_error("2026-11-17 id1 observation by=jdoe mentor=jdoe mentees=asmith,bcho visibility=private") ==
          "2:56 mentees= is for check-ins; this entry's kind is observation");
    CHECK(first_error("2026-11-17 id1 check-in by=jdoe mentees=asmith,bcho visibility=private") ==
          "2:16 a check-in entry needs mentor=");
    CHECK(first_error("2026-11-17 id1 check-in by=jdoe mentor=jdoe mentees=jdoe,bcho visibility=private") ==
          "2:53 the mentor jdoe is also in mentees=");
}

TEST_CASE("parse_journal_text: headers of other versions and missing headers are reported") {
    ParsedJournal p = parse("# mentor journal v2\n" + format_entry_line(check_in()));
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message == "'# mentor journal v2' is a journal format this mentor does not read");
    CHECK(p.entries.empty());
    p = parse(format_entry_line(check_in()));
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message == "this journal file does not start with '# mentor journal v1'");
    p = parse(std::string(journal_header) + "\n" + format_entry_line(check_in()).substr(0, 60));
    CHECK(p.diagnostics.back().message == "the file does not end with a newline");
}

TEST_CASE("parse_journal_text: the scope skips lines by date and kind without parsing them") {
    Entry a = check_in();
    Entry b = check_in();
    b.id = "later";
    b.date = day("2026-11-25");
    const std::string text = std::string(journal_header) + "\n" + format_entry_line(a) + format_entry_line(b);
    CHECK(parse(text, {day("2026-11-20"), {}, false}).entries.size() == 1);
    CHECK(parse(text, {{}, day("2026-11-17"), false}).entries.size() == 1);
    CHECK(parse(text, {{}, {}, true}).entries.empty());
}

TEST_CASE("journal_file_name: a month per file, goal events a year per file") {
    Entry e = check_in();
    CHECK(journal_file_name(e) == "2026-11.journal");
    e.kind = EntryKind::goal_progress;
    CHECK(journal_file_name(e) == "goals-2026.journal");
}

TEST_CASE("parse_journal_text: pair_meetings_only keeps what pairs did together and skips the rest") {
    Entry note = check_in();
    note.id = "n3m9q2xa7f";
    note.kind = EntryKind::note;
    Entry observation = check_in();
    observation.id = "o3m9q2xa7f";
    observation.kind = EntryKind::observation;
    observation.observer = "jdoe";
    observation.observed = "asmith";
    const std::string text = std::string(journal_header) + "\n" + format_entry_line(check_in()) +
                             format_entry_line(note) + format_entry_line(observation);
    JournalScope scope;
    scope.pair_meetings_only = true;
    const ParsedJournal only = parse(text, scope);
    REQUIRE(only.entries.size() == 2);
    CHECK(only.entries[0].kind == EntryKind::check_in);
    CHECK(only.entries[1].kind == EntryKind::observation);
    CHECK(parse(text).entries.size() == 3);
}

TEST_CASE("parse_journal_text: a line with invalid UTF-8 or a raw control character is an error; the others are kept") {
    const ParsedJournal p = parse(std::string(journal_header) + "\n" +
                                  "2026-11-17 id1 note by=jdoe person=jdoe visibility=private text=caf\xE9\n" +
                                  "2026-11-17 id2 note by=jdoe person=jdoe visibility=private text=\"a\x1b[2Jb\"\n" +
                                  "2026-11-17 id3 note by=jdoe person=jdoe visibility=private text=fine\n");
    REQUIRE(p.diagnostics.size() == 2);
    CHECK(p.diagnostics[0].pos == SourcePos{2, 68});
    CHECK(p.diagnostics[0].message == "invalid UTF-8 (byte 0xE9)");
    CHECK(p.diagnostics[1].pos == SourcePos{3, 67});
    CHECK(p.diagnostics[1].message == "control character U+001B is not allowed");
    REQUIRE(p.entries.size() == 1);
    CHECK(p.entries[0].id == "id3");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe visibility=private text=\"caf\\xe9\"") ==
          "2:69 \\x escapes only bytes from 00 to 7f");
}

TEST_CASE("parse_journal_text: goal numbers are finite, from -1e9 to 1e9") {
    const std::string goal = "2026-11-17 g1 goal-progress by=jdoe goal=g visibility=private value=";
    CHECK(first_error(goal + "1e9") == "(none)");
    CHECK(first_error(goal + "-1e9") == "(none)");
    CHECK(first_error(goal + "1.5e9") == "2:69 '1.5e9' is not a number from -1e9 to 1e9");
    CHECK(first_error(goal + "nan") == "2:69 'nan' is not a number from -1e9 to 1e9");
    CHECK(first_error(goal + "inf") == "2:69 'inf' is not a number from -1e9 to 1e9");
    const std::string add = "2026-11-17 g1 goal-add by=jdoe person=jdoe goal=g what=x visibility=private milestone=";
    CHECK(first_error(add + "2027-01-15=60") == "(none)");
    CHECK(first_error(add + "2027-01-15=nan").find("is not a milestone") != std::string::npos);
    CHECK(first_error(add + "2027-01-15=1e300").find("is not a milestone") != std::string::npos);
}

TEST_CASE("parse_journal_text: columns count characters on a line with non-ASCII text") {
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe class=\"Zoë\" visibility=nope") ==
          "2:64 visibility 'nope' is neither private nor shared");
    CHECK(first_error("2026-11-17 id1 note by=jdoe person=jdoe class=Zoe visibility=nope") ==
          "2:62 visibility 'nope' is neither private nor shared");
}

TEST_CASE("journal_append_tail: the id is re-salted while ' ID ' occurs anywhere in the file, at either end too") {
    Entry e;
    e.date = *parse_date("2026-11-17");
    e.kind = EntryKind::note;
    e.by = e.person = "jdoe";
    e.text = "read";
    const std::string first = make_entry_id(e, 0);
    const std::string second = make_entry_id(e, 1);
    const std::string header = std::string(journal_header) + "\n";
    auto id_for = [&](const std::string& current) {
        Entry x = e;
        journal_append_tail(current, x);
        return x.id;
    };
    CHECK(id_for(header) == first);
    // As an id, inside a text, as the last bytes of the file, and as the first: taken.
    CHECK(id_for(header + "2026-11-01 " + first + " note by=jdoe person=jdoe visibility=shared\n") == second);
    CHECK(id_for(header + "2026-11-01 zz note by=jdoe text=\"see " + first + " again\" visibility=shared\n") == second);
    CHECK(id_for(header + "# " + first + " ") == second);
    CHECK(id_for(" " + first + " " + header) == second);
    // Without the spaces around it, or cut short, it is another word: free.
    CHECK(id_for(header + "# x" + first + " ") == first);
    CHECK(id_for(header + "# " + first) == first);
    CHECK(id_for(header + "# " + first.substr(0, 9) + " ") == first);
    // Many near misses before the one hit (every byte of the id but one).
    std::string near;
    for (std::size_t i = 0; i < first.size(); ++i) {
        std::string miss = first;
        miss[i] = miss[i] == 'z' ? 'y' : 'z';
        near += " " + miss + " ";
    }
    CHECK(id_for(header + near) == first);
    CHECK(id_for(header + near + " " + first + " ") == second);
}
