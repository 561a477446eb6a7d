#pragma once
// `--format json` of the commands that write: what they wrote (or, with --dry-run, would
// write), so that scripts get the new ids without parsing sentences. Every object carries
// "version": 1; docs/file-formats.md lists the keys.
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/journal.hpp"
#include "mentor/io/journal_text.hpp"
#include "mentor/io/roster_import.hpp"

namespace mentor {

/// An entry `log` or `goal add|progress|done|drop` appended: its id, kind, date, file, and
/// the goal and person of a goal event.
std::string format_appended_json(const Entry& e, const Appended& done, bool dry_run);

/// What `roster import` added (ids and names, with the CSV line of each), what differs, and
/// whether the roster file was written.
std::string format_import_json(const ImportPlan& plan, std::size_t rows, const std::string& roster_file,
                               bool dry_run, bool written);

/// One file of a new program and what became of it: `created`, `updated` or `kept`.
struct InitFile {
    std::string file;
    std::string_view action;
};

/// What `init` wrote: the program's id, each file, and git: `started`, `would start`, `failed`,
/// `inside a repository` or `not asked`.
std::string format_init_json(const std::string& dir, const std::string& id, const std::vector<InitFile>& files,
                             std::string_view git, bool dry_run);

}  // namespace mentor
