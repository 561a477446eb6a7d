#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/journal_check.hpp"
#include "mentor/domain/remind.hpp"
#include "mentor/domain/schedule.hpp"
#include "mentor/domain/selection.hpp"
#include "mentor/io/disk.hpp"
#include "mentor/io/journal_file.hpp"
#include "mentor/io/program_dir.hpp"
#include "mentor/io/seal.hpp"
#include "mentor/io/tzif.hpp"

namespace mentor {

/// The schedule record as read, and what is wrong with it.
struct LoadedSchedule {
    bool exists = false;                  ///< false before the first `mentor schedule`
    std::vector<Meeting> meetings;
    std::vector<Diagnostic> diagnostics;  ///< sorted by position
};

/// The public keys in keys/ (one file ID.pub per person), and what is wrong with the files.
struct LoadedKeys {
    std::map<std::string, PublicKey> keys;  ///< by id
    std::vector<Diagnostic> diagnostics;
};

/// A user's secret key file, as found.
struct SecretKeyFile {
    enum class State { missing, loose, invalid, ok };
    State state = State::missing;
    unsigned mode = 0;                     ///< loose: its permission bits
    std::optional<SecretKey> key;          ///< ok
    std::vector<Diagnostic> diagnostics;   ///< invalid: what is wrong, located
};

/// Which readers a private entry's text is sealed to: every person it is about must have a
/// key (else `keyless` names those who do not); its writer is a reader when they have a key.
struct SealReaders {
    std::vector<const PublicKey*> keys;   ///< by id
    std::vector<std::string> keyless;
};

/// The nearest directory from `start` upwards that holds a program.toml, if any.
std::optional<std::filesystem::path> find_program_dir(const std::filesystem::path& start);

/// What became of a file of a new program.
enum class Creation { created, updated, kept };

/// Which part of the journal a query reads: a period (both ends included, either open) and
/// which entries. Of an entry that was corrected, only its current version is read, unless
/// `history` asks for every version.
struct JournalQuery {
    enum class Only { all, goal_events, pair_meetings };
    std::optional<Date> since;
    std::optional<Date> until;
    Only only = Only::all;
    bool history = false;

    static JournalQuery everything() { return {}; }
    static JournalQuery period(std::optional<Date> from, std::optional<Date> to) { return {from, to, Only::all}; }
    static JournalQuery goal_events_from(std::optional<Date> from) { return {from, {}, Only::goal_events}; }
    static JournalQuery pair_meetings(Date from, Date to) { return {from, to, Only::pair_meetings}; }
};

/// Journals of at least this many bytes keep their check in .mentor/journal.cache.
inline constexpr std::size_t journal_cache_threshold = 1024 * 1024;

/// What `mentor check` found in the journal.
struct JournalCheck {
    std::size_t entries = 0;              ///< how many entries it holds
    std::vector<Diagnostic> diagnostics;  ///< every file's problems, then those across files
};

/// The program directory, and the one door to its files. It owns every path; it reads each
/// file when a command first asks for it and at most once per run; it answers the queries
/// commands make of the journal; and it does every write: atomic, locked where processes can
/// race. Commands never open a file themselves. Bad data throws InputError (or, for `check`,
/// comes back as diagnostics); a file that cannot be read or written throws SystemError.
class ProgramStore {
public:
    /// The store of the program in `dir`, on the machine's disk.
    explicit ProgramStore(ProgramDir dir);
    /// The store of the program in `dir`, on the given disk (a MemoryDisk in tests).
    ProgramStore(ProgramDir dir, std::unique_ptr<Disk> disk);
    ~ProgramStore();
    ProgramStore(ProgramStore&&) noexcept;
    ProgramStore& operator=(ProgramStore&&) = delete;
    ProgramStore(const ProgramStore&) = delete;
    ProgramStore& operator=(const ProgramStore&) = delete;

