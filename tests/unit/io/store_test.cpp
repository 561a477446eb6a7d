#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/pairs_file.hpp"
#include "mentor/io/store.hpp"

using namespace mentor;
namespace fs = std::filesystem;

namespace {

Date day(const char* iso) { return *parse_date(iso); }

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
  - id: asmith
    name: A Smith
    roles: [mentee]
)";

// A store over files in memory; `files` maps names inside the program directory to content.
ProgramStore memory_store(std::map<std::string, std::string> files, MemoryDisk** disk_out = nullptr) {
    auto disk = std::make_unique<MemoryDisk>();
    for (auto& [name, text] : files) disk->files["/p/" + name] = std::move(text);
    if (disk_out) *disk_out = disk.get();
    return ProgramStore(ProgramDir{"/p", "."}, std::move(disk));
}

Entry check_in(const char* date = "2026-11-17") {
    Entry e;
    e.date = day(date);
    e.kind = EntryKind::check_in;
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.minutes = 45;
    e.text = "Worked on exit tickets.";
    return e;
}

std::string journal_of(std::initializer_list<Entry> entries) {
    std::string text = std::string(journal_header) + "\n";
    std::uint64_t salt = 0;
    for (Entry e : entries) {
        e.id = make_entry_id(e, salt++);
        text += format_entry_line(e);
    }
    return text;
}

fs::path temp_dir() {
    std::string tmpl = (fs::temp_directory_path() / "mentor-store-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}

}  // namespace

TEST_CASE("ProgramStore: owns every path of the program directory") {
    ProgramStore store(ProgramDir{"/srv/lincoln", "lincoln"}, std::make_unique<MemoryDisk>());
    CHECK(store.config_path() == "/srv/lincoln/program.toml");
    CHECK(store.schedule_path() == "/srv/lincoln/schedule.tsv");
    CHECK(store.journal_dir() == "/srv/lincoln/journal");
    CHECK(store.remind_history_path() == "/srv/lincoln/.mentor/remind.tsv");
    CHECK(store.roster_cache_path() == "/srv/lincoln/.mentor/roster.cache");
    CHECK(store.shown("roster.yaml") == "lincoln/roster.yaml");
}

TEST_CASE("ProgramStore: loads the program once, and valid() throws every error at once") {
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}}, &disk);
    const LoadedProgram& first = store.valid();
    CHECK(first.roster.people.size() == 2);
    CHECK(first.program.term.start == day("2026-08-24"));
    disk->files.erase("/p/roster.yaml");  // read once: a second ask does not go to the disk
    CHECK(&store.valid() == &first);

    ProgramStore broken = memory_store({{"program.toml", "[program]\nid = 3\n"}});
    CHECK(has_errors(broken.loaded().diagnostics));
    bool threw = false;
    try {
        broken.valid();
    } catch (const InputError& e) {
        threw = true;
        CHECK(e.diagnostics().size() >= 2);  // the bad id and the missing roster, together
    }
    CHECK(threw);
}

TEST_CASE("ProgramStore: append writes whole entries to their month, and the journal reads back by query") {
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}}, &disk);
    const Appended first = store.append(check_in());
    CHECK(first.id.size() == 10);
    CHECK(first.file == "journal/2026-11.journal");
    const Appended second = store.append(check_in());
    CHECK(second.id != first.id);  // the same content gets another id: ids are unique in their file
    Entry g;
    g.date = day("2026-10-01");
    g.kind = EntryKind::goal_add;
    g.by = "jdoe";
    g.person = "asmith";
    g.goal = "g1";
    g.definition.what = "x";
    store.append(g);
    store.append(check_in("2026-12-01"), true);
    CHECK(disk->files.count("/p/journal/2026-12.journal") == 0);  // a dry run writes nothing
    CHECK(disk->files.at("/p/journal/2026-11.journal").rfind("# mentor journal v1\n", 0) == 0);

    const ParsedJournal all = store.journal(JournalQuery::everything());
    REQUIRE(all.entries.size() == 3);
    CHECK(all.entries[0].id == first.id);
    CHECK(all.entries[2].kind == EntryKind::goal_add);
    CHECK(store.goals().size() == 1);
    CHECK(store.journal(JournalQuery::goal_events_from({})).entries.size() == 1);
    CHECK(store.journal(JournalQuery::period(day("2026-12-01"), {})).entries.empty());
    CHECK(store.journal(JournalQuery::period({}, day("2026-10-31"))).entries.size() == 1);
}

