#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "builders.hpp"
#include "mentor/io/journal_cache.hpp"
#include "mentor/io/journal_file.hpp"
#include "mentor/io/store.hpp"

using namespace mentor;
using mentor::test::Rng;

namespace {

// Diagnostics as text, for comparing lists of them.
std::vector<std::string> shown(const std::vector<Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags) {
        out.push_back(fmt::format("{}:{}:{}: {}: {} [{}]", d.file, d.pos.line, d.pos.col,
                                  d.severity == Severity::error ? "error" : "warning", d.message, d.hint));
    }
    return out;
}

constexpr const char* config = R"(
[program]
id = "p"
name = "P"
[term]
start = 2026-08-24
end = 2027-06-11
)";

constexpr const char* people = R"(people:
  - id: jdoe
    name: J Doe
    roles: [mentor]
    trained: 2026-08-01
  - id: klee
    name: K Lee
    roles: [mentor]
    trained: 2026-08-01
  - id: asmith
    name: A Smith
    roles: [mentee]
  - id: bcho
    name: B Cho
    roles: [mentee]
)";

const std::vector<Pair> pairs = {{"jdoe", "asmith", *parse_date("2026-08-24"), {}, 0, false, {}, 0},
                                 {"klee", "bcho", *parse_date("2026-08-24"), {}, 0, false, {}, 0}};

// A journal of `files` months with the mistakes the checks look for, at random: people not in
// the roster, pairs never made, ids used twice (for the same entry and for two), goals defined
// twice, used before their definition or never defined, entries in the wrong month, bad lines.
std::map<std::string, std::string> random_journal(Rng& rng, int files) {
    const char* mentors[] = {"jdoe", "klee", "zed"};
    const char* mentees[] = {"asmith", "bcho", "nobody"};
    std::map<std::string, std::string> out;
    std::vector<std::string> lines_so_far;
    std::vector<std::string> goals = {"gaaaa1", "gbbbb2", "gcccc3"};
    std::string goal_file = std::string(journal_header) + "\n";
    for (int g = 0; g < rng.between(0, 4); ++g) {
        Entry e;
        e.date = Date::from_ymd(2026, 9, rng.between(1, 28));
        e.kind = EntryKind::goal_add;
        e.by = "jdoe";
        e.person = mentees[rng.between(0, 1)];
        e.goal = goals[static_cast<std::size_t>(rng.between(0, 2))];
        e.definition.what = "read more";
        e.id = make_entry_id(e, rng.next());
        goal_file += format_entry_line(e);
        if (rng.chance(30)) {
            Entry p = e;
            p.kind = EntryKind::goal_progress;
            p.definition = {};
            p.value = rng.between(0, 9);
            p.id = make_entry_id(p, rng.next());
            goal_file += format_entry_line(p);
        }
    }
    out["journal/goals-2026.journal"] = goal_file;
    for (int f = 0; f < files; ++f) {
        const int month = 9 + f;
        std::string text = std::string(journal_header) + "\n";
        for (int i = 0; i < rng.between(0, 12); ++i) {
            if (rng.chance(8) && !lines_so_far.empty()) {  // the same line again, here or in a later month
                text += lines_so_far[rng.next() % lines_so_far.size()];
                continue;
            }
            if (rng.chance(3)) {
                text += "2026-10-01 broken line\n";
                continue;
            }
            Entry e;
            e.date = Date::from_ymd(2026, rng.chance(5) ? (month == 12 ? 11 : month + 1) : month, rng.between(1, 28));
            e.kind = EntryKind::check_in;
            const std::size_t m = static_cast<std::size_t>(rng.between(0, rng.chance(10) ? 2 : 1));
            e.mentor = mentors[m];
            e.mentee = mentees[rng.chance(15) ? rng.between(0, 2) : static_cast<int>(m)];
            e.by = e.mentor;
            e.minutes = 30;
            e.text = rng.chance(50) ? "fractions" : "exit tickets";
            if (rng.chance(20)) e.goals.push_back(goals[static_cast<std::size_t>(rng.between(0, 2))] + (rng.chance(20) ? "x" : ""));
            e.id = make_entry_id(e, rng.next());
            if (rng.chance(5) && !lines_so_far.empty()) {  // another entry under an id already used
                const std::string& line = lines_so_far[rng.next() % lines_so_far.size()];
                e.id = line.substr(11, 10);
            }
            std::string line = format_entry_line(e);
            lines_so_far.push_back(line);
            text += line;
        }
        out["journal/" + Date::from_ymd(2026, month, 1).iso().substr(0, 7) + ".journal"] = text;
    }
    return out;
}

