#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/report.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Pair pair_of(const char* mentor, const char* mentee, const char* start, const char* end = nullptr) {
    Pair p;
    p.mentor = mentor;
    p.mentee = mentee;
    p.start = day(start);
    if (end) p.end = day(end);
    return p;
}

Meeting meeting(const char* mentor, const char* mentee, const char* on, bool cancelled = false) {
    Meeting m;
    m.mentor = mentor;
    m.mentee = mentee;
    m.kind = MeetingKind::meeting;
    m.date = day(on);
    m.key = period_start(m.date, 7);
    m.minutes = 45;
    m.cancelled = cancelled;
    return m;
}

Entry entry(EntryKind kind, const char* mentor, const char* mentee, const char* on, int minutes) {
    Entry e;
    e.id = std::string("e") + mentor + mentee + on + std::to_string(static_cast<int>(kind));
    e.kind = kind;
    e.mentor = mentor;
    e.mentee = mentee;
    e.by = mentor;
    e.date = day(on);
    e.minutes = minutes;
    e.text = "SECRET private words";
    return e;
}

Entry workshop(const char* leader, const char* on, int minutes) {
    Entry e;
    e.id = std::string("w") + leader + on;
    e.kind = EntryKind::workshop;
    e.person = leader;
    e.by = leader;
    e.date = day(on);
    e.minutes = minutes;
    return e;
}

Entry goal_add(const char* id, const char* owner, const char* on, double baseline, double target, const char* due) {
    Entry e;
    e.id = std::string("g-") + id;
    e.kind = EntryKind::goal_add;
    e.goal = id;
    e.person = owner;
    e.by = owner;
    e.date = day(on);
    e.definition.what = "x";
    e.definition.measure = "y";
    e.definition.baseline = baseline;
    e.definition.target = target;
    e.definition.due = day(due);
    return e;
}

ReportOptions at(const char* today) {
    ReportOptions o;
    o.today = day(today);
    return o;
}

const PairFigures& find(const Report& r, const char* mentee) {
    for (const auto& p : r.pairs) {
        if (p.mentee == mentee) return p;
    }
    FAIL("no pair of " << mentee);
    return r.pairs.front();
}

}  // namespace

