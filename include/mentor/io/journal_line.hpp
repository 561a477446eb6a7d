#pragma once
#include <string>
#include <string_view>

#include "mentor/domain/date.hpp"
#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"

namespace mentor {

/// One entry as a journal line (with its final newline):
/// `DATE ID KIND key=value ...`, values quoted with backslash escapes when they need it.
std::string format_entry_line(const Entry& e);

/// Parses one journal line (without its newline), line `number` of its file, into `e`; on a
/// problem adds a located error to `d` and returns false.
bool parse_entry_line(std::string_view line, int number, Diagnostics& d, Entry& e);

/// The date and kind of a line, read without parsing the rest; false when the line is
/// malformed (parse_entry_line then reports it).
bool glance_entry_line(std::string_view line, Date& date, std::string_view& kind);

}  // namespace mentor
