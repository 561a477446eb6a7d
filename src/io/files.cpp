#include "mentor/io/files.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "mentor/io/error.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(std::string_view what, const fs::path& path, int err) {
    throw SystemError(fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(err)));
}

// ---- temporary files, removed on every way out ----------------------------------------------
//
// The names of the temporary files a write has open, kept where a signal handler can read them
// (fixed arrays, no allocation): SIGINT, SIGTERM, SIGHUP or SIGQUIT removes them before the
// process dies as the signal says. Only SIGKILL (and a power cut) can leave one behind; the
// `.gitignore` that `mentor init` writes ignores the name pattern.

constexpr int max_temps = 4;
char temp_names[max_temps][PATH_MAX];
volatile std::sig_atomic_t temp_live[max_temps];
constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void remove_temps_and_die(int sig) {
    for (int i = 0; i < max_temps; ++i) {
        if (temp_live[i]) ::unlink(temp_names[i]);
    }
    // The handler was installed with SA_RESETHAND | SA_NODEFER: this ends the process as the
    // signal would have without the handler.
    ::raise(sig);
}

// Installs the handler for signals whose action is the default (one that the caller set to be
// ignored, as nohup does, stays ignored; one with a handler keeps it).
void install_cleanup_handlers() {
    for (int sig : cleanup_signals) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue;
        struct sigaction act {};
        act.sa_handler = remove_temps_and_die;
        sigemptyset(&act.sa_mask);
        act.sa_flags = static_cast<int>(SA_RESETHAND | SA_NODEFER);
        ::sigaction(sig, &act, nullptr);
    }
}

// Writes everything or fails with errno set.
bool write_fully(int fd, std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

// The permissions a replacement of `path` gets: those of the file it replaces, so that a
// group-writable roster stays group-writable; for a new file, those of a file a person
// creates (0666 less the umask; mkstemp would make it 0600).
mode_t mode_for(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

std::string_view kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a named pipe";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

[[noreturn]] void refuse(const fs::path& path, mode_t mode) {
    throw SystemError(fmt::format("cannot write {}: it is {}, not a regular file", path.string(), kind_of(mode)),
                      "name a regular file, or a path where none exists yet");
}

// Where a replacement of `path` goes: `path` itself when it is a regular file or nothing, the
// file a symbolic link points at when it is a link (so the link stays a link). Anything else
// (a directory, a device, a pipe, a socket, a link to nothing) is refused, never replaced.
fs::path replacement_target(const fs::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return path;
        fail("examine", path, errno);
    }
    if (S_ISREG(st.st_mode)) return path;
    if (!S_ISLNK(st.st_mode)) refuse(path, st.st_mode);
    char* real = ::realpath(path.c_str(), nullptr);
    if (real == nullptr) {
        if (errno == ENOENT) {
            throw SystemError(fmt::format("cannot write {}: it is a symbolic link to a file that does not exist",
                                          path.string()),
                              "create the file it points at first, or remove the link");
        }
        fail("examine", path, errno);
    }
    const fs::path target = real;
    std::free(real);
    if (::stat(target.c_str(), &st) != 0) fail("examine", target, errno);
    if (!S_ISREG(st.st_mode)) refuse(path, st.st_mode);
    return target;
}

}  // namespace

TempFile::TempFile(const fs::path& beside) : target_(beside) {
    const fs::path dir = beside.has_parent_path() ? beside.parent_path() : fs::path(".");
    std::string name = ".";
    name += beside.filename().string();
    name += temp_suffix;
    name += "XXXXXX";
    std::string tmpl = (dir / name).string();
    install_cleanup_handlers();
    for (int i = 0; i < max_temps && slot_ < 0; ++i) {
        if (!temp_live[i] && tmpl.size() < PATH_MAX) slot_ = i;
    }
    if (slot_ >= 0) {
        // mkstemp fills in the name where the signal handler reads it, so that a signal at any
        // moment finds the file once it exists.
        char* name_at = temp_names[slot_];
        std::memcpy(name_at, tmpl.c_str(), tmpl.size() + 1);
        temp_live[slot_] = 1;
        fd_ = ::mkostemp(name_at, O_CLOEXEC);
        tmpl = name_at;
    } else {
        fd_ = ::mkostemp(tmpl.data(), O_CLOEXEC);
    }
    if (fd_ < 0) {
        const int err = errno;
        if (slot_ >= 0) temp_live[slot_] = 0;
        slot_ = -1;
        kept_ = true;  // nothing to remove
        fail("create a temporary file beside", beside, err);
    }
    path_ = tmpl;
}

