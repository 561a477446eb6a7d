#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "builders.hpp"
#include "mentor/domain/pairing.hpp"

using namespace mentor;
using test::day;

namespace {

const Date today = day("2026-09-01");

Person teacher(std::string id, Role role, std::vector<std::string> prefers = {}, int capacity = 1) {
    Person p = role == Role::mentor ? test::mentor(std::move(id)) : test::mentee(std::move(id));
    p.school = "lincoln";
    p.subjects = {"math"};
    p.prefers = std::move(prefers);
    if (role == Role::mentor) p.capacity = capacity;
    return p;
}

Program stable_program() {
    Program p = test::program();
    p.mode = Mode::stable;
    return p;
}

std::vector<std::string> current(const PairingPlan& plan) {
    std::vector<std::string> out;
    for (const Pair& p : plan.pairs) {
        if (!p.end) out.push_back(p.mentor + "/" + p.mentee);
    }
    return out;
}

const Pair& pair_of(const PairingPlan& plan, std::string_view mentee) {
    const auto it = std::find_if(plan.pairs.begin(), plan.pairs.end(), [&](const Pair& p) { return p.mentee == mentee; });
    REQUIRE(it != plan.pairs.end());
    return *it;
}

// Counts blocking pairs by the definition, from everyone's own `prefers` lists: a mentee and a
// mentor who rank each other, where the mentee has no mentor or ranks this one higher, and the
// mentor has room or ranks the mentee above one of theirs.
int blocking_pairs(const Roster& r, const Program& program, const PairingPlan& plan) {
    std::map<std::string, std::string> mentor_of;
    std::map<std::string, std::vector<std::string>> mentees_of;
    for (const Pair& p : plan.pairs) {
        if (p.end) continue;
        mentor_of[p.mentee] = p.mentor;
        mentees_of[p.mentor].push_back(p.mentee);
    }
    auto rank = [](const Person& who, const std::string& other) {
        const auto it = std::find(who.prefers.begin(), who.prefers.end(), other);
        return it == who.prefers.end() ? -1 : static_cast<int>(it - who.prefers.begin());
    };
    int n = 0;
    for (const Person& e : r.people) {
        if (!e.has(Role::mentee)) continue;
        for (const Person& m : r.people) {
            const auto current_mentor = mentor_of.find(e.id);
            const bool has_mentor = current_mentor != mentor_of.end();
            if (!m.has(Role::mentor) || (has_mentor && current_mentor->second == m.id)) continue;
            const int em = rank(e, m.id), me = rank(m, e.id);
            if (em < 0 || me < 0) continue;
            const bool mentee_wants = !has_mentor || em < rank(e, current_mentor->second);
            const auto& mine = mentees_of[m.id];
            bool mentor_wants = static_cast<int>(mine.size()) < program.matching.capacity_of(m);
            for (const std::string& other : mine) mentor_wants = mentor_wants || me < rank(m, other);
            if (mentee_wants && mentor_wants) ++n;
        }
    }
    return n;
}

}  // namespace

TEST_CASE("plan_pairs in stable mode: deferred acceptance with a capacity, hand-traced") {
    // e1, e2 and e3 all want m1 first; m1 takes two and ranks e3, e1, e2: e2 goes to m2, who
    // then drops e4 (m2 ranks e2 higher); m1 is full with mentees it ranks above e4.
    const Roster r = test::roster({
        teacher("m1", Role::mentor, {"e3", "e1", "e2", "e4"}, 2),
        teacher("m2", Role::mentor, {"e1", "e2", "e3", "e4"}, 1),
        teacher("e1", Role::mentee, {"m1", "m2"}),
        teacher("e2", Role::mentee, {"m1", "m2"}),
        teacher("e3", Role::mentee, {"m1", "m2"}),
        teacher("e4", Role::mentee, {"m2", "m1"}),
    });
    const PairingPlan plan = plan_pairs(r, stable_program(), today, {});
    CHECK(current(plan) == std::vector<std::string>{"m1/e1", "m2/e2", "m1/e3"});
    REQUIRE(plan.unmatched.size() == 1);
    CHECK(plan.unmatched[0].id == "e4");
    CHECK(plan.unmatched[0].reason ==
          "every mentor it ranks (2) is full with mentees they rank higher, or does not rank it");
    CHECK(pair_of(plan, "e1").why.rfind("choice 1 of 2; ", 0) == 0);
    CHECK(pair_of(plan, "e2").why.rfind("choice 2 of 2; ", 0) == 0);
    CHECK(plan.blocking_pairs == 0);
    CHECK(blocking_pairs(r, stable_program(), plan) == 0);
    CHECK(plan.added == 3);
    CHECK_FALSE(plan.proven_optimal);
}

TEST_CASE("plan_pairs in stable mode: mentee-optimal when both sides have a stable choice") {
    // Two stable matchings exist: mentees' firsts (m1/e1, m2/e2) and mentors' firsts (m1/e2, m2/e1).
    // Mentees propose, so they get their firsts.
    const Roster r = test::roster({teacher("m1", Role::mentor, {"e2", "e1"}), teacher("m2", Role::mentor, {"e1", "e2"}),
                                   teacher("e1", Role::mentee, {"m1", "m2"}), teacher("e2", Role::mentee, {"m2", "m1"})});
    const PairingPlan plan = plan_pairs(r, stable_program(), today, {});
    CHECK(current(plan) == std::vector<std::string>{"m1/e1", "m2/e2"});
    CHECK(blocking_pairs(r, stable_program(), plan) == 0);
}

