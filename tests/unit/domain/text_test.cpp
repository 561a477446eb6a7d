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

namespace {

std::string fault_of(std::string_view s, Controls c = Controls::lines) {
    const std::optional<TextFault> f = find_text_fault(s, c);
    return f ? std::to_string(f->offset) + " " + f->message : std::string("clean");
}

}  // namespace

TEST_CASE("find_text_fault: UTF-8 text of every length passes") {
    CHECK(fault_of("") == "clean");
    CHECK(fault_of("Zoë Ørsted, 李, \xF0\x9F\x98\x80, a\tb\r\nc\n") == "clean");
    CHECK(fault_of("\xEF\xBB\xBFpeople:") == "clean");  // a byte order mark is text
    CHECK(fault_of("\xF4\x8F\xBF\xBF") == "clean");      // U+10FFFF, the last code point
}

TEST_CASE("find_text_fault: invalid UTF-8 is found at its first byte") {
    CHECK(fault_of("Ren\xE9 Dupont") == "3 invalid UTF-8 (byte 0xE9)");      // Windows-1252 é
    CHECK(fault_of("ab\xC3") == "2 invalid UTF-8 (byte 0xC3)");              // cut short at the end
    CHECK(fault_of("\xC3(") == "0 invalid UTF-8 (byte 0xC3)");               // no continuation byte
    CHECK(fault_of("a\x80") == "1 invalid UTF-8 (byte 0x80)");               // a stray continuation byte
    CHECK(fault_of("\xC0\xAF") == "0 invalid UTF-8 (byte 0xC0)");            // overlong '/'
    CHECK(fault_of("\xE0\x80\xAF") == "0 invalid UTF-8 (byte 0xE0)");        // overlong, three bytes
    CHECK(fault_of("\xED\xA0\x80") == "0 invalid UTF-8 (byte 0xED)");        // a UTF-16 surrogate
    CHECK(fault_of("\xF4\x90\x80\x80") == "0 invalid UTF-8 (byte 0xF4)");    // above U+10FFFF
    CHECK(fault_of("\xFF") == "0 invalid UTF-8 (byte 0xFF)");
    const auto f = find_text_fault("caf\xE9", Controls::lines);
    REQUIRE(f);
    CHECK(f->hint == "the text looks like Windows-1252 or Latin-1; save it as UTF-8");
    CHECK(fault_of("\xFF\xFEp\0e\0", Controls::lines) == "0 the text is UTF-16, not UTF-8");
}

TEST_CASE("find_text_fault: control characters, by what the text may hold") {
    using namespace std::string_view_literals;
    CHECK(fault_of("a\0b"sv) == "1 a NUL byte");
    CHECK(fault_of("a\x07") == "1 control character U+0007 is not allowed");
    CHECK(fault_of("a\x1B[31m") == "1 control character U+001B is not allowed");
    CHECK(fault_of("a\x7F") == "1 control character U+007F is not allowed");
    CHECK(fault_of("a\xC2\x85") == "1 control character U+0085 is not allowed");  // C1 NEL
    CHECK(fault_of("a\rb") == "1 control character U+000D is not allowed");       // a lone CR
    CHECK(fault_of("a\r\nb\tc\n", Controls::lines) == "clean");
    CHECK(fault_of("a\nb\tc", Controls::newlines) == "clean");
    CHECK(fault_of("a\r\nb", Controls::newlines) == "1 control character U+000D is not allowed");
    CHECK(fault_of("a\tb", Controls::none) == "1 control character U+0009 is not allowed");
    CHECK(fault_of("a\nb", Controls::none) == "1 control character U+000A is not allowed");
    CHECK(fault_of("Zoë", Controls::none) == "clean");
}

TEST_CASE("position_of and char_column: lines from 1, columns in characters") {
    CHECK(position_of("abc", 0) == SourcePos{1, 1});
    CHECK(position_of("abc", 2) == SourcePos{1, 3});
    CHECK(position_of("ab\ncd", 3) == SourcePos{2, 1});
    CHECK(position_of("ab\nZoë \xE9", 8) == SourcePos{2, 5});  // "Zoë " is four characters, five bytes
    CHECK(position_of("a\n\n\nx", 4) == SourcePos{4, 1});
    CHECK(char_column("日本語x", 9) == 4);
    CHECK(char_column("abc", 0) == 1);
}

TEST_CASE("check_file_text: reports the first fault at its line and column") {
    Diagnostics d("roster.yaml");
    CHECK(check_file_text("people:\n  - id: a\n", d));
    CHECK(d.items().empty());
    CHECK_FALSE(check_file_text("people:\n  - name: Andr\xE9\n  - name: \x01\n", d));
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].pos == SourcePos{2, 15});
    CHECK(d.items()[0].message == "invalid UTF-8 (byte 0xE9)");
}
