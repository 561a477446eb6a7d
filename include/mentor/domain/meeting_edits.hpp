#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mentor/domain/entry_plan.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/schedule.hpp"

namespace mentor {

/// Where `meetings move --to` sends a meeting: `tue 15:00` (that weekday of the meeting's own
/// week, Monday to Sunday), `2026-11-25 15:00`, `2026-11-25` (same time) or `15:00` (same day).
struct MeetingTarget {
    std::optional<Date> date;
    std::optional<int> weekday;  ///< 0 = Monday
    std::optional<int> start;    ///< minutes after midnight
};

/// Parses a --to value; nothing when it is none of the forms above.
std::optional<MeetingTarget> parse_meeting_target(std::string_view text);

/// The index of the meeting a KEY names, or a refusal. A KEY is the meeting's UID as
/// `meetings --format json` prints it (`PROGRAM+MENTEE+MENTOR+KIND+KEY@mentor`), the same
/// without `PROGRAM+` and `@mentor`, or `A+B+DATE`: the one meeting of these two people
/// (either order) on that date that is not cancelled.
std::variant<std::size_t, Refusal> find_meeting(const std::vector<Meeting>& meetings, std::string_view key,
                                                 std::string_view program_id);

/// What `meetings move|cancel` would write: the whole record (sorted), the meeting before and
/// after, or why not.
struct MeetingEdit {
    std::vector<Meeting> meetings;
    Meeting before;
    Meeting after;
    std::optional<Refusal> refusal;
};

/// Moves meeting `index` to `to`, as a revision: the same identity (so the same calendar
/// UID), `rev` one up, locked so that `mentor schedule` keeps it there. Refused for a
/// cancelled meeting, a meeting before `today`, a new time before `today`, on a day the
/// school is closed, past midnight, or over another meeting of either person.
MeetingEdit move_meeting(const std::vector<Meeting>& meetings, std::size_t index, const MeetingTarget& to,
                         const Term& term, Date today);

/// Cancels meeting `index` as a revision: kept in the record as cancelled, `rev` one up, so
/// that calendars mark it STATUS:CANCELLED and `mentor schedule` does not place it again.
/// Refused for a meeting already cancelled or before `today`.
MeetingEdit cancel_meeting(const std::vector<Meeting>& meetings, std::size_t index, Date today);

}  // namespace mentor
