#pragma once
#include <string>

#include "mentor/domain/status.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

/// `mentor status` as text (titled sections, each left out when empty, and a line saying so
/// when everything is in order) or JSON (an object whose first key is "version": 1).
std::string format_status(const PersonStatus& status, const Roster& roster, Date today, int repeat_days, Format format);

}  // namespace mentor
