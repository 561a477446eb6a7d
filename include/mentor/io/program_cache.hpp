#pragma once
// What the store keeps of the checks of a large program (.mentor/program.cache): the problems
// validate_roster and validate_pairs found, valid while program.toml, roster.yaml, pairs.tsv and
// the survey answers are byte for byte the same. Commands that need a valid program (`log`
// above all) then skip the checks that take most of their time.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

struct ProgramChecks {
    std::vector<Diagnostic> roster;                ///< validate_roster's
    std::optional<std::vector<Diagnostic>> pairs;  ///< validate_pairs's, when it ran
};

/// The checks as bytes under `key` (a hash of every input), and back: nothing when the bytes
/// are not a cache of this format for `key`, or are damaged (a checksum covers every byte).
std::string encode_program_checks(const ProgramChecks& checks, std::uint64_t key);
std::optional<ProgramChecks> decode_program_checks(std::string_view bytes, std::uint64_t key);

/// The key of the checks of these inputs: a hash of the files' names and bytes (the roster's by
/// its Disk::identity) and of the cache's format. Survey files are given as (name, bytes) pairs.
std::uint64_t program_checks_key(std::string_view config_name, std::string_view config,
                                 std::string_view roster_name, std::uint64_t roster,
                                 std::string_view pairs_name, const std::optional<std::string>& pairs,
                                 const std::vector<std::pair<std::string, std::string>>& surveys);

}  // namespace mentor
