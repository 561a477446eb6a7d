#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/compatibility.hpp"

using namespace mentor;
using test::day;

namespace {

Person teacher(const char* id, std::initializer_list<Role> roles) {
    Person p = test::person(id, roles);
    p.school = "lincoln";
    p.trained = day("2026-08-01");
    p.availability = {{0, 900, 960}};
    return p;
}

std::optional<Rule> rule(const Roster& r, const Program& p, int mentor, int mentee,
                         std::vector<std::pair<std::string, std::string>> earlier = {}) {
    return Compatibility(r, p, day("2026-11-23"), earlier).excluded(mentor, mentee);
}

}  // namespace

TEST_CASE("Compatibility::excluded: each hard rule, one at a time") {
    const Program prog = test::program();
    Person m = teacher("m", {Role::mentor});
    Person e = teacher("e", {Role::mentee});
    CHECK_FALSE(rule(test::roster({m, e}), prog, 0, 1));
    CHECK(rule(test::roster({m, e}), prog, 0, 0) == Rule::self);

    Person left = m;
    left.leaves = day("2026-11-01");
    CHECK(rule(test::roster({left, e}), prog, 0, 1) == Rule::not_present);
    Person later = e;
    later.start = day("2026-12-01");
    CHECK(rule(test::roster({m, later}), prog, 0, 1) == Rule::not_present);

    Person untrained = m;
    untrained.trained.reset();
    CHECK(rule(test::roster({untrained, e}), prog, 0, 1) == Rule::untrained);
    Program lenient = prog;
    lenient.matching.require_trained = false;
    CHECK_FALSE(rule(test::roster({untrained, e}), lenient, 0, 1));

    Person full = m;
    full.capacity = 0;
    CHECK(rule(test::roster({full, e}), prog, 0, 1) == Rule::no_capacity);

    Person evaluated = e;
    evaluated.supervisor = "m";
    CHECK(rule(test::roster({m, evaluated}), prog, 0, 1) == Rule::evaluator);
    Program allow_eval = prog;
    allow_eval.matching.exclude_supervisor = false;
    CHECK_FALSE(rule(test::roster({m, evaluated}), allow_eval, 0, 1));
    Person evaluating = e;  // the mentee evaluates the mentor: still evaluative
    Person m2 = m;
    m2.supervisor = "e";
    CHECK(rule(test::roster({m2, evaluating}), prog, 0, 1) == Rule::evaluator);

    Person avoiding = e;
    avoiding.avoid = {"m"};
    CHECK(rule(test::roster({m, avoiding}), prog, 0, 1) == Rule::avoid);
    Person avoided_by = m;
    avoided_by.avoid = {"e"};
    CHECK(rule(test::roster({avoided_by, e}), prog, 0, 1) == Rule::avoid);

    Person elsewhere = m;
    elsewhere.school = "washington";
    CHECK(rule(test::roster({elsewhere, e}), prog, 0, 1) == Rule::school);
    elsewhere.online = true;
    CHECK(rule(test::roster({elsewhere, e}), prog, 0, 1) == Rule::school);  // both must meet online
    Person online_e = e;
    online_e.online = true;
    CHECK_FALSE(rule(test::roster({elsewhere, online_e}), prog, 0, 1));
    Program require = prog;
    require.matching.same_school = SameSchool::require;
    CHECK(rule(test::roster({elsewhere, online_e}), require, 0, 1) == Rule::school);

    Program needs_time = prog;
    needs_time.matching.min_shared_minutes = 30;
    Person busy = e;
    busy.availability = {{0, 940, 1000}};  // 20 minutes in common with 15:00-16:00
    CHECK(rule(test::roster({m, busy}), needs_time, 0, 1) == Rule::no_common_time);
    busy.availability = {{0, 910, 1000}};  // 50 minutes
    CHECK_FALSE(rule(test::roster({m, busy}), needs_time, 0, 1));
    // 40 contiguous minutes pass the weekly minimum, but a 45-minute meeting fits nowhere.
    busy.availability = {{0, 920, 1000}, {2, 420, 450}};
    CHECK(rule(test::roster({m, busy}), needs_time, 0, 1) == Rule::no_window);
    CHECK(rule(test::roster({m, busy}), prog, 0, 1) == Rule::no_window);
    // A teaching period is never free, even when written as available.
    Person teaching = e;
    teaching.teaches = {{0, 900, 930}};
    CHECK(rule(test::roster({m, teaching}), prog, 0, 1) == Rule::no_window);
    // Neither says when they are free: time is not checked.
    Person m_open = m, e_open = e;
    m_open.availability.clear();
    e_open.availability.clear();
    CHECK_FALSE(rule(test::roster({m_open, e_open}), prog, 0, 1));

    CHECK(rule(test::roster({m, e}), prog, 0, 1, {{"m", "e"}}) == Rule::earlier_pair);
    Program repeat = prog;
    repeat.matching.allow_repeat = true;
    CHECK_FALSE(rule(test::roster({m, e}), repeat, 0, 1, {{"m", "e"}}));
}

