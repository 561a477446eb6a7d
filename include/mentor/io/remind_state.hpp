#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/remind.hpp"

namespace mentor {

/// The first line of the reminder history file.
inline constexpr std::string_view remind_state_header = "# mentor remind history v1: recipient, key, last sent";

/// The history as a file: the header, then `RECIPIENT<TAB>KEY<TAB>DATE` lines, sorted.
std::string format_remind_state(const RemindHistory& history);

/// The history as read, and what was wrong with the file.
struct ParsedRemindState {
    RemindHistory history;
    std::vector<Diagnostic> diagnostics;
};

/// Reads the history back. A wrong header is an error and nothing is read; lines it cannot
/// read are skipped with a warning (the file is a memory of what was sent, not a record
/// anyone edits, and losing a line only lets one reminder through again).
ParsedRemindState parse_remind_state(std::string_view text, const std::string& source);

/// The history of `parse_remind_state(text, source)`, without the diagnostics.
RemindHistory parse_remind_state(std::string_view text);

}  // namespace mentor
