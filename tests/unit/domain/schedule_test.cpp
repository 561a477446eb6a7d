#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "builders.hpp"
#include "mentor/domain/schedule.hpp"

using namespace mentor;
using test::day;

namespace {

Window win(int weekday, const char* from, const char* to) {
    auto minutes = [](const char* t) { return ((t[0] - '0') * 10 + (t[1] - '0')) * 60 + (t[3] - '0') * 10 + (t[4] - '0'); };
    return {weekday, minutes(from), minutes(to)};
}

Person with(Person p, std::vector<Window> free) {
    p.availability = std::move(free);
    return p;
}

Pair pair_of(const std::string& mentor, const std::string& mentee, const char* start = "2026-08-24") {
    Pair p;
    p.mentor = mentor;
    p.mentee = mentee;
    p.start = day(start);
    return p;
}

Program short_term() {
    Program p = test::program();
    p.term.start = day("2026-08-24");
    p.term.end = day("2026-10-30");  // ten weeks
    p.term.holidays = {day("2026-09-07")};
    p.cadence.observations = 0;
    return p;
}

std::vector<Meeting> live(const SchedulePlan& plan, MeetingKind kind = MeetingKind::meeting) {
    std::vector<Meeting> out;
    for (const Meeting& m : plan.meetings) {
        if (!m.cancelled && m.kind == kind) out.push_back(m);
    }
    std::sort(out.begin(), out.end(), [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
    return out;
}

}  // namespace

TEST_CASE("period_start: weekly periods are ISO weeks starting on Monday") {
    CHECK(Date::from_days(period_start(day("2026-11-26"), 7)) == day("2026-11-23"));
    CHECK(Date::from_days(period_start(day("2026-11-23"), 7)) == day("2026-11-23"));
    CHECK(Date::from_days(period_start(day("2026-11-29"), 7)) == day("2026-11-23"));
    const int two = period_start(day("2026-11-26"), 14);
    CHECK(Date::from_days(two).weekday() == 0);
    CHECK(period_start(day("2026-12-03"), 14) == two);
    CHECK(period_start(day("1969-12-31"), 7) == period_start(day("1969-12-29"), 7));
}

TEST_CASE("plan_schedule: one standing weekly slot, school days only; a holiday moves that week only") {
    const Roster r = test::roster({with(test::mentor("ma"), {win(0, "15:00", "16:00"), win(2, "15:00", "16:00")}),
                                   with(test::mentee("ea"), {win(0, "15:00", "16:00"), win(2, "14:30", "16:30")})});
    Program program = short_term();
    program.term.holidays.push_back(day("2026-10-14"));  // a Wednesday: Monday and Wednesday both fit 9 of 10 weeks
    const SchedulePlan plan = plan_schedule(r, program, {pair_of("ma", "ea")}, {}, day("2026-08-24"));
    const auto meetings = live(plan);
    REQUIRE(meetings.size() == 10);
    CHECK(plan.problems.empty());
    for (const Meeting& m : meetings) {
        if (m.key == period_start(day("2026-09-07"), 7)) {
            CHECK(m.date == day("2026-09-09"));  // Labor Day Monday: the Wednesday of that week
            CHECK(m.start == 15 * 60);
        } else {
            CHECK(m.date.weekday() == 0);
            CHECK(m.start == 15 * 60);
        }
        CHECK(m.minutes == 45);
        CHECK(m.key == period_start(m.date, 7));
    }
    CHECK(plan.added == 10);
}

TEST_CASE("plan_schedule: no common window is reported with the nearest misses") {
    const Roster r = test::roster({with(test::mentor("ma"), {win(0, "15:30", "16:00"), win(4, "06:00", "06:30")}),
                                   with(test::mentee("ea"), {win(0, "15:45", "16:30"), win(4, "07:00", "07:30")}),
                                   with(test::mentor("mb"), {win(1, "10:00", "11:00")}),
                                   with(test::mentee("eb"), {win(1, "10:00", "11:00")})});
    const SchedulePlan plan =
        plan_schedule(r, short_term(), {pair_of("ma", "ea"), pair_of("mb", "eb")}, {}, day("2026-08-24"));
    REQUIRE(plan.problems.size() == 1);
    const ScheduleProblem& p = plan.problems.front();
    CHECK(p.mentee == "ea");
    CHECK(p.reason == "no common free window of 45 minutes");
    REQUIRE(p.near_misses.size() == 2);
    CHECK(p.near_misses[0] == "ma mon 15:30-16:00 vs ea mon 15:45-16:30: 15 minutes in common, 30 short");
    CHECK(p.near_misses[1] == "ma fri 06:00-06:30 vs ea fri 07:00-07:30: 30 minutes apart");
    CHECK(live(plan).size() == 10);  // the other pair is still scheduled
}

TEST_CASE("plan_schedule: a mentor with three mentees and a mentor who is also a mentee are never double-booked") {
    Person both = test::person("both", {Role::mentor, Role::mentee});
    both.availability = {win(0, "15:00", "17:00")};
    const Roster r = test::roster({with(test::mentor("ma"), {win(0, "15:00", "17:00")}),
                                   with(test::mentee("e1"), {win(0, "15:00", "17:00")}),
                                   with(test::mentee("e2"), {win(0, "15:00", "17:00")}), both,
                                   with(test::mentee("e3"), {win(0, "15:00", "17:00")})});
    Program program = short_term();
    program.cadence.max_per_day = 2;
    const SchedulePlan plan = plan_schedule(
        r, program, {pair_of("ma", "e1"), pair_of("ma", "e2"), pair_of("ma", "both"), pair_of("both", "e3")}, {},
        day("2026-08-24"));
    std::map<std::pair<std::string, int>, std::vector<std::pair<int, int>>> busy;
    for (const Meeting& m : live(plan)) {
        for (const std::string& who : {m.mentor, m.mentee}) busy[{who, m.date.days()}].emplace_back(m.start, m.end());
    }
    for (auto& [key, spans] : busy) {
        CHECK(spans.size() <= 2);
        std::sort(spans.begin(), spans.end());
        for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i - 1].second <= spans[i].first);
    }
    // Mondays only, two meetings a day for ma: one of ma's three pairs cannot meet every week.
    bool reported = false;
    for (const auto& p : plan.problems) reported = reported || p.mentor == "ma";
    CHECK(reported);
}

