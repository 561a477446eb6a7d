#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/journal_file.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail_system(std::string_view what, const fs::path& path, int err) {
    throw SystemError(fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(err)));
}

// An exclusive lock on the journal directory, released when the object (or the process) dies.
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

}  // namespace

Appended append_entry(const ProgramDir& dir, Entry e, bool dry_run) {
    const fs::path jdir = journal_dir(dir);
    const std::string name = journal_file_name(e);
    const fs::path path = jdir / name;
    std::error_code ec;
    if (!dry_run) {
        fs::create_directories(jdir, ec);
        if (ec) throw SystemError(fmt::format("cannot create {}: {}", jdir.string(), ec.message()));
    }
    std::optional<DirLock> lock;
    if (!dry_run) lock.emplace(jdir);

    // The file is looked at in place (mapped, not copied) and then copied by the kernel into
    // its replacement, so an append costs little more than the new line whatever the month holds.
    std::optional<MappedFile> old;
    std::string_view content;
    if (fs::exists(path, ec)) {
        old.emplace(path);
        content = old->view();
    }
    std::string tail;
    if (content.empty()) tail = std::string(journal_header) + "\n";
    else if (content.back() != '\n') tail = "\n";
    if (e.id.empty()) {
        for (std::uint64_t salt = 0;; ++salt) {
            e.id = make_entry_id(e, salt);
            if (content.find(" " + e.id + " ") == std::string_view::npos) break;
        }
    }
    tail += format_entry_line(e);
    if (!dry_run) {
        // Temporary files of writers that were killed before their rename: nobody else can be
        // writing one now, since we hold the lock.
        for (const auto& item : fs::directory_iterator(jdir, ec)) {
            const std::string n = item.path().filename().string();
            if (n.size() > 1 && n[0] == '.' && n.find(".journal.tmp-") != std::string::npos) {
                fs::remove(item.path(), ec);
            }
        }
        old.reset();  // (content is not looked at past this point)
        append_file_atomic(path, tail);
        lock->sync();
    }
    return {e.id, dir.shown("journal/" + name)};
}

}  // namespace mentor