    // ---- paths ----
    const ProgramDir& dir() const { return dir_; }
    /// A file of the program as the user would name it: `roster.yaml`, or `examples/school/roster.yaml`.
    std::string shown(const std::string& name) const { return dir_.shown(name); }
    std::filesystem::path config_path() const { return dir_.dir / "program.toml"; }
    std::filesystem::path roster_path() const { return dir_.dir / "roster.yaml"; }
    std::filesystem::path pairs_path() const { return dir_.dir / "pairs.tsv"; }
    std::filesystem::path schedule_path() const { return dir_.dir / "schedule.tsv"; }
    std::filesystem::path journal_dir() const { return dir_.dir / "journal"; }
    /// `.mentor/`: local state that git ignores (roster cache, reminder history).
    std::filesystem::path state_dir() const { return dir_.dir / ".mentor"; }
    std::filesystem::path roster_cache_path() const { return state_dir() / "roster.cache"; }
    std::filesystem::path remind_history_path() const { return state_dir() / "remind.tsv"; }
    std::filesystem::path journal_cache_path() const { return state_dir() / "journal.cache"; }
    std::filesystem::path program_cache_path() const { return state_dir() / "program.cache"; }

    // ---- the human-written files and pairs.tsv ----
    /// program.toml, roster.yaml and pairs.tsv, parsed and cross-checked, with every problem as
    /// a diagnostic (what `mentor check` reports). Loaded once.
    const LoadedProgram& loaded();
    /// The same, for a command that needs it valid: throws InputError when there is any error.
    const LoadedProgram& valid();
    /// For a command that writes one entry (`log`, `goal add` ...): like valid(), except that
    /// errors which all lie inside people's entries of roster.yaml do not stop it. Returns those
    /// errors by person (empty when everything is valid); from then on valid() accepts them, and
    /// the command refuses an entry that involves one of those people. Errors anywhere else,
    /// and errors in pairs.tsv among the pairs of the other people, still throw InputError.
    const std::map<std::string, std::vector<Diagnostic>>& valid_except_entries();
    const Program& program() { return valid().program; }
    const Roster& roster() { return valid().roster; }
    const std::vector<Pair>& pairs() { return valid().pairs; }
    /// Whether pairs.tsv exists (`mentor pair` has run).
    bool has_pairs() const;

    // ---- schedule.tsv ----
    /// The schedule, needed valid: throws InputError on errors. Empty before the first `mentor schedule`.
    const LoadedSchedule& schedule();
    /// The schedule's problems, checked against the program (what `mentor check` reports).
    std::vector<Diagnostic> schedule_diagnostics();

    /// The program's time zone, from the system's tz database (throws SystemError without one).
    TimeZone time_zone();
    /// Seconds east of UTC of the program's zone at `minutes` local time on `day`; 0 (UTC) on
    /// a machine without a tz database.
    int utc_offset(Date day, int minutes);
    /// The program's calendar day at `utc` (seconds since 1970-01-01T00:00:00Z) in its time
    /// zone; the UTC day on a machine without a tz database.
    Date day_at(std::int64_t utc);

