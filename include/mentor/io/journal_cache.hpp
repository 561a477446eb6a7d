#pragma once
// What `mentor check` keeps of each journal file it checked (.mentor/journal.cache), so that a
// file whose bytes, and whose people and pairs, are unchanged is not parsed again.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal_check.hpp"

namespace mentor {

/// One journal file's check, valid while its content and the people it was checked against
/// are the same.
struct CheckedJournalFile {
    std::string source;             ///< the file as named in messages
    std::uint64_t content = 0;      ///< journal_content_hash of its bytes
    std::uint64_t people = 0;       ///< JournalPeople::fingerprint, 0 when checked without people
    std::uint64_t entries = 0;      ///< how many entries it holds
    std::vector<Diagnostic> diagnostics;  ///< its own problems: syntax, placement, people and pairs
    JournalFileFacts facts;         ///< what the checks across files need of it (its ids as
                                    ///< hashes only, once it went through the cache)
};

/// A fast hash of a file's bytes (not for security).
std::uint64_t journal_content_hash(std::string_view bytes);

/// The cache as bytes, and back: nothing when the bytes are not a cache of this format (another
/// version of mentor, a truncated or damaged file: a checksum covers every byte).
std::string encode_journal_cache(const std::vector<CheckedJournalFile>& files);
std::optional<std::vector<CheckedJournalFile>> decode_journal_cache(std::string_view bytes);

}  // namespace mentor
