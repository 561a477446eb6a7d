// mentor roster import FILE.csv: add new people from a staff export, report who differs.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/roster_append.hpp"
#include "mentor/io/roster_import.hpp"
#include "mentor/io/write_format.hpp"

namespace mentor {

namespace {

struct ImportOptions {
    std::string file;
    std::vector<std::string> maps;
    std::string role;
    bool dry_run = false;
    std::string format = "text";
};

std::vector<std::pair<std::string, std::string>> parse_maps(const std::vector<std::string>& maps) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : maps) {
        const auto eq = m.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == m.size()) {
            throw UsageError(fmt::format("--map '{}' is not FIELD=COLUMN", m), "e.g. --map \"email=Work Email\"");
        }
        out.emplace_back(m.substr(0, eq), m.substr(eq + 1));
    }
    return out;
}

int run_import(Context& ctx, const ImportOptions& opt) {
    ProgramStore store = ctx.store();
    const LoadedProgram& loaded = store.valid();
    const std::string csv_name = opt.file;
    const std::optional<std::string> csv_text = store.read_input(ctx.resolve(opt.file), csv_name);
    if (!csv_text) throw NotFoundError(fmt::format("{}: no such file", csv_name), "give the path of a CSV export");

    Diagnostics d(csv_name);
    const CsvTable table = parse_csv(*csv_text, d);
    std::optional<Role> role;
    if (!opt.role.empty()) role = parse_role(opt.role);
    if (has_errors(d.items())) throw InputError(d.take());
    Diagnostics map_problems(csv_name);
    const ColumnMapping mapping = map_columns(table, parse_maps(opt.maps), map_problems);
    if (!map_problems.items().empty()) {
        // A --map that names nothing is a mistake on the command line, not in the file.
        for (std::size_t i = 0; i + 1 < map_problems.items().size(); ++i) {
            print_error(ctx, map_problems.items()[i].message, map_problems.items()[i].hint);
        }
        const Diagnostic& last = map_problems.items().back();
        throw UsageError(last.message, last.hint);
    }
    if (!mapping.column("name") && !mapping.column("first_name") && !mapping.column("last_name")) {
        throw InputError(fmt::format("{}: no column holds names (header: {})", csv_name, fmt::join(table.header, ", ")),
                         "map one with --map name=COLUMN, or first_name=COLUMN and last_name=COLUMN");
    }
    ImportPlan plan = plan_import(loaded.roster, table, mapping, csv_name, role);
    sort_diagnostics(plan.diagnostics);
    if (has_errors(plan.diagnostics)) throw InputError(plan.diagnostics);

    const std::string roster_text = store.roster_text();
    const std::string new_text = plan.added.empty() ? roster_text : append_people(roster_text, plan.added, loaded.roster.source);
    auto problems = recheck_import(new_text, loaded.roster, loaded.program, plan, roster_text, csv_name);
    if (!problems.empty()) throw InputError(std::move(problems));

    if (opt.format == "json") {
        print_diagnostics(ctx, plan.diagnostics);  // warnings only at this point
        const bool write = !plan.added.empty() && !opt.dry_run;
        if (write) store.write_roster(new_text);
        ctx.out << format_import_json(plan, table.rows.size(), loaded.roster.source, opt.dry_run, write);
        return exit_code::ok;
    }
    std::vector<std::string> used;
    for (const auto& [field, col] : mapping.fields) used.push_back(fmt::format("{} <- \"{}\"", field, table.header[col]));
    print_diagnostics(ctx, plan.diagnostics);  // warnings only at this point
    ctx.out << fmt::format("{}: {} {}; columns: {}\n", csv_name, table.rows.size(), table.rows.size() == 1 ? "row" : "rows",
                           fmt::join(used, ", "));
    if (!plan.added.empty()) {
        ctx.out << fmt::format("{} {} new {}:\n", opt.dry_run ? "would add" : "added", plan.added.size(),
                               plan.added.size() == 1 ? "person" : "people");
        for (const auto& p : plan.added) ctx.out << fmt::format("  + {}  {}\n", p.id, p.name);
    }
    if (!plan.changes.empty()) {
        ctx.out << fmt::format("differs from {} (kept as written; edit it by hand if the import is right):\n",
                               loaded.roster.source);
        for (const auto& c : plan.changes) {
            ctx.out << fmt::format("  ~ {}  {}: roster \"{}\", import \"{}\"\n", c.id, c.field, c.roster_value, c.import_value);
        }
    }
    if (!plan.unchanged.empty()) ctx.out << fmt::format("{} already in the roster and unchanged\n", plan.unchanged.size());
    if (plan.added.empty()) {
        ctx.out << fmt::format("{} not changed\n", loaded.roster.source);
    } else if (opt.dry_run) {
        ctx.out << fmt::format("dry run: {} not changed; it would get:\n", loaded.roster.source);
        ctx.out << inserted_lines(roster_text, new_text);
    } else {
        store.write_roster(new_text);
        ctx.out << fmt::format("appended {} {} to {}\n", plan.added.size(), plan.added.size() == 1 ? "person" : "people",
                               loaded.roster.source);
    }
    return exit_code::ok;
}

}  // namespace

Runner add_roster_import(CLI::App& roster) {
    auto opt = std::make_shared<ImportOptions>();
    CLI::App* cmd = roster.add_subcommand("import", "Add new people from a CSV staff export; report who differs");
    cmd->add_option("FILE", opt->file, "CSV file with a header row")->required();
    cmd->add_option("--map", opt->maps, "Take FIELD from the CSV column named COLUMN (repeatable)")
        ->option_text("FIELD=COLUMN");
    cmd->add_option("--role", opt->role, "Role given to new people whose row names none")
        ->check(CLI::IsMember({"mentor", "mentee", "coordinator", "supervisor"}))
        ->option_text("ROLE");
    cmd->add_flag("--dry-run", opt->dry_run, "Show what would be added, change nothing");
    add_format_option(*cmd, opt->format, {"text", "json"}, "Output format: text, or json with the new people's ids");
    return [opt](Context& ctx) { return run_import(ctx, *opt); };
}

}  // namespace mentor
