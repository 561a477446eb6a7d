#pragma once
#include <span>
#include <string>
#include <string_view>

namespace mentor {

/// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo
/// (at most a third of the word's length in edits, and at least one); empty otherwise.
/// Ties go to the earliest candidate, so the answer is deterministic.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace mentor
