#include <catch2/catch.hpp>

#include <algorithm>

#include "builders.hpp"
#include "mentor/io/csv.hpp"
#include "mentor/io/icalendar.hpp"
#include "mentor/io/meetings_format.hpp"

using namespace mentor;
using test::day;

namespace {

Meeting meeting(std::string mentor, std::string mentee, const char* date, int start, int minutes = 45,
                MeetingKind kind = MeetingKind::meeting) {
    Meeting m;
    m.mentor = std::move(mentor);
    m.mentee = std::move(mentee);
    m.kind = kind;
    m.date = day(date);
    m.key = kind == MeetingKind::meeting ? period_start(m.date, 7) : 1;
    m.start = start;
    m.minutes = minutes;
    return m;
}

// Given out of order on purpose: the listing sorts by date, then start, then pair.
std::vector<Meeting> sample() {
    Meeting obs = meeting("jdoe", "asmith", "2026-11-24", 9 * 60, 50, MeetingKind::observation);
    obs.locked = true;
    Meeting gone = meeting("kpatel", "bcho", "2026-11-23", 15 * 60 + 30);
    gone.cancelled = true;
    return {obs, meeting("jdoe", "asmith", "2026-11-23", 15 * 60 + 30), gone, meeting("jdoe", "asmith", "2026-11-23", 7 * 60 + 5)};
}

}  // namespace

TEST_CASE("iso_local: a local ISO 8601 date-time, zero-padded, seconds always zero") {
    CHECK(iso_local(day("2026-11-24"), 15 * 60 + 30) == "2026-11-24T15:30:00");
    CHECK(iso_local(day("2026-01-05"), 0) == "2026-01-05T00:00:00");
    CHECK(iso_local(day("2026-01-05"), 7 * 60 + 5) == "2026-01-05T07:05:00");
    CHECK(iso_local(day("2026-01-05"), 24 * 60) == "2026-01-05T24:00:00");
}

TEST_CASE("format_meetings: text in date and time order, with kind, locked and cancelled") {
    CHECK(format_meetings(sample(), "lincoln", Format::text) ==
          "DATE        DAY  TIME         KIND                   MENTOR  MENTEE\n"
          "2026-11-23  mon  07:05-07:50  meeting                jdoe    asmith\n"
          "2026-11-23  mon  15:30-16:15  meeting                jdoe    asmith\n"
          "2026-11-23  mon  15:30-16:15  meeting, cancelled     kpatel  bcho\n"
          "2026-11-24  tue  09:00-09:50  observation 1, locked  jdoe    asmith\n");
}

TEST_CASE("format_meetings: JSON objects with the documented keys in order") {
    const std::vector<Meeting> one = {sample()[0]};
    CHECK(format_meetings(one, "lincoln", Format::json) ==
          "[\n"
          "  {\n"
          "    \"version\": 1,\n"
          "    \"mentor\": \"jdoe\",\n"
          "    \"mentee\": \"asmith\",\n"
          "    \"kind\": \"observation\",\n"
          "    \"start\": \"2026-11-24T09:00:00\",\n"
          "    \"end\": \"2026-11-24T09:50:00\",\n"
          "    \"minutes\": 50,\n"
          "    \"key\": \"1\",\n"
          "    \"uid\": \"" + meeting_uid("lincoln", one[0]) + "\",\n"
          "    \"locked\": true,\n"
          "    \"cancelled\": false\n"
          "  }\n"
          "]\n");
    CHECK(format_meetings({}, "lincoln", Format::json) == "[]\n");
}

TEST_CASE("format_meetings: CSV with the same columns, sorted, the key of a check-in its period's Monday") {
    const std::string csv = format_meetings(sample(), "lincoln", Format::csv);
    Diagnostics d("m.csv");
    const CsvTable t = parse_csv(csv, d);
    CHECK(d.items().empty());
    CHECK(t.header == std::vector<std::string>{"mentor", "mentee", "kind", "start", "end", "minutes", "key", "uid", "locked",
                                               "cancelled"});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].fields[3] == "2026-11-23T07:05:00");
    CHECK(t.rows[0].fields[6] == "2026-11-23");
    CHECK(t.rows[2].fields[0] == "kpatel");
    CHECK(t.rows[2].fields[9] == "true");
    CHECK(t.rows[3].fields[2] == "observation");
    CHECK(t.rows[3].fields[8] == "true");
}

TEST_CASE("format_meetings: the order of the input changes nothing") {
    std::vector<Meeting> reversed = sample();
    std::reverse(reversed.begin(), reversed.end());
    for (Format f : {Format::text, Format::json, Format::csv}) {
        CHECK(format_meetings(reversed, "p", f) == format_meetings(sample(), "p", f));
    }
}
