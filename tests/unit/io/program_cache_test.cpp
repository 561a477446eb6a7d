#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "mentor/io/program_cache.hpp"
#include "mentor/io/roster_cache.hpp"
#include "mentor/io/store.hpp"

using namespace mentor;

namespace {

constexpr const char* config = R"(
[program]
id = "p"
name = "P"
[term]
start = 2026-08-24
end = 2027-06-11
)";

// A roster past the cache threshold: a few people and a long comment. `twice` gives one id to
// two people (an error validate_roster finds).
std::string big_roster(bool twice) {
    std::string out = "# " + std::string(roster_cache_threshold, 'x') + "\npeople:\n";
    for (int i = 0; i < 40; ++i) {
        out += fmt::format("  - id: m{}\n    name: Mentor {}\n    roles: [mentor]\n    trained: 2026-08-01\n", i, i);
        out += fmt::format("  - id: {}\n    name: Mentee {}\n    roles: [mentee]\n", twice && i == 3 ? "m3" : "e" + std::to_string(i), i);
    }
    return out;
}

ProgramStore store_of(const std::map<std::string, std::string>& files, MemoryDisk** disk_out = nullptr) {
    auto disk = std::make_unique<MemoryDisk>();
    for (const auto& [name, text] : files) disk->files["/p/" + name] = text;
    if (disk_out) *disk_out = disk.get();
    return ProgramStore(ProgramDir{"/p", "."}, std::move(disk));
}

std::vector<std::string> shown(const std::vector<Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags) out.push_back(fmt::format("{}:{}:{}: {} [{}]", d.file, d.pos.line, d.pos.col, d.message, d.hint));
    return out;
}

}  // namespace

TEST_CASE("encode_program_checks: what is kept comes back; another key or a damaged file is a miss") {
    ProgramChecks c;
    c.roster.push_back({Severity::error, "roster.yaml", {3, 7}, "id 'x' is used twice", "give one another id"});
    c.pairs = std::vector<Diagnostic>{{Severity::warning, "pairs.tsv", {2, 1}, "a warning", ""}};
    const std::string bytes = encode_program_checks(c, 42);
    const std::optional<ProgramChecks> back = decode_program_checks(bytes, 42);
    REQUIRE(back);
    CHECK(shown(back->roster) == shown(c.roster));
    REQUIRE(back->pairs);
    CHECK(shown(*back->pairs) == shown(*c.pairs));
    CHECK_FALSE(decode_program_checks(bytes, 43));
    for (std::size_t cut = 0; cut < bytes.size(); cut += 7) CHECK_FALSE(decode_program_checks(bytes.substr(0, cut), 42));
    for (std::size_t at = 0; at < bytes.size(); at += 5) {
        std::string damaged = bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
        CHECK_FALSE(decode_program_checks(damaged, 42));
    }
}

TEST_CASE("loaded: a large program's checks are kept, reused while its files are unchanged, and redone when one changes") {
    for (const bool twice : {false, true}) {
        const std::map<std::string, std::string> files = {{"program.toml", config}, {"roster.yaml", big_roster(twice)},
                                                          {"pairs.tsv", "# mentor pairs v1\n"}};
        MemoryDisk* disk = nullptr;
        ProgramStore first = store_of(files, &disk);
        const std::vector<std::string> expected = shown(first.loaded().diagnostics);
        CHECK(has_errors(first.loaded().diagnostics) == twice);
        REQUIRE(disk->files.count("/p/.mentor/program.cache") == 1);
        const std::map<std::string, std::string> after = disk->files;

        // The same files: the kept checks, the same problems.
        ProgramStore second = store_of({}, &disk);
        disk->files = after;
        CHECK(shown(second.loaded().diagnostics) == expected);

        // The cache is what is used: a problem planted in it under the files' key shows.
        ProgramChecks planted;
        planted.roster.push_back({Severity::warning, "roster.yaml", {1, 1}, "planted", ""});
        const std::uint64_t key = program_checks_key(second.shown("program.toml"), config, second.shown("roster.yaml"),
                                                     disk->identity("/p/roster.yaml")->key, second.shown("pairs.tsv"),
                                                     files.at("pairs.tsv"), {});
        std::map<std::string, std::string> with_plant = after;
        with_plant["/p/.mentor/program.cache"] = encode_program_checks(planted, key);
        ProgramStore third = store_of({}, &disk);
        disk->files = with_plant;
        const auto got = shown(third.loaded().diagnostics);
        CHECK(std::count(got.begin(), got.end(), "roster.yaml:1:1: planted []") == 1);

        // Any input changed (here pairs.tsv, by a comment): checked afresh.
        std::map<std::string, std::string> changed = with_plant;
        changed["/p/pairs.tsv"] += "# a comment\n";
        ProgramStore fourth = store_of({}, &disk);
        disk->files = changed;
        CHECK(shown(fourth.loaded().diagnostics) == expected);
    }
}

TEST_CASE("loaded: a small roster leaves no program cache behind") {
    MemoryDisk* disk = nullptr;
    ProgramStore store = store_of({{"program.toml", config}, {"roster.yaml", "people:\n  - id: a\n    name: A\n    roles: [mentee]\n"}}, &disk);
    store.loaded();
    CHECK(disk->files.count("/p/.mentor/program.cache") == 0);
}