TEST_CASE("plan_pairs in stable mode: no blocking pair on a crowded instance with capacities") {
    std::vector<Person> people = {
        teacher("m1", Role::mentor, {"e5", "e2", "e7", "e1", "e4", "e3", "e6"}, 2),
        teacher("m2", Role::mentor, {"e1", "e3", "e5", "e7", "e2"}, 1),
        teacher("m3", Role::mentor, {"e4", "e6", "e2", "e1", "e3", "e5", "e7"}, 3),
        teacher("e1", Role::mentee, {"m2", "m1", "m3"}),
        teacher("e2", Role::mentee, {"m1", "m3"}),
        teacher("e3", Role::mentee, {"m2", "m3", "m1"}),
        teacher("e4", Role::mentee, {"m1", "m2"}),
        teacher("e5", Role::mentee, {"m3", "m2", "m1"}),
        teacher("e6", Role::mentee, {"m2", "m1", "m3"}),
        teacher("e7", Role::mentee, {"m1", "m3", "m2"}),
    };
    const Roster r = test::roster(people);
    const PairingPlan plan = plan_pairs(r, stable_program(), today, {});
    CHECK(plan.blocking_pairs == 0);
    CHECK(blocking_pairs(r, stable_program(), plan) == 0);
    std::map<std::string, int> load;
    for (const Pair& p : plan.pairs) ++load[p.mentor];
    CHECK(load["m1"] <= 2);
    CHECK(load["m2"] <= 1);
    CHECK(load["m3"] <= 3);
    CHECK(plan.pairs.size() + plan.unmatched.size() == 7);
    // The roster's order changes nothing.
    std::reverse(people.begin(), people.end());
    CHECK(current(plan_pairs(test::roster(people), stable_program(), today, {})) == current(plan));
}

TEST_CASE("plan_pairs in stable mode: without prefers, the best score ranks; an existing pair uses up capacity") {
    Person m1 = teacher("m1", Role::mentor, {}, 2);
    Person m2 = teacher("m2", Role::mentor, {}, 1);
    m2.subjects = {"art"};
    Person e1 = teacher("e1", Role::mentee);
    Person e2 = teacher("e2", Role::mentee);
    e2.subjects = {"art"};
    Person e0 = teacher("e0", Role::mentee);
    const Roster r = test::roster({m1, m2, e0, e1, e2});
    const PairingPlan free_plan = plan_pairs(r, stable_program(), today, {});
    CHECK(current(free_plan) == std::vector<std::string>{"m1/e0", "m1/e1", "m2/e2"});

    Pair held;
    held.mentor = "m1";
    held.mentee = "e0";
    held.start = day("2026-08-24");
    Pair held2 = held;
    held2.mentee = "ex";
    Roster with_ex = r;
    with_ex.people.push_back(teacher("ex", Role::mentee));
    // m1 already has e0 and ex: it is full, so e1 goes to m2 and e2 waits... unless m2 prefers e2 (same subject).
    const PairingPlan plan = plan_pairs(with_ex, stable_program(), today, {held, held2});
    CHECK(plan.kept == 2);
    std::map<std::string, int> load;
    for (const Pair& p : plan.pairs) {
        if (!p.end) ++load[p.mentor];
    }
    CHECK(load["m1"] == 2);
    CHECK(load["m2"] == 1);
    CHECK(pair_of(plan, "e2").mentor == "m2");
    REQUIRE(plan.unmatched.size() == 1);
    CHECK(plan.unmatched[0].id == "e1");
}

TEST_CASE("plan_pairs in stable mode: says why a mentee stays unmatched") {
    Person untrained = teacher("m9", Role::mentor);
    untrained.trained.reset();
    Person far = teacher("efar", Role::mentee);
    far.school = "washington";
    Person picky = teacher("epicky", Role::mentee, {"m9"});
    Person gone = teacher("egone", Role::mentee);
    gone.leaves = day("2026-08-30");
    Program program = stable_program();
    program.matching.same_school = SameSchool::require;
    const Roster r = test::roster({teacher("m1", Role::mentor), untrained, far, picky, gone});
    const PairingPlan plan = plan_pairs(r, program, today, {});
    std::map<std::string, std::string> why;
    for (const Unmatched& u : plan.unmatched) why[u.id] = u.reason;
    CHECK(why["efar"] == "every mentor is excluded (2 school)");
    CHECK(why["epicky"] == "none of the mentors in 'prefers' is allowed");
    CHECK(why["egone"] == "left on 2026-08-30");
    CHECK(current(plan).empty());

    const PairingPlan none = plan_pairs(test::roster({teacher("e1", Role::mentee)}), stable_program(), today, {});
    REQUIRE(none.unmatched.size() == 1);
    CHECK(none.unmatched[0].reason == "there is no mentor on staff");
}
