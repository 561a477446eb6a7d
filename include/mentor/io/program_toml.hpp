#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// A program config as far as it could be read, and every problem found on the way.
struct ParsedProgram {
    Program program;
    std::vector<Diagnostic> diagnostics;
};

/// Reads the program config from TOML text, filling defaults for what is not written.
/// Never throws on bad input: every problem becomes a located diagnostic.
ParsedProgram parse_program(std::string_view text, const std::string& source);

}  // namespace mentor
