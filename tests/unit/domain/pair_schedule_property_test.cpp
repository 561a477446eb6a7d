// Property test of pairing and scheduling together, on generated programs in the three modes:
// every pair that `plan_pairs` makes gets its standing slot in every cadence period both are at school (periods
// with a closed weekday excepted), also after a mid-year re-pair; every required observation
// is placed inside a teaching period of the mentee whenever the rules leave one.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <map>
#include <set>

#include "builders.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/schedule.hpp"

using namespace mentor;
using test::day;
using test::Rng;

namespace {

Window school_window(Rng& rng, int min_len, int max_len) {
    const int start = rng.between(7 * 12, 15 * 12) * 5;
    return {rng.between(0, 4), start, std::min(17 * 60, start + rng.between(min_len / 5, max_len / 5) * 5)};
}

struct World {
    Program program;
    Roster roster;
};

World generate(std::uint64_t seed) {
    Rng rng{seed};
    World w;
    Program& p = w.program;
    p = test::program();
    p.term.start = day("2026-08-24");
    p.term.end = p.term.start + rng.between(8, 20) * 7 + 4;
    for (int i = rng.between(0, 4); i > 0; --i) p.term.holidays.push_back(p.term.start + rng.between(0, p.term.end - p.term.start));
    const int cadences[] = {7, 7, 7, 14, 10};
    p.cadence.every_days = cadences[rng.between(0, 4)];
    const int lengths[] = {30, 45, 45, 60};
    p.cadence.minutes = lengths[rng.between(0, 3)];
    p.cadence.max_per_day = rng.between(1, 3);
    p.cadence.observations = rng.between(0, 3);
    p.cadence.observe_mentor = rng.between(0, 2);
    p.cadence.observation_spacing_days = rng.between(0, 21);
    p.cadence.group = rng.chance(30);
    p.matching.same_school = SameSchool::any;
    const int mode = rng.between(1, 10);
    p.mode = mode <= 6 ? Mode::one_to_one : mode <= 8 ? Mode::stable : Mode::peer;
    std::vector<Person> people;
    const int n = rng.between(4, 16);
    for (int i = 0; i < n; ++i) {
        Person q = rng.chance(45) ? test::mentor("p" + std::to_string(i)) : test::mentee("p" + std::to_string(i));
        if (rng.chance(10)) {
            q.roles |= static_cast<std::uint8_t>(Role::mentor) | static_cast<std::uint8_t>(Role::mentee);
            q.trained = day("2026-08-10");
        }
        if (q.has(Role::mentor)) {
            q.capacity = rng.between(1, 3);
            if (rng.chance(20)) q.group = rng.chance(50);
        }
        if (rng.chance(80)) q.cohort = rng.chance(50) ? "a" : "b";
        for (int k = rng.between(1, 4); k > 0; --k) q.availability.push_back(school_window(rng, 30, 120));
        if (rng.chance(75)) {
            for (int k = rng.between(1, 5); k > 0; --k) q.teaches.push_back(school_window(rng, 40, 90));
        }
        people.push_back(std::move(q));
    }
    w.roster = test::roster(std::move(people));
    return w;
}

// What the people of a schedule are doing: per (person, day), the spans they are busy; a
// group session keeps its mentor busy once.
std::map<std::pair<std::string, int>, std::vector<std::pair<int, int>>> busy_of(const std::vector<Meeting>& meetings) {
    std::map<std::pair<std::string, int>, std::vector<std::pair<int, int>>> busy;
    std::set<std::tuple<std::string, int, int>> sessions;
    for (const Meeting& m : meetings) {
        if (m.cancelled) continue;
        busy[{m.mentee, m.date.days()}].emplace_back(m.start, m.end());
        if (m.group && !sessions.emplace(m.mentor, m.date.days(), m.start).second) continue;
        busy[{m.mentor, m.date.days()}].emplace_back(m.start, m.end());
    }
    return busy;
}

bool covered(const WeekSpans& w, int weekday, int lo, int hi) {
    for (const Span& s : w[static_cast<std::size_t>(weekday)]) {
        if (s.lo <= lo && hi <= s.hi) return true;
    }
    return false;
}

// The two properties, for the current pairs of `pairs` from `today` on.
void check(const World& w, const std::vector<Pair>& pairs, const SchedulePlan& plan, Date today) {
    const Program& p = w.program;
    const int every = p.cadence.every_days;
    const auto busy = busy_of(plan.meetings);
    for (const Pair& pr : pairs) {
        if (pr.has_ended(today)) continue;
        INFO("pair " << pr.mentor << "/" << pr.mentee << " from " << pr.start.iso());
        const Person* mentor = w.roster.find(pr.mentor);
        const Person* mentee = w.roster.find(pr.mentee);
        REQUIRE(mentor);
        REQUIRE(mentee);
        Date first = std::max({pr.start, today, p.term.start});
        Date last = p.term.end;
        for (const Person* who : {mentor, mentee}) {
            if (who->start) first = std::max(first, *who->start);
            if (who->leaves) last = std::min(last, *who->leaves - 1);
        }
        std::map<int, const Meeting*> checkins;  // period -> check-in
        std::vector<const Meeting*> observations;
        for (const Meeting& m : plan.meetings) {
            if (m.cancelled || m.mentor != pr.mentor || m.mentee != pr.mentee || m.date < today) continue;
            if (m.kind == MeetingKind::meeting) checkins[m.key] = &m;
            if (m.kind == MeetingKind::observation) observations.push_back(&m);
        }
        // 1. A check-in at one standing slot in every period whose weekdays are all school days
        //    and inside the pair's time.
        std::set<std::pair<int, int>> slots;
        for (int ps = period_start(first, every); ps + every - 1 <= last.days(); ps += every) {
            const Date lo = Date::from_days(ps), hi = Date::from_days(ps + every - 1);
            if (lo < first) continue;
            bool full = true;
            for (Date d = lo; d <= hi; d = d + 1) full = full && (d.weekday() >= 5 || p.term.is_school_day(d));
            if (!full) continue;
            INFO("period of " << lo.iso());
            const auto it = checkins.find(ps);
            REQUIRE(it != checkins.end());
            slots.emplace(it->second->date.weekday(), it->second->start);
        }
        CHECK(slots.size() <= 1);

        // 2. Observations inside the mentee's teaching periods while the mentor is free; when
        //    fewer than required, no such time was left.
        if (mentee->teaches.empty()) continue;
        const WeekSpans where = intersect_spans(teaching_time(*mentee), free_time(*mentor));
        std::vector<int> days;
        for (const Meeting* m : observations) {
            INFO("observation on " << m->date.iso() << " at " << m->start);
            CHECK(covered(where, m->date.weekday(), m->start, m->end()));
        }
        int placed = 0;
        for (const Meeting& m : plan.meetings) {
            if (!m.cancelled && m.kind == MeetingKind::observation && m.mentor == pr.mentor && m.mentee == pr.mentee) {
                ++placed;
                days.push_back(m.date.days());
            }
        }
        if (placed >= p.cadence.observations) continue;
        auto is_free = [&](const std::string& who, Date d, int lo, int hi) {
            const auto it = busy.find({who, d.days()});
            if (it == busy.end()) return true;
            if (static_cast<int>(it->second.size()) >= p.cadence.max_per_day) return false;
            return std::none_of(it->second.begin(), it->second.end(), [&](const auto& s) { return s.first < hi && lo < s.second; });
        };
        for (Date d = first; d <= last; d = d + 1) {
            if (!p.term.is_school_day(d)) continue;
            if (std::any_of(days.begin(), days.end(), [&](int o) { return std::abs(o - d.days()) < p.cadence.observation_spacing_days; })) {
                continue;
            }
            for (int start : fitting_starts(where[static_cast<std::size_t>(d.weekday())], p.cadence.minutes)) {
                INFO("a free teaching period was left on " << d.iso() << " at " << start);
                CHECK_FALSE((is_free(pr.mentor, d, start, start + p.cadence.minutes) &&
                             is_free(pr.mentee, d, start, start + p.cadence.minutes)));
            }
        }
    }
}

}  // namespace

