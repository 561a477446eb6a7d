#pragma once
#include <string>

#include "mentor/domain/school_year.hpp"

namespace mentor {

/// What `mentor init` fills into a new program's config.
struct NewProgram {
    std::string id;
    std::string name;
    std::string timezone;
    SchoolYear year;
};

/// A commented program.toml for a new program; `mentor check` accepts it as written.
std::string program_template(const NewProgram& p);

/// A commented roster.yaml with an empty people list and an example entry in comments.
std::string roster_template();

/// Lines a program's .gitattributes needs so that appended records merge cleanly.
std::string gitattributes_template();

/// Lines a program's .gitignore needs (local state that is not part of the record).
std::string gitignore_template();

/// A short README for the coordinators who keep the program directory.
std::string readme_template(const NewProgram& p);

/// Lines of `wanted` (other than blank lines and comments) that `existing` does not already
/// have, so that re-running init adds nothing twice.
std::string missing_lines(const std::string& existing, const std::string& wanted);

}  // namespace mentor
