#include <catch2/catch.hpp>

#include <algorithm>

#include "builders.hpp"
#include "mentor/domain/journal.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Entry checkin(std::string id, int line, std::vector<std::string> supersedes = {}) {
    Entry e;
    e.id = std::move(id);
    e.date = day("2026-11-17");
    e.kind = EntryKind::check_in;
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.minutes = 30;
    e.is_private = true;
    e.text = "notes";
    e.supersedes = std::move(supersedes);
    e.file = "journal/2026-11.journal";
    e.line = line;
    e.cols.id = 12;
    e.cols.by = 35;
    e.cols.supersedes = 50;
    return e;
}

std::vector<std::string> ids(const std::vector<Entry>& entries) {
    std::vector<std::string> out;
    for (const Entry& e : entries) out.push_back(e.id);
    return out;
}

bool no_coordinator(std::string_view) { return false; }

}  // namespace

TEST_CASE("keep_current_versions: a chain of corrections leaves its last version, in place") {
    std::vector<Entry> entries = {checkin("a1", 2), checkin("other", 3), checkin("b2", 4, {"a1"}),
                                  checkin("c3", 5, {"b2"})};
    entries[1].mentee = "bcho";
    keep_current_versions(entries);
    CHECK(ids(entries) == std::vector<std::string>{"other", "c3"});
}

TEST_CASE("keep_current_versions: a journal without corrections is unchanged") {
    std::vector<Entry> entries = {checkin("a1", 2), checkin("b2", 3)};
    const std::vector<Entry> before = entries;
    keep_current_versions(entries);
    CHECK(entries == before);
}

TEST_CASE("keep_current_versions: a fork keeps one version, the greater id, whatever the line order") {
    std::vector<Entry> one = {checkin("a1", 2), checkin("x9", 3, {"a1"}), checkin("m5", 4, {"a1"})};
    std::vector<Entry> two = {checkin("m5", 2, {"a1"}), checkin("a1", 3), checkin("x9", 4, {"a1"})};
    keep_current_versions(one);
    keep_current_versions(two);
    CHECK(ids(one) == std::vector<std::string>{"x9"});
    CHECK(ids(two) == std::vector<std::string>{"x9"});
    // A correction of both branches joins them again.
    std::vector<Entry> joined = {checkin("a1", 2), checkin("x9", 3, {"a1"}), checkin("m5", 4, {"a1"}),
                                 checkin("d4", 5, {"m5", "x9"})};
    keep_current_versions(joined);
    CHECK(ids(joined) == std::vector<std::string>{"d4"});
}

TEST_CASE("keep_current_versions: a correction of an entry not read stays, a cycle keeps one version") {
    std::vector<Entry> orphan = {checkin("b2", 2, {"gone"})};
    keep_current_versions(orphan);
    CHECK(ids(orphan) == std::vector<std::string>{"b2"});
    std::vector<Entry> cycle = {checkin("a1", 2, {"b2"}), checkin("b2", 3, {"a1"})};
    keep_current_versions(cycle);
    CHECK(ids(cycle) == std::vector<std::string>{"b2"});
}

TEST_CASE("current_versions: from any version, the current one (both of a fork, the one that counts first)") {
    const std::vector<Entry> entries = {checkin("a1", 2), checkin("b2", 3, {"a1"}), checkin("z0", 4),
                                        checkin("c3", 5, {"a1"})};
    auto of = [&](std::string_view id) {
        std::vector<std::string> out;
        for (const Entry* e : current_versions(entries, id)) out.push_back(e->id);
        return out;
    };
    CHECK(of("a1") == std::vector<std::string>{"c3", "b2"});
    CHECK(of("b2") == std::vector<std::string>{"c3", "b2"});
    CHECK(of("z0") == std::vector<std::string>{"z0"});
    CHECK(of("nothing").empty());
}

TEST_CASE("correction_refusal: the writer, the people of the entry or a coordinator; same kind and people") {
    const Entry original = checkin("a1", 2);
    Entry c = checkin("", 0, {"a1"});
    c.minutes = 45;
    CHECK(correction_refusal(original, c, false).empty());
    c.by = "asmith";  // the mentee: a reader of the private text already
    CHECK(correction_refusal(original, c, false).empty());
    c.by = "cwhite";
    CHECK(correction_refusal(original, c, false) ==
          "cwhite neither wrote entry a1 nor is it about them, and is not a coordinator");
    // A coordinator may correct, but not a private text it would then read.
    CHECK(correction_refusal(original, c, true) ==
          "entry a1 is private to asmith, jdoe: a correction by cwhite would be read by asmith, cwhite, jdoe");
    Entry shared = original;
    shared.is_private = false;
    CHECK(correction_refusal(shared, c, true).empty());
    c.by = "jdoe";
    c.kind = EntryKind::observation;
    CHECK(correction_refusal(original, c, false) == "a correction of entry a1 is a check-in, not a observation");
    c.kind = EntryKind::check_in;
    c.mentee = "bcho";
    CHECK(correction_refusal(original, c, false) == "a correction of entry a1 names other people or another goal");
}

TEST_CASE("check_corrections: unknown ids, writers who may not correct, cycles are errors, forks warn") {
    std::vector<Entry> entries = {checkin("a1", 2), checkin("b2", 3, {"a1"}), checkin("c3", 4, {"a1"}),
                                  checkin("d4", 5, {"zz"})};
    Entry stranger = checkin("e5", 6, {"d4"});
    stranger.by = "cwhite";
    entries.push_back(stranger);
    const std::vector<Diagnostic> d = check_corrections(entries, no_coordinator);
    REQUIRE(d.size() == 3);
    CHECK(d[0].message == "supersedes=zz: there is no entry zz in this file");
    CHECK(d[0].pos == SourcePos{5, 50});
    CHECK(d[0].severity == Severity::error);
    CHECK(d[1].message == "cwhite neither wrote entry d4 nor is it about them, and is not a coordinator");
    CHECK(d[1].pos == SourcePos{6, 35});
    CHECK(d[2].message ==
          "b2 and c3 are corrections of one entry made apart (each on its own clone): c3 counts, the greater id");
    CHECK(d[2].severity == Severity::warning);
    CHECK(d[2].pos == SourcePos{4, 12});

    const std::vector<Entry> cycle = {checkin("a1", 2, {"b2"}), checkin("b2", 3, {"a1"})};
    const std::vector<Diagnostic> c = check_corrections(cycle, no_coordinator);
    REQUIRE(c.size() == 1);
    CHECK(c[0].message == "the corrections of entry b2 form a cycle: each supersedes another");
    CHECK(check_corrections({checkin("a1", 2), checkin("b2", 3, {"a1"})}, no_coordinator).empty());
}

TEST_CASE("make_entry_id: a correction's id depends on what it supersedes; other entries' ids are unchanged") {
    const Entry plain = checkin("", 0);
    Entry c = plain;
    c.supersedes = {"a1"};
    Entry d = plain;
    d.supersedes = {"b2"};
    CHECK(make_entry_id(c, 0) != make_entry_id(plain, 0));
    CHECK(make_entry_id(c, 0) != make_entry_id(d, 0));
}
