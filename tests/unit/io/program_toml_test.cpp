#include <catch2/catch.hpp>

#include "mentor/io/program_toml.hpp"

using namespace mentor;

namespace {

const std::string minimal = R"([program]
id = "lincoln"
name = "Lincoln"

[term]
start = 2026-08-24
end = 2027-06-11
)";

std::vector<std::string> errors(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& d : parse_program(text, "program.toml").diagnostics) {
        out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message +
                      (d.hint.empty() ? "" : " | " + d.hint));
    }
    return out;
}

}  // namespace

TEST_CASE("parse_program: a minimal config gets every default") {
    const auto r = parse_program(minimal, "program.toml");
    REQUIRE(r.diagnostics.empty());
    const Program& p = r.program;
    CHECK(p.id == "lincoln");
    CHECK(p.term.start.iso() == "2026-08-24");
    CHECK(p.term.end.iso() == "2027-06-11");
    CHECK(p.mode == Mode::one_to_one);
    CHECK(p.cadence.every_days == 7);
    CHECK(p.cadence.minutes == 45);
    CHECK(p.matching.same_school == SameSchool::prefer);
    CHECK(p.matching.require_trained);
    CHECK(p.matching.exclude_supervisor);
    CHECK(p.matching.default_capacity == 1);
    CHECK(p.matching.weights.subject == 5);
    CHECK(p.privacy.private_by_default);
    CHECK(p.timezone == "UTC");
}

TEST_CASE("parse_program: reads the full schema") {
    const auto r = parse_program(minimal + R"(
holidays = [2026-09-07, "2026-11-26"]
breaks = [{ name = "Winter break", start = 2026-12-21, end = 2027-01-01 }]

[cadence]
every = "2w"
minutes = 30
grace_days = 4
max_per_day = 3
observations = 2
observation_spacing_days = 21

[matching]
same_school = "require"
require_trained = false
exclude_supervisor = true
min_shared_minutes = 30
default_capacity = 2
allow_repeat = true
peer_odd = "unmatched"
weights = { subject = 1, grade = 2.5, preference = 0 }

[remind]
horizon_days = 14
repeat_days = 3
from = "induction@lincoln.example.org"
sendmail = "msmtp -t"

[stipend]
currency = "EUR"
hourly = 40
workshop_hourly = 50.5
planning_ratio = 1.5

[privacy]
default = "shared"
)",
                                 "program.toml");
    REQUIRE(r.diagnostics.empty());
    const Program& p = r.program;
    CHECK(p.term.holidays.size() == 2);
    CHECK(p.term.holidays[1].iso() == "2026-11-26");
    REQUIRE(p.term.breaks.size() == 1);
    CHECK(p.term.breaks[0].name == "Winter break");
    CHECK(p.term.breaks[0].end.iso() == "2027-01-01");
    CHECK(p.pos.breaks.at(0).line == 10);
    CHECK(p.cadence.every_days == 14);
    CHECK(p.cadence.minutes == 30);
    CHECK(p.cadence.observations == 2);
    CHECK(p.matching.same_school == SameSchool::require);
    CHECK_FALSE(p.matching.require_trained);
    CHECK(p.matching.allow_repeat);
    CHECK(p.matching.peer_odd == PeerOdd::unmatched);
    CHECK(p.matching.min_shared_minutes == 30);
    CHECK(p.matching.weights.subject == 1);
    CHECK(p.matching.weights.grade == 2.5);
    CHECK(p.matching.weights.preference == 0);
    CHECK(p.matching.weights.school == 4);  // not written: default kept
    CHECK(p.remind.repeat_days == 3);
    CHECK(p.remind.sendmail == "msmtp -t");
    CHECK(p.stipend.currency == "EUR");
    CHECK(p.stipend.hourly == 40);
    CHECK(p.stipend.planning_ratio == 1.5);
    CHECK_FALSE(p.privacy.private_by_default);
}

