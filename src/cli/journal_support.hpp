#pragma once
// What the journal and goal commands share: ids given to options, and goal lookup.
#include <string>
#include <vector>

#include "mentor/domain/goals.hpp"

namespace mentor {

/// Ids from repeatable options that may also hold comma-separated lists, in order, without repeats.
std::vector<std::string> split_ids(const std::vector<std::string>& values);

/// The goal with this id; throws NotFoundError with the nearest id as a hint.
const Goal& require_goal(const std::vector<Goal>& goals, const std::string& id);

}  // namespace mentor
