#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/free_time.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// What a scheduled meeting is for: the pair's regular check-in, an observation of the mentee
/// teaching, or a visit of the mentee to the mentor's class (`cadence.observe_mentor`).
enum class MeetingKind { meeting, observation, visit };

/// The kinds' names, as schedule.tsv writes them.
inline constexpr NameTable<MeetingKind, 3> meeting_kind_names{
    {{MeetingKind::meeting, "meeting"}, {MeetingKind::observation, "observation"}, {MeetingKind::visit, "visit"}}};
/// `meeting` or `observation`.
inline std::string_view meeting_kind_name(MeetingKind k) { return meeting_kind_names.name_of(k); }
/// A kind by name, or nothing.
inline std::optional<MeetingKind> parse_meeting_kind(std::string_view text) { return meeting_kind_names.parse(text); }

/// One planned meeting of a pair. Its identity is (mentee, mentor, kind, key), which does not
/// change when the meeting moves: for a check-in the key is the first day of its cadence
/// period (as days since 1970-01-01), for an observation its number, 1 to `observations`, for
/// a visit its number, 1 to `observe_mentor`. A group session is one check-in per mentee of the
/// group at the same date and time, each marked `group`.
struct Meeting {
    std::string mentee;
    std::string mentor;
    MeetingKind kind = MeetingKind::meeting;
    int key = 0;
    Date date;
    int start = 0;             ///< minutes after midnight, local time of the program
    int minutes = 0;
    int rev = 0;               ///< bumped each time the meeting moves or is cancelled
    bool locked = false;       ///< never moved by `mentor schedule`
    bool cancelled = false;    ///< removed from the schedule; kept so calendars learn of it
    bool group = false;        ///< a check-in of a group session: the mentor meets several mentees at once
    int line = 0;              ///< line in the schedule file it was read from (0: new)

    int end() const { return start + minutes; }
};

/// How often each current pair's check-ins in a schedule record use each weekly slot
/// (cancelled ones not counted): what `plan_standing_slots` keeps a pair's standing slot by.
std::vector<RecordedSlot> recorded_slots(const std::vector<Meeting>& meetings);

/// The key as written: `2026-11-23` for a check-in, `2` for an observation.
std::string format_meeting_key(const Meeting& m);

/// Sorts meetings the way the schedule file keeps them: mentee, mentor, kind, key.
void sort_meetings(std::vector<Meeting>& meetings);

/// True when a and b are the same meeting (same pair, kind and key), wherever they are.
bool same_meeting(const Meeting& a, const Meeting& b);

/// The first day (days since 1970-01-01) of the cadence period holding `day`. Periods of
/// `every_days` days are counted from Monday 1970-01-05, so weekly periods are ISO weeks.
int period_start(Date day, int every_days);

/// A pair whose meetings or observations could not all be placed, and why.
struct ScheduleProblem {
    std::string mentee;
    std::string mentor;
    MeetingKind kind = MeetingKind::meeting;
    std::string reason;
    std::vector<std::string> near_misses;  ///< closest windows that almost fit, best first
};

/// One change a scheduling run makes to the record.
struct MeetingChange {
    enum class Type { added, moved, removed } type = Type::added;
    Meeting before;  ///< moved, removed: the meeting as it was
    Meeting after;   ///< added, moved: the meeting as it is now
    std::string why; ///< removed: why it had to go
};

/// What `mentor schedule` would write: the whole record and how it changed.
struct SchedulePlan {
    std::vector<Meeting> meetings;          ///< every meeting, cancelled ones included, sorted
    int kept = 0;
    int moved = 0;
    int added = 0;
    int removed = 0;
    std::vector<MeetingChange> changes;     ///< in file order of the meeting
    std::vector<ScheduleProblem> problems;  ///< sorted by mentee, mentor, kind
};

/// Plans the meetings of every current pair as of `today`, keeping the `existing` record
/// stable: meetings before `today` and cancelled ones are never touched; a locked meeting is
/// kept while its pair is current; every other future meeting stays exactly where it is as
/// long as it is still valid (school day, inside both people's availability, its period,
/// no overlap, the daily limit), and only the periods left without a valid meeting are
/// placed anew, at the pair's standing weekly slot when it is free. Removed future
/// meetings stay in the record as cancelled. Deterministic whatever the order of the inputs.
SchedulePlan plan_schedule(const Roster& roster, const Program& program, const std::vector<Pair>& pairs,
                           const std::vector<Meeting>& existing, Date today);

/// Checks a schedule record against the roster, pairs and program: a line for someone not in
/// the roster or a pair that does not exist, two meetings of one person at once, a meeting on
/// a day the school is closed. All warnings: `mentor schedule` repairs them. Diagnostics
/// point at lines of `source`.
std::vector<Diagnostic> validate_schedule(const std::vector<Meeting>& meetings, const Roster& roster,
                                          const Program& program, const std::vector<Pair>& pairs,
                                          const std::string& source);

/// `HH:MM` for minutes after midnight.
std::string format_clock(int minutes);

}  // namespace mentor
