#pragma once
#include <string>
#include <vector>

#include "mentor/domain/schedule.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

/// `2026-11-24T15:30:00`: a meeting's start (or, with `end`, its end) as an ISO 8601 local
/// date-time in the program's time zone.
std::string iso_local(Date day, int minutes);

/// A listing of meetings in date and time order: an aligned table, a JSON array of objects
/// (mentor, mentee, kind, start, end, minutes, key, uid, locked, cancelled), or CSV with the
/// same columns.
std::string format_meetings(const std::vector<Meeting>& meetings, const std::string& program_id, Format format);

}  // namespace mentor