TEST_CASE("Compatibility::score: each criterion is weight x share, in hundredths") {
    Program prog = test::program();
    Person m = teacher("m", {Role::mentor});
    Person e = teacher("e", {Role::mentee});
    m.subjects = {"math", "science"};
    e.subjects = {"math", "art"};             // half of e's subjects: 5 x 0.5
    m.grades = {4};
    e.grades = {3};                           // one grade apart: 3 x 2/3
    m.focus = {"assessment"};
    e.focus = {"assessment", "literacy", "ell-support"};  // a third: 4 x 1/3
    m.survey = {{"structure", 5}};
    e.survey = {{"structure", 3}};            // |5-3|/4: 2 x 0.5
    m.languages = {"en"};
    e.languages = {"en", "es"};               // half: 1 x 0.5
    m.years = 12;
    e.years = 1;                              // gap >= 5: 2 x 1
    e.prefers = {"x", "m"};                   // second of two: 3 x (1/2) / 2
    const Roster r = test::roster({m, e, teacher("x", {Role::mentor})});
    const Score s = Compatibility(r, prog, day("2026-11-23"), {}).score(0, 1);
    // One window a meeting fits in (mon 15:00-16:00): half the availability points, 3 x 0.5.
    CHECK(s.points == std::array<int, criterion_count>{250, 200, 400, 150, 133, 100, 50, 200, 75});
    CHECK(s.total() == 1558);
    CHECK(format_points(s.total()) == "15.58");
}

TEST_CASE("Compatibility::score: availability counts the windows a meeting fits in, not minutes") {
    const Program prog = test::program();  // 45-minute meetings
    Person m = teacher("m", {Role::mentor});
    Person e = teacher("e", {Role::mentee});
    m.availability = {{1, 600, 640}, {2, 600, 640}, {3, 600, 640}, {0, 900, 960}};
    e.availability = m.availability;  // 40 + 40 + 40 + 60 minutes in common, one window fits
    const Score one = Compatibility(test::roster({m, e}), prog, day("2026-11-23"), {}).score(0, 1);
    CHECK(one.points[static_cast<std::size_t>(Criterion::availability)] == 150);
    m.availability.push_back({4, 600, 700});
    e.availability.push_back({4, 600, 700});
    const Score two = Compatibility(test::roster({m, e}), prog, day("2026-11-23"), {}).score(0, 1);
    CHECK(two.points[static_cast<std::size_t>(Criterion::availability)] == 300);
}

TEST_CASE("Compatibility::excluded: the standing slots of kept pairs are taken (time-taken)") {
    const Program prog = test::program();
    Person m = teacher("boconnor", {Role::mentor});
    Person e = teacher("e", {Role::mentee});
    m.availability = {{0, 900, 990}};  // mon 15:00-16:30
    e.availability = {{0, 900, 990}};
    const Roster r = test::roster({m, e});
    Compatibility c(r, prog, day("2026-11-23"), {});
    CHECK_FALSE(c.excluded(0, 1));
    c.set_standing({{{0, 900}, {0, 945}}, {}});  // two standing meetings fill the afternoon
    CHECK(c.excluded(0, 1) == Rule::time_taken);
    CHECK(c.explain(Rule::time_taken, 0, 1) == "no free 45-minute window left after boconnor's 2 standing meetings");
    c.set_standing({{{0, 900}}, {}});  // 15:45-16:30 is still free
    CHECK_FALSE(c.excluded(0, 1));
    Program one_a_day = prog;
    one_a_day.cadence.max_per_day = 1;
    Compatibility limited(r, one_a_day, day("2026-11-23"), {});
    limited.set_standing({{{0, 900}}, {}});  // free time left, but the daily limit is reached
    CHECK(limited.excluded(0, 1) == Rule::time_taken);
}

TEST_CASE("Compatibility: subjects, languages and focus compare as typed (case and spacing)") {
    Program prog = test::program();
    prog.matching.weights = Weights{1, 0, 0, 0, 1, 0, 1, 0, 0};
    Person m = teacher("m", {Role::mentor});
    Person e = teacher("e", {Role::mentee});
    m.subjects = {"Math", "Social Studies"};
    e.subjects = {" math", "social  studies"};
    m.languages = {"EN"};
    e.languages = {"en"};
    m.focus = {"Classroom-Management"};
    e.focus = {"classroom-management "};
    const Score s = Compatibility(test::roster({m, e}), prog, day("2026-11-23"), {}).score(0, 1);
    CHECK(s.points[static_cast<std::size_t>(Criterion::subject)] == 100);
    CHECK(s.points[static_cast<std::size_t>(Criterion::language)] == 100);
    CHECK(s.points[static_cast<std::size_t>(Criterion::focus)] == 100);
}

TEST_CASE("Compatibility: two people without a school are of one school") {
    Program prog = test::program();
    prog.matching.same_school = SameSchool::require;
    Person m = teacher("m", {Role::mentor});
    Person e = teacher("e", {Role::mentee});
    m.school.clear();
    e.school.clear();
    const Roster schoolless = test::roster({m, e});  // Compatibility keeps a reference to it
    const Compatibility none(schoolless, prog, day("2026-11-23"), {});
    CHECK_FALSE(none.excluded(0, 1));
    CHECK(none.score(0, 1).points[static_cast<std::size_t>(Criterion::school)] == 400);
    // One with a school and one without are two schools.
    m.school = "lincoln";
    CHECK(rule(test::roster({m, e}), prog, 0, 1) == Rule::school);
    // Schools compare as typed, too.
    e.school = " Lincoln";
    CHECK_FALSE(rule(test::roster({m, e}), prog, 0, 1));
}