namespace {

Entry goal_event(EntryKind kind, const char* goal, const char* date, const char* due = nullptr) {
    Entry e;
    e.date = day(date);
    e.kind = kind;
    e.by = "jdoe";
    e.person = "asmith";
    e.goal = goal;
    if (kind == EntryKind::goal_add) {
        e.definition.what = "a goal=with \"due=2030-01-01\" in its words";
        if (due) e.definition.due = day(due);
    }
    if (kind == EntryKind::goal_progress) e.value = 3;
    return e;
}

}  // namespace

TEST_CASE("ProgramStore: goals_of_term leaves out goals settled before the term, and reads only the others' lines") {
    const std::string old_goals = journal_of({
        goal_event(EntryKind::goal_add, "met", "2025-09-15", "2026-05-15"),
        goal_event(EntryKind::goal_add, "missed", "2025-09-15", "2026-05-15"),
        goal_event(EntryKind::goal_add, "dropped", "2025-09-16"),
        goal_event(EntryKind::goal_add, "open", "2025-09-16"),                   // no due date: still open
        goal_event(EntryKind::goal_add, "late", "2025-09-17", "2026-05-15"),     // missed, but marked done this term
        goal_event(EntryKind::goal_add, "next", "2025-10-01", "2027-01-15"),     // due in this term
        goal_event(EntryKind::goal_drop, "dropped", "2025-11-01")});
    const std::string year_goals = journal_of({goal_event(EntryKind::goal_done, "met", "2026-05-08"),
                                               goal_event(EntryKind::goal_done, "late", "2026-09-02"),
                                               goal_event(EntryKind::goal_add, "new", "2026-09-10", "2027-03-15")});
    const auto ids = [](const std::vector<Goal>& goals) {
        std::vector<std::string> out;
        for (const Goal& g : goals) out.push_back(g.id);
        std::sort(out.begin(), out.end());
        return out;
    };
    const std::vector<std::string> term{"late", "new", "next", "open"};
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people},
                                       {"journal/goals-2025.journal", old_goals}, {"journal/goals-2026.journal", year_goals}});
    CHECK(ids(store.goals_of_term(day("2026-08-24"))) == term);
    CHECK(store.goals().size() == 7);
    CHECK(ids(store.goals_of_term(day("2026-08-24"))) == term);  // the same once every goal is folded

    // A damaged line of a settled goal in an earlier year is not read; one of a goal of the
    // term is, at its own line.
    std::string damaged = old_goals;
    damaged.replace(damaged.find(" goal=met "), 10, " goal=met due=never ");
    ProgramStore quiet = memory_store({{"program.toml", config}, {"roster.yaml", people},
                                       {"journal/goals-2025.journal", damaged}, {"journal/goals-2026.journal", year_goals}});
    CHECK(ids(quiet.goals_of_term(day("2026-08-24"))) == term);
    damaged = old_goals;
    damaged.replace(damaged.find(" goal=open "), 11, " goal=open due=never ");
    ProgramStore loud = memory_store({{"program.toml", config}, {"roster.yaml", people},
                                      {"journal/goals-2025.journal", damaged}, {"journal/goals-2026.journal", year_goals}});
    CHECK_THROWS_AS(loud.goals_of_term(day("2026-08-24")), InputError);
}

TEST_CASE("ProgramStore: an entry filed in the wrong month is an error naming the right file") {
    ProgramStore store = memory_store({{"program.toml", config},
                                       {"roster.yaml", people},
                                       {"journal/2026-10.journal", journal_of({check_in()})},
                                       {"journal/notes.txt", "not a journal file"}});
    const ParsedJournal p = store.journal_checked(JournalQuery::everything());
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message.find("belongs in journal/2026-11.journal") != std::string::npos);
    CHECK(p.diagnostics[0].file == "journal/2026-10.journal");
    CHECK_THROWS_AS(store.journal(JournalQuery::everything()), InputError);
}

TEST_CASE("ProgramStore: latest_pair_meetings reads back month by month only while a current pair has none") {
    Entry old = check_in("2026-09-08");
    Entry other = check_in("2026-10-06");
    other.mentee = "bcho";
    ProgramStore store = memory_store({{"program.toml", config},
                                       {"roster.yaml", people},
                                       {"journal/2026-09.journal", journal_of({old})},
                                       {"journal/2026-10.journal", journal_of({other})},
                                       {"journal/2026-11.journal", journal_of({})}});
    Pair jdoe_asmith{"jdoe", "asmith", day("2026-08-24"), {}, 0, false, {}, 0};
    Pair jdoe_bcho{"jdoe", "bcho", day("2026-08-24"), {}, 0, false, {}, 0};
    // Both pairs have a meeting by September: reading stops there, August is never needed.
    const ParsedJournal both =
        store.latest_pair_meetings({jdoe_asmith, jdoe_bcho}, day("2026-08-24"), day("2026-11-10"), day("2026-11-23"));
    CHECK(both.entries.size() == 2);
    // Only bcho's pair is current: October holds its meeting, so September is not read.
    const ParsedJournal one =
        store.latest_pair_meetings({jdoe_bcho}, day("2026-08-24"), day("2026-11-10"), day("2026-11-23"));
    REQUIRE(one.entries.size() == 1);
    CHECK(one.entries[0].mentee == "bcho");
}

