#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// A program directory and how to name its files in messages.
struct ProgramDir {
    std::filesystem::path dir;      ///< where the files are (absolute, or relative to the process)
    std::filesystem::path display;  ///< how the user named it; empty: same as `dir`

    /// A file of the program as the user would type it from where they stand:
    /// `roster.yaml` inside the directory, `examples/school/roster.yaml` from outside.
    std::string shown(const std::string& name) const;
};

/// Everything a command needs from the human-written files, and what is wrong with them.
struct LoadedProgram {
    Program program;
    Roster roster;
    std::vector<Pair> pairs;              ///< the pairs record; empty before the first `mentor pair`
    std::vector<Diagnostic> diagnostics;  ///< sorted by file and position
};

}  // namespace mentor
