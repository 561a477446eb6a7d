#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "mentor/domain/compatibility.hpp"
#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"
#include "mentor/domain/remind.hpp"
#include "mentor/domain/report.hpp"
#include "mentor/domain/schedule.hpp"

using namespace mentor;

namespace {

// Every value's name parses back to it, and names are distinct.
template <class E, std::size_t N>
void check_round_trip(const NameTable<E, N>& table) {
    std::set<std::string_view> seen;
    for (E e : table.values()) {
        const std::string_view name = table.name_of(e);
        CHECK(name != "?");
        CHECK(table.parse(name) == e);
        CHECK(seen.insert(name).second);
    }
    CHECK(seen.size() == N);
    CHECK_FALSE(table.parse("no such name"));
}

enum class Colour { red, green, blue, unnamed };
constexpr NameTable<Colour, 3> colour_names{{{Colour::red, "red"}, {Colour::green, "green"}, {Colour::blue, "blue"}}};

}  // namespace

TEST_CASE("NameTable: name_of, parse, values, names and joined_names") {
    CHECK(colour_names.name_of(Colour::green) == "green");
    CHECK(colour_names.name_of(Colour::unnamed) == "?");
    CHECK(colour_names.parse("blue") == Colour::blue);
    CHECK_FALSE(colour_names.parse("Blue"));
    CHECK_FALSE(colour_names.parse(""));
    CHECK(colour_names.values() == std::array<Colour, 3>{Colour::red, Colour::green, Colour::blue});
    CHECK(colour_names.names() == std::array<std::string_view, 3>{"red", "green", "blue"});
    CHECK(colour_names.joined_names() == "red, green or blue");
    CHECK(colour_names.joined_names(", ", ", ") == "red, green, blue");
    constexpr NameTable<Colour, 1> one{{{Colour::red, "red"}}};
    CHECK(one.joined_names() == "red");
    static_assert(colour_names.parse("green") == Colour::green);
}

TEST_CASE("NameTable: every enum's table round-trips") {
    check_round_trip(role_names);
    check_round_trip(mode_names);
    check_round_trip(same_school_names);
    check_round_trip(participation_names);
    check_round_trip(peer_odd_names);
    check_round_trip(entry_kind_names);
    check_round_trip(goal_status_names);
    check_round_trip(pace_names);
    check_round_trip(meeting_kind_names);
    check_round_trip(rule_names);
    check_round_trip(reminder_section_names);
    check_round_trip(report_by_names);
    check_round_trip(rule_status_names);
}

TEST_CASE("NameTable: the names files and messages use") {
    CHECK(mode_names.name_of(Mode::one_to_one) == "one-to-one");
    CHECK(participation_names.joined_names(", ", ", ") == "mandatory, optional");
    CHECK(entry_kind_names.joined_names(", ", ", ") ==
          "check-in, observation, co-teaching, inquiry, workshop, training, note, goal-add, goal-progress, goal-done, "
          "goal-drop");
    CHECK(rule_name(Rule::no_common_time) == "no-common-time");
    CHECK(pace_name(Pace::on_track) == "on track");
    CHECK(section_name(ReminderSection::digest) == "digest");
    CHECK(parse_kind("checkin") == EntryKind::check_in);  // an alias besides the table's names
}