TEST_CASE("ProgramStore: latest_pair_meetings takes a group session as a meeting of each of its mentees") {
    Entry old = check_in("2026-09-08");
    Entry group = check_in("2026-10-06");
    group.mentee.clear();
    group.mentees = {"asmith", "bcho"};
    ProgramStore store = memory_store({{"program.toml", config},
                                       {"roster.yaml", people},
                                       {"journal/2026-09.journal", journal_of({old})},
                                       {"journal/2026-10.journal", journal_of({group})},
                                       {"journal/2026-11.journal", journal_of({})}});
    Pair jdoe_asmith{"jdoe", "asmith", day("2026-08-24"), {}, 0, false, {}, 0};
    Pair jdoe_bcho{"jdoe", "bcho", day("2026-08-24"), {}, 0, false, {}, 0};
    // The group session in October is both pairs' latest meeting: September is not read.
    const ParsedJournal both =
        store.latest_pair_meetings({jdoe_asmith, jdoe_bcho}, day("2026-08-24"), day("2026-11-10"), day("2026-11-23"));
    REQUIRE(both.entries.size() == 1);
    CHECK(both.entries[0].mentees.size() == 2);
}

TEST_CASE("ProgramStore: journal_merges_by_line looks for merge=union up to the repository's top") {
    ProgramStore without = memory_store({{".gitattributes", "*.toml text eol=lf\n"}});
    CHECK_FALSE(without.journal_merges_by_line());
    ProgramStore with = memory_store({{".gitattributes", "# records\njournal/** merge=union\n"}});
    CHECK(with.journal_merges_by_line());
    ProgramStore commented = memory_store({{".gitattributes", "# journal/** merge=union\n"}});
    CHECK_FALSE(commented.journal_merges_by_line());
}

TEST_CASE("ProgramStore: create_file creates, keeps, or adds only the missing lines") {
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{".gitignore", "build/\n"}, {"README.md", "mine\n"}}, &disk);
    CHECK(store.create_file("program.toml", "x = 1\n", false, false) == Creation::created);
    CHECK(disk->files.at("/p/program.toml") == "x = 1\n");
    CHECK(store.create_file("README.md", "theirs\n", false, false) == Creation::kept);
    CHECK(disk->files.at("/p/README.md") == "mine\n");
    CHECK(store.create_file(".gitignore", "# ignore\n.mentor/\nbuild/\n", true, true) == Creation::updated);
    CHECK(disk->files.at("/p/.gitignore") == "build/\n");  // dry run
    CHECK(store.create_file(".gitignore", "# ignore\n.mentor/\nbuild/\n", true, false) == Creation::updated);
    CHECK(disk->files.at("/p/.gitignore") == "build/\n.mentor/\n");
    CHECK(store.create_file(".gitignore", "# ignore\n.mentor/\nbuild/\n", true, false) == Creation::kept);
}

TEST_CASE("ProgramStore: the reminder history round-trips through .mentor/remind.tsv") {
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({}, &disk);
    CHECK(store.remind_history().empty());
    RemindHistory h;
    h[{"jdoe", "late:jdoe/asmith:2026-11-20"}] = day("2026-11-23");
    store.write_remind_history(h);
    CHECK(disk->files.count("/p/.mentor/remind.tsv") == 1);
    CHECK(store.remind_history() == h);
}

TEST_CASE("ProgramStore on the real disk: appends are locked and a stale temporary file of a killed writer goes") {
    const fs::path dir = temp_dir();
    fs::create_directories(dir / "journal");
    write_file_atomic(dir / "journal" / ".2026-11.journal.tmp-abc123", "half an entr");
    ProgramStore store(ProgramDir{dir, {}});
    const Appended done = store.append(check_in());
    CHECK_FALSE(fs::exists(dir / "journal" / ".2026-11.journal.tmp-abc123"));
    const std::string text = read_file(dir / "journal" / "2026-11.journal");
    CHECK(text.find(" " + done.id + " check-in ") != std::string::npos);
    CHECK(text.back() == '\n');
    fs::remove_all(dir);
}