TEST_CASE("compute_report: adherence is held over planned, up to today, cancelled meetings left out") {
    const Program prog = program();
    const Roster people = roster({test::mentor("m1"), mentee("a")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24")};
    const std::vector<Meeting> meetings{meeting("m1", "a", "2026-08-25"), meeting("m1", "a", "2026-09-01"),
                                        meeting("m1", "a", "2026-09-08", true), meeting("m1", "a", "2026-09-15"),
                                        meeting("m1", "a", "2026-09-22"), meeting("m1", "a", "2026-12-01")};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-25", 45),
                                     entry(EntryKind::check_in, "m1", "a", "2026-09-02", 30),
                                     entry(EntryKind::check_in, "m1", "a", "2026-09-16", 45),
                                     entry(EntryKind::observation, "m1", "a", "2026-09-10", 50)};
    const Report r = compute_report(prog, people, pairs, meetings, entries, at("2026-09-25"));
    const PairFigures& p = find(r, "a");
    CHECK(p.planned == 4);
    CHECK(p.held == 3);
    CHECK(p.adherence_percent() == 75);
    CHECK(p.contact_minutes == 170);
    CHECK(p.observations == 1);
    CHECK(r.adherence_percent() == 75);
    CHECK(r.contact_minutes == 170);
    CHECK(p.risks.empty());  // 75% is not below 75%
}

TEST_CASE("compute_report: held beyond planned counts as full adherence; nothing planned gives none") {
    const Program prog = program();
    const Roster people = roster({test::mentor("m1"), mentee("a"), mentee("b")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24"), pair_of("m1", "b", "2026-09-20")};
    const std::vector<Meeting> meetings{meeting("m1", "a", "2026-08-25")};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-25", 45),
                                     entry(EntryKind::check_in, "m1", "a", "2026-08-27", 45)};
    const Report r = compute_report(prog, people, pairs, meetings, entries, at("2026-09-01"));
    CHECK(find(r, "a").adherence_percent() == 100);
    CHECK(r.pairs.size() == 1);  // b's pair starts later
    CHECK_FALSE(compute_report(prog, people, {pair_of("m1", "b", "2026-08-24")}, {}, {}, at("2026-09-01"))
                    .pairs.front()
                    .adherence_percent());
}

TEST_CASE("compute_report: at-risk pairs say why") {
    const Program prog = program();
    const Roster people = roster({test::mentor("m1"), mentee("a"), mentee("b")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24"), pair_of("m1", "b", "2026-08-24")};
    std::vector<Meeting> meetings;
    for (const char* d : {"2026-08-25", "2026-09-01", "2026-09-08", "2026-09-15"}) {
        meetings.push_back(meeting("m1", "a", d));
        meetings.push_back(meeting("m1", "b", d));
    }
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-25", 45),
                                     entry(EntryKind::check_in, "m1", "b", "2026-08-25", 45),
                                     entry(EntryKind::check_in, "m1", "b", "2026-09-01", 45),
                                     entry(EntryKind::check_in, "m1", "b", "2026-09-08", 45)};
    ReportOptions o = at("2026-09-20");
    o.risk_days = 30;
    const Report r = compute_report(prog, people, pairs, meetings, entries, o);
    const PairFigures& a = find(r, "a");
    REQUIRE(a.risks.size() == 1);
    CHECK(a.risks[0] == "held 1 of 4 planned check-ins (25%, below 75%)");
    CHECK(find(r, "b").risks.empty());
    CHECK(r.at_risk() == 1);

    o.risk_days = 12;
    const Report quiet = compute_report(prog, people, pairs, meetings, entries, o);
    REQUIRE(find(quiet, "b").risks.size() == 1);
    CHECK(find(quiet, "b").risks[0] == "no check-in for 12 days (last 2026-09-08)");
    CHECK(find(quiet, "a").risks.size() == 2);

    const Report none = compute_report(prog, people, pairs, meetings, {}, o);
    CHECK(find(none, "a").risks.back() == "no check-in in the 27 days since 2026-08-24");
    CHECK(find(none, "a").risks.front() == "held 0 of 4 planned check-ins (0%, below 75%)");
}

TEST_CASE("compute_report: unmatched mentees, days to match, workload") {
    Program prog = program();
    Person late = mentee("c");
    late.start = day("2026-09-14");
    Person m2 = test::mentor("m2");
    m2.capacity = 3;
    const Roster people = roster({test::mentor("m1"), m2, mentee("a"), mentee("b"), late});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-09-03"), pair_of("m2", "c", "2026-09-21"),
                                  pair_of("m2", "b", "2026-08-24", "2026-09-01")};
    const Report r = compute_report(prog, people, pairs, {}, {}, at("2026-10-01"));
    CHECK(r.pairs_active == 2);
    CHECK(r.pairs_ended == 1);
    REQUIRE(r.unmatched.size() == 1);
    CHECK(r.unmatched[0].id == "b");
    CHECK(r.unmatched[0].days_waiting == 38);
    // a: 10 days (08-24 to 09-03), b: 0, c: 7 (09-14 to 09-21)
    REQUIRE(r.average_days_to_match);
    CHECK(*r.average_days_to_match == Approx(17.0 / 3));
    CHECK(r.max_days_to_match == 10);
    REQUIRE(r.workload.size() == 2);
    CHECK(r.workload[0].mentor == "m1");
    CHECK(r.workload[0].mentees == 1);
    CHECK(r.workload[0].capacity == 1);
    CHECK(r.workload[1].mentees == 1);
    CHECK(r.workload[1].capacity == 3);

    // As of a day before the pair ended, it was still active.
    const Report before = compute_report(prog, people, pairs, {}, {}, at("2026-08-30"));
    CHECK(before.pairs_ended == 0);
    CHECK(before.observations_required == 0);  // the cadence asks for none here
    Program observed = prog;
    observed.cadence.observations = 3;
    CHECK(compute_report(observed, people, pairs, {}, {}, at("2026-08-30")).observations_required == 3);
    CHECK(compute_report(observed, people, pairs, {}, {}, at("2026-10-01")).observations_required == 6);
    REQUIRE(before.unmatched.size() == 1);  // a is not paired yet; c has not started
    CHECK(before.unmatched[0].id == "a");
}

TEST_CASE("compute_report: compliance rules show who meets them") {
    Program prog = program();
    prog.compliance.min_minutes_per_week = 30;
    prog.compliance.min_minutes_per_term = 1000;
    prog.compliance.max_days_to_match = 7;
    prog.compliance.first_goal_within_days = 14;
    const Roster people = roster({test::mentor("m1"), test::mentor("m2"), mentee("a"), mentee("b"), mentee("c")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24"), pair_of("m2", "b", "2026-09-10")};
    // Two school weeks: 08-24..08-28 and 08-31..09-04 (the window ends 09-04).
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-25", 45),
                                     entry(EntryKind::check_in, "m1", "a", "2026-09-01", 20),
                                     goal_add("g1", "a", "2026-09-01", 0, 10, "2027-05-01")};
    const Report r = compute_report(prog, people, pairs, {}, entries, at("2026-09-04"));
    REQUIRE(r.compliance.size() == 4);
    const auto& week = r.compliance[0];
    CHECK(week.key == "min_minutes_per_week");
    REQUIRE(week.results.size() == 3);
    CHECK(week.results[0].person == "a");
    CHECK(week.results[0].value == "65 min in 2 weeks (32 a week)");
    CHECK(week.results[0].number == 32);
    CHECK(week.results[0].status == RuleResult::Status::met);
    CHECK(week.results[1].status == RuleResult::Status::not_met);
    CHECK(week.met() == 1);
    CHECK(week.not_met() == 2);
    const auto& term = r.compliance[1];
    CHECK(term.results[0].status == RuleResult::Status::pending);  // the term is not over
    const auto& match = r.compliance[2];
    CHECK(match.results[0].status == RuleResult::Status::met);
    CHECK(match.results[1].value == "waiting 11 days");  // b's pair starts after today
    CHECK(match.results[1].number == 11);
    CHECK(match.results[1].status == RuleResult::Status::not_met);
    const auto& goal = r.compliance[3];
    CHECK(goal.results[0].value == "first goal after 8 days");
    CHECK(goal.results[0].status == RuleResult::Status::met);
    CHECK(goal.results[1].status == RuleResult::Status::pending);  // 11 days, no goal yet

    const Report later = compute_report(prog, people, pairs, {}, entries, at("2027-07-01"));
    CHECK(later.compliance[1].results[0].status == RuleResult::Status::not_met);  // the term is over
    CHECK(later.compliance[3].results[1].status == RuleResult::Status::not_met);
}

TEST_CASE("compute_report: no compliance section unless configured") {
    const Report r = compute_report(program(), roster({mentee("a")}), {}, {}, {}, at("2026-10-01"));
    CHECK(r.compliance.empty());
}

TEST_CASE("pay_cents: one rounding, half a cent up") {
    CHECK(pay_cents(60, 4000) == 4000);
    CHECK(pay_cents(45, 4000) == 3000);
    CHECK(pay_cents(1, 4000) == 67);      // 66.67 cents
    CHECK(pay_cents(1, 3000) == 50);      // exactly 50
    CHECK(pay_cents(1, 3333) == 56);      // 55.55 -> 56
    CHECK(pay_cents(3, 10) == 1);         // 0.5 -> 1 (half up)
    CHECK(pay_cents(90, 5000, 300) == 22500);  // 1.5 h x 50 x (1 + 2)
    CHECK(pay_cents(7, 1999, 125) == 292);     // 7/60 x 19.99 x 1.25 = 2.9152 -> 292
    CHECK(format_cents(22500) == "225.00");
    CHECK(format_cents(5) == "0.05");
    CHECK(format_cents(0) == "0.00");
}

TEST_CASE("compute_report: stipends pay mentors for pair time and for workshops they led, with planning") {
    Program prog = program();
    prog.stipend.hourly = 40;
    prog.stipend.workshop_hourly = 50;
    prog.stipend.planning_ratio = 2;
    const Roster people = roster({test::mentor("m1"), test::mentor("m2"), mentee("a"), person("coord", {Role::coordinator})});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24")};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-25", 45),
                                     entry(EntryKind::co_teaching, "m1", "a", "2026-08-26", 50),
                                     entry(EntryKind::check_in, "m1", "a", "2026-08-20", 45),  // before the term
                                     workshop("m1", "2026-09-02", 90), workshop("m2", "2026-09-03", 25),
                                     workshop("coord", "2026-09-03", 60)};
    const Report r = compute_report(prog, people, pairs, {}, entries, at("2026-10-01"));
    REQUIRE(r.stipends.size() == 3);  // the mentors, and the coordinator who led a workshop
    const Stipend& coord = r.stipends[0];
    CHECK(coord.mentor == "coord");
    CHECK(coord.mentoring_minutes == 0);
    CHECK(coord.workshop_cents == 15000);  // 1 h x 50 x 3
    const Stipend& m1 = r.stipends[1];
    CHECK(m1.mentoring_minutes == 95);
    CHECK(m1.mentoring_cents == 6333);  // 95/60 x 40 = 63.333
    CHECK(m1.workshop_minutes == 90);
    CHECK(m1.workshop_cents == 22500);
    CHECK(m1.total_cents() == 28833);
    const Stipend& m2 = r.stipends[2];
    CHECK(m2.workshop_cents == 6250);  // 25/60 x 50 x 3 = 62.50
    CHECK(r.stipend_total_cents() == 50083);
    CHECK(r.workload.size() == 2);  // workload is the mentors'
}

TEST_CASE("compute_report: a check-in both people logged is one meeting, held and paid once") {
    Program prog = program();
    prog.stipend.hourly = 40;
    const Roster people = roster({test::mentor("m1"), mentee("a")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24")};
    Entry theirs = entry(EntryKind::check_in, "m1", "a", "2026-09-01", 40);
    theirs.id = "by-mentee";
    theirs.by = "a";
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-09-01", 45), theirs,
                                     entry(EntryKind::check_in, "m1", "a", "2026-09-08", 45),
                                     entry(EntryKind::observation, "m1", "a", "2026-09-01", 50)};
    const std::vector<Meeting> meetings{meeting("m1", "a", "2026-09-01"), meeting("m1", "a", "2026-09-08")};
    const Report r = compute_report(prog, people, pairs, meetings, entries, at("2026-09-10"));
    const PairFigures& p = find(r, "a");
    CHECK(p.held == 2);
    CHECK(p.adherence_percent() == 100);
    CHECK(p.contact_minutes == 45 + 45 + 50);  // the longer note of the meeting, once
    REQUIRE(r.stipends.size() == 1);
    CHECK(r.stipends[0].mentoring_minutes == 140);
    CHECK(r.weeks[1].held == 1);  // the week of 2026-08-31
}

TEST_CASE("compute_report: a group session counts for each mentee and pays its mentor once") {
    Program prog = program();
    prog.stipend.hourly = 60;
    prog.compliance.min_minutes_per_term = 60;
    const Roster people = roster({test::mentor("m1"), mentee("a"), mentee("b"), mentee("c")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24"), pair_of("m1", "b", "2026-08-24"),
                                  pair_of("m1", "c", "2026-08-24")};
    Entry group = entry(EntryKind::check_in, "m1", "", "2026-09-02", 60);
    group.mentees = {"a", "b"};
    Entry also = entry(EntryKind::check_in, "m1", "b", "2026-09-02", 30);  // b's own note of the session
    also.by = "b";
    const std::vector<Entry> entries{group, also, entry(EntryKind::check_in, "m1", "c", "2026-09-02", 45)};
    const Report r = compute_report(prog, people, pairs, {}, entries, at("2026-09-10"));
    CHECK(find(r, "a").held == 1);
    CHECK(find(r, "b").held == 1);
    CHECK(find(r, "a").contact_minutes == 60);
    CHECK(find(r, "b").contact_minutes == 60);
    CHECK(find(r, "c").contact_minutes == 45);
    CHECK(r.held == 3);
    REQUIRE(r.stipends.size() == 1);
    CHECK(r.stipends[0].mentoring_minutes == 60 + 45);  // the group session once, c's meeting once
    CHECK(r.stipends[0].mentoring_cents == 10500);
    REQUIRE(r.compliance.size() == 1);
    CHECK(r.compliance[0].results[0].number == 60);  // a's minutes count the session
}

namespace {

// The test program (2026-27) with 2025-26 behind it and year-2 rules: a second-year mentee
// meets less and their mentor is paid less.
Program two_years() {
    Program p = program();
    PastTerm old;
    old.name = "2025-26";
    old.term.start = day("2025-08-25");
    old.term.end = day("2026-06-12");
    p.past_terms.push_back(old);
    p.stipend.hourly = 40;
    p.compliance.min_minutes_per_week = 30;
    p.compliance.max_days_to_match = 7;
    YearRules two{2, p.cadence, p.compliance, p.stipend};
    two.compliance.min_minutes_per_week = 15;
    two.stipend.hourly = 30;
    p.year_rules.push_back(two);
    return p;
}

Person mentee_from(const char* id, const char* start) {
    Person p = mentee(id);
    p.start = day(start);
    return p;
}

}  // namespace

TEST_CASE("compute_report: a second-year mentee is judged by year-2 compliance rules") {
    const Program prog = two_years();
    const Roster people = roster({test::mentor("m1"), test::mentor("m2"), mentee_from("first", "2026-08-24"),
                                  mentee_from("second", "2025-08-25")});
    const std::vector<Pair> pairs{pair_of("m1", "first", "2026-08-24"), pair_of("m2", "second", "2026-08-24")};
    // Two school weeks; 40 minutes each: 20 a week, below year 1's 30, above year 2's 15.
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "first", "2026-08-25", 40),
                                     entry(EntryKind::check_in, "m2", "second", "2026-08-25", 40)};
    const Report r = compute_report(prog, people, pairs, {}, entries, at("2026-09-04"));
    REQUIRE(r.compliance.size() == 3);
    const ComplianceRule& one = r.compliance[0];
    CHECK(one.key == "min_minutes_per_week");
    CHECK(one.description == "at least 30 mentoring minutes a school week (year 1)");
    CHECK(one.years == std::vector<int>{1});
    REQUIRE(one.results.size() == 1);
    CHECK(one.results[0].person == "first");
    CHECK(one.results[0].status == RuleResult::Status::not_met);
    const ComplianceRule& two = r.compliance[1];
    CHECK(two.description == "at least 15 mentoring minutes a school week (year 2)");
    REQUIRE(two.results.size() == 1);
    CHECK(two.results[0].person == "second");
    CHECK(two.results[0].status == RuleResult::Status::met);
    // The same threshold in both years: one rule, no years named.
    const ComplianceRule& match = r.compliance[2];
    CHECK(match.key == "max_days_to_match");
    CHECK(match.years.empty());
    CHECK(match.results.size() == 2);

    // In 2025-26 the same mentee was in year 1.
    ReportOptions last_year = at("2026-06-12");
    last_year.from = day("2026-05-25");
    const Report before = compute_report(prog, people, {pair_of("m2", "second", "2025-08-25", "2026-06-13")}, {},
                                         {entry(EntryKind::check_in, "m2", "second", "2026-05-26", 40)}, last_year);
    REQUIRE_FALSE(before.compliance.empty());
    CHECK(before.compliance[0].years.empty());  // only year-1 mentees then: one rule
    CHECK(before.compliance[0].description == "at least 30 mentoring minutes a school week");
}

TEST_CASE("compute_report: a mentor is paid at the rate of the mentee's year, one line item per rate") {
    const Program prog = two_years();
    const Roster people = roster({test::mentor("m1"), mentee_from("first", "2026-08-24"), mentee_from("second", "2025-08-25")});
    const std::vector<Pair> pairs{pair_of("m1", "first", "2026-08-24"), pair_of("m1", "second", "2026-08-24")};
    Entry group = entry(EntryKind::check_in, "m1", "", "2026-09-02", 60);
    group.mentees = {"first", "second"};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "first", "2026-08-25", 45),
                                     entry(EntryKind::check_in, "m1", "second", "2026-08-26", 45),
                                     entry(EntryKind::observation, "m1", "second", "2026-08-27", 1),
                                     group};
    const Report r = compute_report(prog, people, pairs, {}, entries, at("2026-09-10"));
    REQUIRE(r.stipends.size() == 1);
    CHECK(r.stipends[0].mentoring_minutes == 45 + 45 + 1 + 60);
    // Year 1 at 40: 45 min and the group session (its earliest mentee is in year 1), 105 min = 70.00;
    // year 2 at 30: 46 min = 23.00.
    CHECK(r.stipends[0].mentoring_cents == 7000 + 2300);
    REQUIRE(r.year_hourly.size() == 1);
    CHECK(r.year_hourly[0] == std::pair<int, double>{2, 30.0});

    // The same entries a year earlier, when "second" was in year 1: all at 40.
    Program one = prog;
    one.year_rules.clear();
    const Report flat = compute_report(one, people, pairs, {}, entries, at("2026-09-10"));
    CHECK(flat.stipends[0].mentoring_cents == pay_cents(151, 4000));
    CHECK(flat.year_hourly.empty());
}

