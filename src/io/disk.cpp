#include "mentor/io/disk.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/roster_cache.hpp"

namespace mentor {

namespace fs = std::filesystem;

std::optional<FileIdentity> Disk::identity(const fs::path& path) const {
    try {
        const std::string bytes = read(path);
        return FileIdentity{fast_hash64(bytes, 0x6964), bytes.size()};
    } catch (const SystemError&) {
        return std::nullopt;
    }
}

ParsedRoster Disk::parse_roster_file(const fs::path& roster, const fs::path&, const std::string& source) const {
    return parse_roster(read(roster), source);
}

namespace {

[[noreturn]] void fail_system(std::string_view what, const fs::path& path, int err) {
    throw SystemError(fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(err)));
}

// An exclusive lock on a directory, released when the object (or the process) dies.
class DirLock {
public:
    explicit DirLock(const fs::path& dir) {
        fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd_ < 0) fail_system("open", dir, errno);
        while (::flock(fd_, LOCK_EX) != 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd_);
            fail_system("lock", dir, err);
        }
    }
    ~DirLock() { ::close(fd_); }
    DirLock(const DirLock&) = delete;
    DirLock& operator=(const DirLock&) = delete;
    void sync() const { ::fsync(fd_); }

private:
    int fd_ = -1;
};

class RealDisk final : public Disk {
public:
    bool is_file(const fs::path& path) const override {
        std::error_code ec;
        return fs::is_regular_file(path, ec);
    }
    bool is_dir(const fs::path& path) const override {
        std::error_code ec;
        return fs::is_directory(path, ec);
    }
    std::string read(const fs::path& path) const override { return read_file(path); }
    std::vector<std::string> list(const fs::path& dir) const override {
        std::vector<std::string> names;
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) return names;
        for (const auto& item : fs::directory_iterator(dir, ec)) {
            if (item.is_regular_file(ec)) names.push_back(item.path().filename().string());
        }
        if (ec) throw SystemError(fmt::format("cannot list {}: {}", dir.string(), ec.message()));
        std::sort(names.begin(), names.end());
        return names;
    }
    void write(const fs::path& path, std::string_view content) override { write_file_atomic(path, content); }
    void write_output(const fs::path& path, std::string_view content) override { write_output_file(path, content); }
    bool create(const fs::path& path, std::string_view content) override { return create_file_exclusive(path, content); }
    void make_dir(const fs::path& path) override {
        std::error_code ec;
        if (fs::is_directory(path, ec)) return;
        fs::create_directories(path, ec);
        if (ec) throw SystemError(fmt::format("cannot create {}: {}", path.string(), ec.message()));
    }
    void remove(const fs::path& path) override {
        std::error_code ec;
        fs::remove(path, ec);
        if (ec) throw SystemError(fmt::format("cannot remove {}: {}", path.string(), ec.message()));
    }
    void append_locked(const fs::path& dir, const std::string& name,
                       const std::function<std::string(std::string_view)>& tail, bool dry_run) override {
        const fs::path path = dir / name;
        std::error_code ec;
        if (!dry_run) {
            fs::create_directories(dir, ec);
            if (ec) throw SystemError(fmt::format("cannot create {}: {}", dir.string(), ec.message()));
        }
        std::optional<DirLock> lock;
        if (!dry_run) lock.emplace(dir);
        // The file is looked at in place (mapped, not copied) and then copied by the kernel into
        // its replacement, so an append costs little more than the new line whatever the file holds.
        std::optional<MappedFile> old;
        if (fs::exists(path, ec)) old.emplace(path);
        const std::string added = tail(old ? old->view() : std::string_view{});
        if (dry_run) return;
        // Temporary files of writers killed before their rename: nobody else can be writing one
        // now, since we hold the lock.
        const std::string tmp_mark = fs::path(name).extension().string() + ".tmp-";
        for (const auto& item : fs::directory_iterator(dir, ec)) {
            const std::string n = item.path().filename().string();
            if (n.size() > 1 && n[0] == '.' && n.find(tmp_mark) != std::string::npos) fs::remove(item.path(), ec);
        }
        old.reset();
        append_file_atomic(path, added);
        lock->sync();
    }
    void replace_locked(const fs::path& path, const std::function<std::optional<std::string>(std::string_view)>& change,
                        bool dry_run) override {
        std::optional<DirLock> lock;
        if (!dry_run) lock.emplace(path.parent_path().empty() ? fs::path(".") : path.parent_path());
        const std::optional<std::string> next = change(read(path));
        if (dry_run || !next) return;
        write_file_atomic(path, *next);
        lock->sync();
    }
    std::optional<FileIdentity> identity(const fs::path& path) const override {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) return std::nullopt;
        const std::int64_t facts[] = {static_cast<std::int64_t>(st.st_dev), static_cast<std::int64_t>(st.st_ino),
                                      static_cast<std::int64_t>(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                                      st.st_ctim.tv_sec, st.st_ctim.tv_nsec};
        return FileIdentity{fast_hash64(std::string_view(reinterpret_cast<const char*>(facts), sizeof facts), 0x737461),
                            static_cast<std::uint64_t>(st.st_size)};
    }
    ParsedRoster parse_roster_file(const fs::path& roster, const fs::path& cache, const std::string& source) const override {
        // A large roster's parse is cached while the file is unchanged.
        const std::optional<std::uint64_t> key = roster_cache_key(roster, source);
        if (key) {
            if (std::optional<ParsedRoster> cached = read_roster_cache(cache, *key)) return std::move(*cached);
        }
        ParsedRoster parsed = parse_roster(read(roster), source);
        if (key) write_roster_cache(cache, *key, parsed);
        return parsed;
    }

};

