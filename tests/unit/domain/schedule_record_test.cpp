#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/schedule.hpp"

using namespace mentor;
using test::day;

namespace {

Meeting meeting(std::string mentor, std::string mentee, const char* date, int start, int line = 0,
                MeetingKind kind = MeetingKind::meeting, int key = 0) {
    Meeting m;
    m.mentor = std::move(mentor);
    m.mentee = std::move(mentee);
    m.kind = kind;
    m.date = day(date);
    m.key = kind == MeetingKind::meeting && key == 0 ? period_start(m.date, 7) : key;
    m.start = start;
    m.minutes = 45;
    m.line = line;
    return m;
}

Pair pair_of(std::string mentor, std::string mentee, const char* end = nullptr) {
    Pair p;
    p.mentor = std::move(mentor);
    p.mentee = std::move(mentee);
    p.start = day("2026-08-24");
    if (end) p.end = day(end);
    return p;
}

std::vector<std::string> messages(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) {
        out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message +
                      (d.severity == Severity::warning ? "" : " (ERROR)"));
    }
    return out;
}

struct World {
    Roster roster = test::roster({test::mentor("jdoe"), test::mentee("asmith"), test::mentee("bcho"),
                                  test::mentor("kpatel")});
    Program program = test::program();
    std::vector<Pair> pairs = {pair_of("jdoe", "asmith"), pair_of("jdoe", "bcho"),
                               pair_of("kpatel", "asmith", "2026-08-01")};
    World() { program.term.holidays = {day("2026-11-26")}; }
    std::vector<std::string> check(const std::vector<Meeting>& ms) const {
        return messages(validate_schedule(ms, roster, program, pairs, "schedule.tsv"));
    }
};

}  // namespace

TEST_CASE("meeting_kind_name and parse_meeting_kind: both kinds round-trip, nothing else parses") {
    for (MeetingKind k : {MeetingKind::meeting, MeetingKind::observation}) CHECK(parse_meeting_kind(meeting_kind_name(k)) == k);
    CHECK(meeting_kind_name(MeetingKind::observation) == "observation");
    CHECK_FALSE(parse_meeting_kind("Meeting"));
    CHECK_FALSE(parse_meeting_kind("check-in"));
    CHECK_FALSE(parse_meeting_kind(""));
}

TEST_CASE("format_meeting_key: a check-in's period as a date, an observation's number") {
    const Meeting m = meeting("jdoe", "asmith", "2026-11-25", 900);
    CHECK(format_meeting_key(m) == "2026-11-23");
    const Meeting o = meeting("jdoe", "asmith", "2026-11-25", 900, 0, MeetingKind::observation, 2);
    CHECK(format_meeting_key(o) == "2");
}

TEST_CASE("format_clock: HH:MM, zero-padded") {
    CHECK(format_clock(0) == "00:00");
    CHECK(format_clock(7 * 60 + 5) == "07:05");
    CHECK(format_clock(15 * 60 + 30) == "15:30");
    CHECK(format_clock(23 * 60 + 59) == "23:59");
}

TEST_CASE("period_start: periods of any length count from Monday 1970-01-05, before it too") {
    const int monday = day("1970-01-05").days();
    CHECK(period_start(day("1970-01-05"), 7) == monday);
    CHECK(period_start(day("1970-01-11"), 7) == monday);
    CHECK(period_start(day("1970-01-12"), 7) == monday + 7);
    CHECK(period_start(day("1970-01-04"), 7) == monday - 7);   // the Sunday before: the previous week
    CHECK(period_start(day("1969-12-29"), 7) == monday - 7);
    CHECK(period_start(day("1969-12-28"), 7) == monday - 14);
    // Fortnights: 2026-11-23 is 2968 weeks after 1970-01-05, an even number, so a fortnight begins on it.
    CHECK(period_start(day("2026-11-23"), 14) == day("2026-11-23").days());
    CHECK(period_start(day("2026-12-06"), 14) == day("2026-11-23").days());
    CHECK(period_start(day("2026-12-07"), 14) == day("2026-12-07").days());
    CHECK(period_start(day("2026-11-22"), 14) == day("2026-11-09").days());
    // Every day of a period maps to its start, and the start is never after the day.
    for (int every : {1, 5, 7, 10, 14, 28}) {
        for (Date d = day("2026-08-01"); d < day("2026-09-30"); d = d + 1) {
            const int s = period_start(d, every);
            CHECK(s <= d.days());
            CHECK(d.days() - s < every);
            CHECK((s - monday) % every == 0);
        }
    }
    // A period of 0 days or fewer counts as one day.
    CHECK(period_start(day("2026-11-25"), 0) == day("2026-11-25").days());
}

