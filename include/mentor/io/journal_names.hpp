#pragma once
#include <optional>
#include <string>

#include "mentor/domain/date.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/journal_text.hpp"

namespace mentor {

/// The file (relative to the journal directory) that holds an entry: `2026-11.journal` for
/// what happened in November 2026, `goals-2026.journal` for goal events of 2026.
std::string journal_file_name(const Entry& e);

/// The days a journal file's name covers, [first, last], and whether it holds goal events.
struct JournalFileSpan {
    Date first;
    Date last;
    bool goals = false;

    /// Whether the file can hold entries that `scope` asks for.
    bool wanted_by(const JournalScope& scope) const;
};

/// What `2026-11.journal` or `goals-2026.journal` covers; nothing for other names.
std::optional<JournalFileSpan> journal_file_span(const std::string& name);

}  // namespace mentor
