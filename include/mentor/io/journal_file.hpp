#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"

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

/// Which days a journal file's name says it holds: a month (`2026-11.journal`) or, for goal
/// events, a year (`goals-2026.journal`); both ends included.
struct JournalFileSpan {
    Date first;
    Date last;
    bool goals = false;

    /// Whether the file can hold entries that `scope` asks for.
    bool wanted_by(const JournalScope& scope) const;
};

/// The span a journal file's name covers; nothing for a name that is not a journal file's.
std::optional<JournalFileSpan> journal_file_span(std::string_view name);

/// Parses one journal file (like parse_journal_text) and reports, as errors, entries that do not
/// belong in it by their date and kind: date-limited reads would miss them.
void parse_journal_file(std::string_view text, const JournalFileSpan& span, const std::string& source,
                        const JournalScope& scope, ParsedJournal& out);

/// What becomes of an append.
struct Appended {
    std::string id;
    std::string file;  ///< as the user would name it
};

/// The bytes that add `e` to a journal file whose content is `current`: the header when the
/// file is new, a line break when the last line lacks one, then the entry's line. An entry
/// without an id gets one derived from its content, re-salted until it is unused in the file.
std::string journal_append_tail(std::string_view current, Entry& e);

}  // namespace mentor
