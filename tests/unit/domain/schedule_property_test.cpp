// Property tests of the scheduler on generated programs: whatever the program, the schedule
// keeps every rule, and a re-run after a change moves only what the change touches.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <map>
#include <set>

#include "builders.hpp"
#include "mentor/domain/schedule.hpp"

using namespace mentor;
using test::day;
using test::Rng;

namespace {

struct World {
    Program program;
    Roster roster;
    std::vector<Pair> pairs;
    std::set<std::string> isolated;  // mentees of pairs with time every weekday and nobody else
    Date today;
};

Window random_window(Rng& rng) {
    const int start = rng.between(6 * 12, 17 * 12) * 5;
    return {rng.chance(90) ? rng.between(0, 4) : rng.between(5, 6), start, std::min(24 * 60, start + rng.between(3, 24) * 5)};
}

World generate(std::uint64_t seed) {
    Rng rng{seed};
    World w;
    w.program = test::program();
    Program& p = w.program;
    p.term.start = day("2026-08-24") + rng.between(0, 4);
    p.term.end = p.term.start + rng.between(5, 30) * 7 + rng.between(0, 4);
    for (int i = rng.between(0, 6); i > 0; --i) p.term.holidays.push_back(p.term.start + rng.between(0, p.term.end - p.term.start));
    if (rng.chance(50)) {
        const Date b = p.term.start + rng.between(14, std::max(14, p.term.end - p.term.start - 14));
        p.term.breaks.push_back({"Break", b, b + rng.between(2, 11)});
    }
    const int cadences[] = {7, 7, 7, 14, 10};
    p.cadence.every_days = cadences[rng.between(0, 4)];
    const int lengths[] = {30, 45, 45, 60};
    p.cadence.minutes = lengths[rng.between(0, 3)];
    p.cadence.max_per_day = rng.between(1, 3);
    p.cadence.observations = rng.between(0, 3);
    p.cadence.observation_spacing_days = rng.between(0, 35);

    std::vector<Person> people;
    const int n = rng.between(4, 24);
    for (int i = 0; i < n; ++i) {
        Person q = test::person("p" + std::to_string(i), {rng.chance(50) ? Role::mentor : Role::mentee});
        if (rng.chance(15)) q.roles |= static_cast<std::uint8_t>(Role::mentor) | static_cast<std::uint8_t>(Role::mentee);
        for (int k = rng.between(0, 5); k > 0; --k) q.availability.push_back(random_window(rng));
        if (rng.chance(10)) q.start = p.term.start + rng.between(0, 60);
        if (rng.chance(10)) q.leaves = p.term.start + rng.between(20, 200);
        people.push_back(std::move(q));
    }
    for (int i = rng.between(0, 3 * n / 2); i > 0; --i) {
        const int a = rng.between(0, n - 1), b = rng.between(0, n - 1);
        if (a == b) continue;
        Pair pr;
        pr.mentor = people[static_cast<std::size_t>(a)].id;
        pr.mentee = people[static_cast<std::size_t>(b)].id;
        pr.start = p.term.start + (rng.chance(70) ? 0 : rng.between(0, 90));
        if (rng.chance(10)) pr.end = pr.start + rng.between(0, 60);
        w.pairs.push_back(pr);
    }
    // Pairs with free time every weekday afternoon and no other pair: always feasible.
    for (int i = rng.between(0, 2); i > 0; --i) {
        const std::string k = std::to_string(i);
        Person m = test::mentor("iso-m" + k), e = test::mentee("iso-e" + k);
        for (int d = 0; d < 5; ++d) {
            m.availability.push_back({d, 14 * 60, 17 * 60});
            e.availability.push_back({d, 13 * 60, 16 * 60 + 30});
        }
        people.push_back(m);
        people.push_back(e);
        Pair pr;
        pr.mentor = m.id;
        pr.mentee = e.id;
        pr.start = p.term.start;
        w.pairs.push_back(pr);
        w.isolated.insert(e.id);
    }
    w.roster = test::roster(std::move(people));
    w.today = p.term.start + rng.between(-10, 40);
    return w;
}

std::bitset<24 * 60> free_minutes(const Person& p, int weekday) {
    std::bitset<24 * 60> out;
    for (const Window& w : p.availability) {
        if (w.weekday != weekday) continue;
        for (int t = w.start; t < w.end; ++t) out.set(static_cast<std::size_t>(t));
    }
    return out;
}

bool inside(const Person& p, const Meeting& m) {
    const auto free = free_minutes(p, m.date.weekday());
    for (int t = m.start; t < m.end(); ++t) {
        if (!free.test(static_cast<std::size_t>(t))) return false;
    }
    return true;
}

// The days a current pair can meet from `today` on.
std::vector<Date> usable_days(const World& w, const Pair& pr, Date today) {
    const Person* m = w.roster.find(pr.mentor);
    const Person* e = w.roster.find(pr.mentee);
    Date first = std::max({pr.start, w.program.term.start, today});
    if (m->start) first = std::max(first, *m->start);
    if (e->start) first = std::max(first, *e->start);
    Date last = w.program.term.end;
    if (m->leaves) last = std::min(last, *m->leaves - 1);
    if (e->leaves) last = std::min(last, *e->leaves - 1);
    std::vector<Date> out;
    for (Date d = first; d <= last; d = d + 1) {
        if (w.program.term.is_school_day(d)) out.push_back(d);
    }
    return out;
}

// Every rule a schedule must keep, checked on the meetings from `today` on.
void check_rules(const World& w, const SchedulePlan& plan, Date today) {
    const Program& p = w.program;
    std::map<std::pair<std::string, int>, std::vector<std::pair<int, int>>> busy;
    std::set<std::tuple<std::string, std::string, int>> problems;
    for (const ScheduleProblem& pr : plan.problems) {
        CHECK(!pr.reason.empty());
        problems.insert({pr.mentee, pr.mentor, static_cast<int>(pr.kind)});
    }
    std::map<std::pair<std::string, std::string>, std::vector<int>> observations;  // the past too
    std::map<std::pair<std::string, std::string>, std::map<int, int>> periods;    // check-ins per period
    for (const Meeting& m : plan.meetings) {
        if (!m.cancelled && m.kind == MeetingKind::observation) observations[{m.mentee, m.mentor}].push_back(m.date.days());
        if (!m.cancelled && m.kind == MeetingKind::meeting) ++periods[{m.mentee, m.mentor}][m.key];
        if (m.cancelled || m.date < today) continue;
        INFO(m.mentor << "/" << m.mentee << " " << m.date.iso() << " " << m.start);
        CHECK(p.term.is_school_day(m.date));
        CHECK(m.minutes == p.cadence.minutes);
        const Person* mentor = w.roster.find(m.mentor);
        const Person* mentee = w.roster.find(m.mentee);
        REQUIRE(mentor);
        REQUIRE(mentee);
        CHECK(mentor->is_present(m.date));
        CHECK(mentee->is_present(m.date));
        CHECK(inside(*mentor, m));
        if (m.kind == MeetingKind::meeting) {
            CHECK(inside(*mentee, m));
            CHECK(m.key == period_start(m.date, p.cadence.every_days));
        } else {
            CHECK(m.key >= 1);
            CHECK(m.key <= p.cadence.observations);
        }
        for (const std::string& who : {m.mentor, m.mentee}) busy[{who, m.date.days()}].emplace_back(m.start, m.end());
    }
    for (auto& [key, spans] : busy) {
        INFO(key.first << " on " << Date::from_days(key.second).iso());
        CHECK(static_cast<int>(spans.size()) <= p.cadence.max_per_day);
        std::sort(spans.begin(), spans.end());
        for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i - 1].second <= spans[i].first);
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (const Pair& pr : w.pairs) {
        if (pr.end || !seen.insert({pr.mentee, pr.mentor}).second) continue;
        INFO("pair " << pr.mentor << "/" << pr.mentee);
        const auto days = usable_days(w, pr, today);
        const auto& per_period = periods[{pr.mentee, pr.mentor}];
        std::vector<int> observation_days = observations[{pr.mentee, pr.mentor}];
        for (const auto& [period, count] : per_period) CHECK(count == 1);
        std::sort(observation_days.begin(), observation_days.end());
        for (std::size_t i = 1; i < observation_days.size(); ++i) {
            CHECK(observation_days[i] - observation_days[i - 1] >= p.cadence.observation_spacing_days);
        }
        // Cadence met, or a reason given.
        std::set<int> needed;
        for (Date d : days) needed.insert(period_start(d, p.cadence.every_days));
        const bool meeting_problem = problems.count({pr.mentee, pr.mentor, static_cast<int>(MeetingKind::meeting)}) > 0;
        std::size_t met = 0;
        for (int period : needed) met += per_period.count(period);
        if (!meeting_problem) CHECK(met == needed.size());
        if (met < needed.size()) CHECK(meeting_problem);
        const bool observation_problem =
            problems.count({pr.mentee, pr.mentor, static_cast<int>(MeetingKind::observation)}) > 0;
        if (!days.empty() && !observation_problem) CHECK(static_cast<int>(observation_days.size()) == p.cadence.observations);
        if (w.isolated.count(pr.mentee)) {
            CHECK(!meeting_problem);
            if (p.cadence.observation_spacing_days <= 7 && days.size() >= 20) CHECK(!observation_problem);
        }
    }
}

}  // namespace

