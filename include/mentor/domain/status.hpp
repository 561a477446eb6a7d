#pragma once
#include <optional>
#include <string>
#include <vector>

#include "mentor/domain/remind.hpp"

namespace mentor {

/// What `mentor status` is worked out from: what `due_reminders` takes, the reminder history
/// (read, never written) and whose status it is.
struct StatusInput {
    RemindInput remind;
    const RemindHistory& history;
    std::string person;
    int next_limit = 5;  ///< how many coming meetings to list
};

/// One current pair of the person.
struct StatusPair {
    const Pair* pair = nullptr;
    std::string other;             ///< the other person's id
    bool as_mentor = false;        ///< the person is the pair's mentor
    std::optional<Date> last_met;  ///< the latest meeting logged (within the entries given)
};

/// One person's view of the program on a day.
struct PersonStatus {
    std::string person;
    std::vector<StatusPair> pairs;      ///< current pairs, by the other person's id
    std::vector<Meeting> next;          ///< coming meetings (today on, not cancelled), by date and time
    std::vector<Reminder> unlogged;     ///< missed meetings and late pairs, each with the `mentor log` that records it
    std::vector<Reminder> goals;        ///< goals and milestones due or overdue
    std::vector<Reminder> reminder;     ///< what `mentor remind` would send the person today (repeats left out)
    std::size_t due = 0;                ///< how many reminders are due for the person, sent lately or not
};

/// The status of `in.person` on `in.remind.today`. Pure and read-only: the history is only read.
PersonStatus person_status(const StatusInput& in);

}  // namespace mentor
