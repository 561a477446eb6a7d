// Secret key files: outside the program directory, mode 0600, never followed through a link.
#include "mentor/io/key_files.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

PrivateFile read_private_file(const fs::path& path) {
    PrivateFile out;
    Fd f{::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)};
    if (f.fd < 0) {
        if (errno == ENOENT) return out;
        fail("open", path, errno);
    }
    struct stat st {};
    if (::fstat(f.fd, &st) != 0) fail("read", path, errno);
    if (!S_ISREG(st.st_mode)) throw SystemError(fmt::format("{} is not a regular file", path.string()));
    out.exists = true;
    out.mode = st.st_mode & 07777;
    if (out.loose()) return out;
    if (st.st_size > 4096) throw SystemError(fmt::format("{} is too large for a key file", path.string()));
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(f.fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("read", path, errno);
        }
        if (n == 0) break;
        out.content.append(buf, static_cast<std::size_t>(n));
        if (out.content.size() > 4096) throw SystemError(fmt::format("{} is too large for a key file", path.string()));
    }
    return out;
}

bool write_private_file(const fs::path& path, std::string_view content, bool replace) {
    const fs::path dir = path.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec) throw SystemError(fmt::format("cannot create {}: {}", dir.string(), ec.message()));
        fs::permissions(dir, fs::perms::owner_all, ec);
    }
    if (!replace && fs::exists(fs::symlink_status(path, ec))) return false;
    const fs::path tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
    {
        Fd f{::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)};
        if (f.fd < 0) fail("create", tmp, errno);
        std::size_t at = 0;
        while (at < content.size()) {
            const ssize_t n = ::write(f.fd, content.data() + at, content.size() - at);
            if (n < 0) {
                if (errno == EINTR) continue;
                const int err = errno;
                ::unlink(tmp.c_str());
                fail("write", tmp, err);
            }
            at += static_cast<std::size_t>(n);
        }
        if (::fsync(f.fd) != 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            fail("write", tmp, err);
        }
    }
    if (!replace) {
        // link() fails when the target exists: two `key init`s at once keep the first key.
        if (::link(tmp.c_str(), path.c_str()) != 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            if (err == EEXIST) return false;
            fail("create", path, err);
        }
        ::unlink(tmp.c_str());
        return true;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        fail("write", path, err);
    }
    return true;
}

}  // namespace mentor