TEST_CASE("ProgramStore: day_at is the calendar day in the program's time zone") {
    const std::string chicago = std::string("[program]\nid = \"p\"\nname = \"P\"\ntimezone = \"America/Chicago\"\n") +
                                "[term]\nstart = 2026-08-24\nend = 2027-06-11\n";
    ProgramStore store = memory_store({{"program.toml", chicago}, {"roster.yaml", people}});
    // 2026-11-24T01:30:00Z is 19:30 (CST, UTC-6) on the 23rd.
    CHECK(store.day_at(1795483800).iso() == "2026-11-23");
    // In summer (CDT, UTC-5) the day changes at 05:00 UTC.
    CHECK(store.day_at(1782881940).iso() == "2026-06-30");
    CHECK(store.day_at(1782882000).iso() == "2026-07-01");
    std::string tokyo = chicago;
    tokyo.replace(tokyo.find("America/Chicago"), 15, "Asia/Tokyo");
    ProgramStore east = memory_store({{"program.toml", tokyo}, {"roster.yaml", people}});
    CHECK(east.day_at(1795446000).iso() == "2026-11-24");  // 15:00Z is midnight in Tokyo
    CHECK(east.day_at(1795446000 - 1).iso() == "2026-11-23");
    ProgramStore utc = memory_store({{"program.toml", config}, {"roster.yaml", people}});
    CHECK(utc.day_at(1795483800).iso() == "2026-11-24");  // no timezone: UTC
}

TEST_CASE("ProgramStore: valid_except_entries lets errors inside people's entries through, and nothing else") {
    const std::string roster_text = std::string(people) + "  - id: cwhite\n    name: C White\n    email: \"c@x.org\\nBcc: all@x.org\"\n";
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", roster_text}});
    CHECK_THROWS_AS(store.valid(), InputError);
    const auto& troubled = store.valid_except_entries();
    REQUIRE(troubled.size() == 1);
    REQUIRE(troubled.at("cwhite").size() == 1);
    CHECK(troubled.at("cwhite")[0].pos.line == 11);
    CHECK(store.roster().people.size() == 3);  // valid() now accepts them

    // An error outside every entry, or in another file, still stops everything.
    ProgramStore outside = memory_store({{"program.toml", config}, {"roster.yaml", "extra: 1\n" + roster_text}});
    CHECK_THROWS_AS(outside.valid_except_entries(), InputError);
    ProgramStore config_error =
        memory_store({{"program.toml", std::string(config) + "[cadence]\nminutes = \"x\"\n"}, {"roster.yaml", roster_text}});
    CHECK_THROWS_AS(config_error.valid_except_entries(), InputError);

    // A valid program has nothing to let through.
    ProgramStore clean = memory_store({{"program.toml", config}, {"roster.yaml", people}});
    CHECK(clean.valid_except_entries().empty());
}

TEST_CASE("ProgramStore: valid_except_entries checks the pairs of everyone else") {
    const std::string roster_text = std::string(people) +
                                    "  - id: mlee\n    name: M Lee\n    roles: [mentor]\n    trained: 2026-08-01\n"
                                    "  - id: cwhite\n    name: C White\n    roles: [mentee]\n    grades: [99]\n";
    const Pair jdoe_asmith{"jdoe", "asmith", day("2026-08-24"), std::nullopt, 100, false, "", 0};
    const Pair mlee_asmith{"mlee", "asmith", day("2026-08-24"), std::nullopt, 100, false, "", 0};
    // Two current mentors of one mentee, among people without errors: refused.
    ProgramStore store = memory_store({{"program.toml", config},
                                       {"roster.yaml", roster_text},
                                       {"pairs.tsv", format_pairs_file({jdoe_asmith, mlee_asmith})}});
    CHECK(has_errors(store.loaded().diagnostics));
    CHECK_THROWS_AS(store.valid_except_entries(), InputError);
    ProgramStore fine = memory_store({{"program.toml", config},
                                      {"roster.yaml", roster_text},
                                      {"pairs.tsv", format_pairs_file({jdoe_asmith})}});
    CHECK(fine.valid_except_entries().size() == 1);
}