std::string key_of(const fs::path& path) { return path.lexically_normal().string(); }

}  // namespace

std::unique_ptr<Disk> real_disk() { return std::make_unique<RealDisk>(); }

bool MemoryDisk::is_file(const fs::path& path) const { return files.count(key_of(path)) > 0; }

bool MemoryDisk::is_dir(const fs::path& path) const {
    const std::string prefix = key_of(path / "");
    const auto it = files.lower_bound(prefix);
    return it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::string MemoryDisk::read(const fs::path& path) const {
    const auto it = files.find(key_of(path));
    if (it == files.end()) throw SystemError(fmt::format("cannot open {}: No such file or directory", path.string()));
    return it->second;
}

std::vector<std::string> MemoryDisk::list(const fs::path& dir) const {
    const std::string prefix = key_of(dir / "");
    std::vector<std::string> names;
    for (auto it = files.lower_bound(prefix); it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const std::string rest = it->first.substr(prefix.size());
        if (rest.find('/') == std::string::npos) names.push_back(rest);
    }
    return names;
}

void MemoryDisk::write(const fs::path& path, std::string_view content) { files[key_of(path)] = std::string(content); }

void MemoryDisk::remove(const fs::path& path) { files.erase(key_of(path)); }

bool MemoryDisk::create(const fs::path& path, std::string_view content) {
    return files.emplace(key_of(path), std::string(content)).second;
}

void Disk::replace_locked(const fs::path& path, const std::function<std::optional<std::string>(std::string_view)>& change,
                          bool dry_run) {
    const std::optional<std::string> next = change(read(path));
    if (next && !dry_run) write(path, *next);
}

void MemoryDisk::append_locked(const fs::path& dir, const std::string& name,
                               const std::function<std::string(std::string_view)>& tail, bool dry_run) {
    const std::string key = key_of(dir / name);
    const auto it = files.find(key);
    const std::string added = tail(it == files.end() ? std::string_view{} : std::string_view(it->second));
    if (!dry_run) files[key] += added;
}

}  // namespace mentor
