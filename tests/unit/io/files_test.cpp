#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"

using namespace mentor;
namespace fs = std::filesystem;

namespace {
fs::path temp_dir() {
    std::string tmpl = (fs::temp_directory_path() / "mentor-files-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}
}  // namespace

TEST_CASE("write_file_atomic: replaces content whole and leaves no temporary behind") {
    const fs::path dir = temp_dir();
    const fs::path f = dir / "pairs.txt";
    write_file_atomic(f, "one\n");
    CHECK(read_file(f) == "one\n");
    write_file_atomic(f, "two\n");
    CHECK(read_file(f) == "two\n");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic and append_file_atomic: a replaced file keeps its permissions") {
    const fs::path dir = temp_dir();
    const fs::path f = dir / "roster.yaml";
    write_file_atomic(f, "people: []\n");
    fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::group_write);
    write_file_atomic(f, "people: [] # edited\n");
    CHECK((fs::status(f).permissions() & fs::perms::group_write) == fs::perms::group_write);
    CHECK((fs::status(f).permissions() & fs::perms::others_read) == fs::perms::none);
    fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write);
    append_file_atomic(f, "# more\n");
    CHECK((fs::status(f).permissions() & fs::perms::group_read) == fs::perms::none);
    CHECK(read_file(f) == "people: [] # edited\n# more\n");
    fs::remove_all(dir);
}

TEST_CASE("create_file_exclusive: never overwrites") {
    const fs::path dir = temp_dir();
    const fs::path f = dir / "program.toml";
    CHECK(create_file_exclusive(f, "a"));
    CHECK_FALSE(create_file_exclusive(f, "b"));
    CHECK(read_file(f) == "a");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("read_file and write_file_atomic: failures are SystemErrors naming the file") {
    CHECK_THROWS_AS(read_file("/nonexistent/dir/file"), SystemError);
    CHECK_THROWS_WITH(read_file("/nonexistent/dir/file"), Catch::Contains("/nonexistent/dir/file"));
    CHECK_THROWS_AS(write_file_atomic("/nonexistent/dir/file", "x"), SystemError);
}

namespace {
std::size_t entries_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("write_file_atomic: a symbolic link stays a link; the file it points at is replaced") {
    const fs::path dir = temp_dir();
    fs::create_directory(dir / "real");
    write_file_atomic(dir / "real" / "report.csv", "old\n");
    fs::permissions(dir / "real" / "report.csv", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    fs::create_symlink("real/report.csv", dir / "link.csv");
    write_file_atomic(dir / "link.csv", "new\n");
    CHECK(fs::is_symlink(dir / "link.csv"));
    CHECK(read_file(dir / "real" / "report.csv") == "new\n");
    CHECK(fs::status(dir / "real" / "report.csv").permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(entries_in(dir / "real") == 1);
    // A link to nothing is refused, not replaced by a file.
    fs::create_symlink("real/missing.csv", dir / "dangling.csv");
    CHECK_THROWS_WITH(write_file_atomic(dir / "dangling.csv", "x"), Catch::Contains("symbolic link to a file that does not exist"));
    CHECK(fs::is_symlink(dir / "dangling.csv"));
    CHECK_FALSE(fs::exists(dir / "real" / "missing.csv"));
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic: a directory, a named pipe or a link to one is refused, never replaced") {
    const fs::path dir = temp_dir();
    fs::create_directory(dir / "out");
    CHECK_THROWS_WITH(write_file_atomic(dir / "out", "x"), Catch::Contains("it is a directory, not a regular file"));
    CHECK(fs::is_directory(dir / "out"));
    REQUIRE(::mkfifo((dir / "pipe").c_str(), 0600) == 0);
    CHECK_THROWS_WITH(write_file_atomic(dir / "pipe", "x"), Catch::Contains("it is a named pipe"));
    CHECK(fs::is_fifo(dir / "pipe"));
    fs::create_symlink("out", dir / "to-dir");
    CHECK_THROWS_AS(write_file_atomic(dir / "to-dir", "x"), SystemError);
    CHECK(fs::is_symlink(dir / "to-dir"));
    CHECK(entries_in(dir) == 3);  // no temporary left behind
    fs::remove_all(dir);
}

TEST_CASE("write_output_file: a named pipe and a character device are written through and stay what they are") {
    const fs::path dir = temp_dir();
    const fs::path pipe = dir / "out.fifo";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    const pid_t reader = ::fork();
    REQUIRE(reader >= 0);
    if (reader == 0) {
        // The child reads the pipe and exits 0 only when it got the whole text (within 10 s).
        ::alarm(10);
        const std::string got = read_file(pipe);
        ::_exit(got == "a,b\r\n1,2\r\n" ? 0 : 1);
    }
    write_output_file(pipe, "a,b\r\n1,2\r\n");
    int status = 0;
    REQUIRE(::waitpid(reader, &status, 0) == reader);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(fs::is_fifo(pipe));
    // A character device of our own (a null device made where we may: as root), never the
    // system's /dev/null, which a broken build would replace.
    if (::mknod((dir / "null").c_str(), S_IFCHR | 0666, ::makedev(1, 3)) == 0) {
        write_output_file(dir / "null", "nothing\n");
        CHECK(fs::is_character_file(dir / "null"));
        fs::remove(dir / "null");
    }
    // Regular files are replaced atomically, as by write_file_atomic.
    write_output_file(dir / "report.txt", "r\n");
    CHECK(read_file(dir / "report.txt") == "r\n");
    CHECK(entries_in(dir) == 2);
    fs::remove_all(dir);
}

TEST_CASE("copy_contents: a read error or a short source fails instead of copying part of the file") {
    const fs::path dir = temp_dir();
    write_file_atomic(dir / "target", "");
    const int out = ::open((dir / "target").c_str(), O_WRONLY);
    REQUIRE(out >= 0);
    // Reading a directory fails (EISDIR) in the kernel copy and in the fallback alike.
    const int unreadable = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(unreadable >= 0);
    CHECK_THROWS_WITH(copy_contents(unreadable, out, 100, dir / "2026-11.journal"), Catch::Contains("cannot read"));
    ::close(unreadable);
    // A pipe has no in-kernel copy to a file here: the buffer fallback copies it whole...
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const std::string text(5000, 'x');
    REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fds[1]);
    copy_contents(fds[0], out, text.size(), dir / "j");
    ::close(fds[0]);
    CHECK(read_file(dir / "target") == text);
    // ... and a source with fewer bytes than it should have fails.
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::write(fds[1], "abc", 3) == 3);
    ::close(fds[1]);
    CHECK_THROWS_WITH(copy_contents(fds[0], out, 10, dir / "j"), Catch::Contains("shrank"));
    ::close(fds[0]);
    ::close(out);
    fs::remove_all(dir);
}

TEST_CASE("TempFile: removed when dropped, and when the process is interrupted by a signal") {
    const fs::path dir = temp_dir();
    {
        TempFile tmp(dir / "pairs.tsv");
        CHECK(fs::path(tmp.path()).filename().string().rfind(".pairs.tsv.tmp-", 0) == 0);
        tmp.write("half");
        CHECK(entries_in(dir) == 1);
    }
    CHECK(entries_in(dir) == 0);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::signal(sig, SIG_DFL);
            TempFile tmp(dir / "schedule.tsv");
            tmp.write("half a schedule");
            ::raise(sig);
            ::_exit(0);  // not reached
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        INFO(sig);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == sig);
        CHECK(entries_in(dir) == 0);
    }
    fs::remove_all(dir);
}
