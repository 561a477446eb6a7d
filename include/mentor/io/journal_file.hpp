#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_names.hpp"
#include "mentor/io/journal_text.hpp"
#include "mentor/io/program_dir.hpp"

namespace mentor {

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
