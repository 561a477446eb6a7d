#include <catch2/catch.hpp>

#include <array>

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