TEST_CASE("plan_pairs + plan_schedule (property): every pair made gets its standing slot; observations go where the mentee teaches") {
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        World w = generate(seed);
        const Date start = w.program.term.start;
        const PairingPlan paired = plan_pairs(w.roster, w.program, start, {});
        const SchedulePlan plan = plan_schedule(w.roster, w.program, paired.pairs, {}, start);
        check(w, paired.pairs, plan, start);

        // Mid-year: a mentor leaves, a teacher joins, and the program is paired again around
        // the standing slots the schedule already has.
        Rng rng{seed * 104729};
        const Date later = start + rng.between(20, 50);
        World changed = w;
        std::vector<std::size_t> mentors;
        for (std::size_t i = 0; i < changed.roster.people.size(); ++i) {
            if (changed.roster.people[i].has(Role::mentor)) mentors.push_back(i);
        }
        if (!mentors.empty() && rng.chance(70)) {
            changed.roster.people[mentors[static_cast<std::size_t>(rng.between(0, static_cast<int>(mentors.size()) - 1))]].leaves = later;
        }
        Person joined = test::mentee("new");
        joined.start = later - 3;
        for (int k = rng.between(1, 4); k > 0; --k) joined.availability.push_back(school_window(rng, 45, 120));
        for (int k = rng.between(0, 4); k > 0; --k) joined.teaches.push_back(school_window(rng, 40, 90));
        changed.roster.people.push_back(joined);
        changed.roster = test::roster(changed.roster.people);
        const PairingPlan repaired = plan_pairs(changed.roster, changed.program, later, paired.pairs, recorded_slots(plan.meetings));
        const SchedulePlan rescheduled = plan_schedule(changed.roster, changed.program, repaired.pairs, plan.meetings, later);
        check(changed, repaired.pairs, rescheduled, later);
    }
}
