#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/names.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// What a journal entry records. The first seven are things that happened; the goal kinds
/// are the events a goal's state is folded from.
enum class EntryKind : std::uint8_t {
    check_in,
    observation,
    co_teaching,
    inquiry,
    workshop,
    training,
    note,
    goal_add,
    goal_progress,
    goal_done,
    goal_drop,
};

/// The kinds' names, in the order the documentation lists them.
inline constexpr NameTable<EntryKind, 11> entry_kind_names{{
    {EntryKind::check_in, "check-in"},
    {EntryKind::observation, "observation"},
    {EntryKind::co_teaching, "co-teaching"},
    {EntryKind::inquiry, "inquiry"},
    {EntryKind::workshop, "workshop"},
    {EntryKind::training, "training"},
    {EntryKind::note, "note"},
    {EntryKind::goal_add, "goal-add"},
    {EntryKind::goal_progress, "goal-progress"},
    {EntryKind::goal_done, "goal-done"},
    {EntryKind::goal_drop, "goal-drop"},
}};

/// The kinds in the order the documentation lists them.
inline constexpr std::array<EntryKind, 11> all_entry_kinds = entry_kind_names.values();

/// `check-in`, `observation`, ... `goal-drop`.
inline std::string_view kind_name(EntryKind k) { return entry_kind_names.name_of(k); }
/// A kind by name; also accepts `checkin` and `collaborative-inquiry`.
std::optional<EntryKind> parse_kind(std::string_view name);
/// The kinds a person may give to `mentor log --kind`, comma-separated, for hints.
std::string loggable_kind_names();

inline bool is_goal_event(EntryKind k) { return k >= EntryKind::goal_add; }
/// Kinds that are always about one pair: check-in, observation, co-teaching, inquiry.
inline bool needs_pair(EntryKind k) { return k <= EntryKind::inquiry; }

/// A dated step towards a goal's target: the value the goal should have reached by then.
struct Milestone {
    Date date;
    std::optional<double> value;
    std::string text;
    friend bool operator==(const Milestone&, const Milestone&) = default;
};

/// The largest magnitude of a goal's numbers (baseline, target, progress and milestone values).
inline constexpr double max_goal_value = 1e9;

/// True when `v` may be a goal's number: finite, from -max_goal_value to max_goal_value.
bool is_goal_value(double v);

/// Parses `DATE`, `DATE=VALUE`, `DATE TEXT` or `DATE=VALUE TEXT`; nothing when malformed or
/// when VALUE is not a goal value.
std::optional<Milestone> parse_milestone(std::string_view text);
std::string format_milestone(const Milestone& m);

/// What a `goal-add` entry defines.
struct GoalDefinition {
    std::string what;
    std::string measure;
    std::string unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<Date> due;
    std::vector<Milestone> milestones;
    friend bool operator==(const GoalDefinition&, const GoalDefinition&) = default;
};

/// Columns (1-based) where an entry's fields were written, for messages about them.
struct EntryColumns {
    int date = 0, id = 0, kind = 0, by = 0, mentor = 0, mentee = 0, person = 0, observer = 0, observed = 0,
        attendees = 0, goal = 0, goals = 0, mentees = 0, supersedes = 0;
    friend bool operator==(const EntryColumns&, const EntryColumns&) = default;
};

/// A private entry's text sealed to the people who may read it (src/io/seal.cpp does the
/// cryptography; the domain only carries the fields): the text encrypted under a random
/// content key, and that key wrapped for each reader's public key. Empty: not sealed.
struct SealedText {
    /// One reader: their id, the id of the public key the content key was wrapped for, and
    /// the wrapped key (base64).
    struct Recipient {
        std::string id;
        std::string key_id;
        std::string wrapped;
        friend bool operator==(const Recipient&, const Recipient&) = default;
    };
    std::string box;               ///< base64 of the nonce and the encrypted text
    std::vector<Recipient> to;     ///< by id
    int col = 0;                   ///< the column of `sealed=` in its line, for messages
    bool empty() const { return box.empty(); }
    friend bool operator==(const SealedText&, const SealedText&) = default;
};

