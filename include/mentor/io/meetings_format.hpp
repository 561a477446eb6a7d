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

/// What `mentor schedule` did: as text, a summary line naming `file`, additions and removals
/// grouped by pair, moves one by one with the reason, and the pairs that cannot be fully
/// scheduled; as JSON, an object with kept, moved, added, removed, meetings, observations,
/// changes and problems.
std::string format_schedule_plan(const SchedulePlan& plan, const std::string& file, bool dry_run, Format format);

}  // namespace mentor
