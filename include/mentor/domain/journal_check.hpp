#pragma once
// The journal's cross-checks, one file at a time: what `validate_journal` finds over the whole
// journal, found by reading it file by file (and, for files unchanged since the last check,
// from what the check cache kept of them).
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// What one journal file contributes to the checks that span files: its entries' ids, the
/// goals it defines and the goals it refers to. Small: no text, no people. The ids come as a
/// sorted array of their hashes (what the check cache keeps) and, when the file was just
/// parsed, exactly: the checks compare exact ids only where two hashes are equal.
struct JournalFileFacts {
    struct Id {
        std::string id;
        std::uint64_t content = 0;  ///< a hash of the whole entry, where it was read left out
        int line = 0;
        int col = 0;
    };
    struct GoalAdd {
        std::string goal;
        int line = 0;
        int col = 0;
    };
    struct GoalRef {
        std::string goal;
        int line = 0;
        int col = 0;
        bool event = false;  ///< a goal event's own goal (else one of an entry's goals=)
    };
    std::vector<std::uint64_t> id_hashes;  ///< journal_id_hash of each entry's id, sorted
    std::vector<Id> ids;                   ///< in file order; empty when only the hashes were kept
    std::vector<GoalAdd> goal_adds;
    std::vector<GoalRef> goal_refs;
    friend bool operator==(const JournalFileFacts&, const JournalFileFacts&) = default;
};

/// The hash of an entry id that JournalFileFacts::id_hashes holds.
std::uint64_t journal_id_hash(std::string_view id);

/// The facts of one file's entries. `content[i]` is a hash of entry i as written (the caller
/// hashes the canonical line, so that two entries with one id compare as validate_journal does).
JournalFileFacts journal_file_facts(const std::vector<Entry>& entries, const std::vector<std::uint64_t>& content);

/// The people and pairs entries are checked against.
class JournalPeople {
public:
    JournalPeople(const Roster& roster, const std::vector<Pair>& pairs, bool pairs_recorded);
    /// The checks of each entry on its own (people in the roster, pairs in the record) and of
    /// the corrections among them (`check_corrections`): `entries` are one file's.
    std::vector<Diagnostic> check_entries(const std::vector<Entry>& entries) const;
    /// A hash of everything check_entries depends on besides the entries: a file's cached
    /// result holds while this is unchanged.
    std::uint64_t fingerprint() const { return fingerprint_; }

private:
    std::unordered_set<std::string> people_;
    std::unordered_set<std::string> pair_keys_;
    std::unordered_set<std::string> coordinators_;
    bool pairs_recorded_;
    std::uint64_t fingerprint_ = 0;
};

/// The checks across files (ids used once, goals defined once and before nothing is missing),
/// fed one file at a time in the order validate_journal reads them; `finish` reports the ids
/// used twice and the goal references no file defined.
class JournalCrossCheck {
public:
    /// The exact ids of the file added as number `file` (from 0, in the order of `add`), for
    /// one whose facts hold only the hashes: asked for only when one of its hashes is some
    /// other entry's too.
    using ExactIds = std::function<std::vector<JournalFileFacts::Id>(std::size_t file)>;

    void add(const std::string& file, const JournalFileFacts& facts, std::vector<Diagnostic>& out);
    void finish(std::vector<Diagnostic>& out, const ExactIds& exact = {});

private:
    struct Seen {
        std::size_t file;
        int line;
        std::uint64_t content;
    };
    std::deque<std::string> files_;
    std::vector<std::uint64_t> hashes_;       // every file's id hashes, one sorted run per file
    std::vector<std::size_t> runs_;           // where each file's run starts in hashes_
    std::vector<std::vector<JournalFileFacts::Id>> exact_;  // each file's exact ids, when given
    std::unordered_map<std::string, std::pair<std::size_t, int>> goals_;  // goal -> file, line of its goal-add
    struct Pending {
        std::size_t file;
        JournalFileFacts::GoalRef ref;
    };
    std::vector<Pending> pending_;  // references to goals not defined yet
};

}  // namespace mentor
