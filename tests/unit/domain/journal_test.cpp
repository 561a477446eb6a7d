#include <catch2/catch.hpp>

#include <set>

#include "builders.hpp"
#include "mentor/domain/journal.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Pair pair_of(std::string mentor_id, std::string mentee_id, const char* start, const char* end = nullptr) {
    Pair p;
    p.mentor = std::move(mentor_id);
    p.mentee = std::move(mentee_id);
    p.start = day(start);
    if (end) p.end = day(end);
    return p;
}

// jdoe mentors asmith and bcho; lnguyen is mentored by jdoe's colleague kpatel and mentors ekim;
// cwhite is an unrelated mentor; kb is a coordinator.
struct World {
    Roster roster;
    std::vector<Pair> pairs;
    World() {
        Person ln = person("lnguyen", {Role::mentor, Role::mentee});
        roster = test::roster({test::mentor("jdoe"), mentee("asmith"), mentee("bcho"), test::mentor("kpatel"), ln,
                               mentee("ekim"),
                               test::mentor("cwhite"), person("kb", {Role::coordinator}), test::mentor("zfree")});
        pairs = {pair_of("jdoe", "asmith", "2026-08-24"), pair_of("jdoe", "bcho", "2026-08-24"),
                 pair_of("kpatel", "lnguyen", "2026-08-24"), pair_of("lnguyen", "ekim", "2026-09-01"),
                 pair_of("cwhite", "asmith", "2026-06-01", "2026-08-01")};
    }
    LogTarget log(std::string_view person_id, std::string_view writer, EntryKind k = EntryKind::check_in,
                  const char* on = "2026-11-17") const {
        return resolve_log_target(roster, pairs, person_id, writer, k, day(on));
    }
};

}  // namespace

TEST_CASE("parse_kind: every kind round-trips by name, with the documented aliases") {
    for (EntryKind k : all_entry_kinds) CHECK(parse_kind(kind_name(k)) == k);
    CHECK(parse_kind("checkin") == EntryKind::check_in);
    CHECK(parse_kind("collaborative-inquiry") == EntryKind::inquiry);
    CHECK_FALSE(parse_kind("meeting"));
    CHECK(loggable_kind_names() == "check-in, observation, co-teaching, inquiry, workshop, training, note");
}

TEST_CASE("resolve_log_target: the mentor or the mentee names the other and finds their pair") {
    const World w;
    LogTarget t = w.log("asmith", "jdoe");
    CHECK(t.error.empty());
    CHECK(t.mentor == "jdoe");
    CHECK(t.mentee == "asmith");
    t = w.log("jdoe", "asmith");
    CHECK(t.error.empty());
    CHECK(t.mentee == "asmith");
}

TEST_CASE("resolve_log_target: someone outside the pair is refused with a clear reason") {
    const World w;
    const LogTarget t = w.log("asmith", "cwhite");
    CHECK(t.error == "cwhite is not part of the pair of jdoe (mentor) and asmith (mentee)");
    CHECK_FALSE(t.hint.empty());
    CHECK(w.log("asmith", "bcho").error.find("not part of the pair") != std::string::npos);
}

TEST_CASE("resolve_log_target: a coordinator may log for any pair") {
    const World w;
    const LogTarget t = w.log("asmith", "kb");
    CHECK(t.error.empty());
    CHECK(t.mentor == "jdoe");
}

TEST_CASE("resolve_log_target: a mentor naming themselves must say which mentee") {
    const World w;
    const LogTarget t = w.log("jdoe", "jdoe");
    CHECK(t.error == "jdoe is in 2 pairs on 2026-11-17: say which one");
    CHECK(t.hint.find("asmith, bcho") != std::string::npos);
}

TEST_CASE("resolve_log_target: a person who is mentor and mentee gets the pair with the writer") {
    const World w;
    LogTarget t = w.log("lnguyen", "kpatel");
    CHECK(t.mentor == "kpatel");
    CHECK(t.mentee == "lnguyen");
    t = w.log("lnguyen", "ekim");
    CHECK(t.mentor == "lnguyen");
    CHECK(t.mentee == "ekim");
    CHECK_FALSE(w.log("lnguyen", "lnguyen").error.empty());
}

