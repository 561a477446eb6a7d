#include "mentor/io/files.hpp"

#include <cerrno>
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

// Writes everything or fails; on failure the descriptor is closed and `tmp` removed.
void write_all(int fd, std::string_view content, const fs::path& path, const std::string& tmp) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            fail("write", path, err);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

// The name pattern of a temporary sibling of `path` in `dir`: `.NAME.tmp-XXXXXX`.
// (Built by appending: GCC 12 at -O3 warns falsely about "." + string.)
std::string temp_name(const fs::path& dir, const fs::path& path) {
    std::string name = ".";
    name += path.filename().string();
    name += ".tmp-XXXXXX";
    return (dir / name).string();
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

// Writes a temporary sibling of `path` and returns its name; the caller renames or links it.
fs::path write_temp(const fs::path& path, std::string_view content) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string tmpl = temp_name(dir, path);
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) fail("create a temporary file beside", path, errno);
    write_all(fd, content, path, tmpl);
    ::fchmod(fd, mode_for(path));
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpl.c_str());
        fail("flush", path, err);
    }
    ::close(fd);
    return tmpl;
}

}  // namespace

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
    const fs::path tmp = write_temp(path, content);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail("replace", path, err);
    }
}

void append_file_atomic(const fs::path& path, std::string_view tail) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string tmpl = temp_name(dir, path);
    const int out = ::mkstemp(tmpl.data());
    if (out < 0) fail("create a temporary file beside", path, errno);
    auto give_up = [&](std::string_view what, int err) {
        ::close(out);
        ::unlink(tmpl.c_str());
        fail(what, path, err);
    };
    const int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0 && errno != ENOENT) give_up("read", errno);
    if (in >= 0) {
        struct stat st {};
        if (::fstat(in, &st) != 0) {
            const int err = errno;
            ::close(in);
            give_up("read", err);
        }
        auto left = static_cast<std::size_t>(st.st_size);
        while (left > 0) {
            const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, left, 0);
            if (n > 0) {
                left -= static_cast<std::size_t>(n);
                continue;
            }
            if (n < 0 && errno == EINTR) continue;
            if (n == 0) break;  // the file shrank under us: copy what there was
            // No in-kernel copy here (another file system, an old kernel): copy through a buffer.
            char buf[1 << 16];
            ssize_t got;
            while ((got = ::read(in, buf, sizeof buf)) > 0) {
                write_all(out, std::string_view(buf, static_cast<std::size_t>(got)), path, tmpl);
            }
            break;
        }
        ::close(in);
    }
    write_all(out, tail, path, tmpl);
    ::fchmod(out, mode_for(path));
    if (::fsync(out) != 0) give_up("flush", errno);
    ::close(out);
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        fail("replace", path, err);
    }
}

bool create_file_exclusive(const fs::path& path, std::string_view content) {
    const fs::path tmp = write_temp(path, content);
    // link() fails when the target exists, so an existing file is never replaced.
    if (::link(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        if (err == EEXIST) return false;
        fail("create", path, err);
    }
    ::unlink(tmp.c_str());
    return true;
}

}  // namespace mentor