    // ---- the journal ----
    /// The entries a query asks for, in file order; throws InputError when a file read has bad lines.
    ParsedJournal journal(const JournalQuery& query);
    /// Every version of the entries a query asks for (as with `history`), with bad lines as
    /// diagnostics instead (for `mentor check`).
    ParsedJournal journal_checked(const JournalQuery& query);
    /// The same entries and problems as journal_checked, one file at a time in the same order
    /// (with `goal_files_first`, the goal files before the months, each in their order): `each`
    /// is given each file's part (its entries point at names the part owns) and what the file
    /// covers, and may move from the part; nothing of a file is kept once `each` returns, so
    /// memory stays that of a month.
    void journal_by_file(const JournalQuery& query,
                         const std::function<void(ParsedJournal&, const JournalFileSpan&)>& each,
                         bool goal_files_first = false);
    /// Every problem of the whole journal, read a file at a time: each file's own (what
    /// journal_checked reports) and, with `people`, what validate_journal finds (people, pairs,
    /// ids, goals). A file whose bytes, and `people`, are as at the last check is not parsed again:
    /// its result is kept in .mentor/journal.cache (best effort: an unwritable cache only costs
    /// speed), written only for journals of at least `cache_threshold` bytes: small ones are
    /// checked in milliseconds and leave no file behind.
    JournalCheck check_journal(const JournalPeople* people, std::size_t cache_threshold = journal_cache_threshold);
    /// Every goal event, read once.
    const std::vector<Entry>& goal_events();
    /// Every goal, folded from its events once.
    const std::vector<Goal>& goals();
    /// The goals of the term that starts on `from`: every goal with an event on or after it,
    /// and every goal not settled before it (done, dropped, or past its due date without
    /// being done). What daily views need in a program with years of goals: goal files that
    /// end before `from` are only glanced at (kind, goal id, due date) and parsed only on the
    /// lines of those goals, so goals settled in earlier years cost a scan, not a parse.
    std::vector<Goal> goals_of_term(Date from);
    /// The pairs' meetings from `recent` to `until`, and before that, a month at a time back to
    /// `since`, only while some pair current on `until` has no meeting in what was read and
    /// started before it. What reminders need, without reading years of history.
    ParsedJournal latest_pair_meetings(const std::vector<Pair>& pairs, Date since, Date recent, Date until);
    /// Whether a .gitattributes in the program directory, or in a parent up to the git
    /// repository's top, merges journal files line by line (`merge=union`).
    bool journal_merges_by_line() const;

    // ---- keys (keys/ID.pub committed; secret keys outside the program) ----
    std::filesystem::path keys_dir() const { return dir_.dir / "keys"; }
    /// keys/*.pub, read once. A file that is not a key is a diagnostic (error), not a key.
    const LoadedKeys& public_keys();
    /// Whom `e`'s text would be sealed to with the keys in keys/.
    SealReaders seal_readers(const Entry& e);
    /// Writes keys/ID.pub (creating keys/).
    void write_public_key(const PublicKey& k);
    /// The secret key file at `path` (`shown` names it in messages): a file that others may
    /// read is refused unread (`loose`).
    SecretKeyFile read_secret_key(const std::filesystem::path& path, const std::string& shown) const;
    /// Writes a secret key file with mode 0600; unless `replace`, false when one exists.
    bool write_secret_key(const std::filesystem::path& path, const SecretKey& k, bool replace);
    /// Rewrites journal entries in place, each file under the journal's lock: `change` gets
    /// each entry (that parses) of a file and returns true when it changed it; its line is then
    /// written anew, every other byte kept. Returns the changed count by file (as shown).
    std::vector<std::pair<std::string, int>> rewrite_entries(const std::function<bool(Entry&)>& change, bool dry_run);
    // ---- survey answers (surveys/ID.tsv) ----
    std::filesystem::path survey_path(const std::string& id) const { return dir_.dir / "surveys" / (id + ".tsv"); }
    /// The answers kept of survey `id`, sorted (none before its first import); throws
    /// InputError when the file is bad.
    std::vector<SurveyAnswer> survey_answers(const std::string& id);
    /// Replaces surveys/ID.tsv atomically (creating surveys/).
    void write_survey_answers(const std::string& id, const std::vector<SurveyAnswer>& answers);

    // ---- mentor selection ----
    /// Every mentor against the program's selection criteria on `day` (training hours from the
    /// journal, ratings from the `[selection] rating` survey).
    std::vector<MentorScreen> screen_mentors(Date day);
    /// The roster as pairing sees it on `day`: with `[selection]`, mentors who fail a criterion
    /// are marked `not_qualified`; otherwise the roster itself. Computed once.
    const Roster& pairing_roster(Date day);

    // ---- reminder history (.mentor/remind.tsv) ----
    RemindHistory remind_history();