ProgramStore store_of(const std::map<std::string, std::string>& files, MemoryDisk** disk_out = nullptr) {
    auto disk = std::make_unique<MemoryDisk>();
    disk->files["/p/program.toml"] = config;
    disk->files["/p/roster.yaml"] = people;
    for (const auto& [name, text] : files) disk->files["/p/" + name] = text;
    if (disk_out) *disk_out = disk.get();
    return ProgramStore(ProgramDir{"/p", "."}, std::move(disk));
}

// What `mentor check` found before the journal was read a file at a time: the whole journal
// read at once, then validate_journal over all of it.
std::vector<Diagnostic> whole_read(ProgramStore& store, std::size_t& entries) {
    const ParsedJournal j = store.journal_checked(JournalQuery::everything());
    std::vector<Diagnostic> out = j.diagnostics;
    for (Diagnostic& d : validate_journal(j.entries, store.loaded().roster, pairs, true)) out.push_back(d);
    sort_diagnostics(out);
    entries = j.entries.size();
    return out;
}

std::vector<Diagnostic> by_file(ProgramStore& store, std::size_t& entries, std::size_t threshold) {
    const JournalPeople who(store.loaded().roster, pairs, true);
    JournalCheck c = store.check_journal(&who, threshold);
    sort_diagnostics(c.diagnostics);
    entries = c.entries;
    return c.diagnostics;
}

}  // namespace

TEST_CASE("check_journal: a file at a time finds exactly what the whole read and validate_journal find") {
    Rng rng{7};
    int with_problems = 0;
    for (int run = 0; run < 200; ++run) {
        const auto files = random_journal(rng, rng.between(1, 4));
        ProgramStore whole = store_of(files);
        std::size_t n_whole = 0, n_files = 0;
        const std::vector<Diagnostic> expected = whole_read(whole, n_whole);
        MemoryDisk* disk = nullptr;
        ProgramStore streaming = store_of(files, &disk);
        CHECK(shown(by_file(streaming, n_files, 0)) == shown(expected));
        CHECK(n_files == n_whole);
        with_problems += expected.empty() ? 0 : 1;
        // Again from the cache the first check wrote: the same, without parsing.
        REQUIRE(disk->files.count("/p/.mentor/journal.cache") == 1);
        const std::map<std::string, std::string> copy = disk->files;
        ProgramStore cached = store_of({}, &disk);
        disk->files = copy;
        CHECK(shown(by_file(cached, n_files, 0)) == shown(expected));
        CHECK(n_files == n_whole);
    }
    CHECK(with_problems > 100);  // the generator does make mistakes
}

