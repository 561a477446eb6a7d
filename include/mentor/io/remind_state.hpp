#pragma once
#include <string>
#include <string_view>

#include "mentor/domain/remind.hpp"

namespace mentor {

/// The first line of the reminder history file.
inline constexpr std::string_view remind_state_header = "# mentor remind history v1: recipient, key, last sent";

/// The history as a file: the header, then `RECIPIENT<TAB>KEY<TAB>DATE` lines, sorted.
std::string format_remind_state(const RemindHistory& history);

/// Reads the history back; lines it cannot read are skipped (the file is a memory of what was
/// sent, not a record anyone edits, and losing a line only lets one reminder through again).
RemindHistory parse_remind_state(std::string_view text);

}  // namespace mentor