    // ---- writes ----
    /// Adds one entry to its journal file, whole, under a lock: concurrent writers wait for
    /// each other and a crash never leaves half an entry. An entry without an id gets one
    /// derived from its content, unused in its file. `dry_run` does everything but the write.
    Appended append(Entry e, bool dry_run = false);
    void write_pairs(const std::vector<Pair>& pairs);
    void write_schedule(const std::vector<Meeting>& meetings);
    void write_remind_history(const RemindHistory& history);
    /// Replaces pairs.tsv under a lock on the program directory (store_edits.cpp): `change` gets
    /// the record as the file holds it now, each pair's duration applied, and returns the new
    /// record, or nothing to leave the file alone. With `dry_run` nothing is written. What
    /// `pair assign|lock|unlock|end` write through; throws NotFoundError before `mentor pair`.
    void edit_pairs(const std::function<std::optional<std::vector<Pair>>(const std::vector<Pair>&)>& change,
                    bool dry_run);
    /// The same for schedule.tsv (`meetings move|cancel`); throws NotFoundError before `mentor schedule`.
    void edit_schedule(const std::function<std::optional<std::vector<Meeting>>(const std::vector<Meeting>&)>& change,
                       bool dry_run);
    /// Replaces roster.yaml with `text` (the roster as the coordinator wrote it, with additions).
    void write_roster(std::string_view text);
    /// The roster file's text as written, for appends that keep every comment.
    std::string roster_text() const;

    // ---- a new program ----
    /// Whether the program directory holds a file of this name.
    bool has_file(const std::string& name) const;
    /// Writes a file of a new program (creating the directory): created when missing; when it
    /// exists, kept as it is, or with `merge_lines` given the lines of `content` it lacks.
    Creation create_file(const std::string& name, const std::string& content, bool merge_lines, bool dry_run);

    // ---- files outside the program ----
    /// A file named on the command line (an import); nothing when there is no such file.
    /// Throws SystemError naming it as given when it cannot be read.
    std::optional<std::string> read_input(const std::filesystem::path& path, const std::string& shown) const;
    /// Writes a file named on the command line (`-o FILE`) atomically; errors name it as given.
    void write_output(const std::filesystem::path& path, const std::string& shown, std::string_view text);
    /// What became of a directory of one file per item (`calendar --vdir`).
    struct DirSync {
        int written = 0;    ///< new or changed files
        int unchanged = 0;  ///< files that already held these bytes
        int removed = 0;    ///< files of items that are gone
    };
    /// Makes the directory `dir` (named `shown` on the command line; created when missing) hold
    /// `files` (name -> content): each file written atomically, and only when its bytes change;
    /// then removes the files there that `owned` says were written this way and are not in
    /// `files`. Other files are left alone.
    DirSync sync_output_dir(const std::filesystem::path& dir, const std::string& shown,
                            const std::map<std::string, std::string>& files,
                            const std::function<bool(const std::string&)>& owned, bool dry_run);

private:
    std::optional<std::uint64_t> program_checks_key(const std::optional<std::string>& config,
                                                    const std::optional<std::string>& pairs);
    void read_journal_into(const JournalQuery& query, ParsedJournal& out);
    void read_survey_answers_into(LoadedProgram& out);
    const std::vector<std::string>& journal_files();
    LoadedSchedule read_schedule(bool check);

    ProgramDir dir_;
    std::unique_ptr<Disk> disk_;
    std::optional<LoadedProgram> loaded_;
    std::optional<std::map<std::string, std::vector<Diagnostic>>> tolerated_;
    std::optional<LoadedSchedule> schedule_;
    std::optional<std::vector<std::string>> journal_files_;
    std::optional<ParsedJournal> goal_events_;
    std::optional<std::vector<Goal>> goals_;
    std::optional<LoadedKeys> keys_;
    std::optional<Roster> screened_;
};


}  // namespace mentor