TEST_CASE("compute_report: --from and --to make a pay period") {
    Program prog = program();
    prog.stipend.hourly = 60;
    prog.stipend.workshop_hourly = 60;
    prog.stipend.planning_ratio = 0;
    const Roster people = roster({test::mentor("m1"), mentee("a"), person("coord", {Role::coordinator})});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24")};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-31", 60),
                                     entry(EntryKind::check_in, "m1", "a", "2026-09-01", 30),
                                     entry(EntryKind::check_in, "m1", "a", "2026-09-30", 15),
                                     entry(EntryKind::check_in, "m1", "a", "2026-10-01", 60),
                                     workshop("coord", "2026-08-31", 60), workshop("coord", "2026-09-15", 30)};
    ReportOptions o = at("2026-10-20");
    o.from = day("2026-09-01");
    o.to = day("2026-09-30");
    const Report r = compute_report(prog, people, pairs, {}, entries, o);
    CHECK(r.from == day("2026-09-01"));
    CHECK(r.until == day("2026-09-30"));
    CHECK(find(r, "a").held == 2);
    REQUIRE(r.stipends.size() == 2);
    CHECK(r.stipends[0].mentor == "coord");
    CHECK(r.stipends[0].workshop_minutes == 30);
    CHECK(r.stipends[1].mentoring_minutes == 45);
    o.to = day("2026-12-31");  // a period that has not ended is counted up to today
    CHECK(compute_report(prog, people, pairs, {}, entries, o).until == day("2026-10-20"));
}

