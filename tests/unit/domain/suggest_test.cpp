#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "mentor/domain/suggest.hpp"

using namespace mentor;

TEST_CASE("edit_distance: classic cases") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("subject", "subjects") == 1);
    CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("closest_match: suggests near typos only, first candidate on ties") {
    constexpr std::array<std::string_view, 4> keys{"subjects", "school", "supervisor", "survey"};
    CHECK(closest_match("subjcts", keys) == "subjects");
    CHECK(closest_match("schol", keys) == "school");
    CHECK(closest_match("supervisr", keys) == "supervisor");
    CHECK(closest_match("xyz", keys).empty());
    CHECK(closest_match("colour", keys).empty());
    constexpr std::array<std::string_view, 2> tie{"ab", "ac"};
    CHECK(closest_match("aa", tie) == "ab");
}

// The early exits (length gap, a row above the bound) must never change the answer: compare
// with the plain definition on random words over a small alphabet, where near misses abound.
TEST_CASE("closest_match: the same answer as the full edit distance on random words") {
    std::uint64_t state = 7;
    auto next = [&](std::size_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(state >> 33) % n;
    };
    auto word = [&] {
        std::string w(1 + next(9), 'a');
        for (char& c : w) c = static_cast<char>('a' + next(3));
        return w;
    };
    for (int round = 0; round < 300; ++round) {
        std::vector<std::string> words;
        for (int i = 0; i < 40; ++i) words.push_back(word());
        const std::vector<std::string_view> candidates(words.begin(), words.end());
        const std::string w = word();
        const std::size_t limit = std::max<std::size_t>(1, (w.size() + 2) / 3);
        std::string want;
        std::size_t best = limit + 1;
        for (std::string_view c : candidates) {
            if (const std::size_t d = edit_distance(w, c); d < best) {
                best = d;
                want = std::string(c);
            }
        }
        INFO(w);
        REQUIRE(closest_match(w, candidates) == want);
    }
}
