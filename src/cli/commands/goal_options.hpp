#pragma once
// The options of `mentor goal`'s subcommands, shared by goal.cpp (registration, list, show)
// and goal-record.cpp (add, progress, done, drop).
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"

namespace mentor {

/// Options every goal event shares.
struct GoalEventOptions {
    std::string date;
    std::string as;
    std::string message;
    bool is_private = false;
    bool is_shared = false;
    bool dry_run = false;
    std::string format = "text";
};

struct GoalAddOptions : GoalEventOptions {
    std::string person;
    std::string id;
    std::string what;
    std::string measure;
    std::string unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::string due;
    std::vector<std::string> focus;
    std::vector<std::string> milestones;
};

struct GoalChangeOptions : GoalEventOptions {
    std::string goal;
    double value = 0;
};

/// Registers the options every goal event shares: -m, --date, --as, --private/--shared, --dry-run.
void add_goal_event_options(CLI::App& cmd, GoalEventOptions& opt, const std::string& message_help);

/// `mentor goal add`.
int run_goal_add(Context& ctx, const GoalAddOptions& opt);
/// `mentor goal progress|done|drop`, by the kind of event.
int run_goal_change(Context& ctx, const GoalChangeOptions& opt, EntryKind kind);

}  // namespace mentor