TEST_CASE("ProgramStore: edit_pairs changes the record as the file holds it now; dry run and no change write nothing") {
    MemoryDisk* disk = nullptr;
    Pair p;
    p.mentor = "jdoe";
    p.mentee = "asmith";
    p.start = day("2026-08-24");
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}, {"pairs.tsv", format_pairs_file({p})}}, &disk);
    const std::string before = disk->files["/p/pairs.tsv"];
    // Someone else locks the pair after this store read the file: the edit sees their change.
    (void)store.pairs();
    Pair locked = p;
    locked.locked = true;
    disk->files["/p/pairs.tsv"] = format_pairs_file({locked});
    store.edit_pairs(
        [](const std::vector<Pair>& now) -> std::optional<std::vector<Pair>> {
            REQUIRE(now.size() == 1);
            CHECK(now[0].locked);
            CHECK(now[0].runs_out == std::nullopt);  // durations applied: a locked pair has none
            std::vector<Pair> next = now;
            next[0].end = day("2026-12-01");
            return next;
        },
        false);
    CHECK(disk->files["/p/pairs.tsv"].find("2026-12-01\t") != std::string::npos);
    const std::string after = disk->files["/p/pairs.tsv"];
    store.edit_pairs([](const std::vector<Pair>&) -> std::optional<std::vector<Pair>> { return std::vector<Pair>{}; }, true);
    store.edit_pairs([](const std::vector<Pair>&) -> std::optional<std::vector<Pair>> { return std::nullopt; }, false);
    CHECK(disk->files["/p/pairs.tsv"] == after);
    disk->files["/p/pairs.tsv"] += "broken line\n";
    CHECK_THROWS_AS(store.edit_pairs([](const std::vector<Pair>& now) { return std::optional(now); }, false), InputError);
}

TEST_CASE("ProgramStore: edit_pairs and edit_schedule need their file") {
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}});
    CHECK_THROWS_AS(store.edit_pairs([](const std::vector<Pair>& now) { return std::optional(now); }, false), NotFoundError);
    CHECK_THROWS_AS(store.edit_schedule([](const std::vector<Meeting>& now) { return std::optional(now); }, false), NotFoundError);
}

TEST_CASE("ProgramStore: a corrected entry is read as its current version, whatever the period asks") {
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}});
    const Appended original = store.append(check_in("2026-11-17"));
    Entry fix = check_in("2026-11-03");  // the meeting was two weeks earlier, and shorter
    fix.minutes = 30;
    fix.supersedes = {original.id};
    const Appended corrected = store.append(fix);
    store.append(check_in("2026-11-20"));

    const ParsedJournal all = store.journal(JournalQuery::everything());
    REQUIRE(all.entries.size() == 2);
    CHECK(all.entries[0].id == corrected.id);
    CHECK(all.entries[0].minutes == 30);
    // The original's day is in the period, the correction's is not: neither is read.
    const ParsedJournal late = store.journal(JournalQuery::period(day("2026-11-10"), {}));
    REQUIRE(late.entries.size() == 1);
    CHECK(late.entries[0].date == day("2026-11-20"));
    CHECK(store.journal(JournalQuery::period({}, day("2026-11-05"))).entries.size() == 1);
    JournalQuery history = JournalQuery::everything();
    history.history = true;
    CHECK(store.journal(history).entries.size() == 3);
    CHECK(store.journal_checked(JournalQuery::everything()).entries.size() == 3);  // check sees every version
}

TEST_CASE("ProgramStore: sync_output_dir writes changed files, keeps equal ones, removes only owned ones") {
    MemoryDisk* disk = nullptr;
    ProgramStore store = memory_store({{"program.toml", config}, {"roster.yaml", people}}, &disk);
    disk->files["/out/a.ics"] = "old a";
    disk->files["/out/b.ics"] = "b";
    disk->files["/out/gone.ics"] = "gone";
    disk->files["/out/other.txt"] = "not ours";
    const auto owned = [](const std::string& name) { return name.ends_with(".ics"); };
    const std::map<std::string, std::string> files = {{"a.ics", "new a"}, {"b.ics", "b"}, {"c.ics", "c"}};

    const ProgramStore::DirSync dry = store.sync_output_dir("/out", "out", files, owned, true);
    CHECK(dry.written == 2);
    CHECK(dry.unchanged == 1);
    CHECK(dry.removed == 1);
    CHECK(disk->files.at("/out/a.ics") == "old a");  // a dry run writes nothing
    CHECK(disk->files.count("/out/gone.ics") == 1);

    const ProgramStore::DirSync done = store.sync_output_dir("/out", "out", files, owned, false);
    CHECK(done.written == 2);
    CHECK(done.removed == 1);
    CHECK(disk->files.at("/out/a.ics") == "new a");
    CHECK(disk->files.at("/out/c.ics") == "c");
    CHECK(disk->files.count("/out/gone.ics") == 0);
    CHECK(disk->files.at("/out/other.txt") == "not ours");
    CHECK(store.sync_output_dir("/out", "out", files, owned, false).unchanged == 3);
}
