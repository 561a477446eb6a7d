#include "mentor/io/journal_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_names.hpp"

namespace mentor {

void parse_journal_text(std::string_view text, const std::string& source, const JournalScope& scope,
                        ParsedJournal& out) {
    Diagnostics d(source);
    out.sources.push_back(std::make_unique<const std::string>(source));
    const std::string_view file = *out.sources.back();
    int number = 0;
    std::size_t at = 0;
    bool saw_header = false;
    // Entries are large: grow the vector geometrically, never by a file at a time.
    const std::size_t needed = out.entries.size() + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (needed > out.entries.capacity()) out.entries.reserve(std::max(needed, 2 * out.entries.capacity()));
    while (at < text.size()) {
        const std::size_t nl = text.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (number == 1) {
            if (line.rfind("# mentor journal v", 0) == 0) {
                saw_header = true;
                if (line != journal_header) {
                    d.error({1, 1}, fmt::format("'{}' is a journal format this mentor does not read", line),
                            "this mentor reads '# mentor journal v1'; a newer mentor wrote this file");
                    break;
                }
                continue;
            }
        }
        if (line.empty() || line.front() == '#') continue;
        if (!saw_header) {
            d.error({1, 1}, "this journal file does not start with '# mentor journal v1'",
                    "add that line at the top of the file");
            saw_header = true;
        }
        Date date;
        std::string_view kind;
        if (glance_entry_line(line, date, kind)) {
            if (!scope.wants(date)) continue;
            if (scope.goal_events_only && kind.rfind("goal-", 0) != 0) continue;
            if (scope.pair_meetings_only) {
                const std::optional<EntryKind> k = parse_kind(kind);
                if (k && !needs_pair(*k)) continue;
            }
        }
        // Checked where it is parsed: a read limited to some dates skips the others unread.
        if (const std::optional<TextFault> f = find_text_fault(line, Controls::newlines)) {
            d.error({number, char_column(line, f->offset)}, f->message, f->hint);
            continue;
        }
        // Parsed in place: entries are large to move.
        Entry& e = out.entries.emplace_back();
        if (parse_entry_line(line, number, d, e)) {
            e.file = file;
        } else {
            out.entries.pop_back();
        }
    }
    if (!text.empty() && text.back() != '\n') {
        d.warning({number, 1}, "the file does not end with a newline",
                  "end the last entry with a line break, or the next entry would join it");
    }
    for (Diagnostic& x : d.take()) out.diagnostics.push_back(std::move(x));
}

void parse_journal_file(std::string_view text, const JournalFileSpan& span, const std::string& source,
                        const JournalScope& scope, ParsedJournal& out) {
    const std::size_t before = out.entries.size();
    parse_journal_text(text, source, scope, out);
    // An entry outside its file's month (or year) would be missed by date-limited reads.
    for (std::size_t i = before; i < out.entries.size(); ++i) {
        const Entry& e = out.entries[i];
        if (is_goal_event(e.kind) != span.goals || e.date < span.first || span.last < e.date) {
            out.diagnostics.push_back({Severity::error, source, {e.line, 1},
                                       fmt::format("entry {} of {} belongs in journal/{}", e.id, e.date.iso(),
                                                   journal_file_name(e)),
                                       "move the line to that file; mentor reads entries by their file's month"});
        }
    }
}

}  // namespace mentor
