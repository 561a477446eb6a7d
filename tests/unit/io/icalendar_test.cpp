#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/icalendar.hpp"

using namespace mentor;
using test::day;

namespace {

std::string unfold(std::string s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

std::vector<std::string> lines_of(const std::string& ics) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < ics.size()) {
        const auto end = ics.find("\r\n", at);
        REQUIRE(end != std::string::npos);
        out.push_back(ics.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

}  // namespace

TEST_CASE("ical_escape: backslash, semicolon, comma and line breaks; control characters dropped") {
    CHECK(ical_escape("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng");
    CHECK(ical_escape(std::string("x\x01y\x7f", 4)) == "xy");
    CHECK(ical_escape("Zoë: tab\there") == "Zoë: tab\there");
}

TEST_CASE("ical_line: folded at 75 octets, never inside a UTF-8 character, CRLF") {
    CHECK(ical_line("SUMMARY:short") == "SUMMARY:short\r\n");
    std::string longline = "DESCRIPTION:";
    for (int i = 0; i < 100; ++i) longline += "é";  // two octets each
    longline += "Nguyễn Thị Lan";
    const std::string folded = ical_line(longline);
    for (const std::string& l : lines_of(folded)) {
        CHECK(l.size() <= 75);
        if (l.size() > 1 && l[0] == ' ') CHECK((static_cast<unsigned char>(l[1]) & 0xC0) != 0x80);
    }
    CHECK(unfold(folded) == longline + "\r\n");
    const std::string exact(75, 'x');
    CHECK(ical_line(exact) == exact + "\r\n");
    CHECK(ical_line(exact + "y") == exact + "\r\n y\r\n");
}

TEST_CASE("format_icalendar: stable UID, SEQUENCE, DTSTAMP from the term, TZID times, cancelled events") {
    Program program = test::program();
    program.id = "lincoln-induction";
    program.name = "Lincoln; induction, 2026";
    program.timezone = "UTC";
    Roster roster = test::roster({test::mentor("cwhite"), test::mentee("aclark")});
    roster.people[0].name = "Carla White";
    Meeting m;
    m.mentee = "aclark";
    m.mentor = "cwhite";
    m.key = day("2026-11-23").days();
    m.date = day("2026-11-24");
    m.start = 15 * 60 + 30;
    m.minutes = 45;
    m.rev = 2;
    Meeting o = m;
    o.kind = MeetingKind::observation;
    o.key = 1;
    o.date = day("2026-12-02");
    o.rev = 0;
    o.cancelled = true;
    const TimeZone utc = TimeZone::fixed("UTC", {0, false, "UTC"});
    const std::string ics = format_icalendar({o, m}, program, roster, utc, "Lincoln: Carla White");
    CHECK(ics == format_icalendar({m, o}, program, roster, utc, "Lincoln: Carla White"));
    const std::string text = unfold(ics);
    for (const std::string& l : lines_of(ics)) CHECK(l.size() <= 75);
    CHECK(text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0) == 0);
    CHECK(text.find("UID:lincoln-induction+aclark+cwhite+meeting+2026-11-23@mentor\r\n") != std::string::npos);
    CHECK(text.find("UID:lincoln-induction+aclark+cwhite+observation+1@mentor\r\n") != std::string::npos);
    CHECK(text.find("DTSTAMP:20260824T000000Z\r\n") != std::string::npos);
    CHECK(text.find("SEQUENCE:2\r\n") != std::string::npos);
    CHECK(text.find("DTSTART;TZID=UTC:20261124T153000\r\nDTEND;TZID=UTC:20261124T161500\r\n") != std::string::npos);
    CHECK(text.find("SUMMARY:Mentoring meeting: Carla White with Name of aclark\r\n") != std::string::npos);
    CHECK(text.find("DESCRIPTION:Lincoln\\; induction\\, 2026\\nMentor: Carla White (cwhite)\\n") != std::string::npos);
    CHECK(text.find("STATUS:CANCELLED\r\n") != std::string::npos);
    CHECK(text.find("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n") != std::string::npos);
    CHECK(text.find("TZOFFSETTO:+0000\r\n") != std::string::npos);
    // The meeting comes first: events are in date order.
    CHECK(text.find("+meeting+") < text.find("+observation+"));
    CHECK(text.substr(text.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("format_icalendar: a method is the METHOD property after CALSCALE; files have none") {
    Program program = test::program();
    program.timezone = "UTC";
    Roster roster = test::roster({test::mentor("cwhite"), test::mentee("aclark")});
    Meeting m;
    m.mentee = "aclark";
    m.mentor = "cwhite";
    m.key = day("2026-11-23").days();
    m.date = day("2026-11-24");
    m.start = 15 * 60 + 30;
    m.minutes = 45;
    const TimeZone utc = TimeZone::fixed("UTC", {0, false, "UTC"});
    const std::string file = format_icalendar({m}, program, roster, utc, "Cal");
    const std::string mail = format_icalendar({m}, program, roster, utc, "Cal", "PUBLISH");
    CHECK(file.find("METHOD") == std::string::npos);
    CHECK(mail.find("CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Cal\r\n") != std::string::npos);
    // Apart from that line, the same bytes: the same events.
    std::string without = mail;
    without.erase(without.find("METHOD:PUBLISH\r\n"), 16);
    CHECK(without == file);
}

TEST_CASE("person_calendar_name: the program's name and the person's") {
    Program program = test::program();
    program.name = "Lincoln induction";
    Person p = test::mentor("cwhite");
    p.name = "Carla White";
    CHECK(person_calendar_name(program, p) == "Lincoln induction: Carla White");
}

TEST_CASE("append_ical_address: a quoted CN without quotes, a mailto URI with its reserved characters escaped") {
    std::string out;
    append_ical_address(out, "ATTENDEE", "Ana \"Annie\" Smith; Jr.", "a/b?c%d#e@example.org", ";ROLE=REQ-PARTICIPANT");
    CHECK(out == "ATTENDEE;CN=\"Ana 'Annie' Smith; Jr.\";ROLE=REQ-PARTICIPANT:mailto:a%2Fb%3Fc%25d%23e@example.org");
    out.clear();
    append_ical_address(out, "ORGANIZER", "Induction", "induction@lincoln.example.org", "");
    CHECK(out == "ORGANIZER;CN=\"Induction\":mailto:induction@lincoln.example.org");
}