TEST_CASE("plan_schedule: observations in the mentor's free time, spaced, clear of other meetings") {
    const Roster r = test::roster({with(test::mentor("ma"), {win(1, "09:00", "10:00"), win(3, "09:00", "10:00")}),
                                   with(test::mentee("ea"), {win(1, "09:00", "10:00")})});
    Program program = short_term();
    program.cadence.observations = 2;
    program.cadence.observation_spacing_days = 21;
    const SchedulePlan plan = plan_schedule(r, program, {pair_of("ma", "ea")}, {}, day("2026-08-24"));
    const auto obs = live(plan, MeetingKind::observation);
    REQUIRE(obs.size() == 2);
    CHECK(obs[1].date - obs[0].date >= 21);
    for (const Meeting& o : obs) CHECK((o.date.weekday() == 1 || o.date.weekday() == 3));
    CHECK(plan.problems.empty());

    program.cadence.observations = 4;
    program.cadence.observation_spacing_days = 28;
    const SchedulePlan tight = plan_schedule(r, program, {pair_of("ma", "ea")}, {}, day("2026-08-24"));
    REQUIRE(tight.problems.size() == 1);
    CHECK(tight.problems[0].kind == MeetingKind::observation);
    CHECK(tight.problems[0].reason.rfind("3 of 4 observations placed", 0) == 0);
}

TEST_CASE("plan_schedule: a re-run keeps everything; past meetings stay even when now invalid") {
    const Roster r = test::roster({with(test::mentor("ma"), {win(0, "15:00", "16:00"), win(2, "15:00", "16:00")}),
                                   with(test::mentee("ea"), {win(0, "15:00", "16:00")})});
    Program program = short_term();
    program.term.holidays.clear();
    const auto first = plan_schedule(r, program, {pair_of("ma", "ea")}, {}, day("2026-08-24"));
    const auto again = plan_schedule(r, program, {pair_of("ma", "ea")}, first.meetings, day("2026-09-15"));
    CHECK(again.kept == static_cast<int>(first.meetings.size()));
    CHECK(again.changes.empty());

    // Monday becomes busy for the mentee from now on: only future Monday meetings move, to Wednesday.
    Roster changed = r;
    changed.people[1].availability = {win(2, "15:00", "16:00")};
    const auto moved = plan_schedule(changed, program, {pair_of("ma", "ea")}, first.meetings, day("2026-09-15"));
    for (const Meeting& m : live(moved)) {
        if (m.date < day("2026-09-15")) CHECK(m.date.weekday() == 0);
        else CHECK(m.date.weekday() == 2);
    }
    CHECK(moved.moved > 0);
    for (const MeetingChange& c : moved.changes) {
        CHECK(c.type == MeetingChange::Type::moved);
        CHECK(c.before.key == c.after.key);
        CHECK(c.after.rev == c.before.rev + 1);
        CHECK(c.before.date >= day("2026-09-15"));
    }
}