/// One record of the journal: something that happened, or a goal event.
struct Entry {
    std::string id;           ///< stable and unique: how the entry is named forever
    Date date;
    EntryKind kind = EntryKind::note;
    std::string by;           ///< who wrote it
    std::string ran;          ///< who ran the command, when `by` was named by --as or MENTOR_USER
                              ///< and someone else is logged in (not part of the entry's id)
    std::vector<std::string> supersedes;  ///< a correction: the ids of the versions it replaces (sorted)
    std::string mentor;       ///< the pair it is about, when it is about a pair
    std::string mentee;
    std::vector<std::string> mentees;  ///< a group session: its mentees, sorted (`mentee` is then empty)
    std::string person;       ///< whom it is about when not a pair: workshop leader, trainee, goal owner
    std::string observer;     ///< observations: who watched whom
    std::string observed;
    std::string class_name;   ///< observations: the class or period
    std::vector<std::string> focus;      ///< observation focus, or a goal's linked focus areas
    std::vector<std::string> attendees;  ///< workshops
    std::string goal;         ///< goal events: the goal's id
    GoalDefinition definition;           ///< goal-add only
    std::optional<double> value;         ///< goal-progress: the measured value
    int minutes = 0;
    std::vector<std::string> goals;      ///< goals this entry worked on
    bool is_private = true;
    std::string text;         ///< for a sealed entry: empty until a reader's key opens it
    SealedText sealed;        ///< a private text sealed to its readers (then `text=` is not written)

    std::string_view file;    ///< where it was read from (empty: new); the reader owns the name
    int line = 0;
    EntryColumns cols;

    bool has_pair() const { return !mentor.empty(); }
    /// A correction of earlier versions of an entry (`mentor journal fix`).
    bool is_correction() const { return !supersedes.empty(); }
    /// A check-in of a mentor with several mentees at once.
    bool is_group_session() const { return !mentees.empty(); }
    /// Whether `id` is one of the people the entry is about or its writer.
    bool involves(std::string_view id) const;
    friend bool operator==(const Entry&, const Entry&) = default;
};

/// The mentees an entry about a pair is about: its mentee, or every mentee of a group
/// session; none when it is not about a pair.
std::span<const std::string> entry_mentees(const Entry& e);

/// Whether `viewer` may read the entry's text: anyone when it is shared; when private, only
/// its writer and the people it is about (the pair, every mentee of a group session, or the
/// person of a non-pair entry).
/// An unknown viewer (empty) sees no private text.
bool can_read_text(const Entry& e, std::string_view viewer);

/// Who may read a private entry's text, as can_read_text decides: its writer and the people
/// it is about; sorted, each once. The readers a sealed text is sealed to.
std::vector<std::string> text_readers(const Entry& e);

/// Whether the entry has a text at all, plain or sealed.
inline bool has_text(const Entry& e) { return !e.text.empty() || !e.sealed.empty(); }

/// The text `viewer` may read: empty when there is none, when it is private to others, or when
/// it is sealed and was not opened with the viewer's key.
inline bool shows_text(const Entry& e, std::string_view viewer) { return !e.text.empty() && can_read_text(e, viewer); }

/// A short identifier derived from the entry's content and a salt: the same entry gives the
/// same id, and a different salt gives another when the first is already taken.
/// Entries get 10 characters, goals `g` and 6; lowercase letters and digits without i, l, o, u.
std::string make_entry_id(const Entry& e, std::uint64_t salt);
std::string make_goal_id(const Entry& goal_add, std::uint64_t salt);

/// Which entries a listing shows.
struct EntryFilter {
    std::optional<Date> since;  ///< inclusive
    std::optional<Date> until;  ///< inclusive
    std::string person;         ///< involved in any role
    std::string mentor;         ///< with --pair: exactly this pair
    std::string mentee;
    std::vector<EntryKind> kinds;  ///< empty: every kind
    std::string goal;           ///< touched this goal, or is one of its events

    bool matches(const Entry& e) const;
};

/// Where `mentor log` files an entry: the pair (or person) it is about, decided from whom it
/// names, who writes, the kind and the date. Either `error` is set or the rest is.
struct LogTarget {
    std::string mentor;
    std::string mentee;
    std::string person;
    std::string error;
    std::string hint;
};

