#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// A roster as far as it could be read, and every problem found on the way.
struct ParsedRoster {
    Roster roster;
    std::vector<Diagnostic> diagnostics;
};

/// Which YAML reader parse_roster uses; the choice never changes the result (tests compare them).
enum class RosterReader {
    automatic,    ///< the fast subset reader, falling back to yaml-cpp for anything else
    general,      ///< yaml-cpp only
    subset_only,  ///< the subset reader only; an error when the text is outside it (for tests)
};

/// Reads a roster from YAML text. Never throws on bad input: every problem becomes a
/// located diagnostic, and the people that could be read are kept for further checks.
/// `source` is the file name diagnostics carry.
ParsedRoster parse_roster(std::string_view text, const std::string& source,
                          RosterReader how = RosterReader::automatic);

/// The keys a person entry may have, in the order the roster documents them.
std::span<const std::string_view> person_keys();

}  // namespace mentor