TEST_CASE("plan_schedule: an ended pair's future meetings are cancelled, its past kept; a locked meeting stays") {
    const Roster r = test::roster({with(test::mentor("ma"), {win(0, "15:00", "16:00")}),
                                   with(test::mentee("ea"), {win(0, "15:00", "16:00")})});
    const Program program = short_term();
    auto first = plan_schedule(r, program, {pair_of("ma", "ea")}, {}, day("2026-08-24"));
    Pair ended = pair_of("ma", "ea");
    ended.end = day("2026-09-20");
    const auto after = plan_schedule(r, program, {ended}, first.meetings, day("2026-09-21"));
    for (const Meeting& m : after.meetings) CHECK(m.cancelled == (m.date >= day("2026-09-21")));
    CHECK(after.removed == 6);
    CHECK(after.kept == 3);

    // A locked meeting at an odd time is kept; a cancelled one comes back with a higher rev.
    first.meetings[5].locked = true;
    first.meetings[5].start = 7 * 60;
    const auto locked = plan_schedule(r, program, {pair_of("ma", "ea")}, first.meetings, day("2026-08-24"));
    CHECK(locked.kept == static_cast<int>(first.meetings.size()));
    const auto revived = plan_schedule(r, program, {pair_of("ma", "ea")}, after.meetings, day("2026-09-21"));
    CHECK(revived.added == 6);
    for (const Meeting& m : revived.meetings) {
        CHECK(!m.cancelled);
        if (m.date >= day("2026-09-21")) CHECK(m.rev == 2);
    }
}

TEST_CASE("plan_schedule: the order of the roster and the pairs changes nothing") {
    std::vector<Person> people;
    std::vector<Pair> pairs;
    for (int i = 0; i < 6; ++i) {
        people.push_back(with(test::mentor("m" + std::to_string(i)), {win(i % 3, "15:00", "16:30"), win(4, "08:00", "09:00")}));
        people.push_back(with(test::mentee("e" + std::to_string(i)), {win(i % 3, "15:00", "16:30"), win(4, "08:00", "09:00")}));
        pairs.push_back(pair_of("m" + std::to_string(i / 2), "e" + std::to_string(i)));
    }
    const auto a = plan_schedule(test::roster(people), short_term(), pairs, {}, day("2026-08-24"));
    std::reverse(people.begin(), people.end());
    std::reverse(pairs.begin(), pairs.end());
    const auto b = plan_schedule(test::roster(people), short_term(), pairs, {}, day("2026-08-24"));
    REQUIRE(a.meetings.size() == b.meetings.size());
    for (std::size_t i = 0; i < a.meetings.size(); ++i) {
        CHECK(same_meeting(a.meetings[i], b.meetings[i]));
        CHECK(a.meetings[i].date == b.meetings[i].date);
        CHECK(a.meetings[i].start == b.meetings[i].start);
    }
}

TEST_CASE("plan_schedule: observations go where the mentee teaches and the mentor is free") {
    Program prog = short_term();
    prog.cadence.observations = 2;
    prog.cadence.observation_spacing_days = 14;
    Person m = with(test::mentor("m"), {win(0, "15:00", "16:00"), win(3, "09:00", "10:00")});
    Person e = with(test::mentee("e"), {win(0, "15:00", "16:00")});
    e.teaches = {win(3, "08:00", "11:00"), win(1, "09:00", "10:00")};  // tue: the mentor is not free
    const SchedulePlan plan = plan_schedule(test::roster({m, e}), prog, {pair_of("m", "e")}, {}, day("2026-08-24"));
    const auto obs = live(plan, MeetingKind::observation);
    REQUIRE(obs.size() == 2);
    for (const Meeting& o : obs) {
        CHECK(o.date.weekday() == 3);
        CHECK(o.start >= 9 * 60);
        CHECK(o.end() <= 10 * 60);
    }
    auto of_kind = [](const SchedulePlan& x, MeetingKind k) {
        std::vector<ScheduleProblem> out;
        for (const ScheduleProblem& pr : x.problems) {
            if (pr.kind == k) out.push_back(pr);
        }
        return out;
    };
    CHECK(of_kind(plan, MeetingKind::observation).empty());
    // Without a teaching period the mentor is free in, nothing is placed, and the reason says so.
    e.teaches = {win(1, "09:00", "10:00")};
    const SchedulePlan none = plan_schedule(test::roster({m, e}), prog, {pair_of("m", "e")}, {}, day("2026-08-24"));
    CHECK(live(none, MeetingKind::observation).empty());
    REQUIRE(of_kind(none, MeetingKind::observation).size() == 1);
    CHECK(of_kind(none, MeetingKind::observation)[0].reason == "m is free for no 45-minute stretch of e's teaching periods");
}

