#pragma once
// When people are free to meet, and the standing weekly slot of every pair or group: the one
// model of time that pairing and scheduling share, so that they cannot disagree.
#include <array>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "mentor/domain/availability.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// A span of minutes after midnight, [lo, hi).
struct Span {
    int lo = 0;
    int hi = 0;
};

/// Time of a week: per weekday (0 = Monday), disjoint spans in order.
using WeekSpans = std::array<std::vector<Span>, 7>;

/// The union of windows, per weekday.
WeekSpans week_spans(const std::vector<Window>& windows);

/// Time in both.
WeekSpans intersect_spans(const WeekSpans& a, const WeekSpans& b);

/// Time in `a` and not in `b`.
WeekSpans subtract_spans(const WeekSpans& a, const WeekSpans& b);

/// When a person is free for a meeting: their `availability` minus their `teaches` periods
/// (a teaching period is never free, even when it is also written as available).
WeekSpans free_time(const Person& p);

/// When a person teaches: their `teaches` periods.
WeekSpans teaching_time(const Person& p);

/// The starts a meeting of `minutes` can take inside spans: every five minutes from each
/// span's start, earliest first.
std::vector<int> fitting_starts(const std::vector<Span>& spans, int minutes);

/// How many spans of the week a meeting of `minutes` fits in.
int fitting_windows(const WeekSpans& w, int minutes);

/// A standing weekly slot: a weekday and a start (minutes after midnight).
struct WeeklySlot {
    int weekday = 0;
    int start = 0;
    friend bool operator==(const WeeklySlot&, const WeeklySlot&) = default;
    friend auto operator<=>(const WeeklySlot&, const WeeklySlot&) = default;
};

/// Who meets at one standing slot: a pair, or a mentor and the mentees of their group.
struct SlotUnit {
    std::string mentor;
    std::vector<std::string> mentees;  ///< sorted; two or more for a group
    Date start;                        ///< the earliest start of its pairs: older units are placed first
};

/// How often a pair's check-ins in the schedule record use one weekly slot.
struct RecordedSlot {
    std::string mentee;
    std::string mentor;
    WeeklySlot slot;
    int count = 0;
};

/// The standing slot of one unit, or why it has none.
struct UnitSlot {
    std::optional<WeeklySlot> slot;
    bool recorded = false;  ///< the slot the record's check-ins use, kept
    std::string reason;     ///< when there is no slot
};

/// The units that meet: one per current pair, except that the mentees of a mentor who meets
/// in a group (`cadence.groups(mentor)`) and has two or more of them form one unit.
/// `pairs` are (mentor, mentee, start) of the current pairs. Sorted by mentor, then mentees.
std::vector<SlotUnit> slot_units(const Roster& roster, const Cadence& cadence,
                                 const std::vector<std::tuple<std::string, std::string, Date>>& pairs);

/// The standing weekly slot of every unit, such that no person has two at once nor more than
/// `cadence.max_per_day` on one weekday, each inside the free time common to the unit's people.
/// A unit keeps the slot its recorded check-ins use most while that is still common free time
/// (those are reserved first); the others are placed oldest unit first, then the unit with the
/// fewest possible starts, each at the free start of the weekday where its people have the
/// fewest standing slots, earliest first. Deterministic.
std::vector<UnitSlot> plan_standing_slots(const Roster& roster, const Cadence& cadence,
                                          const std::vector<SlotUnit>& units,
                                          const std::vector<RecordedSlot>& recorded);

}  // namespace mentor