TempFile::~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(path_.c_str());
    if (slot_ >= 0) temp_live[slot_] = 0;
}

void TempFile::write(std::string_view content) {
    if (!write_fully(fd_, content)) fail("write", target_, errno);
}

void TempFile::finish(mode_t mode) {
    ::fchmod(fd_, mode);
    if (::fsync(fd_) != 0) fail("flush", target_, errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("write", target_, errno);
}

void TempFile::rename_to(const fs::path& path) {
    if (::rename(path_.c_str(), path.c_str()) != 0) fail("replace", path, errno);
    kept_ = true;
    if (slot_ >= 0) temp_live[slot_] = 0;  // the name is the target's now: never to be removed
    slot_ = -1;
}

std::string read_file(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("read", path, errno);
    std::string out;
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            fail("read", path, err);
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
}

MappedFile::MappedFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("read", path, errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        fail("read", path, err);
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            fail("read", path, err);
        }
        data_ = static_cast<const char*>(p);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

void write_file_atomic(const fs::path& path, std::string_view content) {
    const fs::path target = replacement_target(path);
    TempFile tmp(target);
    tmp.write(content);
    tmp.finish(mode_for(target));
    tmp.rename_to(target);
}

void write_output_file(const fs::path& path, std::string_view content) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
        // A pipe or a terminal, /dev/null, /dev/stdout: written through, never replaced.
        const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) fail("write", path, errno);
        const bool ok = write_fully(fd, content);
        const int err = errno;
        if (::close(fd) != 0 && ok) fail("write", path, errno);
        if (!ok) fail("write", path, err);
        return;
    }
    write_file_atomic(path, content);
}

void copy_contents(int from, int to, std::size_t size, const fs::path& path) {
    std::size_t left = size;
    while (left > 0) {
        const ssize_t n = ::copy_file_range(from, nullptr, to, nullptr, left, 0);
        if (n > 0) {
            left -= static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) break;
        // No in-kernel copy here (another file system, an old kernel): copy through a buffer.
        char buf[1 << 16];
        while (left > 0) {
            const ssize_t got = ::read(from, buf, std::min(left, sizeof buf));
            if (got < 0) {
                if (errno == EINTR) continue;
                fail("read", path, errno);
            }
            if (got == 0) break;
            if (!write_fully(to, std::string_view(buf, static_cast<std::size_t>(got)))) fail("write", path, errno);
            left -= static_cast<std::size_t>(got);
        }
        break;
    }
    // Fewer bytes than the file had: it changed under us. Better no append than a shorter file.
    if (left > 0) {
        throw SystemError(fmt::format("cannot read {}: it shrank while being copied", path.string()),
                          "nothing was written; run the command again");
    }
}

void append_file_atomic(const fs::path& path, std::string_view tail) {
    TempFile tmp(path);
    const int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0 && errno != ENOENT) fail("read", path, errno);
    if (in >= 0) {
        struct stat st {};
        if (::fstat(in, &st) != 0) {
            const int err = errno;
            ::close(in);
            fail("read", path, err);
        }
        try {
            copy_contents(in, tmp.fd(), static_cast<std::size_t>(st.st_size), path);
        } catch (...) {
            ::close(in);
            throw;
        }
        ::close(in);
    }
    tmp.write(tail);
    tmp.finish(mode_for(path));
    tmp.rename_to(path);
}

bool create_file_exclusive(const fs::path& path, std::string_view content) {
    TempFile tmp(path);
    tmp.write(content);
    tmp.finish(mode_for(path));
    // link() fails when the target exists, so an existing file is never replaced.
    if (::link(tmp.path().c_str(), path.c_str()) != 0) {
        if (errno == EEXIST) return false;
        fail("create", path, errno);
    }
    return true;
}

}  // namespace mentor
