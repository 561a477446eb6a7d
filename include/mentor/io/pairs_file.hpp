#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// The first line of every pairs file; the number changes when the format does.
inline constexpr std::string_view pairs_header = "# mentor pairs v1";

/// The pairs file: a version line, a column line, then one pair per line, tab-separated,
/// in the order sort_pairs gives. Same pairs, same bytes.
std::string format_pairs_file(const std::vector<Pair>& pairs);

/// Pairs read back from a pairs file, and every problem found.
struct ParsedPairs {
    std::vector<Pair> pairs;
    std::vector<Diagnostic> diagnostics;
};

/// Reads a pairs file. Never throws on bad input; each bad line becomes a located diagnostic.
ParsedPairs parse_pairs_file(std::string_view text, const std::string& source);

}  // namespace mentor
