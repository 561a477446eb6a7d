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

/// The key under which the parse of the roster file is cached: a hash of what the file system
/// says of it (device, inode, size, modification and change times, to the nanosecond), its
/// name in messages and the cache format. Any write to the file, by any tool, changes the
/// change time and so the key. Nothing when the file is smaller than the threshold or cannot
/// be examined.
std::optional<std::uint64_t> roster_cache_key(const std::filesystem::path& roster, std::string_view source);

/// The parse of a roster (people and diagnostics) as bytes, and back. `decode_roster_cache`
/// returns nothing when the bytes are not a cache of this format for `key` (another roster,
/// another version of mentor, a truncated or damaged file).
std::string encode_roster_cache(const ParsedRoster& parsed, std::uint64_t key);
std::optional<ParsedRoster> decode_roster_cache(std::string_view bytes, std::uint64_t key);

/// The cached parse in the file `cache`, when it is there and holds `key`.
std::optional<ParsedRoster> read_roster_cache(const std::filesystem::path& cache, std::uint64_t key);

/// Writes the cache atomically, on a best-effort basis: a directory that cannot be written
/// only costs the next run its speed.
void write_roster_cache(const std::filesystem::path& cache, std::uint64_t key, const ParsedRoster& parsed);

}  // namespace mentor
