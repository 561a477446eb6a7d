#include <catch2/catch.hpp>

#include "mentor/io/csv.hpp"

using namespace mentor;

namespace {
CsvTable parse(std::string_view text, Diagnostics& d) { return parse_csv(text, d); }
}  // namespace

TEST_CASE("parse_csv: quoted fields with commas, quotes and newlines; CRLF; BOM; UTF-8") {
    Diagnostics d("staff.csv");
    const auto t = parse("\xEF\xBB\xBFName,Email,Notes\r\n"
                         "\"Núñez, José\",jnunez@example.org,\"said \"\"hola\"\"\"\r\n"
                         "Zoë Park,zpark@example.org,\"two\nlines\"\r\n",
                         d);
    CHECK(d.items().empty());
    CHECK(t.header == std::vector<std::string>{"Name", "Email", "Notes"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].fields == std::vector<std::string>{"Núñez, José", "jnunez@example.org", "said \"hola\""});
    CHECK(t.rows[1].fields == std::vector<std::string>{"Zoë Park", "zpark@example.org", "two\nlines"});
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[0].pos[1] == SourcePos{2, 15});
}

TEST_CASE("parse_csv: short rows are padded, blank lines skipped, missing final newline is fine") {
    Diagnostics d("staff.csv");
    const auto t = parse("a,b,c\n\n1,2\n4,5,6", d);
    CHECK(d.items().empty());
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].fields == std::vector<std::string>{"1", "2", ""});
    CHECK(t.rows[1].fields == std::vector<std::string>{"4", "5", "6"});
    CHECK(t.rows[1].line == 4);
}

TEST_CASE("parse_csv: semicolon and tab exports are detected from the header") {
    Diagnostics d("staff.csv");
    CHECK(parse("name;email\nA;a@x.org\n", d).rows.at(0).fields == std::vector<std::string>{"A", "a@x.org"});
    CHECK(parse("name\temail\nA\ta@x.org\n", d).rows.at(0).fields == std::vector<std::string>{"A", "a@x.org"});
    CHECK(d.items().empty());
}

TEST_CASE("parse_csv: problems are located") {
    Diagnostics d("staff.csv");
    parse("a,b\n1,\"open\n2,3\n", d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].message == "this quoted CSV field is never closed");
    CHECK(d.items()[0].pos == SourcePos{2, 3});

    Diagnostics d2("staff.csv");
    const auto t = parse("a,b\n1,2,3\n", d2);
    REQUIRE(d2.items().size() == 1);
    CHECK(d2.items()[0].message == "this row has 3 fields, the header has 2");
    CHECK(d2.items()[0].pos == SourcePos{2, 5});
    CHECK(t.rows.empty());

    Diagnostics d3("staff.csv");
    parse("", d3);
    CHECK(d3.items().at(0).message == "the CSV file is empty");
}

TEST_CASE("parse_csv: a Windows-1252 export is refused at its first non-UTF-8 byte, with a hint") {
    Diagnostics d("staff.csv");
    const auto t = parse("Name,Email\nZo\xEB Park,zpark@example.org\nRen\xE9,r@example.org\n", d);
    CHECK(t.rows.empty());
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].pos == SourcePos{2, 3});
    CHECK(d.items()[0].message == "invalid UTF-8 (byte 0xEB)");
    CHECK(d.items()[0].hint == "the text looks like Windows-1252 or Latin-1; save it as UTF-8");
}

TEST_CASE("parse_csv: NUL bytes, UTF-16 and control characters are refused") {
    Diagnostics nul("staff.csv");
    parse(std::string("Name\nA\0B\n", 10), nul);
    REQUIRE(nul.items().size() == 1);
    CHECK(nul.items()[0].message == "a NUL byte");
    Diagnostics utf16("staff.csv");
    parse(std::string("\xFF\xFEN\0a\0", 6), utf16);
    REQUIRE(utf16.items().size() == 1);
    CHECK(utf16.items()[0].message == "the text is UTF-16, not UTF-8");
    Diagnostics bell("staff.csv");
    parse("Name\n\"A\x07\"\n", bell);
    REQUIRE(bell.items().size() == 1);
    CHECK(bell.items()[0].pos == SourcePos{2, 3});
}
