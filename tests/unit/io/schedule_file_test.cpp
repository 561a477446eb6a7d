#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/schedule_file.hpp"

using namespace mentor;
using test::day;

namespace {

Meeting meeting(const char* mentee, const char* mentor, MeetingKind kind, int key, const char* date, int start) {
    Meeting m;
    m.mentee = mentee;
    m.mentor = mentor;
    m.kind = kind;
    m.key = key;
    m.date = day(date);
    m.start = start;
    m.minutes = 45;
    return m;
}

const std::string header = "# mentor schedule v1\n# mentee\tmentor\tkind\tkey\tdate\tstart\tminutes\trev\tflags\n";

}  // namespace

TEST_CASE("format_schedule_file: versioned, tab-separated, read back the same") {
    std::vector<Meeting> ms{meeting("aclark", "cwhite", MeetingKind::meeting, day("2026-11-23").days(), "2026-11-24", 810),
                            meeting("aclark", "cwhite", MeetingKind::observation, 2, "2026-12-03", 900)};
    ms[1].rev = 3;
    ms[1].locked = true;
    Meeting cancelled = ms[0];
    cancelled.key = day("2026-11-30").days();
    cancelled.date = day("2026-12-01");
    cancelled.cancelled = true;
    cancelled.rev = 1;
    ms.push_back(cancelled);
    sort_meetings(ms);
    const std::string text = format_schedule_file(ms);
    CHECK(text == header +
                      "aclark\tcwhite\tmeeting\t2026-11-23\t2026-11-24\t13:30\t45\t0\t\n"
                      "aclark\tcwhite\tmeeting\t2026-11-30\t2026-12-01\t13:30\t45\t1\tcancelled\n"
                      "aclark\tcwhite\tobservation\t2\t2026-12-03\t15:00\t45\t3\tlocked\n");
    const ParsedSchedule back = parse_schedule_file(text, "schedule.tsv");
    CHECK(back.diagnostics.empty());
    REQUIRE(back.meetings.size() == 3);
    CHECK(back.meetings[0].line == 3);
    CHECK(format_schedule_file(back.meetings) == text);
}

TEST_CASE("parse_schedule_file: every bad field is an error at its line and column") {
    const std::string text = header +
                             "aclark\tcwhite\tcoffee\t2026-11-23\t2026-11-24\t13:30\t45\t0\t\n"
                             "aclark\tcwhite\tmeeting\t2026-11-23\t2026-11-24\t25:00\t45\t0\t\n"
                             "aclark\tcwhite\tobservation\tx\t2026-11-24\t13:30\t45\t0\t\n"
                             "aclark\tCWhite\tmeeting\t2026-11-23\t2026-11-31\t13:30\t45\t0\tpinned\n"
                             "aclark\tcwhite\tmeeting\t2026-11-23\n"
                             "aclark\tcwhite\tmeeting\t2026-11-23\t2026-11-24\t23:30\t45\t-1\t\n";
    const ParsedSchedule p = parse_schedule_file(text, "schedule.tsv");
    REQUIRE(p.diagnostics.size() == 9);
    CHECK(p.diagnostics[0].pos == SourcePos{3, 15});
    CHECK(p.diagnostics[0].message == "unknown kind 'coffee'");
    CHECK(p.diagnostics[1].pos == SourcePos{4, 45});
    CHECK(p.diagnostics[1].message == "start '25:00' is not a time");
    CHECK(p.diagnostics[2].pos == SourcePos{5, 27});
    CHECK(p.diagnostics[3].pos == SourcePos{6, 8});
    CHECK(p.diagnostics[4].pos == SourcePos{6, 34});
    CHECK(p.diagnostics[5].message == "unknown flag 'pinned'");
    CHECK(p.diagnostics[6].pos == SourcePos{7, 1});
    CHECK(p.diagnostics[7].message == "a meeting at 23:30 of 45 minutes ends after midnight");
    CHECK(p.diagnostics[8].message == "rev '-1' is not a whole number from 0");
    CHECK(p.meetings.empty());
}

