#include <catch2/catch.hpp>

#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_text.hpp"
#include "mentor/io/store.hpp"

using namespace mentor;

namespace {

constexpr const char* config = R"(
[program]
id = "p"
name = "P"
[term]
start = 2026-08-24
end = 2027-06-11
)";

constexpr const char* people = R"(people:
  - id: pshah
    name: P Shah
    roles: [mentor]
    trained: 2026-08-01
  - id: asmith
    name: A Smith
    roles: [mentee]
)";

ProgramStore memory_store(std::map<std::string, std::string> files, MemoryDisk** disk_out) {
    auto disk = std::make_unique<MemoryDisk>();
    for (auto& [name, text] : files) disk->files["/p/" + name] = std::move(text);
    *disk_out = disk.get();
    return ProgramStore(ProgramDir{"/p", "."}, std::move(disk));
}

Entry check_in(bool is_private = true) {
    Entry e;
    e.date = *parse_date("2026-11-17");
    e.kind = EntryKind::check_in;
    e.by = "pshah";
    e.mentor = "pshah";
    e.mentee = "asmith";
    e.minutes = 45;
    e.is_private = is_private;
    e.text = "Worked on exit tickets.";
    return e;
}

}  // namespace

TEST_CASE("ProgramStore: append seals a private text once both people of the pair have keys") {
    const SecretKey mentor = generate_key_pair("pshah");
    const SecretKey mentee = generate_key_pair("asmith");
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}}, &disk);
    // No keys at all: plain, and nothing to warn about.
    const Appended plain = store.append(check_in());
    CHECK_FALSE(plain.sealed);
    CHECK(plain.keyless.empty());
    store.write_public_key(mentor.pub);
    // One key of two: plain, naming who has none.
    const Appended half = store.append(check_in());
    CHECK_FALSE(half.sealed);
    CHECK(half.keyless == std::vector<std::string>{"asmith"});
    store.write_public_key(mentee.pub);
    const Appended sealed = store.append(check_in());
    CHECK(sealed.sealed);
    CHECK(store.append(check_in(false)).sealed == false);  // shared text stays plain
    const std::string& file = disk->files.at("/p/journal/2026-11.journal");
    CHECK(std::count(file.begin(), file.end(), '\n') == 5);
    CHECK(file.find("sealed-to=asmith:" + mentee.pub.key_id) != std::string::npos);

    ParsedJournal all = store.journal(JournalQuery::everything());
    REQUIRE(all.entries.size() == 4);
    Entry& e = all.entries[2];
    CHECK(e.id == sealed.id);
    CHECK(e.text.empty());
    std::string why;
    REQUIRE(open_entry(e, mentee, why) == Opened::opened);
    CHECK(e.text == "Worked on exit tickets.");
    // The id does not come from the text: the same note sealed again gets an unrelated id,
    // while a plain note's id is the content's (salted only when taken).
    CHECK(make_entry_id(check_in(), 0) == plain.id);
    CHECK(make_entry_id(check_in(), 1) == half.id);
    for (std::uint64_t salt = 0; salt < 8; ++salt) CHECK(make_entry_id(check_in(), salt) != sealed.id);
}

TEST_CASE("ProgramStore: rewrite_entries changes only the lines it is asked to; a second pass changes nothing") {
    const SecretKey mentor = generate_key_pair("pshah");
    const SecretKey mentee = generate_key_pair("asmith");
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}}, &disk);
    store.append(check_in());
    store.append(check_in(false));
    std::string& file = disk->files.at("/p/journal/2026-11.journal");
    file += "# a comment kept as it is\n";
    const std::string before = file;
    store.write_public_key(mentor.pub);
    store.write_public_key(mentee.pub);
    auto seal = [&](Entry& e) {
        if (!e.is_private || e.text.empty() || !e.sealed.empty()) return false;
        const SealReaders r = store.seal_readers(e);
        if (!r.keyless.empty()) return false;
        seal_entry(e, r.keys);
        return true;
    };
    CHECK(store.rewrite_entries(seal, true).size() == 1);  // a dry run counts
    CHECK(file == before);                                  // and writes nothing
    const auto changed = store.rewrite_entries(seal, false);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0] == std::pair<std::string, int>{"journal/2026-11.journal", 1});
    CHECK(file.find("Worked on exit tickets") != std::string::npos);  // the shared one
    CHECK(file.find("# a comment kept as it is\n") != std::string::npos);
    CHECK(std::count(file.begin(), file.end(), '\n') == std::count(before.begin(), before.end(), '\n'));
    const std::string after = file;
    CHECK(store.rewrite_entries(seal, false).empty());
    CHECK(file == after);
    ParsedJournal all = store.journal(JournalQuery::everything());
    REQUIRE(all.entries.size() == 2);
    std::string why;
    CHECK(open_entry(all.entries[0], mentor, why) == Opened::opened);
    CHECK(all.entries[0].text == "Worked on exit tickets.");
}

TEST_CASE("ProgramStore: a file in keys/ that is not a key is a located error; the others are read") {
    const SecretKey mentor = generate_key_pair("pshah");
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{"program.toml", config},
                                       {"roster.yaml", people},
                                       {"keys/pshah.pub", format_public_key(mentor.pub)},
                                       {"keys/asmith.pub", "ssh-ed25519 AAAA asmith@laptop\n"},
                                       {"keys/README", "not a key file: ignored"}},
                                      &disk);
    const LoadedKeys& keys = store.public_keys();
    CHECK(keys.keys.size() == 1);
    CHECK(keys.keys.count("pshah") == 1);
    REQUIRE(keys.diagnostics.size() == 1);
    CHECK(keys.diagnostics[0].file == "keys/asmith.pub");
    CHECK(keys.diagnostics[0].pos == SourcePos{1, 1});
}
