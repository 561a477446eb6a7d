#include <catch2/catch.hpp>

#include "mentor/domain/entry_plan.hpp"

using namespace mentor;

TEST_CASE("entry_text_refusal: UTF-8 text with line breaks and tabs is an entry's text") {
    CHECK_FALSE(entry_text_refusal("Zoë came early.\n\n\tTwo paragraphs.\r\nThird."));
    CHECK_FALSE(entry_text_refusal(""));
}

TEST_CASE("entry_text_refusal: invalid UTF-8 and control characters, located in the text") {
    const std::optional<Refusal> latin1 = entry_text_refusal("Zoë's caf\xE9");
    REQUIRE(latin1);
    CHECK(latin1->message == "the entry's text: invalid UTF-8 (byte 0xE9) (at character 10)");
    const std::optional<Refusal> escape = entry_text_refusal("red \x1b[31mtext");
    REQUIRE(escape);
    CHECK(escape->message == "the entry's text: control character U+001B is not allowed (at character 5)");
    CHECK(entry_text_refusal("a\rb"));
    CHECK(entry_text_refusal(std::string_view("a\0b", 3)));
}
