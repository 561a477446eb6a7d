#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "mentor/domain/remind.hpp"
#include "mentor/io/program_dir.hpp"

namespace mentor {

/// The first line of the reminder history file.
inline constexpr std::string_view remind_state_header = "# mentor remind history v1: recipient, key, last sent";

/// `.mentor/remind.tsv` in the program directory: local state, ignored by git.
std::filesystem::path remind_state_path(const ProgramDir& dir);

/// The history as a file: the header, then `RECIPIENT<TAB>KEY<TAB>DATE` lines, sorted.
std::string format_remind_state(const RemindHistory& history);

/// Reads the history back; lines it cannot read are skipped (the file is a memory of what was
/// sent, not a record anyone edits, and losing a line only lets one reminder through again).
RemindHistory parse_remind_state(std::string_view text);

/// Reads the file; an absent file is an empty history. Throws SystemError when unreadable.
RemindHistory read_remind_state(const std::filesystem::path& path);

/// Writes the file atomically, creating `.mentor/` when needed. Throws SystemError.
void write_remind_state(const std::filesystem::path& path, const RemindHistory& history);

}  // namespace mentor
