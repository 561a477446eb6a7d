#pragma once
#include <string>
#include <vector>

#include "context.hpp"

namespace CLI {
class App;
}

namespace mentor {

/// `mentor __complete WORD... CURRENT`: the hidden helper the shell completions call. Prints the
/// candidates for CURRENT (the word being typed, possibly empty) after the words before it, one
/// per line, sorted: subcommands, options, an option's values and person or goal ids of the
/// program in effect (-C among the words, else $MENTOR_DIR, else the nearest program.toml).
/// Everything comes from the CLI11 definition in `app`, so a new command or option completes
/// without a change here. Never fails: no candidates is an empty answer, status 0.
int run_complete(const CLI::App& app, const std::vector<std::string>& words, Context& ctx);

}  // namespace mentor
