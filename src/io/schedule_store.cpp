#include "mentor/io/schedule_store.hpp"

#include <system_error>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/schedule_file.hpp"

namespace mentor {

std::filesystem::path schedule_path(const ProgramDir& dir) { return dir.dir / "schedule.tsv"; }

LoadedSchedule load_schedule(const ProgramDir& dir, const LoadedProgram& loaded, bool check) {
    LoadedSchedule out;
    std::error_code ec;
    const auto path = schedule_path(dir);
    if (!std::filesystem::exists(path, ec)) return out;
    out.exists = true;
    const std::string shown = dir.shown("schedule.tsv");
    std::string text;
    try {
        text = read_file(path);
    } catch (const SystemError& e) {
        out.diagnostics.push_back({Severity::error, shown, {}, e.what(), {}});
        return out;
    }
    auto parsed = parse_schedule_file(text, shown);
    out.meetings = std::move(parsed.meetings);
    out.diagnostics = std::move(parsed.diagnostics);
    if (check && !has_errors(out.diagnostics) && !has_errors(loaded.diagnostics)) {
        auto more = validate_schedule(out.meetings, loaded.roster, loaded.program, loaded.pairs, shown);
        out.diagnostics.insert(out.diagnostics.end(), more.begin(), more.end());
    }
    sort_diagnostics(out.diagnostics);
    return out;
}

LoadedSchedule load_valid_schedule(const ProgramDir& dir, const LoadedProgram& loaded) {
    LoadedSchedule out = load_schedule(dir, loaded, false);
    if (has_errors(out.diagnostics)) throw InputError(std::move(out.diagnostics));
    return out;
}

void add_schedule_diagnostics(const ProgramDir& dir, LoadedProgram& loaded) {
    const LoadedSchedule s = load_schedule(dir, loaded);
    loaded.diagnostics.insert(loaded.diagnostics.end(), s.diagnostics.begin(), s.diagnostics.end());
    sort_diagnostics(loaded.diagnostics);
}

}  // namespace mentor
