#pragma once
#include <string>
#include <string_view>
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

/// Reminder mail is dated at this local time (minutes after midnight) of the day it is about.
inline constexpr int reminder_mail_minutes = 7 * 60;

/// Builds each person's reminder mail, one message at a time (a district's mail is not held
/// in memory at once): From the program's name and `[remind] from`, Date at 07:00 local time
/// (`utc_offset` seconds east of UTC), a Message-ID from the day and a hash of who and what.
class ReminderMail {
public:
    ReminderMail(const Program& program, Date today, int days, int utc_offset);
    /// The complete message for one person; with a `calendar` (an iCalendar document, METHOD
    /// PUBLISH) it goes along as the attachment `mentor-ID.ics`, text/calendar.
    std::string message(const RecipientReminders& group, std::string_view calendar = {}) const;
    /// A message as one entry of an mbox stream.
    std::string mbox(std::string_view message) const;

private:
    const Program& program_;
    Date today_;
    int days_;
    std::string date_;
    std::string domain_;
};

/// The subject and the body of one person's reminder mail.
std::string reminder_subject(const RecipientReminders& group, const Program& program, Date today);
std::string reminder_body(const RecipientReminders& group, const Program& program, Date today, int days);

}  // namespace mentor
