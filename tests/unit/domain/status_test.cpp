#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/status.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

// jdoe mentors asmith; bnew mentors nobody; a meeting on the 17th nobody logged, one on the 24th.
struct World {
    Program program = test::program();
    Roster roster = test::roster({test::mentor("jdoe"), test::mentee("asmith"), test::mentor("bnew")});
    std::vector<Pair> pairs{Pair{"jdoe", "asmith", day("2026-08-24"), std::nullopt, 0, false, "", 0}};
    std::vector<Meeting> meetings;
    std::vector<Entry> entries;
    std::vector<Goal> goals;
    RemindHistory history;

    World() {
        meeting("2026-11-17");
        meeting("2026-11-24");
        meeting("2026-12-01");
        Meeting cancelled = meetings.back();
        cancelled.date = day("2026-11-25");
        cancelled.cancelled = true;
        meetings.push_back(cancelled);
        met("2026-11-10");
    }
    void meeting(const char* on) {
        Meeting m;
        m.mentor = "jdoe";
        m.mentee = "asmith";
        m.date = day(on);
        m.start = 14 * 60;
        m.minutes = 30;
        m.key = period_start(m.date, 7);
        meetings.push_back(m);
    }
    void met(const char* on) {
        Entry e;
        e.id = std::string("e") + on;
        e.date = day(on);
        e.kind = EntryKind::check_in;
        e.by = "jdoe";
        e.mentor = "jdoe";
        e.mentee = "asmith";
        entries.push_back(e);
    }
    PersonStatus status(const char* who, const char* today = "2026-11-23", int next_limit = 5) const {
        return person_status({{program, roster, pairs, meetings, entries, goals, day(today), 7}, history, who, next_limit});
    }
};

}  // namespace

TEST_CASE("person_status: my pairs with the day we last met, my next meetings without cancelled ones") {
    const World w;
    const PersonStatus s = w.status("jdoe");
    REQUIRE(s.pairs.size() == 1);
    CHECK(s.pairs[0].other == "asmith");
    CHECK(s.pairs[0].as_mentor);
    CHECK(s.pairs[0].last_met == day("2026-11-10"));
    REQUIRE(s.next.size() == 2);
    CHECK(s.next[0].date == day("2026-11-24"));
    CHECK(s.next[1].date == day("2026-12-01"));
    const PersonStatus mentee = w.status("asmith");
    REQUIRE(mentee.pairs.size() == 1);
    CHECK(mentee.pairs[0].other == "jdoe");
    CHECK_FALSE(mentee.pairs[0].as_mentor);
    CHECK(w.status("jdoe", "2026-11-23", 1).next.size() == 1);
}

TEST_CASE("person_status: a past meeting nobody logged comes with the command that logs it") {
    const World w;
    auto missed = [](const PersonStatus& s) {
        std::vector<std::string> out;
        for (const Reminder& r : s.unlogged) {
            if (r.kind == "missed-meeting") out.push_back(r.command);
        }
        return out;
    };
    CHECK(missed(w.status("jdoe")) == std::vector<std::string>{"mentor log asmith --date 2026-11-17"});
    CHECK(missed(w.status("asmith")) == std::vector<std::string>{"mentor log jdoe --date 2026-11-17"});
    World logged = w;
    logged.met("2026-11-17");
    CHECK(logged.status("jdoe").unlogged.empty());
}

TEST_CASE("person_status: someone without a pair has an empty view, not someone else's") {
    const World w;
    const PersonStatus s = w.status("bnew");
    CHECK(s.pairs.empty());
    CHECK(s.next.empty());
    CHECK(s.unlogged.empty());
    CHECK(s.reminder.empty());
}

TEST_CASE("person_status: goals due are mine; what a reminder would say leaves out what was sent lately") {
    World w;
    Goal g;
    g.id = "g1";
    g.owner = "asmith";
    g.added = day("2026-09-01");
    g.definition.what = "Exit tickets";
    g.definition.measure = "share";
    g.definition.target = 80;
    g.definition.due = day("2026-11-20");
    w.goals.push_back(g);
    const PersonStatus s = w.status("asmith");
    REQUIRE(s.goals.size() == 1);
    CHECK(s.goals[0].goal == "g1");
    CHECK(w.status("bnew").goals.empty());
    REQUIRE_FALSE(s.reminder.empty());
    // Everything sent yesterday: with the default repeat rule nothing is new today.
    for (const Reminder& r : s.reminder) w.history[{r.recipient, r.key}] = day("2026-11-22");
    const PersonStatus after = w.status("asmith");
    CHECK(after.reminder.empty());
    CHECK(after.due == s.reminder.size());  // still due, only not new
    CHECK(after.goals.size() == 1);  // still due: status shows it, whatever was sent
}