TEST_CASE("plan_schedule: visits (observe_mentor) go where the mentor teaches and the mentee is free") {
    Program prog = short_term();
    prog.cadence.observe_mentor = 2;
    Person m = with(test::mentor("m"), {win(0, "15:00", "16:00")});
    m.teaches = {win(2, "09:00", "10:00"), win(4, "09:00", "10:00")};
    // e is also free on tuesday mornings, when m does not teach: no visit goes there.
    Person e = with(test::mentee("e"), {win(0, "15:00", "16:00"), win(1, "09:00", "10:00"), win(4, "09:00", "09:50")});
    const SchedulePlan plan = plan_schedule(test::roster({m, e}), prog, {pair_of("m", "e")}, {}, day("2026-08-24"));
    const auto visits = live(plan, MeetingKind::visit);
    REQUIRE(visits.size() == 2);
    for (const Meeting& v : visits) {
        CHECK(v.date.weekday() == 4);
        CHECK(v.start == 9 * 60);
    }
    CHECK(std::none_of(plan.problems.begin(), plan.problems.end(), [](const ScheduleProblem& x) { return x.kind == MeetingKind::visit; }));
    // A re-run keeps it.
    CHECK(plan_schedule(test::roster({m, e}), prog, {pair_of("m", "e")}, plan.meetings, day("2026-08-24")).changes.empty());
}

TEST_CASE("plan_schedule: a mentor who meets in a group meets their mentees at one slot, once") {
    Program prog = short_term();
    prog.cadence.max_per_day = 1;
    Person m = with(test::mentor("m"), {win(0, "15:00", "16:00"), win(2, "15:00", "16:00")});
    Person a = with(test::mentee("a"), {win(0, "15:00", "16:00"), win(2, "15:00", "16:00")});
    Person b = with(test::mentee("b"), {win(0, "15:00", "16:00"), win(2, "15:30", "16:30")});
    const std::vector<Pair> pairs{pair_of("m", "a"), pair_of("m", "b")};
    // One to one: two meetings a week for m; one slot on mon, one on wed.
    const SchedulePlan apart = plan_schedule(test::roster({m, a, b}), prog, pairs, {}, day("2026-08-24"));
    for (const Meeting& x : live(apart)) CHECK_FALSE(x.group);
    m.group = true;
    const SchedulePlan together = plan_schedule(test::roster({m, a, b}), prog, pairs, {}, day("2026-08-24"));
    const auto rows = live(together);
    CHECK(rows.size() == 18);  // nine weeks of two; Labor Day week has no group time
    std::map<int, std::set<std::string>> by_week;
    for (const Meeting& x : rows) {
        CHECK(x.group);
        CHECK(x.date.weekday() == 0);  // wed 15:30-16:00 is too short for the three of them
        CHECK(x.start == 15 * 60);
        by_week[x.key].insert(x.mentee);
    }
    for (const auto& [week, who] : by_week) CHECK(who == std::set<std::string>{"a", "b"});
    // Re-run: nothing moves; ungrouped, the group rows are replaced by one-to-one meetings.
    CHECK(plan_schedule(test::roster({m, a, b}), prog, pairs, together.meetings, day("2026-08-24")).changes.empty());
    m.group = false;
    const SchedulePlan split = plan_schedule(test::roster({m, a, b}), prog, pairs, together.meetings, day("2026-08-24"));
    for (const Meeting& x : live(split)) CHECK_FALSE(x.group);
}
