#include <catch2/catch.hpp>

#include <filesystem>
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
