#pragma once
#include <filesystem>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/schedule.hpp"
#include "mentor/io/program_dir.hpp"

namespace mentor {

/// Where a program keeps its schedule: `schedule.tsv` beside `pairs.tsv`.
std::filesystem::path schedule_path(const ProgramDir& dir);

/// The schedule record as read, and what is wrong with it.
struct LoadedSchedule {
    bool exists = false;                  ///< false before the first `mentor schedule`
    std::vector<Meeting> meetings;
    std::vector<Diagnostic> diagnostics;  ///< sorted by position
};

/// Reads and parses schedule.tsv when it exists; with `check`, and when `loaded` has no errors,
/// also checks the meetings against its roster, pairs and program (warnings, which only
/// `mentor check` shows). Nothing is thrown for bad data.
LoadedSchedule load_schedule(const ProgramDir& dir, const LoadedProgram& loaded, bool check = true);

/// Reads schedule.tsv for a command that needs it valid: throws InputError when it has any
/// error; warnings are not looked for.
LoadedSchedule load_valid_schedule(const ProgramDir& dir, const LoadedProgram& loaded);

/// Adds the diagnostics of schedule.tsv (if any) to `loaded`'s, keeping them sorted: what
/// `mentor check` reports.
void add_schedule_diagnostics(const ProgramDir& dir, LoadedProgram& loaded);

}  // namespace mentor
