#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/remind.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

struct World {
    Program program = test::program();
    Roster roster;
    std::vector<Pair> pairs;
    std::vector<Meeting> meetings;
    std::vector<Entry> entries;
    std::vector<Goal> goals;

    World() {
        Person coord = person("kcoord", {Role::coordinator});
        Person far = person("fcoord", {Role::coordinator});
        far.school = "washington";
        Person m = test::mentor("jdoe");
        m.school = "lincoln";
        Person e = mentee("asmith");
        e.school = "lincoln";
        roster = test::roster({coord, far, m, e, test::mentee("bnew")});
        roster.people[4].school = "lincoln";
        roster.people[4].start = day("2026-11-09");
        pairs.push_back(Pair{"jdoe", "asmith", day("2026-08-24"), std::nullopt, 0, false, "", 0});
    }

    std::vector<Reminder> run(const char* today, int days = 7) const {
        return due_reminders({program, roster, pairs, meetings, entries, goals, day(today), days});
    }
    void met(const char* on, EntryKind k = EntryKind::check_in, std::string text = "we talked") {
        Entry e;
        e.id = std::string("e") + on;
        e.date = day(on);
        e.kind = k;
        e.by = "jdoe";
        e.mentor = "jdoe";
        e.mentee = "asmith";
        e.text = std::move(text);
        entries.push_back(e);
    }
    void meeting(const char* on, int start = 13 * 60 + 30, MeetingKind k = MeetingKind::meeting) {
        Meeting m;
        m.mentor = "jdoe";
        m.mentee = "asmith";
        m.kind = k;
        m.date = day(on);
        m.start = start;
        m.minutes = 45;
        m.key = k == MeetingKind::observation ? 1 : period_start(m.date, 7);
        meetings.push_back(m);
    }
};

std::vector<std::string> keys_of(const std::vector<Reminder>& items, std::string_view recipient) {
    std::vector<std::string> out;
    for (const Reminder& r : items) {
        if (r.recipient == recipient) out.push_back(std::string(section_name(r.section)) + " " + r.key);
    }
    return out;
}

Goal goal(const char* id, const char* due, std::optional<double> latest = std::nullopt) {
    Goal g;
    g.id = id;
    g.owner = "asmith";
    g.added = day("2026-09-01");
    g.definition.what = "Exit tickets";
    g.definition.measure = "share";
    g.definition.baseline = 40;
    g.definition.target = 80;
    g.definition.due = day(due);
    if (latest) g.progress.push_back({day("2026-11-01"), *latest, "p1"});
    return g;
}

}  // namespace

TEST_CASE("due_reminders: a pair that met within its cadence is not late") {
    World w;
    w.met("2026-11-16");
    w.met("2026-11-20");
    CHECK(keys_of(w.run("2026-11-23"), "jdoe").empty());
    CHECK(keys_of(w.run("2026-11-30"), "jdoe").empty());
}

TEST_CASE("due_reminders: a pair is late after cadence plus grace days, for both and the coordinator") {
    World w;
    w.met("2026-11-09");
    // 7 + 3 days: due by Thu 19 Nov; late from the 20th.
    CHECK(keys_of(w.run("2026-11-19"), "jdoe").empty());
    const auto items = w.run("2026-11-20");
    CHECK(keys_of(items, "jdoe") == std::vector<std::string>{"late late-pair:asmith+jdoe:2026-11-09"});
    CHECK(keys_of(items, "asmith") == std::vector<std::string>{"late late-pair:asmith+jdoe:2026-11-09"});
    const auto digest = keys_of(items, "kcoord");
    CHECK(std::find(digest.begin(), digest.end(), "digest pair-at-risk:asmith+jdoe:2026-11-09") != digest.end());
    // A coordinator of another school does not hear of it.
    CHECK(keys_of(items, "fcoord").empty());
}

TEST_CASE("due_reminders: a group session is a meeting of each of its mentees") {
    World w;
    w.roster.people.push_back(mentee("cgroup"));
    w.pairs.push_back(Pair{"jdoe", "cgroup", day("2026-08-24"), std::nullopt, 0, false, "", 0});
    w.met("2026-11-09");
    Entry group;
    group.id = "group";
    group.date = day("2026-11-16");
    group.kind = EntryKind::check_in;
    group.by = "jdoe";
    group.mentor = "jdoe";
    group.mentees = {"asmith", "cgroup"};
    w.entries.push_back(group);
    CHECK(keys_of(w.run("2026-11-20"), "jdoe").empty());
    CHECK(keys_of(w.run("2026-11-20"), "cgroup").empty());
}

TEST_CASE("due_reminders: a new pair has the cadence plus grace before it is late; breaks do not count") {
    World w;
    w.pairs[0].start = day("2026-12-14");
    w.program.term.breaks.push_back({"Winter break", day("2026-12-21"), day("2027-01-01")});
    // 10 days from 14 Dec, skipping the 12 days of the break: due by 5 Jan.
    CHECK(keys_of(w.run("2027-01-05"), "jdoe").empty());
    CHECK(keys_of(w.run("2027-01-06"), "jdoe") == std::vector<std::string>{"late late-pair:asmith+jdoe:2026-12-14"});
}

