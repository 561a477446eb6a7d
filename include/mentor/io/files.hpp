#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace mentor {

/// The whole content of a file; throws SystemError naming the file when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// A file's content mapped into memory, read-only: no copy on the heap, and the pages come
/// straight from the page cache. An empty file maps to an empty view. Throws SystemError.
class MappedFile {
public:
    explicit MappedFile(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    std::string_view view() const { return {data_, size_}; }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

/// Replaces (or creates) `path` with `content` atomically: a temporary file in the same
/// directory is written, flushed to disk and renamed over the target, so a reader or a
/// crash sees either the old content or the new, never a mix. Throws SystemError.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

/// Replaces `path` atomically with its current content (none if it does not exist) followed
/// by `tail`: the old bytes are copied by the kernel into a temporary file beside it, `tail`
/// is written, the whole flushed to disk and renamed over `path`. A reader or a crash sees the
/// file before or after, never in between. The caller serialises concurrent writers.
void append_file_atomic(const std::filesystem::path& path, std::string_view tail);

/// Creates `path` with `content` only if it does not exist yet (atomic, no overwrite).
/// Returns false when the file already existed. Throws SystemError on other failures.
bool create_file_exclusive(const std::filesystem::path& path, std::string_view content);

}  // namespace mentor
