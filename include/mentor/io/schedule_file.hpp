#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/schedule.hpp"

namespace mentor {

/// The first line of every schedule file; the number changes when the format does.
inline constexpr std::string_view schedule_header = "# mentor schedule v1";

/// The schedule file: a version line, a column line, then one meeting per line,
/// tab-separated, in the order sort_meetings gives. Same meetings, same bytes.
std::string format_schedule_file(const std::vector<Meeting>& meetings);

/// Meetings read back from a schedule file, and every problem found.
struct ParsedSchedule {
    std::vector<Meeting> meetings;
    std::vector<Diagnostic> diagnostics;
};

/// Reads a schedule file. Never throws on bad input; each bad line becomes a located
/// diagnostic; a second line for the same meeting is an error.
ParsedSchedule parse_schedule_file(std::string_view text, const std::string& source);

}  // namespace mentor