TEST_CASE("due_reminders: nothing is late outside the term") {
    World w;
    CHECK(w.run("2027-07-15").empty());
    CHECK(w.run("2026-08-01").empty());
}

TEST_CASE("due_reminders: a past scheduled meeting without a log is asked about; a logged one is not") {
    World w;
    w.met("2026-11-16");
    w.meeting("2026-11-16");
    w.meeting("2026-11-17", 8 * 60, MeetingKind::observation);
    w.meeting("2026-11-24");
    const auto items = w.run("2026-11-23");
    CHECK(keys_of(items, "jdoe") == std::vector<std::string>{"late missed-meeting:asmith+jdoe:2026-11-17",
                                                            "coming meeting:asmith+jdoe:2026-11-24"});
    const Reminder& missed = items[0].recipient == "asmith" ? items[0] : items[1];
    CHECK(missed.command == "mentor log jdoe --kind observation --date 2026-11-17");
    for (const Reminder& r : items) {
        if (r.recipient == "jdoe" && r.kind == "missed-meeting") {
            CHECK(r.command == "mentor log asmith --kind observation --date 2026-11-17");
            CHECK(r.text == "Did you meet Name of asmith (asmith) on Tue 17 Nov at 08:00 (observation 1)? Nothing is logged");
        }
    }
}

TEST_CASE("due_reminders: cancelled meetings and meetings beyond --days are left out") {
    World w;
    w.met("2026-11-20");
    w.meeting("2026-11-24");
    w.meeting("2026-12-01");
    w.meetings[0].cancelled = true;
    CHECK(keys_of(w.run("2026-11-23"), "jdoe").empty());
    CHECK(keys_of(w.run("2026-11-23", 9), "jdoe") == std::vector<std::string>{"coming meeting:asmith+jdoe:2026-12-01"});
    CHECK(keys_of(w.run("2026-11-23", 0), "jdoe").empty());
}

TEST_CASE("coming_meetings: the person's meetings from today through days ahead, not cancelled") {
    World w;
    w.meeting("2026-11-20");  // past
    w.meeting("2026-11-23");  // today
    w.meeting("2026-11-27", 9 * 60, MeetingKind::observation);
    w.meeting("2026-11-29");  // the last day of 7
    w.meeting("2026-11-30");  // one day too far
    w.meeting("2026-11-25");
    w.meetings.back().cancelled = true;
    w.meeting("2026-11-24");
    w.meetings.back().mentor = "other";
    w.meetings.back().mentee = "someone";
    const auto dates = [](const std::vector<Meeting>& ms) {
        std::vector<std::string> out;
        for (const Meeting& m : ms) out.push_back(m.date.iso());
        return out;
    };
    const std::vector<std::string> want{"2026-11-23", "2026-11-27", "2026-11-29"};
    CHECK(dates(coming_meetings(w.meetings, "jdoe", day("2026-11-23"), 7)) == want);
    CHECK(dates(coming_meetings(w.meetings, "asmith", day("2026-11-23"), 7)) == want);
    CHECK(dates(coming_meetings(w.meetings, "someone", day("2026-11-23"), 7)) == std::vector<std::string>{"2026-11-24"});
    CHECK(coming_meetings(w.meetings, "jdoe", day("2026-11-23"), 0).empty());
    CHECK(coming_meetings(w.meetings, "bnew", day("2026-11-23"), 7).empty());
    // The same meetings as the coming section of the reminders.
    int coming = 0;
    for (const Reminder& r : w.run("2026-11-23")) {
        coming += r.recipient == "jdoe" && r.section == ReminderSection::coming ? 1 : 0;
    }
    CHECK(coming == 3);
}

TEST_CASE("due_reminders: goals due in the window, overdue goals, and old goals left out") {
    World w;
    w.met("2026-11-20");
    w.goals.push_back(goal("g1", "2026-11-27", 60));
    w.goals.push_back(goal("g2", "2026-11-13"));
    w.goals.push_back(goal("g3", "2025-01-10"));  // more than a year before the term: history
    Goal met = goal("g4", "2026-11-25");
    met.done = true;
    w.goals.push_back(met);
    const auto items = w.run("2026-11-23");
    const std::vector<std::string> expected{"late goal-overdue:g2:2026-11-13", "coming goal-due:g1:2026-11-27"};
    CHECK(keys_of(items, "asmith") == expected);
    CHECK(keys_of(items, "jdoe") == expected);  // the owner's mentor hears of it too
    for (const Reminder& r : items) {
        if (r.recipient == "asmith" && r.goal == "g1") {
            CHECK(r.text == "Goal g1 \"Exit tickets\" of Name of asmith (asmith) is due Fri 27 Nov (target 80, latest 60)");
        }
    }
}

