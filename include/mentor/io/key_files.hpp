#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace mentor {

/// A file that must stay private to its owner (a secret key), as found on the disk.
struct PrivateFile {
    bool exists = false;
    unsigned mode = 0;     ///< permission bits
    std::string content;   ///< empty when the mode lets others read or write it: such a file is not read
    bool loose() const { return (mode & 077) != 0; }
};

/// Reads `path` without following a symbolic link; a file that its group or others may read
/// or write comes back with `loose()` and no content. Throws SystemError when it cannot be read.
PrivateFile read_private_file(const std::filesystem::path& path);

/// Writes `path` with mode 0600, its directory made with mode 0700 when missing, atomically
/// (a temporary file beside it, flushed, renamed). Unless `replace`, an existing file is kept
/// and false is returned. Throws SystemError.
bool write_private_file(const std::filesystem::path& path, std::string_view content, bool replace);

}  // namespace mentor
