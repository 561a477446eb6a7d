#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/meeting_edits.hpp"

using namespace mentor;
using test::day;

namespace {

Meeting meeting(std::string mentor, std::string mentee, const char* date, int start, MeetingKind kind = MeetingKind::meeting) {
    Meeting m;
    m.mentor = std::move(mentor);
    m.mentee = std::move(mentee);
    m.kind = kind;
    m.date = day(date);
    m.key = kind == MeetingKind::meeting ? period_start(m.date, 7) : 1;
    m.start = start;
    m.minutes = 45;
    return m;
}

std::vector<Meeting> record() {
    std::vector<Meeting> out{meeting("jdoe", "asmith", "2026-11-24", 14 * 60),  // a Tuesday
                             meeting("jdoe", "asmith", "2026-11-24", 10 * 60, MeetingKind::observation),
                             meeting("kbo", "bcho", "2026-11-25", 15 * 60),
                             meeting("jdoe", "asmith", "2026-11-17", 14 * 60)};
    sort_meetings(out);
    return out;
}

std::size_t index_of(const std::vector<Meeting>& ms, std::string_view key) {
    const auto found = find_meeting(ms, key, "test");
    REQUIRE(std::holds_alternative<std::size_t>(found));
    return std::get<std::size_t>(found);
}

}  // namespace

TEST_CASE("parse_meeting_target: a weekday and time, a date and time, a date, a time") {
    const auto wd = parse_meeting_target("tue 15:00");
    REQUIRE(wd);
    CHECK(wd->weekday == 1);
    CHECK(wd->start == 15 * 60);
    CHECK(parse_meeting_target("Thursday 7:30")->start == 7 * 60 + 30);
    const auto full = parse_meeting_target("2026-11-25 15:00");
    REQUIRE(full);
    CHECK(full->date == day("2026-11-25"));
    CHECK(parse_meeting_target("2026-11-25")->date == day("2026-11-25"));
    CHECK_FALSE(parse_meeting_target("2026-11-25")->start);
    CHECK(parse_meeting_target("15:00")->start == 15 * 60);
    for (const char* bad : {"", "tue", "tue 25:00", "tue 15:60", "someday 15:00", "2026-13-01", "15:00 tue", "tue 15:00 x",
                            "2026-11-25 15", "1500"}) {
        INFO(bad);
        CHECK_FALSE(parse_meeting_target(bad));
    }
}

TEST_CASE("find_meeting: by uid, by uid without program and suffix, by two people and a date") {
    const std::vector<Meeting> ms = record();
    const std::size_t i = index_of(ms, "test+asmith+jdoe+meeting+2026-11-23@mentor");
    CHECK(ms[i].date == day("2026-11-24"));
    CHECK(index_of(ms, "asmith+jdoe+meeting+2026-11-23") == i);
    CHECK(index_of(ms, "bcho+kbo+2026-11-25") == index_of(ms, "kbo+bcho+2026-11-25"));
    CHECK(ms[index_of(ms, "asmith+jdoe+observation+1")].kind == MeetingKind::observation);

    const auto two = find_meeting(ms, "jdoe+asmith+2026-11-24", "test");
    REQUIRE(std::holds_alternative<Refusal>(two));
    CHECK(std::get<Refusal>(two).message == "jdoe and asmith have 2 meetings on 2026-11-24");
    CHECK(std::get<Refusal>(find_meeting(ms, "jdoe+asmith+2026-11-26", "test")).not_found);
    CHECK(std::get<Refusal>(find_meeting(ms, "other+asmith+jdoe+meeting+2026-11-23", "test")).not_found);
    CHECK_FALSE(std::get<Refusal>(find_meeting(ms, "jdoe", "test")).not_found);
    CHECK_FALSE(std::get<Refusal>(find_meeting(ms, "jdoe+asmith+tomorrow", "test")).not_found);
}

TEST_CASE("move_meeting: a revision with the same identity, locked; refused when it cannot be") {
    const Program program = test::program();
    const std::vector<Meeting> ms = record();
    const Date today = day("2026-11-23");
    const std::size_t i = index_of(ms, "asmith+jdoe+meeting+2026-11-23");
    const MeetingEdit e = move_meeting(ms, i, *parse_meeting_target("thu 15:00"), program.term, today);
    REQUIRE_FALSE(e.refusal);
    CHECK(e.after.date == day("2026-11-26"));
    CHECK(e.after.start == 15 * 60);
    CHECK(e.after.rev == 1);
    CHECK(e.after.locked);
    CHECK(same_meeting(e.before, e.after));
    CHECK(e.meetings.size() == ms.size());
    CHECK(e.meetings[index_of(e.meetings, "asmith+jdoe+meeting+2026-11-23")].date == day("2026-11-26"));

    const auto refused = [&](std::string_view key, const char* to) {
        return move_meeting(ms, index_of(ms, key), *parse_meeting_target(to), program.term, today).refusal.has_value();
    };
    CHECK(refused("asmith+jdoe+meeting+2026-11-16", "thu 15:00"));   // already held
    CHECK(refused("asmith+jdoe+meeting+2026-11-23", "2026-11-20"));  // into the past
    CHECK(refused("asmith+jdoe+meeting+2026-11-23", "sat 15:00"));   // a weekend
    CHECK(refused("asmith+jdoe+meeting+2026-11-23", "10:30"));       // over the observation
    CHECK(refused("asmith+jdoe+meeting+2026-11-23", "23:30"));       // past midnight
    CHECK(refused("asmith+jdoe+meeting+2026-11-23", "14:00"));       // where it already is
    CHECK_FALSE(refused("asmith+jdoe+meeting+2026-11-23", "14:30"));  // over itself is fine
}

TEST_CASE("move_meeting: a group session moves as a whole") {
    const Program program = test::program();
    std::vector<Meeting> ms{meeting("jdoe", "asmith", "2026-11-24", 14 * 60), meeting("jdoe", "bcho", "2026-11-24", 14 * 60)};
    for (Meeting& m : ms) m.group = true;
    const MeetingEdit e = move_meeting(ms, 0, *parse_meeting_target("15:00"), program.term, day("2026-11-23"));
    REQUIRE_FALSE(e.refusal);
    for (const Meeting& m : e.meetings) {
        CHECK(m.start == 15 * 60);
        CHECK(m.rev == 1);
    }
}

TEST_CASE("cancel_meeting: kept as cancelled with the next revision; not twice, not in the past") {
    const std::vector<Meeting> ms = record();
    const Date today = day("2026-11-23");
    const MeetingEdit e = cancel_meeting(ms, index_of(ms, "bcho+kbo+2026-11-25"), today);
    REQUIRE_FALSE(e.refusal);
    CHECK(e.after.cancelled);
    CHECK(e.after.rev == 1);
    CHECK(e.meetings.size() == ms.size());
    CHECK(cancel_meeting(e.meetings, index_of(e.meetings, "bcho+kbo+meeting+2026-11-23"), today).refusal);
    CHECK(cancel_meeting(ms, index_of(ms, "asmith+jdoe+meeting+2026-11-16"), today).refusal);
}
