#include <catch2/catch.hpp>

#include "mentor/domain/journal_check.hpp"

using namespace mentor;

namespace {

// The facts of a file of these ids, hashed as the cache keeps them; with `exact`, the ids too.
JournalFileFacts facts_of(const std::vector<std::string>& ids, bool exact) {
    JournalFileFacts f;
    int line = 2;
    for (const std::string& id : ids) {
        f.id_hashes.push_back(journal_id_hash(id));
        if (exact) f.ids.push_back({id, 7, line, 12});
        ++line;
    }
    std::sort(f.id_hashes.begin(), f.id_hashes.end());
    return f;
}

}  // namespace

TEST_CASE("JournalCrossCheck: an id used twice is found from hashes, named exactly from the files read again") {
    const std::vector<std::vector<std::string>> files = {{"a1", "b2"}, {"c3", "d4"}, {"e5", "b2"}};
    JournalCrossCheck check;
    std::vector<Diagnostic> out;
    for (std::size_t f = 0; f < files.size(); ++f) check.add("f" + std::to_string(f), facts_of(files[f], false), out);
    std::vector<std::size_t> asked;
    check.finish(out, [&](std::size_t f) {
        asked.push_back(f);
        return facts_of(files[f], true).ids;
    });
    // Only the two files that hold b2 are read again; f1 shares no hash with any other.
    CHECK(asked == std::vector<std::size_t>{0, 2});
    REQUIRE(out.size() == 1);
    CHECK(out[0].file == "f2");
    CHECK(out[0].pos.line == 3);
    CHECK(out[0].message == "entry b2 appears twice (also f0 line 3)");
}

TEST_CASE("JournalCrossCheck: no two equal hashes, no file is read again") {
    JournalCrossCheck check;
    std::vector<Diagnostic> out;
    check.add("f0", facts_of({"a1", "b2"}, false), out);
    check.add("f1", facts_of({"c3"}, false), out);
    bool asked = false;
    check.finish(out, [&](std::size_t) {
        asked = true;
        return std::vector<JournalFileFacts::Id>{};
    });
    CHECK_FALSE(asked);
    CHECK(out.empty());
}

TEST_CASE("JournalCrossCheck: two ids with one hash (a collision) are compared exactly and pass") {
    // Two different ids made to share a hash, as a 64-bit collision would.
    JournalFileFacts a = facts_of({"x1"}, true);
    JournalFileFacts b = facts_of({"y2"}, true);
    b.id_hashes = a.id_hashes;
    JournalCrossCheck check;
    std::vector<Diagnostic> out;
    check.add("f0", a, out);
    check.add("f1", b, out);
    check.finish(out);
    CHECK(out.empty());
}

TEST_CASE("JournalCrossCheck: one id for two different entries is an error naming the first") {
    JournalFileFacts a = facts_of({"x1", "z9"}, true);
    JournalFileFacts b = facts_of({"x1"}, true);
    b.ids[0].content = 8;  // another entry under the same id
    JournalCrossCheck check;
    std::vector<Diagnostic> out;
    check.add("f0", a, out);
    check.add("f1", b, out);
    check.finish(out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].severity == Severity::error);
    CHECK(out[0].message == "id x1 is used by two entries (also f0 line 2)");
}
