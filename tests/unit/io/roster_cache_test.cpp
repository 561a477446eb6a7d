#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "mentor/io/files.hpp"
#include "mentor/io/roster_cache.hpp"

using namespace mentor;
namespace fs = std::filesystem;

namespace {

std::string example_roster() { return read_file(fs::path(MENTOR_SOURCE_DIR) / "examples/school/roster.yaml"); }

// The example roster repeated under new ids until it passes the cache threshold.
std::string big_roster() {
    const std::string one = example_roster();
    const std::size_t people = one.find("people:\n");
    std::string out = one.substr(0, people + 8);
    const std::string body = one.substr(people + 8);
    for (int copy = 0; out.size() < roster_cache_threshold + 1000; ++copy) {
        std::string b = body;
        // Give every id (and every reference) a suffix, so the copies are distinct people.
        std::string renamed;
        std::size_t at = 0;
        while (at < b.size()) {
            const std::size_t nl = std::min(b.find('\n', at), b.size());
            std::string line = b.substr(at, nl - at);
            const std::size_t id = line.find("- id: ");
            if (id != std::string::npos) line += "x" + std::to_string(copy);
            renamed += line + "\n";
            at = nl + 1;
        }
        out += renamed;
    }
    return out;
}

fs::path temp_dir() {
    std::string tmpl = (fs::temp_directory_path() / "mentor-cache-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}

}  // namespace

TEST_CASE("encode_roster_cache: every person and diagnostic comes back equal") {
    const ParsedRoster parsed = parse_roster(example_roster(), "roster.yaml");
    REQUIRE(parsed.roster.people.size() == 49);
    const std::uint64_t key = 0x1234;
    const std::optional<ParsedRoster> back = decode_roster_cache(encode_roster_cache(parsed, key), key);
    REQUIRE(back);
    CHECK(back->roster.source == parsed.roster.source);
    CHECK(back->roster.people == parsed.roster.people);
    REQUIRE(back->diagnostics.size() == parsed.diagnostics.size());
    for (std::size_t i = 0; i < parsed.diagnostics.size(); ++i) {
        CHECK(back->diagnostics[i].message == parsed.diagnostics[i].message);
        CHECK(back->diagnostics[i].pos == parsed.diagnostics[i].pos);
    }
}

TEST_CASE("decode_roster_cache: another key, a truncated or damaged file is a miss, never a crash") {
    const ParsedRoster parsed = parse_roster(example_roster(), "roster.yaml");
    const std::uint64_t key = 0x1234;
    const std::string bytes = encode_roster_cache(parsed, key);
    CHECK_FALSE(decode_roster_cache(bytes, key + 1));
    for (std::size_t cut = 0; cut < bytes.size(); cut += 97) {
        CHECK_FALSE(decode_roster_cache(std::string_view(bytes).substr(0, cut), key));
    }
    std::string damaged = bytes;
    for (std::size_t i = 40; i < damaged.size(); i += 131) {
        damaged[i] = static_cast<char>(damaged[i] ^ 0xff);
        (void)decode_roster_cache(damaged, key);  // a miss or some roster: never out of bounds
    }
}

TEST_CASE("decode_roster_cache: a change to any one byte is a miss (the checksum), not a changed roster") {
    const ParsedRoster parsed = parse_roster(example_roster(), "roster.yaml");
    const std::uint64_t key = 0x1234;
    const std::string bytes = encode_roster_cache(parsed, key);
    REQUIRE(decode_roster_cache(bytes, key));
    // A name changed by one letter decodes cleanly without the checksum: the case that matters.
    std::string renamed = bytes;
    const std::size_t at = renamed.find(parsed.roster.people.at(3).name);
    REQUIRE(at != std::string::npos);
    renamed[at] = static_cast<char>(renamed[at] ^ 0x20);
    CHECK_FALSE(decode_roster_cache(renamed, key));
    for (std::size_t i = 0; i < bytes.size(); i += 7) {
        std::string damaged = bytes;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
        INFO(i);
        CHECK_FALSE(decode_roster_cache(damaged, key));
    }
}

TEST_CASE("roster cache: a large roster is cached, reused, and missed once the file changes") {
    const fs::path dir = temp_dir();
    const fs::path roster = dir / "roster.yaml";
    const fs::path cache = dir / ".mentor" / "roster.cache";
    std::string text = big_roster();
    write_file_atomic(roster, text);
    const std::optional<std::uint64_t> key = roster_cache_key(roster, "roster.yaml");
    REQUIRE(key);
    CHECK(roster_cache_key(roster, "school/roster.yaml") != key);
    CHECK_FALSE(read_roster_cache(cache, *key));
    const ParsedRoster parsed = parse_roster(text, "roster.yaml");
    write_roster_cache(cache, *key, parsed);
    const std::optional<ParsedRoster> hit = read_roster_cache(cache, *key);
    REQUIRE(hit);
    CHECK(hit->roster.people == parsed.roster.people);
    // Any write to the roster (even of the same size) gives another key.
    text[text.find("name: ") + 6] = 'X';
    write_file_atomic(roster, text);
    const std::optional<std::uint64_t> changed = roster_cache_key(roster, "roster.yaml");
    REQUIRE(changed);
    CHECK(*changed != *key);
    CHECK_FALSE(read_roster_cache(cache, *changed));
    // A damaged cache file is a miss.
    write_file_atomic(cache, "mentor roster cache 2\ngarbage");
    CHECK_FALSE(read_roster_cache(cache, *key));
    // So is one whose bytes were changed in place, a person's name for instance.
    write_roster_cache(cache, *key, parsed);
    REQUIRE(read_roster_cache(cache, *key));
    std::string cached = read_file(cache);
    const std::size_t name_at = cached.find(parsed.roster.people.at(1).name);
    REQUIRE(name_at != std::string::npos);
    cached[name_at] = static_cast<char>(cached[name_at] ^ 0x20);
    write_file_atomic(cache, cached);
    CHECK_FALSE(read_roster_cache(cache, *key));
    // A small roster has no key: it is never cached.
    write_file_atomic(dir / "small.yaml", example_roster());
    CHECK_FALSE(roster_cache_key(dir / "small.yaml", "roster.yaml"));
    fs::remove_all(dir);
}
