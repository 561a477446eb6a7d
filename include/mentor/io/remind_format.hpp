#pragma once
#include <string>
#include <vector>

#include "mentor/domain/model.hpp"
#include "mentor/domain/remind.hpp"

namespace mentor {

/// One person's reminders, in the order due_reminders gives; they point into the list grouped.
struct RecipientReminders {
    const Person* person = nullptr;
    std::vector<const Reminder*> items;
};

/// The reminders grouped by recipient (who must be in the roster), in recipient order. The
/// groups point into `items`, which must outlive them.
std::vector<RecipientReminders> group_reminders(const std::vector<Reminder>& items, const Roster& roster);

/// Text for a terminal or a cron mail: each person's name, then their items by section.
/// Empty when there is nothing.
std::string format_reminders_text(const std::vector<RecipientReminders>& groups);

/// A JSON array of recipients, each with `recipient`, `name`, `email` and `items`. Empty
/// (not `[]`) when there is nothing, so that cron stays quiet.
std::string format_reminders_json(const std::vector<RecipientReminders>& groups);

/// The subject and the body of one person's reminder mail.
std::string reminder_subject(const RecipientReminders& group, const Program& program, Date today);
std::string reminder_body(const RecipientReminders& group, const Program& program, Date today, int days);

}  // namespace mentor