TEST_CASE("parse_program: missing required keys are named") {
    CHECK(errors("") == std::vector<std::string>{
                            "1:1: program.id is missing | add 'id = ...' under [program]",
                            "1:1: program.name is missing | add 'name = ...' under [program]",
                            "1:1: term.start is missing | add 'start = ...' under [term]",
                            "1:1: term.end is missing | add 'end = ...' under [term]"});
}

TEST_CASE("parse_program: wrong types, bad values and unknown keys are located") {
    CHECK(errors(minimal + "[cadence]\nminutes = \"45\"\n") ==
          std::vector<std::string>{"9:11: cadence.minutes must be a whole number, not a string | write it as minutes = 45"});
    CHECK(errors(minimal + "[cadence]\nevery = \"1 week\"\n") ==
          std::vector<std::string>{
              "9:9: cadence.every '1 week' is not a period | write \"1w\", \"2w\", \"4w\" or a number of days such as \"10d\""});
    CHECK(errors(minimal + "[matching]\nsame_school = \"prefers\"\n") ==
          std::vector<std::string>{
              "9:15: matching.same_school is 'prefers', which is not one of: require, prefer, any | did you mean 'prefer'?"});
    CHECK(errors(minimal + "[matching]\nweights = { subjet = 2 }\n") ==
          std::vector<std::string>{"9:13: unknown key 'subjet' in matching.weights | did you mean 'subject'?"});
    CHECK(errors(minimal + "[cadense]\n") ==
          std::vector<std::string>{"8:2: unknown key 'cadense' in the program config | did you mean 'cadence'?"});
    CHECK(errors(minimal + "holidays = [2026-02-30]\n") ==
          std::vector<std::string>{"8:23: TOML syntax error: Error while parsing date: expected day between 1 and 28 "
                                   "(inclusive), saw 30 | write dates as YYYY-MM-DD with a real month and day"});
    CHECK(errors(minimal + "holidays = [\"2026-02-30\"]\n") ==
          std::vector<std::string>{"8:13: a holiday is not a valid date: '2026-02-30' | write dates as YYYY-MM-DD, e.g. 2026-08-24"});
    CHECK(errors(minimal + "[stipend]\nhourly = -5\n") ==
          std::vector<std::string>{"9:10: stipend.hourly must be a number from 0 to 10000 | negative, infinite or larger amounts are not meaningful here"});
}

TEST_CASE("parse_program: TOML syntax errors are located, never thrown") {
    const auto r = parse_program("[program\nid = 1\n", "program.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.rfind("TOML syntax error", 0) == 0);
    CHECK(r.diagnostics[0].pos.line == 1);
    for (const char* junk : {"=", "[[a]]\n[a]", "a = [1, \"x\"]", "a = 1979-05-27T07:32:00Z\n", "x = {", "\xff\xfe"}) {
        CHECK_NOTHROW(parse_program(junk, "program.toml"));
    }
}

TEST_CASE("parse_program: [compliance] rules are off unless written") {
    const auto none = parse_program(minimal, "program.toml");
    CHECK_FALSE(none.program.compliance.any());
    const auto r = parse_program(minimal + "\n[compliance]\nmin_minutes_per_week = 60\nmax_days_to_match = 30\n", "program.toml");
    CHECK(r.diagnostics.empty());
    CHECK(r.program.compliance.min_minutes_per_week == 60);
    CHECK(r.program.compliance.max_days_to_match == 30);
    CHECK_FALSE(r.program.compliance.min_minutes_per_term);
    CHECK_FALSE(r.program.compliance.first_goal_within_days);
}

TEST_CASE("parse_program: bad [compliance] values are located") {
    CHECK(errors(minimal + "\n[compliance]\nmax_days_to_match = -3\n") ==
          std::vector<std::string>{"10:21: compliance.max_days_to_match is -3, outside 0..366 | write a whole number from 0 to 366"});
    CHECK(errors(minimal + "\n[compliance]\nfirst_goal_within_days = \"45\"\n") ==
          std::vector<std::string>{
              "10:26: compliance.first_goal_within_days must be a whole number, not a string | write it as first_goal_within_days = 45"});
    const auto unknown = errors(minimal + "\n[compliance]\nmin_hours_per_week = 1\n");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].find("min_hours_per_week") != std::string::npos);
    const auto out_of_range = parse_program(minimal + "\n[compliance]\nmax_days_to_match = 999\n", "program.toml");
    CHECK_FALSE(out_of_range.program.compliance.max_days_to_match);
}

