#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "mentor/io/tsv.hpp"

using namespace mentor;

namespace {

const TsvFormat format{"# mentor things v1", "a thing", 3, "name, size, colour", "this is not a things file",
                       "the things file is empty", "write it again"};

struct Read {
    bool ok = false;
    std::vector<TsvRecord> records;
    std::vector<Diagnostic> diagnostics;
};

Read read(std::string_view text, const TsvFormat& f = format) {
    Read out;
    Diagnostics d("things.tsv");
    out.ok = read_tsv(text, f, d, [&](const TsvRecord& r) { out.records.push_back(r); });
    out.diagnostics = d.take();
    return out;
}

}  // namespace

TEST_CASE("read_tsv: records after the header, comments and blank lines skipped") {
    const Read r = read("# mentor things v1\n# name\tsize\tcolour\n\na\t1\tred\r\nb\t\t\n");
    CHECK(r.ok);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].line == 4);
    CHECK(r.records[0].fields == std::vector<std::string_view>{"a", "1", "red"});
    CHECK(r.records[1].line == 5);
    CHECK(r.records[1].fields == std::vector<std::string_view>{"b", "", ""});
    CHECK(r.records[0].column(0) == 1);
    CHECK(r.records[0].column(2) == 5);
}

TEST_CASE("read_tsv: a wrong header is located at 1:1 and ends the reading") {
    const Read other = read("# mentor things v2\na\t1\tred\n");
    CHECK_FALSE(other.ok);
    CHECK(other.records.empty());
    REQUIRE(other.diagnostics.size() == 1);
    CHECK(other.diagnostics[0].file == "things.tsv");
    CHECK(other.diagnostics[0].pos.line == 1);
    CHECK(other.diagnostics[0].pos.col == 1);
    CHECK(other.diagnostics[0].message == "the first line must be '# mentor things v1'");
    CHECK(other.diagnostics[0].hint == "this file was written by another version of mentor");

    const Read foreign = read("name,size\n");
    REQUIRE(foreign.diagnostics.size() == 1);
    CHECK(foreign.diagnostics[0].hint == "this is not a things file");
}

TEST_CASE("read_tsv: an empty file is an error only when the format says so") {
    const Read empty = read("");
    CHECK_FALSE(empty.ok);
    REQUIRE(empty.diagnostics.size() == 1);
    CHECK(empty.diagnostics[0].message == "the things file is empty");
    TsvFormat quiet = format;
    quiet.empty_message = {};
    CHECK(read("", quiet).diagnostics.empty());
}

TEST_CASE("read_tsv: a line with another field count is reported at its line and skipped") {
    const Read r = read("# mentor things v1\na\t1\nb\t2\tblue\nc\t3\tred\textra\n");
    CHECK(r.ok);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].line == 3);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].pos.line == 2);
    CHECK(r.diagnostics[0].pos.col == 1);
    CHECK(r.diagnostics[0].severity == Severity::error);
    CHECK(r.diagnostics[0].message == "a thing has 3 tab-separated fields, this line has 2");
    CHECK(r.diagnostics[0].hint == "name, size, colour");
    CHECK(r.diagnostics[1].pos.line == 4);
    CHECK(r.diagnostics[1].message == "a thing has 3 tab-separated fields, this line has 4");

    TsvFormat lenient = format;
    lenient.bad_count_is_error = false;
    const Read w = read("# mentor things v1\na\t1\n", lenient);
    REQUIRE(w.diagnostics.size() == 1);
    CHECK(w.diagnostics[0].severity == Severity::warning);
}