/// Decides what an entry naming `person`, written by `writer` on `date`, is about, and whether
/// the writer may log it: only the people of a pair log for it (or a coordinator); workshops
/// and trainings are logged by their person (or a coordinator).
LogTarget resolve_log_target(const Roster& roster, const std::vector<Pair>& pairs, std::string_view person,
                             std::string_view writer, EntryKind kind, Date date);

/// Whether `writer` may add to or change the goals of `owner` on `date`: the owner, the owner's
/// mentor at that date, or a coordinator. Empty when allowed, else the reason.
std::string goal_permission(const Roster& roster, const std::vector<Pair>& pairs, std::string_view owner,
                            std::string_view writer, Date date);

/// Cross-checks entries read from the journal: every person in the roster, every pair in the
/// pairs record (unless there is no record yet: `pairs_recorded` false), every goal defined
/// once, every id used once. Syntax is the reader's business.
std::vector<Diagnostic> validate_journal(const std::vector<Entry>& entries, const Roster& roster,
                                         const std::vector<Pair>& pairs, bool pairs_recorded = true);

/// A meeting's identity. Check-ins of the same mentor and mentee on the same day are one
/// meeting, whoever of the two logged them; a group session is one meeting for each of its
/// mentees. Ordered by date, then mentor, then mentee.
struct MeetingId {
    Date date;
    std::string_view mentor;
    std::string_view mentee;
    friend auto operator<=>(const MeetingId&, const MeetingId&) = default;
    friend bool operator==(const MeetingId&, const MeetingId&) = default;
};

/// One meeting that was held: the check-ins that record it (one, or one from each person, or
/// a group session) and how long it lasted: the longest of them.
struct HeldMeeting {
    MeetingId id;
    int minutes = 0;
    std::vector<const Entry*> notes;  ///< in the order they were read
    std::size_t session = 0;          ///< the paid session it was part of (HeldMeetings::sessions)
};

/// What a mentor is paid for once: a meeting with one mentee, or a group session with several
/// (with any check-ins its mentees logged of it that day). It lasted the longest of its notes.
struct Session {
    Date date;
    std::string_view mentor;
    std::vector<std::string_view> mentees;  ///< sorted
    int minutes = 0;
};

/// The meetings and paid sessions that check-ins record.
struct HeldMeetings {
    std::vector<HeldMeeting> meetings;  ///< by MeetingId
    std::vector<Session> sessions;      ///< by date, mentor, first mentee
};

/// The meetings held from `from` to `until` (inclusive) that the check-ins among `entries`
/// record: every counter of meetings (report figures, compliance, stipends, reminders) counts
/// these, so a meeting logged by both people, or a group session, counts once.
HeldMeetings held_meetings(const std::vector<Entry>& entries, Date from, Date until);

// ---- corrections --------------------------------------------------------------------------
//
// An entry is never rewritten: a correction is a new entry with `supersedes=ID,...` naming the
// versions it replaces, in the same journal file. The versions linked by `supersedes` are one
// entry; its current version is the one nothing supersedes. Two corrections of one version
// (made on two clones) fork it: then the one with the greater id is current, and `check` warns.

/// The current versions of the entry that `id` is a version of (several when it forks; the
/// one that counts first), or nothing when no entry has that id.
std::vector<const Entry*> current_versions(const std::vector<Entry>& entries, std::string_view id);

/// Drops every version that is not current, keeping the order of the rest: what every count,
/// listing and fold of the journal reads.
void keep_current_versions(std::vector<Entry>& entries);

/// Whether `writer` may correct `original` with `correction` (a coordinator when
/// `coordinator`): the writer of the original, one of the people it is about, or a
/// coordinator; a correction keeps the kind and the people, and a private text keeps its
/// readers. Empty when allowed, else the reason.
std::string correction_refusal(const Entry& original, const Entry& correction, bool coordinator);

/// The checks of corrections among one file's entries: each `supersedes` names an entry of
/// the file that the correction's writer may correct, versions form no cycle, and (a warning)
/// no entry forks.
std::vector<Diagnostic> check_corrections(const std::vector<Entry>& entries,
                                          const std::function<bool(std::string_view)>& is_coordinator);

/// The entries by date, keeping the order they were written in within a day; the entries
/// themselves are not moved (they are large, and there may be hundreds of thousands).
std::vector<const Entry*> in_date_order(const std::vector<Entry>& entries);

}  // namespace mentor