TEST_CASE("resolve_log_target: dates outside the pair name its start or end") {
    const World w;
    CHECK(w.log("ekim", "lnguyen", EntryKind::check_in, "2026-08-25").error ==
          "the pair of lnguyen (mentor) and ekim (mentee) starts on 2026-09-01, after 2026-08-25");
    // cwhite and asmith were a pair until August; in July it was theirs.
    CHECK(w.log("asmith", "cwhite", EntryKind::check_in, "2026-07-01").mentor == "cwhite");
    CHECK(w.log("asmith", "jdoe", EntryKind::check_in, "2026-07-01").error ==
          "jdoe is not part of the pair of cwhite (mentor) and asmith (mentee)");
    CHECK(w.log("asmith", "cwhite").error ==
          "cwhite is not part of the pair of jdoe (mentor) and asmith (mentee)");
    CHECK(w.log("cwhite", "cwhite").error ==
          "the pair of cwhite (mentor) and asmith (mentee) had its last day on 2026-07-31, before 2026-11-17");
    // The end day itself is no longer the pair's.
    CHECK(w.log("asmith", "cwhite", EntryKind::check_in, "2026-07-31").mentor == "cwhite");
    CHECK(w.log("asmith", "cwhite", EntryKind::check_in, "2026-08-01").error ==
          "the pair of cwhite (mentor) and asmith (mentee) had its last day on 2026-07-31, before 2026-08-01");
}

TEST_CASE("resolve_log_target: workshops and trainings belong to their person") {
    const World w;
    LogTarget t = w.log("jdoe", "jdoe", EntryKind::workshop);
    CHECK(t.error.empty());
    CHECK(t.person == "jdoe");
    CHECK(t.mentor.empty());
    CHECK_FALSE(w.log("jdoe", "asmith", EntryKind::workshop).error.empty());
    CHECK(w.log("asmith", "kb", EntryKind::training).person == "asmith");
}

TEST_CASE("resolve_log_target: a note about oneself needs no pair; a check-in does") {
    const World w;
    CHECK(w.log("zfree", "zfree", EntryKind::note).person == "zfree");
    const LogTarget t = w.log("zfree", "zfree", EntryKind::check_in);
    CHECK(t.error == "zfree has no pair on 2026-11-17");
    CHECK(w.log("zfree", "jdoe", EntryKind::note).error == "zfree has no pair with jdoe on 2026-11-17");
    CHECK(t.hint.find("--kind note") != std::string::npos);
}

TEST_CASE("can_read_text: private text reaches the pair and the writer only; shared text everyone") {
    Entry e;
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.by = "kb";
    e.is_private = true;
    CHECK(can_read_text(e, "jdoe"));
    CHECK(can_read_text(e, "asmith"));
    CHECK(can_read_text(e, "kb"));
    CHECK_FALSE(can_read_text(e, "cwhite"));
    CHECK_FALSE(can_read_text(e, ""));
    e.by = "jdoe";
    CHECK_FALSE(can_read_text(e, "kb"));  // a coordinator does not read a pair's private notes
    e.is_private = false;
    CHECK(can_read_text(e, ""));

    Entry w;
    w.kind = EntryKind::workshop;
    w.person = "jdoe";
    w.by = "jdoe";
    w.attendees = {"asmith"};
    CHECK(can_read_text(w, "jdoe"));
    CHECK_FALSE(can_read_text(w, "asmith"));
}

TEST_CASE("make_entry_id: same content same id; another salt or content, another id") {
    Entry e;
    e.date = day("2026-11-17");
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.text = "Exit tickets";
    const std::string id = make_entry_id(e, 0);
    CHECK(id.size() == 10);
    CHECK(id.find_first_not_of("0123456789abcdefghjkmnpqrstvwxyz") == std::string::npos);
    CHECK(make_entry_id(e, 0) == id);
    CHECK(make_entry_id(e, 1) != id);
    Entry other = e;
    other.text = "Exit ticket";
    CHECK(make_entry_id(other, 0) != id);
    const std::string g = make_goal_id(e, 0);
    CHECK(g.size() == 7);
    CHECK(g[0] == 'g');

    // Spread: ten thousand entries that differ in one character get ten thousand ids.
    std::set<std::string> ids;
    for (int i = 0; i < 10000; ++i) {
        e.text = "note " + std::to_string(i);
        ids.insert(make_entry_id(e, 0));
    }
    CHECK(ids.size() == 10000);
}

TEST_CASE("parse_milestone: date, optional value, optional text") {
    auto m = parse_milestone("2027-01-15");
    REQUIRE(m);
    CHECK(m->date == day("2027-01-15"));
    CHECK_FALSE(m->value);
    m = parse_milestone("2027-01-15=60.5 half way there");
    REQUIRE(m);
    CHECK(m->value == 60.5);
    CHECK(m->text == "half way there");
    CHECK(format_milestone(*m) == "2027-01-15=60.5 half way there");
    m = parse_milestone("2027-01-15 read the report");
    REQUIRE(m);
    CHECK(m->text == "read the report");
    CHECK_FALSE(parse_milestone("2027-13-15"));
    CHECK_FALSE(parse_milestone("2027-01-15=abc"));
    CHECK_FALSE(parse_milestone("2027-01-15x"));
}