TEST_CASE("compute_report: breakdown by school and by mentor") {
    Program prog = program();
    Person a = mentee("a"), b = mentee("b"), c = mentee("c");
    a.school = "lincoln";
    b.school = "lincoln";
    c.school = "washington";
    const Roster people = roster({test::mentor("m1"), test::mentor("m2"), a, b, c});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24"), pair_of("m1", "b", "2026-08-24"),
                                  pair_of("m2", "c", "2026-08-24")};
    const std::vector<Meeting> meetings{meeting("m1", "a", "2026-08-25"), meeting("m1", "b", "2026-08-26"),
                                        meeting("m2", "c", "2026-08-27")};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-08-25", 45)};
    ReportOptions o = at("2026-08-28");
    o.by = ReportOptions::By::school;
    const Report r = compute_report(prog, people, pairs, meetings, entries, o);
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].key == "lincoln");
    CHECK(r.groups[0].pairs == 2);
    CHECK(r.groups[0].planned == 2);
    CHECK(r.groups[0].held == 1);
    CHECK(r.groups[1].key == "washington");
    CHECK(r.groups[1].held == 0);
    o.by = ReportOptions::By::mentor;
    const Report m = compute_report(prog, people, pairs, meetings, entries, o);
    REQUIRE(m.groups.size() == 2);
    CHECK(m.groups[0].key == "m1");
    CHECK(m.groups[0].contact_minutes == 45);
    CHECK(m.groups[1].key == "m2");
}

