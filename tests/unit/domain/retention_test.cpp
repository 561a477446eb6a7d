#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/retention.hpp"
#include "mentor/domain/terms.hpp"

using namespace mentor;
using test::day;

namespace {

// 2026-27 with 2025-26 and 2024-25 before it.
Program three_years() {
    Program p = test::program();
    for (const auto& [name, start, end] : {std::tuple{"2024-25", "2024-08-26", "2025-06-13"},
                                           std::tuple{"2025-26", "2025-08-25", "2026-06-12"}}) {
        PastTerm t;
        t.name = name;
        t.term.start = day(start);
        t.term.end = day(end);
        p.past_terms.push_back(t);
    }
    return p;
}

Person hire(std::string id, const char* start, std::optional<const char*> leaves = std::nullopt,
            std::optional<LeftReason> why = std::nullopt) {
    Person p = test::mentee(std::move(id));
    p.school = "lincoln";
    p.start = day(start);
    if (leaves) p.leaves = day(*leaves);
    p.left_reason = why;
    return p;
}

PairFigures figures(std::string mentor, std::string mentee, int minutes, int planned = 10, int held = 8) {
    PairFigures f;
    f.mentor = std::move(mentor);
    f.mentee = std::move(mentee);
    f.contact_minutes = minutes;
    f.planned = planned;
    f.held = held;
    f.observations = 1;
    return f;
}

}  // namespace

TEST_CASE("compute_retention: each cohort on staff on the first day of each later school year") {
    const Program p = three_years();
    const Roster r = test::roster({
        hire("a1", "2024-08-26"), hire("a2", "2024-08-26", "2025-06-14", LeftReason::other_district),
        hire("a3", "2024-09-15", "2026-07-01", LeftReason::left_teaching), hire("a4", "2024-08-26"),
        hire("b1", "2025-08-25"), hire("b2", "2025-08-25"), hire("b3", "2025-10-01", "2026-06-13", LeftReason::retired),
        hire("c1", "2026-08-24"), hire("c2", "2026-08-24"),   // too few: hidden
        hire("d1", "2027-08-23"),                               // not started yet: not counted
    });
    const Retention ret = compute_retention(p, r, {}, {}, day("2026-11-23"));
    REQUIRE(ret.cohorts.size() == 2);
    CHECK(ret.cohorts[0].cohort == "2024-25");
    CHECK(ret.cohorts[0].size == 4);
    CHECK(ret.cohorts[0].stayed == std::vector<int>{3, 2});   // a2 left in June 2025, a3 in July 2026
    CHECK(ret.cohorts[1].cohort == "2025-26");
    CHECK(ret.cohorts[1].stayed == std::vector<int>{2});
    CHECK(ret.hidden_cohorts == 1);
    // Every reason was given by fewer than three people: none is shown.
    CHECK(ret.reasons.empty());
    CHECK(ret.hidden_reasons == 3);
}

TEST_CASE("compute_retention: min_group hides small groups in every breakdown") {
    Program p = three_years();
    p.privacy.min_group = 2;
    const Roster r = test::roster({hire("b1", "2025-08-25"), hire("b2", "2025-08-25"), hire("b3", "2025-08-25", "2026-06-13")});
    std::vector<YearPairs> years{{2026, {figures("jdoe", "b1", 1300), figures("jdoe", "b2", 700), figures("hbaker", "b3", 100)}}};
    const Retention ret = compute_retention(p, r, {}, years, day("2026-11-23"));
    const RetentionBreakdown& mentors = ret.breakdowns[1];
    CHECK(mentors.by == "mentor");
    REQUIRE(mentors.rows.size() == 1);
    CHECK(mentors.rows[0].group == "jdoe");
    CHECK(mentors.rows[0].stayed == std::vector<int>{2});
    CHECK(mentors.hidden == 1);
    const RetentionBreakdown& bands = ret.breakdowns[2];
    CHECK(bands.rows.empty());  // one person in each band
    CHECK(bands.hidden == 3);
}

TEST_CASE("compute_retention: outcomes per cohort and year in the program") {
    Program p = three_years();
    const Roster r = test::roster({hire("b1", "2025-08-25"), hire("b2", "2025-08-25"), hire("b3", "2025-08-25")});
    std::vector<YearPairs> years{
        {2026, {figures("jdoe", "b1", 600), figures("jdoe", "b2", 600), figures("hbaker", "b3", 600)}},
        {2027, {figures("jdoe", "b1", 100, 4, 5), figures("jdoe", "b2", 100, 4, 2), figures("hbaker", "b3", 100, 4, 4)}},
    };
    Goal met;
    met.owner = "b1";
    met.done = true;
    met.closed = day("2026-10-01");
    const Retention ret = compute_retention(p, r, {met}, years, day("2026-11-23"));
    REQUIRE(ret.outcomes.size() == 2);
    CHECK(ret.outcomes[0].year == 1);
    CHECK(ret.outcomes[0].school_year == "2025-26");
    CHECK(ret.outcomes[0].contact_minutes == 1800);
    CHECK(ret.outcomes[0].goals_met == 0);
    CHECK(ret.outcomes[1].year == 2);
    CHECK(ret.outcomes[1].school_year == "2026-27");
    CHECK(ret.outcomes[1].goals_met == 1);
    CHECK(ret.outcomes[1].held == 11);
    CHECK(ret.outcomes[1].adherence_percent() == 83);  // (4 + 2 + 4) of 12
}
