#include <catch2/catch.hpp>

#include "mentor/domain/text.hpp"

using namespace mentor;

TEST_CASE("fnv1a64: the published test vectors, and hashing on from a previous result") {
    CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
    CHECK(fnv1a64("bar", fnv1a64("foo")) == fnv1a64("foobar"));
}

TEST_CASE("trim: both ends, one end, other characters") {
    CHECK(trim("  a b \t\r\n") == "a b");
    CHECK(trim(" \t\n ").empty());
    CHECK(trim("").empty());
    CHECK(trim("x") == "x");
    CHECK(trim_start("\n\na \n") == "a \n");
    CHECK(trim_end("\n\na \n") == "\n\na");
    CHECK(trim_end("a\t\n", "\n") == "a\t");
    CHECK(trim("--a-b--", "-") == "a-b");
    CHECK(trim_start("   ").empty());
    CHECK(trim_end("   ").empty());
}

TEST_CASE("hex_digit: both cases, and -1 for anything else") {
    CHECK(hex_digit('0') == 0);
    CHECK(hex_digit('9') == 9);
    CHECK(hex_digit('a') == 10);
    CHECK(hex_digit('F') == 15);
    CHECK(hex_digit('g') == -1);
    CHECK(hex_digit(' ') == -1);
}

TEST_CASE("fold_value: case, spacing at the ends and inside; other bytes as written") {
    CHECK(fold_value("Math") == "math");
    CHECK(fold_value("  Social \t Studies ") == "social studies");
    CHECK(fold_value("ELA") == fold_value("ela"));
    CHECK(fold_value("") == "");
    CHECK(fold_value(" \t ") == "");
    CHECK(fold_value("Español") == "español");  // only ASCII letters change case
    CHECK(fold_value("k-2") == "k-2");
}

TEST_CASE("is_folded: true exactly when fold_value changes nothing") {
    for (const char* s : {"math", "social studies", "", "k-2", "español", "Math", " math", "math ", "social  studies",
                          "social\tstudies", " ", "a b c", "A"}) {
        INFO(s);
        CHECK(is_folded(s) == (fold_value(s) == s));
    }
}