TEST_CASE("compute_report: by school, spellings that differ in case or spacing are one school") {
    Person a = mentee("a"), b = mentee("b");
    a.school = "lincoln";
    b.school = " Lincoln";
    const Roster people = roster({test::mentor("m1"), a, b});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24"), pair_of("m1", "b", "2026-08-24")};
    ReportOptions o = at("2026-08-28");
    o.by = ReportOptions::By::school;
    const Report r = compute_report(program(), people, pairs, {}, {}, o);
    REQUIRE(r.groups.size() == 1);
    CHECK(r.groups[0].key == "lincoln");  // as first written
    CHECK(r.groups[0].pairs == 2);
}

TEST_CASE("compute_report: goals by status and on track") {
    const Roster people = roster({test::mentor("m1"), mentee("a")});
    Entry progress;
    progress.id = "p1";
    progress.kind = EntryKind::goal_progress;
    progress.goal = "g1";
    progress.person = "a";
    progress.by = "a";
    progress.date = day("2026-10-01");
    progress.value = 9;
    Entry drop = progress;
    drop.id = "d1";
    drop.kind = EntryKind::goal_drop;
    drop.goal = "g3";
    drop.value.reset();
    const std::vector<Entry> entries{goal_add("g1", "a", "2026-09-01", 0, 10, "2027-05-01"), progress,
                                     goal_add("g2", "a", "2026-09-01", 0, 10, "2027-05-01"),
                                     goal_add("g3", "a", "2026-09-01", 0, 10, "2027-05-01"),
                                     goal_add("g4", "a", "2026-09-01", 0, 10, "2026-09-30"), drop};
    const Report r = compute_report(program(), people, {}, {}, entries, at("2026-10-15"));
    CHECK(r.goals.active == 2);
    CHECK(r.goals.on_track == 1);
    CHECK(r.goals.no_data == 1);
    CHECK(r.goals.dropped == 1);
    CHECK(r.goals.missed == 1);
}