TEST_CASE("plan_schedule (property): generated programs keep every rule; re-runs are stable") {
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        World w = generate(seed);
        const SchedulePlan plan = plan_schedule(w.roster, w.program, w.pairs, {}, w.today);
        check_rules(w, plan, w.today);

        // The same inputs again: nothing changes.
        const SchedulePlan again = plan_schedule(w.roster, w.program, w.pairs, plan.meetings, w.today);
        CHECK(again.changes.empty());
        CHECK(again.kept == static_cast<int>(std::count_if(plan.meetings.begin(), plan.meetings.end(),
                                                           [](const Meeting& m) { return !m.cancelled; })));

        // Later, one person's availability changes: the past stays, and of the other pairs no
        // meeting moves or goes; they may only gain meetings in periods that had none.
        Rng rng{seed * 7919};
        const Date later = w.today + rng.between(0, 60);
        const std::size_t who = static_cast<std::size_t>(rng.between(0, static_cast<int>(w.roster.people.size()) - 1));
        World changed = w;
        Person& person = changed.roster.people[who];
        person.availability.clear();
        for (int k = rng.between(0, 4); k > 0; --k) person.availability.push_back(random_window(rng));
        for (const Pair& pr : changed.pairs) {
            if (pr.mentor == person.id || pr.mentee == person.id) changed.isolated.erase(pr.mentee);
        }
        const SchedulePlan rerun = plan_schedule(changed.roster, changed.program, changed.pairs, plan.meetings, later);
        check_rules(changed, rerun, later);
        for (const MeetingChange& c : rerun.changes) {
            const Meeting& m = c.type == MeetingChange::Type::added ? c.after : c.before;
            INFO("change of " << m.mentor << "/" << m.mentee << " on " << m.date.iso());
            CHECK(m.date >= later);
            if (c.type != MeetingChange::Type::added) CHECK((m.mentor == person.id || m.mentee == person.id));
        }
        // Determinism: the roster and the pairs in another order give the same record.
        World shuffled = w;
        std::reverse(shuffled.roster.people.begin(), shuffled.roster.people.end());
        std::reverse(shuffled.pairs.begin(), shuffled.pairs.end());
        const SchedulePlan same = plan_schedule(shuffled.roster, shuffled.program, shuffled.pairs, {}, w.today);
        REQUIRE(same.meetings.size() == plan.meetings.size());
        for (std::size_t i = 0; i < plan.meetings.size(); ++i) {
            CHECK(same_meeting(same.meetings[i], plan.meetings[i]));
            CHECK(same.meetings[i].date == plan.meetings[i].date);
            CHECK(same.meetings[i].start == plan.meetings[i].start);
        }
    }
}
