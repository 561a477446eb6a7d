#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/model.hpp"
#include "mentor/domain/schedule.hpp"
#include "mentor/io/tzif.hpp"

namespace mentor {

/// The calendar UID of a meeting: the same for the same meeting in every export and after it
/// moves, e.g. `lincoln-induction+aclark+cwhite+meeting+2026-11-23@mentor`.
std::string meeting_uid(std::string_view program_id, const Meeting& m);

/// `PROPERTY;CN="NAME"PARAMS:mailto:EMAIL` (ORGANIZER, ATTENDEE): the name quoted (a quote in
/// it becomes an apostrophe), the address escaped as a mailto URI wants (RFC 6068).
void append_ical_address(std::string& out, std::string_view property, std::string_view name, std::string_view email,
                         std::string_view params);

/// An RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped; other control
/// characters dropped.
std::string ical_escape(std::string_view text);

/// One content line folded to 75 octets (never inside a UTF-8 character), ending in CRLF.
std::string ical_line(std::string_view line);

/// ical_line, appended to `out`.
void append_ical_line(std::string& out, std::string_view line);

/// ical_escape, appended to `out`.
void append_ical_escaped(std::string& out, std::string_view text);

/// An iCalendar (RFC 5545) document of `meetings`: a VTIMEZONE for the program's zone built
/// from `zone`, one VEVENT per meeting with times in that zone, cancelled meetings as
/// STATUS:CANCELLED, SEQUENCE from the meeting's rev, DTSTAMP from the term's start (no
/// clock), names and roles only (no notes). The same inputs give the same bytes. A `method`
/// (`PUBLISH` for a calendar attached to mail, RFC 6047) is written as the METHOD property;
/// files written to disk have none.
std::string format_icalendar(const std::vector<Meeting>& meetings, const Program& program, const Roster& roster,
                             const TimeZone& zone, std::string_view calendar_name, std::string_view method = {});

/// The name of one person's calendar: `Lincoln Elementary New Teacher Induction: Ana Smith`.
std::string person_calendar_name(const Program& program, const Person& person);

}  // namespace mentor
