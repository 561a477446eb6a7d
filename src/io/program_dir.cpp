#include "mentor/io/program_dir.hpp"
#include "mentor/io/roster_cache.hpp"

#include <system_error>

#include <fmt/format.h>

#include "mentor/domain/validate.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/pairs_file.hpp"
#include "mentor/io/program_toml.hpp"
#include "mentor/io/roster_yaml.hpp"

namespace mentor {

namespace fs = std::filesystem;

std::string ProgramDir::shown(const std::string& name) const {
    const std::filesystem::path& d = display.empty() ? dir : display;
    if (d.empty() || d == "." || d == "./") return name;
    return (d / name).string();
}

std::optional<fs::path> find_program_dir(const fs::path& start) {
    std::error_code ec;
    fs::path here = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    for (;;) {
        if (fs::exists(here / "program.toml", ec)) return here;
        if (!here.has_parent_path() || here.parent_path() == here) return std::nullopt;
        here = here.parent_path();
    }
}

namespace {

// Reads a file, or records why it could not be read as a diagnostic of that file.
std::optional<std::string> read_or_report(const fs::path& path, const std::string& shown,
                                          std::vector<Diagnostic>& diags, const std::string& hint) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        diags.push_back({Severity::error, shown, {}, "file not found", hint});
        return std::nullopt;
    }
    try {
        return read_file(path);
    } catch (const SystemError& e) {
        diags.push_back({Severity::error, shown, {}, e.what(), {}});
        return std::nullopt;
    }
}

// A time zone is checked against the system's tz database when there is one.
void check_timezone(const Program& p, std::vector<Diagnostic>& diags) {
    const fs::path zoneinfo = "/usr/share/zoneinfo";
    std::error_code ec;
    if (p.timezone.empty() || !fs::is_directory(zoneinfo, ec)) return;
    if (p.timezone.find("..") != std::string::npos) return;  // already reported as malformed
    if (fs::is_regular_file(zoneinfo / p.timezone, ec)) return;
    diags.push_back({Severity::error, p.source, p.pos.timezone.line > 0 ? p.pos.timezone : SourcePos{1, 1},
                     fmt::format("unknown time zone '{}'", p.timezone),
                     "use an IANA name such as \"America/Chicago\"; the list is under /usr/share/zoneinfo"});
}

}  // namespace

LoadedProgram load_program(const ProgramDir& dir) {
    LoadedProgram out;
    const std::string config_name = dir.shown("program.toml");
    const std::string roster_name = dir.shown("roster.yaml");
    out.program.source = config_name;
    out.roster.source = roster_name;

    bool config_ok = false;
    if (auto text = read_or_report(dir.config_path(), config_name, out.diagnostics,
                                   "create it with `mentor init DIR`, or pass -C DIR")) {
        auto parsed = parse_program(*text, config_name);
        config_ok = !has_errors(parsed.diagnostics);
        out.program = std::move(parsed.program);
        out.diagnostics.insert(out.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
        if (config_ok) {
            auto more = validate_program(out.program);
            check_timezone(out.program, more);
            out.diagnostics.insert(out.diagnostics.end(), more.begin(), more.end());
        }
    }
    // A large roster's parse is cached under .mentor/ while the file is unchanged.
    const fs::path cache = dir.dir / ".mentor" / "roster.cache";
    const std::optional<std::uint64_t> key = roster_cache_key(dir.roster_path(), roster_name);
    std::optional<ParsedRoster> people = key ? read_roster_cache(cache, *key) : std::nullopt;
    if (!people) {
        if (auto text = read_or_report(dir.roster_path(), roster_name, out.diagnostics,
                                       "create it with a 'people:' list, or run `mentor init`")) {
            people = parse_roster(*text, roster_name);
            if (key) write_roster_cache(cache, *key, *people);
        }
    }
    if (people) {
        out.roster = std::move(people->roster);
        out.diagnostics.insert(out.diagnostics.end(), people->diagnostics.begin(), people->diagnostics.end());
        auto more = validate_roster(out.roster, out.program);
        out.diagnostics.insert(out.diagnostics.end(), more.begin(), more.end());
    }
    std::error_code ec;
    if (fs::exists(dir.pairs_path(), ec)) {
        const std::string pairs_name = dir.shown("pairs.tsv");
        if (auto text = read_or_report(dir.pairs_path(), pairs_name, out.diagnostics, {})) {
            auto parsed = parse_pairs_file(*text, pairs_name);
            out.pairs = std::move(parsed.pairs);
            out.diagnostics.insert(out.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
            if (!has_errors(out.diagnostics)) {
                auto more = validate_pairs(out.pairs, out.roster, out.program, pairs_name);
                out.diagnostics.insert(out.diagnostics.end(), more.begin(), more.end());
            }
        }
    }
    sort_diagnostics(out.diagnostics);
    return out;
}

LoadedProgram load_valid_program(const ProgramDir& dir) {
    LoadedProgram out = load_program(dir);
    if (has_errors(out.diagnostics)) throw InputError(std::move(out.diagnostics));
    return out;
}

}  // namespace mentor
