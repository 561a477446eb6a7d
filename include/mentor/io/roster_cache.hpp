#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "mentor/io/roster_yaml.hpp"

namespace mentor {

/// Rosters at least this large (in bytes of YAML) are cached; smaller ones parse in well
/// under a millisecond and are left alone.
inline constexpr std::size_t roster_cache_threshold = 256 * 1024;

/// A 64-bit hash of the roster's text, its name in messages and the cache format: the key
/// under which its parse is cached. Any change to the text gives another key.
std::uint64_t roster_cache_key(std::string_view roster_text, std::string_view source);

/// The parse of a roster (people and diagnostics) as bytes, and back. `decode_roster_cache`
/// returns nothing when the bytes are not a cache of this format for `key` (another roster,
/// another version of mentor, a truncated or damaged file).
std::string encode_roster_cache(const ParsedRoster& parsed, std::uint64_t key);
std::optional<ParsedRoster> decode_roster_cache(std::string_view bytes, std::uint64_t key);

/// Parses a roster through the cache file `cache`: when the file holds the parse of this
/// very text it is used, otherwise the text is parsed and the cache (re)written, atomically
/// and on a best-effort basis (a read-only directory only costs the speed).
ParsedRoster parse_roster_cached(std::string_view roster_text, const std::string& source,
                                 const std::filesystem::path& cache);

}  // namespace mentor