TEST_CASE("parse_program: every number has a range; huge weights and rates are refused") {
    CHECK(errors(minimal + "[matching]\nweights = { subject = 1e16 }\n") ==
          std::vector<std::string>{"9:23: matching.weights.subject must be a number from 0 to 100 | negative, infinite or larger "
                                   "amounts are not meaningful here"});
    CHECK(errors(minimal + "[matching]\nweights = { subject = 100, grade = 0 }\n").empty());
    CHECK(errors(minimal + "[stipend]\nhourly = 10000\nworkshop_hourly = 10000.5\nplanning_ratio = 11\n") ==
          std::vector<std::string>{
              "10:19: stipend.workshop_hourly must be a number from 0 to 10000 | negative, infinite or larger amounts are "
              "not meaningful here",
              "11:18: stipend.planning_ratio must be a number from 0 to 10 | negative, infinite or larger amounts are not "
              "meaningful here"});
    CHECK(errors(minimal + "[stipend]\nhourly = nan\n").size() == 1);
    CHECK(errors(minimal + "[cadence]\nevery = \"99999999w\"\n").size() == 1);
    CHECK(errors(minimal + "[cadence]\nevery = \"53w\"\n").size() == 1);
    CHECK(errors(minimal + "[cadence]\nevery = \"52w\"\n").empty());
}

TEST_CASE("parse_program: years from 1900 to 2200, in dates and in strings") {
    const std::string far = R"([program]
id = "lincoln"
name = "Lincoln"

[term]
start = 2026-08-24
end = 9999-06-11
holidays = ["1850-01-01", 2026-11-26]
)";
    CHECK(errors(far) == std::vector<std::string>{"7:7: term.end is in the year 9999, outside 1900..2200 | check the year",
                                                  "8:13: a holiday is not a valid date: '1850-01-01' | write dates as "
                                                  "YYYY-MM-DD, e.g. 2026-08-24"});
}

TEST_CASE("parse_program: invalid UTF-8 is an error at its place, before TOML reads it") {
    CHECK(errors(minimal + "[remind]\nfrom = \"caf\xE9@example.org\"\n") ==
          std::vector<std::string>{"9:12: invalid UTF-8 (byte 0xE9) | the text looks like Windows-1252 or Latin-1; save it as UTF-8"});
    CHECK(errors(minimal + "# a note\x07\n").size() == 1);
}

TEST_CASE("parse_program: at most 366 holidays and 100 breaks") {
    std::string holidays = "holidays = [";
    for (int i = 0; i < 367; ++i) holidays += i ? ", 2026-11-26" : "2026-11-26";
    CHECK(errors(minimal + holidays + "]\n") ==
          std::vector<std::string>{"8:12: term.holidays lists 367 days; at most 366 | a term has at most 366 days; use breaks for longer closures"});
    std::string breaks = "breaks = [";
    for (int i = 0; i < 101; ++i) breaks += std::string(i ? ", " : "") + "{ start = 2026-12-21, end = 2026-12-22 }";
    CHECK(errors(minimal + breaks + "]\n") ==
          std::vector<std::string>{"8:10: term.breaks lists 101 breaks; at most 100 | merge breaks that follow each other"});
    std::string fine = "holidays = [";
    for (int i = 0; i < 366; ++i) fine += i ? ", 2026-11-26" : "2026-11-26";
    CHECK(parse_program(minimal + fine + "]\n", "program.toml").program.term.holidays.size() == 366);
}