TEST_CASE("due_reminders: milestones coming and missed; reached ones are quiet") {
    World w;
    w.met("2026-11-20");
    Goal g = goal("g1", "2027-03-15", 50);
    g.definition.milestones = {{day("2026-11-10"), 55, ""}, {day("2026-11-11"), 45, ""},
                               {day("2026-11-12"), std::nullopt, "first unit"}, {day("2026-11-25"), 60, "unit 2"}};
    w.goals.push_back(g);
    CHECK(keys_of(w.run("2026-11-23"), "asmith") ==
          std::vector<std::string>{"late milestone-overdue:g1:2026-11-10", "coming milestone-due:g1:2026-11-25"});
}

TEST_CASE("due_reminders: the coordinator digest names unmatched mentees, over-capacity and untrained mentors") {
    World w;
    w.met("2026-11-20");
    w.roster.people[2].trained.reset();
    w.pairs.push_back(Pair{"jdoe", "bnew", day("2026-11-16"), std::nullopt, 0, false, "", 0});
    auto items = w.run("2026-11-23");
    std::vector<std::string> digest = keys_of(items, "kcoord");
    CHECK(std::find(digest.begin(), digest.end(), "digest over-capacity:jdoe:2026-11-16") != digest.end());
    CHECK(std::find(digest.begin(), digest.end(), "digest untrained:jdoe:2026-08-24") != digest.end());
    w.pairs.pop_back();
    items = w.run("2026-11-23");
    digest = keys_of(items, "kcoord");
    CHECK(std::find(digest.begin(), digest.end(), "digest unmatched:bnew:2026-11-09") != digest.end());
    for (const Reminder& r : items) {
        if (r.kind == "unmatched") CHECK(r.text == "Name of bnew (bnew) has had no mentor for 14 days (since Mon 9 Nov)");
    }
}

TEST_CASE("due_reminders: private journal text never reaches a reminder") {
    World w;
    w.met("2026-11-09", EntryKind::check_in, "SECRET-canary");
    w.meeting("2026-11-17");
    w.goals.push_back(goal("g1", "2026-11-13"));
    const auto items = w.run("2026-11-23");
    REQUIRE(!items.empty());
    for (const Reminder& r : items) {
        CHECK(r.text.find("SECRET") == std::string::npos);
        CHECK(r.command.find("SECRET") == std::string::npos);
    }
}

TEST_CASE("due_reminders: sorted by recipient, section, date and key; deterministic") {
    World w;
    w.meeting("2026-11-17");
    w.meeting("2026-11-24");
    w.goals.push_back(goal("g1", "2026-11-13"));
    const auto a = w.run("2026-11-23");
    std::reverse(w.meetings.begin(), w.meetings.end());
    std::reverse(w.roster.people.begin(), w.roster.people.end());
    const auto b = w.run("2026-11-23");
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].recipient + a[i].key == b[i].recipient + b[i].key);
    for (std::size_t i = 1; i < a.size(); ++i) {
        CHECK(std::make_tuple(a[i - 1].recipient, a[i - 1].section, a[i - 1].date) <=
              std::make_tuple(a[i].recipient, a[i].section, a[i].date));
    }
}

TEST_CASE("without_repeats and record_sent: once per repeat_days, then again") {
    World w;
    w.meeting("2026-11-17");
    const auto items = w.run("2026-11-23");
    REQUIRE(!items.empty());
    RemindHistory h = record_sent({}, items, day("2026-11-23"), 7);
    CHECK(without_repeats(items, h, day("2026-11-23"), 7).empty());
    CHECK(without_repeats(items, h, day("2026-11-29"), 7).empty());
    CHECK(without_repeats(items, h, day("2026-11-30"), 7).size() == items.size());
    // repeat_days 0: every run repeats, and nothing is kept.
    CHECK(without_repeats(items, h, day("2026-11-23"), 0).size() == items.size());
    CHECK(record_sent(h, items, day("2026-11-24"), 0).empty());
    // Stale rows are pruned when the next sending is recorded.
    h = record_sent(h, {}, day("2026-12-01"), 7);
    CHECK(h.empty());
}

TEST_CASE("contacts_since: the earliest start of an active pair, at most 400 days back") {
    World w;
    CHECK(contacts_since(w.program.cadence, w.pairs, day("2026-11-23")) == day("2026-08-24"));
    w.pairs[0].start = day("2020-01-01");
    CHECK(contacts_since(w.program.cadence, w.pairs, day("2026-11-23")) == day("2026-11-23") - 400);
    w.pairs[0].end = day("2026-01-01");
    CHECK(contacts_since(w.program.cadence, w.pairs, day("2026-11-23")) == day("2026-11-13"));
}

TEST_CASE("short_day: weekday, day and month") {
    CHECK(short_day(day("2026-11-17")) == "Tue 17 Nov");
    CHECK(short_day(day("2027-01-03")) == "Sun 3 Jan");
}
