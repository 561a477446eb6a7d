#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// Why a request to record something is refused: what is wrong, how to fix it, and whether it
/// named a person or goal that does not exist (rather than asking for something not allowed).
struct Refusal {
    std::string message;
    std::string hint;
    bool not_found = false;
};

/// A journal entry ready to append, or why it cannot be.
struct EntryPlan {
    Entry entry;
    std::optional<Refusal> refusal;
};

/// The person with this id, or a refusal that names the nearest id.
std::optional<Refusal> unknown_person(const Roster& roster, const std::string& id);
/// The goal with this id, or a refusal that names the nearest id.
std::optional<Refusal> unknown_goal(const std::vector<Goal>& goals, const std::string& id);

/// What `mentor log` was asked to record, as its options gave it.
struct LogRequest {
    std::string person;                   ///< whom the entry is about
    EntryKind kind = EntryKind::check_in;
    Date date;                            ///< the day it happened (today when not given)
    Date today;
    std::string writer;                   ///< who writes it (known to be in the roster)
    std::optional<int> minutes;
    std::vector<std::string> goals;
    std::optional<bool> is_private;       ///< --private or --shared; none: the program's default
    std::string observer;
    std::string class_name;
    std::vector<std::string> focus;
    std::vector<std::string> attendees;
};

/// The rules of a journal entry: the kind is loggable, the date not in the future, the writer
/// may log for the person (their pair, or a coordinator), observers are of the pair,
/// workshops list known attendees and say how long they took, a pair's meeting lasts the
/// program's meeting length unless told, and goals belong to someone in the entry. The text
/// is left for the caller to add.
EntryPlan plan_log_entry(const LogRequest& request, const Program& program, const Roster& roster,
                         const std::vector<Pair>& pairs, const std::vector<Goal>& goals);

/// An entry's text as kept: blank lines before it and blanks after it dropped; a text of
/// only whitespace becomes empty.
std::string clean_entry_text(std::string text);

/// Why a text cannot be an entry's text: it is not UTF-8, or holds a control character other
/// than a tab or a line end (text comes from -m, standard input or an editor). Nothing when
/// it can.
std::optional<Refusal> entry_text_refusal(std::string_view text);

/// A request to record a goal event (add, progress, done, drop).
struct GoalEventRequest {
    EntryKind kind = EntryKind::goal_add;
    std::string goal;                     ///< the goal (progress, done, drop), or the chosen id (add; empty: derived)
    std::string owner;                    ///< add: whose goal it is
    Date date;
    Date today;
    std::string writer;
    std::optional<bool> is_private;
    std::string text;
    GoalDefinition definition;            ///< add
    std::vector<std::string> focus;       ///< add
    double value = 0;                     ///< progress
};

/// The rules of a goal event: not in the future, written by the owner, their mentor or a
/// coordinator; a new goal has a `what` and an id unused by any goal (derived from the goal
/// when not chosen); progress, done and drop name an open goal and are not dated before it.
EntryPlan plan_goal_event(const GoalEventRequest& request, const Program& program, const Roster& roster,
                          const std::vector<Pair>& pairs, const std::vector<Goal>& goals);

}  // namespace mentor
