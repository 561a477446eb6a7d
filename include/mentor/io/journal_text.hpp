#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"

namespace mentor {

/// The first line of every journal file; the number changes when the format does.
inline constexpr std::string_view journal_header = "# mentor journal v1";

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

/// Parses one journal file (like parse_journal_text) whose name covers `span`, and reports as
/// errors the entries that do not belong in it by their date and kind: date-limited reads
/// would miss them.
struct JournalFileSpan;
void parse_journal_file(std::string_view text, const JournalFileSpan& span, const std::string& source,
                        const JournalScope& scope, ParsedJournal& out);

/// What became of an append.
struct Appended {
    std::string id;
    std::string file;  ///< as the user would name it
    bool sealed = false;               ///< its private text was sealed to its readers
    std::vector<std::string> keyless;  ///< not sealed: these readers have no key (the program uses keys)
};

/// The bytes that add `e` to a journal file whose content is `current`: the header when the
/// file is new, a line break when the last line lacks one, then the entry's line. An entry
/// without an id gets one derived from its content, re-salted until it is unused in the file.
/// `before_format`, when given, runs once the id is set, just before the line is formatted.
std::string journal_append_tail(std::string_view current, Entry& e,
                                const std::function<void(Entry&)>& before_format = {});

}  // namespace mentor
