#pragma once
#include <string>
#include <vector>

#include "context.hpp"

namespace mentor {

/// Runs `mentor` with `args` (without the program name) and returns the exit status.
/// Every error is printed here, once; nothing escapes as an exception.
int run_mentor(const std::vector<std::string>& args, Context& ctx);

}  // namespace mentor
