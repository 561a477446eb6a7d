#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>

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

/// What the names of temporary files end in before their six random characters: a write of
/// `DIR/NAME` goes through `DIR/.NAME.tmp-XXXXXX`, which the `.gitignore` of `mentor init` ignores.
inline constexpr std::string_view temp_suffix = ".tmp-";

/// A temporary sibling of a file being written, created at once (mkostemp, mode 0600, close-on-exec). Removed
/// when the object dies unless it was renamed into place, and removed by a handler of SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT (installed on first use where those still have their default
/// action) if the process is interrupted meanwhile. Throws SystemError naming `beside`.
class TempFile {
public:
    explicit TempFile(const std::filesystem::path& beside);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    void write(std::string_view content);
    /// Sets the permissions, flushes to disk and closes.
    void finish(mode_t mode);
    /// Renames the (finished) file to `path`; from then on it is no longer removed.
    void rename_to(const std::filesystem::path& path);

private:
    std::filesystem::path target_;
    std::string path_;
    int fd_ = -1;
    int slot_ = -1;
    bool kept_ = false;
};

/// Replaces (or creates) `path` with `content` atomically: a temporary file in the same
/// directory is written, flushed to disk and renamed over the target, so a reader or a
/// crash sees either the old content or the new, never a mix. A symbolic link stays a link: the
/// regular file it points at is replaced. A directory, device, pipe, socket or a link to
/// nothing is refused, never replaced. Throws SystemError.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

/// A file named on the command line (`-o PATH`): a named pipe or a character device (a
/// terminal, /dev/null, /dev/stdout) is written through and stays what it is; anything else
/// as write_file_atomic does. Throws SystemError.
void write_output_file(const std::filesystem::path& path, std::string_view content);

/// Copies `size` bytes from descriptor `from` to `to` at their offsets, in the kernel where it
/// can, else through a buffer. Throws SystemError naming `path` on a read or write error, or
/// when fewer than `size` bytes were there: the caller must not use a short copy.
void copy_contents(int from, int to, std::size_t size, const std::filesystem::path& path);

/// Replaces `path` atomically with its current content (none if it does not exist) followed
/// by `tail`: the old bytes are copied by the kernel into a temporary file beside it, `tail`
/// is written, the whole flushed to disk and renamed over `path`. A reader or a crash sees the
/// file before or after, never in between. The caller serialises concurrent writers.
void append_file_atomic(const std::filesystem::path& path, std::string_view tail);

/// Creates `path` with `content` only if it does not exist yet (atomic, no overwrite).
/// Returns false when the file already existed. Throws SystemError on other failures.
bool create_file_exclusive(const std::filesystem::path& path, std::string_view content);

}  // namespace mentor
