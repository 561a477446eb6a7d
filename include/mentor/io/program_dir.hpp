#pragma once
#include <filesystem>
#include <optional>
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

    std::filesystem::path config_path() const { return dir / "program.toml"; }
    std::filesystem::path roster_path() const { return dir / "roster.yaml"; }
    std::filesystem::path pairs_path() const { return dir / "pairs.tsv"; }
    /// A file of the program as the user would type it from where they stand:
    /// `roster.yaml` inside the directory, `examples/school/roster.yaml` from outside.
    std::string shown(const std::string& name) const;
};

/// The nearest directory from `start` upwards that holds a program.toml, if any.
std::optional<std::filesystem::path> find_program_dir(const std::filesystem::path& start);

/// Everything a command needs from the human-written files, and what is wrong with them.
struct LoadedProgram {
    Program program;
    Roster roster;
    std::vector<Pair> pairs;              ///< the pairs record; empty before the first `mentor pair`
    std::vector<Diagnostic> diagnostics;  ///< sorted by file and position
};

/// Reads, parses and validates program.toml, roster.yaml and (when there is one) pairs.tsv. Bad data becomes diagnostics
/// (an unreadable file too); nothing is thrown for it.
LoadedProgram load_program(const ProgramDir& dir);

/// Like load_program, but throws InputError when there is any error; warnings are kept.
LoadedProgram load_valid_program(const ProgramDir& dir);

}  // namespace mentor
