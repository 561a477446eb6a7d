#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

/// Journal entries for `mentor journal`: text (a header line per entry, its text indented
/// below), JSON (an array of objects) or CSV. A private entry's text is shown only when
/// `viewer` may read it (see can_read_text); otherwise the entry is listed without it.
std::string format_entries(const std::vector<const Entry*>& entries, Format format, std::string_view viewer);

/// One row per goal for `mentor goal list`, with status and pace as of `today`.
std::string format_goal_list(const std::vector<const Goal*>& goals, Format format, Date today);

/// Everything about one goal for `mentor goal show`: definition, SMART warnings, milestones,
/// progress (notes only where `viewer` may read them) and pace.
std::string format_goal_detail(const Goal& goal, const std::vector<const Entry*>& events, const Program& program,
                               Format format, Date today, std::string_view viewer);

}  // namespace mentor
