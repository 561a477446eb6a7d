#include <catch2/catch.hpp>

#include "mentor/io/output.hpp"

using namespace mentor;

TEST_CASE("json_quote: escapes per RFC 8259, keeps UTF-8") {
    CHECK(json_quote("plain") == "\"plain\"");
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("line\nnext\ttab") == "\"line\\nnext\\ttab\"");
    CHECK(json_quote(std::string("\x01", 1)) == "\"\\u0001\"");
    CHECK(json_quote("José") == "\"José\"");
}

TEST_CASE("json_number: integers without fraction, others trimmed") {
    CHECK(json_number(3) == "3");
    CHECK(json_number(-2) == "-2");
    CHECK(json_number(2.5) == "2.5");
    CHECK(json_number(1.0 / 3.0) == "0.333333");
}

TEST_CASE("JsonWriter: nested pretty output") {
    JsonWriter w;
    w.begin_array();
    w.begin_object();
    w.key("id"); w.value("a");
    w.key("n"); w.value(2);
    w.key("tags"); w.string_array(std::vector<std::string>{"x", "y"});
    w.key("empty"); w.begin_object(); w.end_object();
    w.end_object();
    w.end_array();
    CHECK(w.finish() == "[\n  {\n    \"version\": 1,\n    \"id\": \"a\",\n    \"n\": 2,\n    \"tags\": [\"x\", \"y\"],\n    \"empty\": {}\n  }\n]\n");
}

TEST_CASE("JsonWriter: the format version is the first key of a document, or of each object of a top-level array") {
    JsonWriter top;
    top.begin_object();
    top.key("inner"); top.begin_object(); top.key("list"); top.begin_array(); top.begin_object(); top.end_object(); top.end_array(); top.end_object();
    top.end_object();
    CHECK(top.finish() == "{\n  \"version\": 1,\n  \"inner\": {\n    \"list\": [\n      {}\n    ]\n  }\n}\n");
    JsonWriter empty;
    empty.begin_array();
    empty.end_array();
    CHECK(empty.finish() == "[]\n");
    JsonWriter nested;
    nested.begin_array();
    nested.begin_array(); nested.begin_object(); nested.end_object(); nested.end_array();
    nested.end_array();
    CHECK(nested.finish() == "[\n  [\n    {}\n  ]\n]\n");
}

TEST_CASE("csv_record: quotes only what needs it, CRLF line ends") {
    CHECK(csv_record(std::vector<std::string>{"a", "b c", "d,e", "say \"hi\"", "x\ny"}) ==
          "a,b c,\"d,e\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
}

TEST_CASE("text_table: aligns columns by characters, not bytes") {
    const std::vector<std::string> header{"ID", "NAME", "X"};
    const std::string t = text_table(header, {{"jnunez", "José Núñez", "1"}, {"a", "Ann", ""}});
    CHECK(t == "ID      NAME        X\njnunez  José Núñez  1\na       Ann\n");
}

TEST_CASE("csv_field: a cell a spreadsheet would run as a formula starts with an apostrophe (OWASP)") {
    CHECK(csv_field("=HYPERLINK(\"http://x.example\",\"pay\")") == "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"pay\"\")\"");
    CHECK(csv_field("+1-2") == "'+1-2");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("@SUM(A1:A9)") == "'@SUM(A1:A9)");
    CHECK(csv_field("\t=1") == "'\t=1");
    CHECK(csv_field("\r=1") == "\"'\r=1\"");
    CHECK(csv_field("=1,2") == "\"'=1,2\"");
    // Numbers stay numbers, and a trigger later in the cell is harmless.
    CHECK(csv_field("-12.50") == "-12.50");
    CHECK(csv_field("-3") == "-3");
    CHECK(csv_field("12") == "12");
    CHECK(csv_field("Ana = Smith") == "Ana = Smith");
    CHECK(csv_field("") == "");
    CHECK(is_formula_cell("-"));
}

TEST_CASE("display_width: terminal columns, not code points (libutf8proc)") {
    CHECK(display_width("Ann") == 3);
    CHECK(display_width("") == 0);
    // precomposed é (U+00E9) and e + combining acute (U+0301) take one column each
    CHECK(display_width("Jos\xC3\xA9") == 4);
    CHECK(display_width("Jose\xCC\x81") == 4);
    CHECK(display_width("Nu\xCC\x83n\xCC\x83" "ez") == 5);  // Ñ and ñ decomposed
    // CJK: two columns each
    CHECK(display_width("\xE7\x8E\x8B\xE8\x8A\xB3") == 4);          // 王芳
    CHECK(display_width("\xE3\x81\x95\xE3\x81\x8F\xE3\x82\x89") == 6);  // さくら
    CHECK(display_width("\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80") == 6);  // 김민준 (Hangul syllables)
    // emoji: two columns, with a skin-tone modifier or a joiner still one picture
    CHECK(display_width("\xF0\x9F\x8D\x8E") == 2);                                   // 🍎
    CHECK(display_width("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD") == 2);                   // 👍🏽
    CHECK(display_width("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x8F\xAB") == 2);       // 👩‍🏫
    CHECK(display_width("Ann \xF0\x9F\x8D\x8E") == 6);
}

TEST_CASE("text_table: aligns CJK, emoji, combining marks and precomposed names by display width") {
    const std::vector<std::string> header{"ID", "NAME", "X"};
    const std::string t = text_table(header, {{"wfang", "\xE7\x8E\x8B\xE8\x8A\xB3", "1"},               // 王芳
                                              {"jose", "Jose\xCC\x81 N", "2"},                            // decomposed
                                              {"jose2", "Jos\xC3\xA9 N", "3"},                           // precomposed
                                              {"apple", "Ann \xF0\x9F\x8D\x8E", "4"}});                  // emoji
    CHECK(t == "ID     NAME    X\n"
               "wfang  \xE7\x8E\x8B\xE8\x8A\xB3    1\n"
               "jose   Jose\xCC\x81 N  2\n"
               "jose2  Jos\xC3\xA9 N  3\n"
               "apple  Ann \xF0\x9F\x8D\x8E  4\n");
}