TEST_CASE("compute_report: weeks of the window for the chart") {
    const Roster people = roster({test::mentor("m1"), mentee("a")});
    const std::vector<Pair> pairs{pair_of("m1", "a", "2026-08-24")};
    const std::vector<Meeting> meetings{meeting("m1", "a", "2026-08-25"), meeting("m1", "a", "2026-09-01")};
    const std::vector<Entry> entries{entry(EntryKind::check_in, "m1", "a", "2026-09-03", 45)};
    const Report r = compute_report(program(), people, pairs, meetings, entries, at("2026-09-09"));
    REQUIRE(r.weeks.size() == 3);
    CHECK(r.weeks[0].monday == day("2026-08-24"));
    CHECK(r.weeks[0].planned == 1);
    CHECK(r.weeks[0].held == 0);
    CHECK(r.weeks[1].planned == 1);
    CHECK(r.weeks[1].held == 1);
    CHECK(r.weeks[2].planned == 0);
}

TEST_CASE("compute_report: before the term starts there is nothing to count") {
    const Roster people = roster({test::mentor("m1"), mentee("a")});
    const Report r = compute_report(program(), people, {pair_of("m1", "a", "2026-08-24")}, {}, {}, at("2026-08-01"));
    CHECK(r.pairs.empty());
    CHECK(r.weeks.empty());
    CHECK(r.unmatched.empty());
}
