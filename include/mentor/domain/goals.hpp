#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"

namespace mentor {

enum class GoalStatus { active, met, missed, dropped };
/// The statuses' names, as `goal list --status` takes them.
inline constexpr NameTable<GoalStatus, 4> goal_status_names{
    {{GoalStatus::active, "active"}, {GoalStatus::met, "met"}, {GoalStatus::missed, "missed"}, {GoalStatus::dropped, "dropped"}}};
/// `active`, `met`, `missed` or `dropped`.
inline std::string_view goal_status_name(GoalStatus s) { return goal_status_names.name_of(s); }
/// A status by name, or nothing.
inline std::optional<GoalStatus> parse_goal_status(std::string_view name) { return goal_status_names.parse(name); }

/// A measured value on a day, with the note that came with it.
struct Progress {
    Date date;
    double value = 0;
    std::string entry;   ///< the journal entry that recorded it
};

/// How a goal's latest value compares with a straight line from baseline to target.
enum class Pace { no_data, ahead, on_track, behind, reached, unknown };
/// The paces' names, as reports show them.
inline constexpr NameTable<Pace, 6> pace_names{{{Pace::no_data, "no data"},
                                                {Pace::ahead, "ahead"},
                                                {Pace::on_track, "on track"},
                                                {Pace::behind, "behind"},
                                                {Pace::reached, "reached"},
                                                {Pace::unknown, "unknown"}}};
/// `no data`, `ahead`, `on track`, ...
inline std::string_view pace_name(Pace p) { return pace_names.name_of(p); }

/// A goal as the journal's events leave it.
struct Goal {
    std::string id;
    std::string owner;          ///< whose goal it is (usually a mentee)
    std::string by;             ///< who added it
    Date added;
    GoalDefinition definition;
    std::vector<std::string> focus;
    std::vector<Progress> progress;   ///< by date, in the order written within a day
    std::optional<Date> closed;       ///< the day it was marked met or dropped
    bool done = false;                ///< marked met
    bool dropped = false;
    std::string add_entry;            ///< the entry that defined it

    std::optional<double> latest() const;
    /// Active until marked met or dropped; missed when its due date passed before that.
    GoalStatus status(Date today) const;
};

/// The goals defined by `goal-add` events, with every later event applied, sorted by owner,
/// date added and id. Events naming an unknown goal are ignored here; `check_goal_events`
/// reports them.
std::vector<Goal> fold_goals(const std::vector<Entry>& entries);

/// The goal with this id, or null.
const Goal* find_goal(const std::vector<Goal>& goals, std::string_view id);

/// Where the goal stands on `today` against the line from baseline (on the day it was added)
/// to target (on its due date), and the value that line expects today.
struct PaceEstimate {
    Pace pace = Pace::unknown;
    std::optional<double> expected;  ///< what the line expects on the latest value's day
};
PaceEstimate estimate_pace(const Goal& g, Date today);

/// Whether a milestone is reached by the goal's latest value (in the goal's direction).
bool milestone_reached(const Goal& g, const Milestone& m);

/// The SMART problems of a definition: not measurable (no measure or no target), not
/// time-bound (no due date, or one outside the term). Empty when none.
std::vector<std::string> smart_warnings(const GoalDefinition& d, const Term& term);

/// Formats a number the way goals show them: no trailing zeros ("40", "12.5").
std::string format_value(double v);

}  // namespace mentor
