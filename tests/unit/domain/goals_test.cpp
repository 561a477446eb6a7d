#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/goals.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Entry add(const char* id, const char* on, std::optional<double> baseline, std::optional<double> target,
          const char* due) {
    Entry e;
    e.id = std::string("e-") + id;
    e.kind = EntryKind::goal_add;
    e.goal = id;
    e.date = day(on);
    e.by = "jdoe";
    e.person = "asmith";
    e.definition.what = "Raise exit-ticket mastery";
    e.definition.measure = "share at 3+";
    e.definition.baseline = baseline;
    e.definition.target = target;
    if (due) e.definition.due = day(due);
    return e;
}

Entry event(EntryKind k, const char* goal, const char* on, std::optional<double> value = std::nullopt) {
    Entry e;
    e.id = std::string("e-") + goal + on;
    e.kind = k;
    e.goal = goal;
    e.date = day(on);
    e.by = "jdoe";
    e.person = "asmith";
    e.value = value;
    return e;
}

}  // namespace

TEST_CASE("fold_goals: progress in date order, whatever the order written") {
    const std::vector<Entry> entries = {
        add("g1", "2026-09-01", 40, 80, "2027-03-01"),
        event(EntryKind::goal_progress, "g1", "2026-11-01", 60),
        event(EntryKind::goal_progress, "g1", "2026-10-01", 50),
    };
    const std::vector<Goal> goals = fold_goals(entries);
    REQUIRE(goals.size() == 1);
    REQUIRE(goals[0].progress.size() == 2);
    CHECK(goals[0].progress[0].value == 50);
    CHECK(goals[0].latest() == 60);
    CHECK(goals[0].status(day("2026-11-23")) == GoalStatus::active);
}

TEST_CASE("fold_goals: an event merged above its goal's definition still applies") {
    const std::vector<Entry> entries = {
        event(EntryKind::goal_progress, "g1", "2026-10-01", 50),
        add("g1", "2026-09-01", 40, 80, "2027-03-01"),
        event(EntryKind::goal_progress, "gx", "2026-10-01", 50),  // unknown goal: ignored
    };
    const std::vector<Goal> goals = fold_goals(entries);
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].latest() == 50);
}

TEST_CASE("Goal::status: met, dropped, missed after the due date, else active") {
    std::vector<Entry> entries = {add("g1", "2026-09-01", 40, 80, "2026-12-01")};
    std::vector<Goal> goals = fold_goals(entries);
    CHECK(goals[0].status(day("2026-12-01")) == GoalStatus::active);
    CHECK(goals[0].status(day("2026-12-02")) == GoalStatus::missed);
    entries.push_back(event(EntryKind::goal_done, "g1", "2026-11-20"));
    goals = fold_goals(entries);
    CHECK(goals[0].status(day("2026-12-02")) == GoalStatus::met);
    CHECK(goals[0].closed == day("2026-11-20"));
    entries.push_back(event(EntryKind::goal_drop, "g1", "2026-11-21"));
    goals = fold_goals(entries);
    CHECK(goals[0].status(day("2026-12-02")) == GoalStatus::dropped);
}

TEST_CASE("estimate_pace: the straight line from baseline to target decides") {
    // 40 on 2026-09-01 to 80 on 2027-03-01 (181 days): on 2026-12-01 (91 days) the line is at 60.11.
    std::vector<Entry> entries = {add("g1", "2026-09-01", 40, 80, "2027-03-01"),
                                  event(EntryKind::goal_progress, "g1", "2026-12-01", 61)};
    Goal g = fold_goals(entries)[0];
    PaceEstimate p = estimate_pace(g, day("2026-12-01"));
    CHECK(p.pace == Pace::on_track);
    REQUIRE(p.expected);
    CHECK(*p.expected == Approx(40 + 40.0 * 91 / 181));

    g.progress.back().value = 55;
    CHECK(estimate_pace(g, day("2026-12-01")).pace == Pace::behind);
    g.progress.back().value = 70;  // more than a tenth of the way ahead of the line
    CHECK(estimate_pace(g, day("2026-12-01")).pace == Pace::ahead);
    g.progress.back().value = 80;
    CHECK(estimate_pace(g, day("2026-12-01")).pace == Pace::reached);
    // An old value read later: the line has moved on.
    g.progress.back().value = 61;
    CHECK(estimate_pace(g, day("2027-02-01")).pace == Pace::behind);
}

TEST_CASE("estimate_pace: goals that go down, and goals without data") {
    // Office referrals from 20 down to 5.
    std::vector<Entry> entries = {add("g1", "2026-09-01", 20, 5, "2026-12-10")};
    Goal g = fold_goals(entries)[0];
    CHECK(estimate_pace(g, day("2026-10-01")).pace == Pace::no_data);
    g.progress.push_back({day("2026-10-20"), 10, "e"});  // the line expects 20 - 15 * 49/100 = 12.65
    CHECK(estimate_pace(g, day("2026-10-20")).pace == Pace::ahead);
    g.progress.back().value = 14;
    CHECK(estimate_pace(g, day("2026-10-20")).pace == Pace::behind);
    g.progress.back().value = 4;
    CHECK(estimate_pace(g, day("2026-10-20")).pace == Pace::reached);
    Goal vague = fold_goals({add("g2", "2026-09-01", std::nullopt, std::nullopt, nullptr)})[0];
    CHECK(estimate_pace(vague, day("2026-10-01")).pace == Pace::unknown);
}

TEST_CASE("milestone_reached: by the latest value, in the goal's direction") {
    Goal g = fold_goals({add("g1", "2026-09-01", 20, 5, "2026-12-10")})[0];
    const Milestone m{day("2026-10-15"), 12, "half way"};
    CHECK_FALSE(milestone_reached(g, m));
    g.progress.push_back({day("2026-10-10"), 11, "e"});
    CHECK(milestone_reached(g, m));
}

TEST_CASE("smart_warnings: measurable and time-bound, inside the term") {
    const Program p = program();
    GoalDefinition d;
    d.what = "Be better";
    auto w = smart_warnings(d, p.term);
    REQUIRE(w.size() == 2);
    CHECK(w[0] == "not measurable: it has no measure and no target");
    CHECK(w[1] == "not time-bound: it has no due date");
    d.measure = "share at 3+";
    d.target = 80;
    d.due = day("2027-08-01");
    w = smart_warnings(d, p.term);
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "not time-bound: its due date 2027-08-01 is outside the term (2026-08-24 to 2027-06-11)");
    d.due = day("2027-03-01");
    CHECK(smart_warnings(d, p.term).empty());
    d.target.reset();
    CHECK(smart_warnings(d, p.term) == std::vector<std::string>{"not measurable: it has no target value"});
}

TEST_CASE("format_value: whole numbers without a fraction, others without trailing zeros") {
    CHECK(format_value(40) == "40");
    CHECK(format_value(12.5) == "12.5");
    CHECK(format_value(-3) == "-3");
    CHECK(format_value(0.125) == "0.125");
}
