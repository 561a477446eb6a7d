#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/diagnostic.hpp"

using namespace mentor;

namespace {

Diagnostic diag(std::string file, int line, int col, std::string message, Severity s = Severity::error) {
    return {s, std::move(file), {line, col}, std::move(message), {}};
}

std::vector<std::string> order(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message);
    return out;
}

}  // namespace

TEST_CASE("Diagnostics: error and warning record the file, position, message, hint and severity in order") {
    Diagnostics d("roster.yaml");
    d.error({3, 7}, "bad id", "ids are lowercase");
    d.warning({1, 1}, "unused key");
    REQUIRE(d.items().size() == 2);
    CHECK(d.file() == "roster.yaml");
    CHECK(d.items()[0].severity == Severity::error);
    CHECK(d.items()[0].file == "roster.yaml");
    CHECK(d.items()[0].pos == SourcePos{3, 7});
    CHECK(d.items()[0].message == "bad id");
    CHECK(d.items()[0].hint == "ids are lowercase");
    CHECK(d.items()[1].severity == Severity::warning);
    CHECK(d.items()[1].hint.empty());
}

TEST_CASE("Diagnostics: take hands over the items") {
    Diagnostics d("a");
    d.error({1, 1}, "x");
    const auto taken = d.take();
    CHECK(taken.size() == 1);
    CHECK(taken[0].message == "x");
}

TEST_CASE("has_errors: true only when some diagnostic is an error") {
    CHECK_FALSE(has_errors({}));
    CHECK_FALSE(has_errors({diag("a", 1, 1, "w", Severity::warning), diag("a", 2, 1, "w2", Severity::warning)}));
    CHECK(has_errors({diag("a", 1, 1, "w", Severity::warning), diag("a", 2, 1, "e")}));
    CHECK(has_errors({diag("a", 2, 1, "e")}));
}

TEST_CASE("sort_diagnostics: by file, then line, then column, then message") {
    std::vector<Diagnostic> ds = {
        diag("roster.yaml", 2, 1, "b"), diag("program.toml", 9, 9, "z"), diag("roster.yaml", 10, 1, "a"),
        diag("roster.yaml", 2, 5, "a"), diag("roster.yaml", 2, 1, "a"), diag("pairs.tsv", 0, 0, "whole file"),
    };
    sort_diagnostics(ds);
    CHECK(order(ds) == std::vector<std::string>{"pairs.tsv:0:0 whole file", "program.toml:9:9 z", "roster.yaml:2:1 a",
                                                "roster.yaml:2:1 b", "roster.yaml:2:5 a", "roster.yaml:10:1 a"});
}

TEST_CASE("sort_diagnostics: lines compare as numbers, and equal keys keep their order (stable)") {
    std::vector<Diagnostic> ds = {diag("f", 10, 1, "m"), diag("f", 9, 1, "m"), diag("f", 2, 1, "same", Severity::warning),
                                  diag("f", 2, 1, "same", Severity::error)};
    ds[2].hint = "first";
    ds[3].hint = "second";
    sort_diagnostics(ds);
    CHECK(ds[0].pos.line == 2);
    CHECK(ds[0].hint == "first");
    CHECK(ds[1].hint == "second");
    CHECK(ds[2].pos.line == 9);
    CHECK(ds[3].pos.line == 10);
}