TEST_CASE("parse_schedule_file: nobody meets themselves; observation numbers from 1 to 100") {
    const ParsedSchedule self =
        parse_schedule_file(header + "cwhite\tcwhite\tmeeting\t2026-11-23\t2026-11-24\t13:30\t45\t0\t\n", "s");
    CHECK(self.meetings.empty());
    REQUIRE(self.diagnostics.size() == 1);
    CHECK(self.diagnostics[0].message == "'cwhite' meets themselves");
    CHECK(self.diagnostics[0].pos == SourcePos{3, 8});
    const ParsedSchedule many = parse_schedule_file(header +
                                                        "aclark\tcwhite\tobservation\t100\t2026-11-24\t13:30\t45\t0\t\n"
                                                        "aclark\tcwhite\tobservation\t101\t2026-11-25\t13:30\t45\t0\t\n"
                                                        "aclark\tcwhite\tobservation\t-5\t2026-11-26\t13:30\t45\t0\t\n",
                                                    "s");
    CHECK(many.meetings.size() == 1);
    REQUIRE(many.diagnostics.size() == 2);
    CHECK(many.diagnostics[0].message == "key '101' of an observation is not a number from 1 to 100");
    CHECK(many.diagnostics[1].pos == SourcePos{5, 27});
    const ParsedSchedule far =
        parse_schedule_file(header + "aclark\tcwhite\tmeeting\t9999-11-23\t9999-11-24\t13:30\t45\t0\t\n", "s");
    CHECK(far.meetings.empty());
    CHECK(far.diagnostics.size() == 1);
}

TEST_CASE("parse_schedule_file: wrong header, empty file, and a meeting twice") {
    CHECK(parse_schedule_file("# mentor schedule v2\n", "s").diagnostics.front().hint ==
          "this file was written by another version of mentor");
    CHECK(parse_schedule_file("", "s").diagnostics.front().message == "the schedule file is empty");
    const std::string line = "aclark\tcwhite\tmeeting\t2026-11-23\t2026-11-24\t13:30\t45\t0\t\n";
    const ParsedSchedule twice = parse_schedule_file(header + line + line, "s");
    REQUIRE(twice.diagnostics.size() == 1);
    CHECK(twice.diagnostics[0].pos == SourcePos{4, 1});
    CHECK(twice.diagnostics[0].message == "cwhite / aclark meeting 2026-11-23 is already on line 3");
    CHECK(parse_schedule_file(header + "\r\n# note\n", "s").diagnostics.empty());
}

TEST_CASE("validate_schedule: unknown people and pairs, double-booking and closed days are warnings") {
    Program program = test::program();
    program.term.holidays = {day("2026-11-26")};
    Roster roster = test::roster({test::mentor("cwhite"), test::mentee("aclark"), test::mentee("bdoe")});
    Pair pair;
    pair.mentor = "cwhite";
    pair.mentee = "aclark";
    pair.start = day("2026-08-24");
    std::vector<Meeting> ms{meeting("aclark", "cwhite", MeetingKind::meeting, 0, "2026-11-24", 810),
                            meeting("bdoe", "cwhite", MeetingKind::meeting, 0, "2026-11-24", 840),
                            meeting("aclark", "cwhite", MeetingKind::observation, 1, "2026-11-26", 900),
                            meeting("aclark", "zed", MeetingKind::observation, 1, "2026-11-27", 900)};
    for (std::size_t i = 0; i < ms.size(); ++i) ms[i].line = static_cast<int>(i) + 3;
    const auto d = validate_schedule(ms, roster, program, {pair}, "schedule.tsv");
    std::vector<std::string> messages;
    for (const auto& x : d) {
        CHECK(x.severity == Severity::warning);
        messages.push_back(std::to_string(x.pos.line) + " " + x.message);
    }
    CHECK(messages == std::vector<std::string>{
                          "4 cwhite and bdoe are not a pair in pairs.tsv",
                          "4 cwhite has two meetings at once on 2026-11-24: this one and line 3",
                          "5 2026-11-26 is not a school day",
                          "6 'zed' is not in roster.yaml",
                          "6 zed and aclark are not a pair in pairs.tsv",
                      });
}