TEST_CASE("EntryFilter: dates inclusive, person in any role, kinds, goals") {
    Entry e;
    e.date = day("2026-11-17");
    e.kind = EntryKind::observation;
    e.by = "jdoe";
    e.mentor = "jdoe";
    e.mentee = "asmith";
    e.goals = {"g1"};
    EntryFilter f;
    CHECK(f.matches(e));
    f.since = day("2026-11-17");
    f.until = day("2026-11-17");
    CHECK(f.matches(e));
    f.since = day("2026-11-18");
    CHECK_FALSE(f.matches(e));
    f = {};
    f.person = "asmith";
    CHECK(f.matches(e));
    f.person = "bcho";
    CHECK_FALSE(f.matches(e));
    f = {};
    f.kinds = {EntryKind::check_in};
    CHECK_FALSE(f.matches(e));
    f.kinds.push_back(EntryKind::observation);
    CHECK(f.matches(e));
    f = {};
    f.goal = "g1";
    CHECK(f.matches(e));
    f.goal = "g2";
    CHECK_FALSE(f.matches(e));
}

TEST_CASE("validate_journal: unknown people, unknown goals, reused ids, pairs never made") {
    const World w;
    auto entry = [](std::string id, int line) {
        Entry e;
        e.id = std::move(id);
        e.date = day("2026-11-17");
        e.by = "jdoe";
        e.mentor = "jdoe";
        e.mentee = "asmith";
        e.file = "journal/2026-11.journal";
        e.line = line;
        e.cols.id = 12;
        e.cols.by = 35;
        e.cols.mentor = 43;
        e.cols.goals = 70;
        return e;
    };
    std::vector<Entry> entries;
    entries.push_back(entry("a1", 2));
    Entry ghost = entry("a2", 3);
    ghost.by = "nobody";
    entries.push_back(ghost);
    Entry stranger = entry("a3", 4);
    stranger.mentor = "cwhite";
    stranger.mentee = "bcho";
    entries.push_back(stranger);
    Entry goal_ref = entry("a4", 5);
    goal_ref.goals = {"gmissing"};
    entries.push_back(goal_ref);
    Entry twin = entry("a1", 6);
    twin.text = "different";
    entries.push_back(twin);
    Entry copy = entries[0];
    copy.line = 7;
    entries.push_back(copy);

    const auto diags = validate_journal(entries, w.roster, w.pairs);
    REQUIRE(diags.size() == 5);
    CHECK(diags[0].message == "by 'nobody' is not in the roster");
    CHECK(diags[0].pos == SourcePos{3, 35});
    CHECK(diags[1].message == "cwhite and bcho were never paired in pairs.tsv");
    CHECK(diags[1].severity == Severity::warning);
    CHECK(diags[2].message == "goal gmissing is not defined in the journal");
    CHECK(diags[2].pos == SourcePos{5, 70});
    CHECK(diags[3].message == "id a1 is used by two entries (also journal/2026-11.journal line 2)");
    CHECK(diags[3].severity == Severity::error);
    CHECK(diags[4].message == "entry a1 appears twice (also journal/2026-11.journal line 2)");
    CHECK(diags[4].severity == Severity::warning);
}

TEST_CASE("in_date_order: by date, keeping the written order within a day") {
    std::vector<Entry> entries(3);
    entries[0].id = "b";
    entries[0].date = day("2026-11-18");
    entries[1].id = "z";
    entries[1].date = day("2026-11-17");
    entries[2].id = "a";
    entries[2].date = day("2026-11-17");
    const std::vector<const Entry*> order = in_date_order(entries);
    REQUIRE(order.size() == 3);
    CHECK(order[0]->id == "z");
    CHECK(order[1]->id == "a");
    CHECK(order[2]->id == "b");
}

namespace {

Entry check_in_of(const char* mentor_id, const char* mentee_id, const char* on, int minutes, const char* by = nullptr) {
    Entry e;
    e.id = std::string("c") + mentor_id + mentee_id + on + (by ? by : "");
    e.date = day(on);
    e.kind = EntryKind::check_in;
    e.mentor = mentor_id;
    e.mentee = mentee_id;
    e.by = by ? by : mentor_id;
    e.minutes = minutes;
    return e;
}

Entry group_of(const char* mentor_id, std::vector<std::string> mentees, const char* on, int minutes) {
    Entry e = check_in_of(mentor_id, "", on, minutes);
    e.mentees = std::move(mentees);
    return e;
}

}  // namespace