TEST_CASE("check_journal: a changed file, other people or a damaged cache are checked afresh") {
    Rng rng{11};
    const auto files = random_journal(rng, 3);
    MemoryDisk* disk = nullptr;
    ProgramStore first = store_of(files, &disk);
    std::size_t n = 0;
    by_file(first, n, 0);
    std::map<std::string, std::string> after = disk->files;

    // One month changed: its new line is checked (a person not in the roster).
    Entry e;
    e.date = *parse_date("2026-09-15");
    e.kind = EntryKind::check_in;
    e.by = e.mentor = "jdoe";
    e.mentee = "ghost";
    e.id = make_entry_id(e, 99);
    std::map<std::string, std::string> changed = after;
    changed["/p/journal/2026-09.journal"] += format_entry_line(e);
    ProgramStore s1 = store_of({}, &disk);
    disk->files = changed;
    std::size_t n1 = 0, n2 = 0;
    const auto got = by_file(s1, n1, 0);
    CHECK(n1 == n + 1);
    CHECK(std::any_of(got.begin(), got.end(), [](const Diagnostic& d) { return d.message == "mentee 'ghost' is not in the roster"; }));

    // A cache with a flipped byte is not trusted.
    std::map<std::string, std::string> damaged = after;
    std::string& cache = damaged["/p/.mentor/journal.cache"];
    cache[cache.size() / 2] = static_cast<char>(cache[cache.size() / 2] ^ 1);
    CHECK_FALSE(decode_journal_cache(cache));
    ProgramStore s2 = store_of({}, &disk);
    disk->files = damaged;
    ProgramStore reference = store_of(files);
    std::size_t n3 = 0;
    CHECK(shown(by_file(s2, n2, 0)) == shown(whole_read(reference, n3)));
    CHECK(n2 == n3);

    // Checked without people (the roster has errors): the file's own problems only, and the
    // cache of a check with people is not used for it.
    ProgramStore s3 = store_of({}, &disk);
    disk->files = after;
    const JournalCheck bare = s3.check_journal(nullptr, 0);
    ProgramStore s4 = store_of(files);
    CHECK(shown(bare.diagnostics) == shown(s4.journal_checked(JournalQuery::everything()).diagnostics));
}

TEST_CASE("check_journal: a small journal leaves no cache behind") {
    Rng rng{3};
    MemoryDisk* disk = nullptr;
    ProgramStore store = store_of(random_journal(rng, 2), &disk);
    const JournalPeople who(store.loaded().roster, pairs, true);
    store.check_journal(&who);
    CHECK(disk->files.count("/p/.mentor/journal.cache") == 0);
}

TEST_CASE("journal_by_file: the same entries and problems as the whole read, in the same order") {
    Rng rng{5};
    for (int run = 0; run < 100; ++run) {
        const auto files = random_journal(rng, rng.between(1, 4));
        for (const JournalQuery& q : {JournalQuery::everything(), JournalQuery::goal_events_from({}),
                                      JournalQuery::period(*parse_date("2026-10-05"), *parse_date("2026-11-20")),
                                      JournalQuery::pair_meetings(*parse_date("2026-09-10"), *parse_date("2026-12-01"))}) {
            ProgramStore whole = store_of(files);
            const ParsedJournal expected = whole.journal_checked(q);
            ProgramStore streaming = store_of(files);
            ParsedJournal got;
            streaming.journal_by_file(q, [&](ParsedJournal& part, const JournalFileSpan&) {
                for (Entry& e : part.entries) got.entries.push_back(std::move(e));
                for (Diagnostic& d : part.diagnostics) got.diagnostics.push_back(std::move(d));
                for (auto& s : part.sources) got.sources.push_back(std::move(s));
            });
            CHECK(got.entries == expected.entries);
            CHECK(shown(got.diagnostics) == shown(expected.diagnostics));
            // Goal files first: the goal files' part of the same read, then the months'.
            ProgramStore goals_first = store_of(files);
            std::vector<Entry> first;
            goals_first.journal_by_file(q, [&](ParsedJournal& part, const JournalFileSpan& span) {
                for (const Entry& e : part.entries) {
                    CHECK(span.goals == e.file.starts_with("journal/goals-"));
                    first.push_back(e);
                }
            }, true);
            std::vector<Entry> reordered = expected.entries;
            std::stable_partition(reordered.begin(), reordered.end(),
                                  [](const Entry& e) { return e.file.starts_with("journal/goals-"); });
            CHECK(first.size() == reordered.size());
            for (std::size_t i = 0; i < std::min(first.size(), reordered.size()); ++i) {
                Entry a = first[i], b = reordered[i];
                a.file = b.file = {};  // the parts' names are gone with them
                CHECK(a == b);
                CHECK(first[i].line == reordered[i].line);
            }
        }
    }
}