TEST_CASE("sort_meetings: by mentee, mentor, kind, key; the same identity keeps its order") {
    std::vector<Meeting> ms = {
        meeting("kpatel", "asmith", "2026-11-23", 900, 1),
        meeting("jdoe", "bcho", "2026-11-23", 900, 2),
        meeting("jdoe", "asmith", "2026-11-30", 900, 3),
        meeting("jdoe", "asmith", "2026-11-24", 900, 4, MeetingKind::observation, 1),
        meeting("jdoe", "asmith", "2026-11-23", 900, 5),
        meeting("jdoe", "asmith", "2026-11-24", 600, 6),  // same period as line 5
    };
    sort_meetings(ms);
    std::vector<int> lines;
    for (const Meeting& m : ms) lines.push_back(m.line);
    CHECK(lines == std::vector<int>{5, 6, 3, 4, 1, 2});
}

TEST_CASE("same_meeting: the same pair, kind and key, wherever and whenever it is") {
    const Meeting a = meeting("jdoe", "asmith", "2026-11-23", 900);
    Meeting moved = meeting("jdoe", "asmith", "2026-11-25", 600);
    moved.rev = 3;
    moved.cancelled = true;
    CHECK(same_meeting(a, moved));
    CHECK_FALSE(same_meeting(a, meeting("jdoe", "asmith", "2026-11-30", 900)));
    CHECK_FALSE(same_meeting(a, meeting("kpatel", "asmith", "2026-11-23", 900)));
    CHECK_FALSE(same_meeting(a, meeting("jdoe", "bcho", "2026-11-23", 900)));
    CHECK_FALSE(same_meeting(a, meeting("jdoe", "asmith", "2026-11-23", 900, 0, MeetingKind::observation, a.key)));
}

TEST_CASE("validate_schedule: a valid schedule has nothing to say") {
    const World w;
    CHECK(w.check({meeting("jdoe", "asmith", "2026-11-23", 900, 3), meeting("jdoe", "bcho", "2026-11-23", 945, 4),
                   meeting("jdoe", "asmith", "2026-11-24", 900, 5)})
              .empty());
}

TEST_CASE("validate_schedule: double-booking is located at the later line, naming the earlier") {
    const World w;
    CHECK(w.check({meeting("jdoe", "asmith", "2026-11-23", 900, 3), meeting("jdoe", "bcho", "2026-11-23", 930, 7)}) ==
          std::vector<std::string>{"7:1 jdoe has two meetings at once on 2026-11-23: this one and line 3"});
    // Found even when the earlier line starts later in the day.
    CHECK(w.check({meeting("jdoe", "bcho", "2026-11-23", 930, 3), meeting("jdoe", "asmith", "2026-11-23", 900, 7)}) ==
          std::vector<std::string>{"7:1 jdoe has two meetings at once on 2026-11-23: this one and line 3"});
    // A cancelled meeting takes no time.
    std::vector<Meeting> ms = {meeting("jdoe", "asmith", "2026-11-23", 900, 3), meeting("jdoe", "bcho", "2026-11-23", 930, 7)};
    ms[0].cancelled = true;
    CHECK(w.check(ms).empty());
}

TEST_CASE("validate_schedule: three overlapping meetings give every overlapping pair") {
    World w2;
    w2.roster.people.push_back(test::mentee("ekim"));
    w2.pairs.push_back(pair_of("jdoe", "ekim"));
    CHECK(w2.check({meeting("jdoe", "asmith", "2026-11-23", 900, 3), meeting("jdoe", "bcho", "2026-11-23", 910, 4),
                    meeting("jdoe", "ekim", "2026-11-23", 920, 5)}) ==
          std::vector<std::string>{"4:1 jdoe has two meetings at once on 2026-11-23: this one and line 3",
                                   "5:1 jdoe has two meetings at once on 2026-11-23: this one and line 3",
                                   "5:1 jdoe has two meetings at once on 2026-11-23: this one and line 4"});
}

TEST_CASE("validate_schedule: unknown people, pairs that are not current, days the school is closed: all warnings") {
    const World w;
    const auto got = w.check({
        meeting("ghost", "asmith", "2026-11-23", 900, 3),  // not in the roster, not a pair
        meeting("kpatel", "bcho", "2026-11-23", 600, 4),   // never a pair
        meeting("jdoe", "asmith", "2026-11-26", 900, 5),   // a holiday
        meeting("jdoe", "bcho", "2026-11-28", 900, 6),     // a Saturday
        meeting("jdoe", "asmith", "2027-07-05", 900, 7),   // after the term
    });
    CHECK(got == std::vector<std::string>{
                     "3:1 'ghost' is not in roster.yaml",
                     "3:1 ghost and asmith are not a pair in pairs.tsv",
                     "4:1 kpatel and bcho are not a pair in pairs.tsv",
                     "5:1 2026-11-26 is not a school day",
                     "6:1 2026-11-28 is not a school day",
                     "7:1 2027-07-05 is not a school day",
                 });
}

TEST_CASE("validate_schedule: an ended pair is still known; a cancelled meeting of a stranger only warns about the roster") {
    const World w;
    CHECK(w.check({meeting("kpatel", "asmith", "2026-11-23", 900, 3)}).empty());
    std::vector<Meeting> ms = {meeting("ghost", "asmith", "2026-11-28", 900, 3)};
    ms[0].cancelled = true;
    CHECK(w.check(ms) == std::vector<std::string>{"3:1 'ghost' is not in roster.yaml"});
}
