#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/io/roster_yaml.hpp"

namespace mentor {

/// What a file's present content is known by, cheaply, and its size.
struct FileIdentity {
    std::uint64_t key = 0;
    std::uint64_t size = 0;
};

/// What the program store needs of a file system. `real_disk()` is the machine's, with atomic
/// writes, locks and the roster cache; `MemoryDisk` holds files in a map, for tests.
class Disk {
public:
    virtual ~Disk() = default;

    /// Whether a regular file is at `path`.
    virtual bool is_file(const std::filesystem::path& path) const = 0;
    /// Whether a directory (or, on a memory disk, any file below it) is at `path`.
    virtual bool is_dir(const std::filesystem::path& path) const = 0;
    /// The whole file; throws SystemError naming it when it cannot be read.
    virtual std::string read(const std::filesystem::path& path) const = 0;
    /// Names of the regular files directly in `dir`, sorted; none when there is no such directory.
    virtual std::vector<std::string> list(const std::filesystem::path& dir) const = 0;
    /// Replaces or creates the file atomically; its directory must exist.
    virtual void write(const std::filesystem::path& path, std::string_view content) = 0;
    /// Writes a file named on the command line (`-o PATH`): like `write`, except that a named
    /// pipe or a character device is written through instead of replaced.
    virtual void write_output(const std::filesystem::path& path, std::string_view content) { write(path, content); }
    /// Creates the file only if it does not exist yet; false when it did.
    virtual bool create(const std::filesystem::path& path, std::string_view content) = 0;
    /// Creates a directory and its parents when missing.
    virtual void make_dir(const std::filesystem::path& path) = 0;
    /// Removes a file (nothing when it is gone already).
    virtual void remove(const std::filesystem::path& path) = 0;
    /// Appends to `dir/name` under an exclusive lock on `dir`: `tail` is given the file's current
    /// content (empty when there is none) and returns the bytes to add. A reader or a crash sees
    /// the file before or after, never in between. With `dry_run`, `tail` runs and nothing is written.
    virtual void append_locked(const std::filesystem::path& dir, const std::string& name,
                               const std::function<std::string(std::string_view)>& tail, bool dry_run) = 0;
    /// Replaces the file at `path` under an exclusive lock on its directory: `change` is given
    /// the file's current content and returns the new one, or nothing to leave it as it is.
    /// Two editors never lose each other's change. With `dry_run`, `change` runs and nothing
    /// is written (and nothing locked).
    virtual void replace_locked(const std::filesystem::path& path,
                                const std::function<std::optional<std::string>(std::string_view)>& change,
                                bool dry_run);
    /// A key that changes whenever the file's content may have: on the machine's disk a hash of
    /// what the file system says of it (device, inode, size, modification and change times to
    /// the nanosecond; any write changes the change time), elsewhere a hash of its bytes.
    /// Nothing when it cannot be examined.
    virtual std::optional<FileIdentity> identity(const std::filesystem::path& path) const;
    /// The roster's parse as cached under `cache` while the roster file is unchanged, when this
    /// disk keeps such a cache; otherwise the file is read and parsed.
    virtual ParsedRoster parse_roster_file(const std::filesystem::path& roster, const std::filesystem::path& cache,
                                           const std::string& source) const;
};

/// The machine's file system.
std::unique_ptr<Disk> real_disk();

/// Files in memory, keyed by their path as given: what tests hand the store instead of a directory.
class MemoryDisk : public Disk {
public:
    std::map<std::string, std::string> files;  ///< path -> content

    bool is_file(const std::filesystem::path& path) const override;
    bool is_dir(const std::filesystem::path& path) const override;
    std::string read(const std::filesystem::path& path) const override;
    std::vector<std::string> list(const std::filesystem::path& dir) const override;
    void write(const std::filesystem::path& path, std::string_view content) override;
    bool create(const std::filesystem::path& path, std::string_view content) override;
    void make_dir(const std::filesystem::path&) override {}
    void remove(const std::filesystem::path& path) override;
    void append_locked(const std::filesystem::path& dir, const std::string& name,
                       const std::function<std::string(std::string_view)>& tail, bool dry_run) override;
};

}  // namespace mentor