TEST_CASE("entry_mentees: the mentee, every mentee of a group session, or none") {
    const Entry one = check_in_of("jdoe", "asmith", "2026-11-17", 45);
    REQUIRE(entry_mentees(one).size() == 1);
    CHECK(entry_mentees(one)[0] == "asmith");
    const Entry group = group_of("jdoe", {"asmith", "bcho"}, "2026-11-17", 45);
    REQUIRE(entry_mentees(group).size() == 2);
    CHECK(entry_mentees(group)[1] == "bcho");
    Entry note;
    note.person = "jdoe";
    CHECK(entry_mentees(note).empty());
}

TEST_CASE("held_meetings: check-ins of a pair on a day are one meeting, whoever logged them") {
    const std::vector<Entry> entries{check_in_of("jdoe", "asmith", "2026-11-17", 45),
                                     check_in_of("jdoe", "asmith", "2026-11-17", 50, "asmith"),
                                     check_in_of("jdoe", "asmith", "2026-11-18", 30),
                                     check_in_of("jdoe", "bcho", "2026-11-17", 20)};
    const HeldMeetings held = held_meetings(entries, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(held.meetings.size() == 3);
    CHECK(held.meetings[0].id == MeetingId{day("2026-11-17"), "jdoe", "asmith"});
    CHECK(held.meetings[0].notes.size() == 2);
    CHECK(held.meetings[0].minutes == 50);  // the longest note
    CHECK(held.meetings[1].id.mentee == "bcho");
    CHECK(held.meetings[2].id.date == day("2026-11-18"));
    REQUIRE(held.sessions.size() == 3);  // the mentor is paid once for each
    CHECK(held.sessions[0].minutes == 50);
    CHECK(held_meetings(entries, day("2026-11-18"), day("2026-11-30")).meetings.size() == 1);
}

TEST_CASE("held_meetings: a group session is a meeting for each mentee and one session") {
    Entry observation = check_in_of("jdoe", "asmith", "2026-11-17", 55);
    observation.kind = EntryKind::observation;
    const std::vector<Entry> entries{group_of("jdoe", {"asmith", "bcho"}, "2026-11-17", 60),
                                     check_in_of("jdoe", "bcho", "2026-11-17", 30, "bcho"),
                                     check_in_of("jdoe", "ekim", "2026-11-17", 45), observation};
    const HeldMeetings held = held_meetings(entries, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(held.meetings.size() == 3);
    CHECK(held.meetings[0].minutes == 60);
    CHECK(held.meetings[1].minutes == 60);
    CHECK(held.meetings[1].notes.size() == 2);
    REQUIRE(held.sessions.size() == 2);
    CHECK(held.sessions[0].mentees == std::vector<std::string_view>{"asmith", "bcho"});
    CHECK(held.sessions[0].minutes == 60);
    CHECK(held.sessions[1].mentees == std::vector<std::string_view>{"ekim"});
    CHECK(held.meetings[2].session == 1);
}

TEST_CASE("can_read_text, EntryFilter, involves: a group session is about every mentee in it") {
    Entry e = group_of("jdoe", {"asmith", "bcho"}, "2026-11-17", 45);
    e.is_private = true;
    CHECK(can_read_text(e, "jdoe"));
    CHECK(can_read_text(e, "asmith"));
    CHECK(can_read_text(e, "bcho"));
    CHECK_FALSE(can_read_text(e, "ekim"));
    CHECK(e.involves("bcho"));
    CHECK_FALSE(e.involves("ekim"));
    EntryFilter f;
    f.mentor = "jdoe";
    f.mentee = "bcho";
    CHECK(f.matches(e));
    f.mentee = "ekim";
    CHECK_FALSE(f.matches(e));
}

TEST_CASE("validate_journal: a group session's mentees are in the roster and paired with its mentor") {
    const World w;
    Entry e = group_of("jdoe", {"asmith", "ekim", "nobody"}, "2026-11-17", 45);
    e.file = "journal/2026-11.journal";
    e.line = 2;
    e.cols.mentees = 50;
    const auto diags = validate_journal({e}, w.roster, w.pairs);
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].message == "mentee 'nobody' is not in the roster");
    CHECK(diags[0].pos == SourcePos{2, 50});
    CHECK(diags[1].message == "jdoe and ekim were never paired in pairs.tsv");
    CHECK(diags[1].severity == Severity::warning);
    // Before anyone is paired there is no record to check the pairs against.
    CHECK(validate_journal({e}, w.roster, {}, false).size() == 1);
}
