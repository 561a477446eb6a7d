#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/program_dir.hpp"

namespace mentor {

/// The first line of every journal file; the number changes when the format does.
inline constexpr std::string_view journal_header = "# mentor journal v1";

/// One entry as a journal line (with its final newline):
/// `DATE ID KIND key=value ...`, values quoted with backslash escapes when they need it.
std::string format_entry_line(const Entry& e);

/// Which lines a reader materialises; the rest are skipped after a glance at their date and kind.
struct JournalScope {
    std::optional<Date> since;
    std::optional<Date> until;
    bool goal_events_only = false;
    /// Only what a pair did together (check-ins, observations, co-teaching, inquiry): goal
    /// files are not read and other kinds are skipped. For readers that need only meetings.
    bool pair_meetings_only = false;

    bool wants(Date d) const { return (!since || *since <= d) && (!until || d <= *until); }
};

/// Entries and every problem found. It owns the file names the entries point at, so it can
/// be moved but not copied.
struct ParsedJournal {
    std::vector<Entry> entries;
    std::vector<Diagnostic> diagnostics;
    std::vector<std::unique_ptr<const std::string>> sources;
};

/// Parses one journal file's text, appending to `out`. Never throws on bad input: a bad line
/// becomes a located diagnostic and is left out. Entries name `source` as their file.
void parse_journal_text(std::string_view text, const std::string& source, const JournalScope& scope,
                        ParsedJournal& out);

/// The file (relative to the journal directory) that holds an entry: `2026-11.journal` for
/// what happened in November 2026, `goals-2026.journal` for goal events of 2026.
std::string journal_file_name(const Entry& e);

/// The journal directory of a program.
std::filesystem::path journal_dir(const ProgramDir& dir);

/// Reads the journal files that can hold entries in `scope`, in file-name order, each file's
/// entries in the order written. Files that are not journal files are ignored.
ParsedJournal read_journal(const ProgramDir& dir, const JournalScope& scope = {});

/// Whether a .gitattributes file in the program directory, or in a parent up to the git
/// repository's top, asks git to merge journal files line by line (`merge=union`).
bool union_merge_configured(const ProgramDir& dir);

/// What became of an append.
struct Appended {
    std::string id;
    std::string file;  ///< as the user would name it
};

/// Adds one entry to its journal file: under an exclusive lock on the journal directory the
/// file is read, the line added and the whole written to a temporary file that is flushed and
/// renamed over the old one, so a reader or a crash sees the file before or after, never half
/// an entry; concurrent writers wait for each other. An entry without an id gets one derived
/// from its content, re-salted until it is unused in its file. `dry_run` does everything but
/// the write. Throws SystemError.
Appended append_entry(const ProgramDir& dir, Entry e, bool dry_run = false);

}  // namespace mentor
