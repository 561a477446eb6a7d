#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/schedule.hpp"

namespace mentor {

/// Where a reminder goes in a person's list: what is late, what is coming, and the
/// coordinators' digest.
enum class ReminderSection { late, coming, digest };
/// The sections' names, as JSON and the remind history write them.
inline constexpr NameTable<ReminderSection, 3> reminder_section_names{
    {{ReminderSection::late, "late"}, {ReminderSection::coming, "coming"}, {ReminderSection::digest, "digest"}}};
/// `late`, `coming` or `digest`.
inline std::string_view section_name(ReminderSection s) { return reminder_section_names.name_of(s); }

/// One thing one person is reminded of. Its key (kind, subject and the date it is about)
/// stays the same from day to day while the item is due, which is what the repeat rule
/// counts by.
struct Reminder {
    std::string recipient;       ///< person id
    ReminderSection section = ReminderSection::coming;
    std::string kind;            ///< missed-meeting, late-pair, goal-overdue, ... (see docs/file-formats.md)
    std::string subject;         ///< what it is about: `MENTEE+MENTOR`, a goal id, a person id
    Date date;                   ///< the day the item is about
    std::string text;            ///< one line for people; never journal text
    std::string command;         ///< a command that deals with it, when there is one
    std::string mentor, mentee;  ///< the pair, when it is about one
    std::string person;          ///< the person, when it is about one (digest, goals)
    std::string goal;            ///< the goal, when it is about one
    std::string key;             ///< `kind:subject:date`, filled in by due_reminders
};

/// What the reminders are worked out from. `entries` needs the pair entries (check-ins,
/// observations, co-teaching, inquiry) since `contacts_since(...)`; others are ignored.
struct RemindInput {
    const Program& program;
    const Roster& roster;
    const std::vector<Pair>& pairs;
    const std::vector<Meeting>& meetings;
    const std::vector<Entry>& entries;
    const std::vector<Goal>& goals;
    Date today;
    int days = 7;  ///< how many days ahead, today included
};

/// The first day whose journal entries `due_reminders` needs: the earliest start of a pair
/// active today, or the start of the window for missed meetings, whichever is earlier (but
/// never more than 400 days back).
Date contacts_since(const Cadence& cadence, const std::vector<Pair>& pairs, Date today);

/// The first day of goal events `due_reminders` considers: a year before the term starts.
/// Goals added earlier are history, even when still open.
Date goals_since(const Term& term);

/// Everything due for everyone on `today`, sorted by recipient, section, date and key.
std::vector<Reminder> due_reminders(const RemindInput& in);
/// The same, with the surveys open today: a reminder to each person asked who has not
/// answered, and the response rate in the coordinators' digest. `survey_answers[i]` are the
/// answers of `in.program.surveys[i]`.
std::vector<Reminder> due_reminders(const RemindInput& in, const std::vector<std::vector<SurveyAnswer>>& survey_answers);

/// When each (recipient, key) was last sent.
using RemindHistory = std::map<std::pair<std::string, std::string>, Date>;

/// The reminders not sent within the last `repeat_days` days (0: all of them).
std::vector<Reminder> without_repeats(std::vector<Reminder> items, const RemindHistory& history, Date today,
                                      int repeat_days);

/// `history` with `sent` recorded as sent on `today`, and rows that no longer hold anything
/// back (sent `repeat_days` or more days ago) dropped.
RemindHistory record_sent(RemindHistory history, const std::vector<Reminder>& sent, Date today, int repeat_days);

/// The meetings of `person` (as mentor or mentee) that the reminders of `today` call coming:
/// not cancelled, dated from `today` through `days` days ahead (today included), in the
/// order of `meetings`. What `remind --attach-calendar` puts in each person's calendar.
std::vector<Meeting> coming_meetings(const std::vector<Meeting>& meetings, std::string_view person, Date today,
                                     int days);

/// `Tue 17 Nov`: how reminders name a day.
std::string short_day(Date d);

}  // namespace mentor
