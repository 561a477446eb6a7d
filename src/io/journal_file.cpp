#include "mentor/io/journal_file.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"

namespace mentor {

namespace fs = std::filesystem;

ParsedJournal read_journal(const ProgramDir& dir, const JournalScope& scope) {
    ParsedJournal out;
    const fs::path jdir = journal_dir(dir);
    std::error_code ec;
    if (!fs::is_directory(jdir, ec)) return out;
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(jdir, ec)) {
        const std::string name = item.path().filename().string();
        const std::optional<JournalFileSpan> span = journal_file_span(name);
        if (!span) continue;
        if (scope.since && span->last < *scope.since) continue;
        if (scope.until && *scope.until < span->first) continue;
        if (scope.goal_events_only && !span->goals) continue;
        if (scope.pair_meetings_only && span->goals) continue;
        names.push_back(name);
    }
    if (ec) throw SystemError(fmt::format("cannot list {}: {}", jdir.string(), ec.message()));
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        const std::string shown = dir.shown("journal/" + name);
        const std::string text = read_file(jdir / name);
        const std::size_t before = out.entries.size();
        parse_journal_text(text, shown, scope, out);
        const JournalFileSpan span = *journal_file_span(name);
        // An entry outside its file's month (or year) would be missed by date-limited reads.
        for (std::size_t i = before; i < out.entries.size(); ++i) {
            const Entry& e = out.entries[i];
            if (is_goal_event(e.kind) != span.goals || e.date < span.first || span.last < e.date) {
                out.diagnostics.push_back({Severity::error, shown, {e.line, 1},
                                           fmt::format("entry {} of {} belongs in journal/{}", e.id, e.date.iso(),
                                                       journal_file_name(e)),
                                           "move the line to that file; mentor reads entries by their file's month"});
            }
        }
    }
    return out;
}

}  // namespace mentor
