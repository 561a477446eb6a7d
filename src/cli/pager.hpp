#pragma once
#include <functional>
#include <string_view>

#include "context.hpp"

namespace mentor {

/// Whether a command's output is a listing worth paging (roster, journal, report, ...);
/// commands that ask questions, open an editor or are run by cron are not paged.
bool pages(std::string_view command);

/// Runs `run` with standard output collected and, when standard output is a terminal and a
/// pager is in effect (Context::pager), shows what it printed through the pager (run by
/// /bin/sh, as git runs one); otherwise prints it as it is. Returns `run`'s status.
int run_paged(Context& ctx, const std::function<int()>& run);

}  // namespace mentor
