#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace mentor {

/// The whole content of a file; throws SystemError naming the file when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// Replaces (or creates) `path` with `content` atomically: a temporary file in the same
/// directory is written, flushed to disk and renamed over the target, so a reader or a
/// crash sees either the old content or the new, never a mix. Throws SystemError.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

/// Creates `path` with `content` only if it does not exist yet (atomic, no overwrite).
/// Returns false when the file already existed. Throws SystemError on other failures.
bool create_file_exclusive(const std::filesystem::path& path, std::string_view content);

}  // namespace mentor
