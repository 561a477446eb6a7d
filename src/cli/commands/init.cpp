// mentor init DIR: create a program directory that `mentor check` accepts.
#include <cctype>
#include <filesystem>
#include <set>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/io/templates.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

struct InitOptions {
    std::string dir;
    std::string id;
    std::string name;
    std::string timezone = "UTC";
    bool dry_run = false;
};

// A program id from a directory name: "Lincoln Elementary" -> "lincoln-elementary".
std::string id_from(const std::string& base) {
    std::string id;
    for (const char c : base) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            id += static_cast<char>(std::tolower(u));
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return is_valid_id(id) ? id : "program";
}

// Lines of `wanted` that `existing` does not already have, so re-running init adds nothing twice.
std::string missing_lines(const std::string& existing, const std::string& wanted) {
    std::set<std::string> have;
    std::istringstream current(existing);
    for (std::string line; std::getline(current, line);) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        have.insert(line);
    }
    std::string out;
    std::istringstream in(wanted);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        if (!have.count(line)) out += line + "\n";
    }
    return out;
}

int run_init(Context& ctx, const InitOptions& opt) {
    const fs::path dir = ctx.resolve(opt.dir);
    std::string base = fs::path(opt.dir).lexically_normal().filename().string();
    if (base.empty() || base == ".") base = dir.lexically_normal().filename().string();
    if (base.empty()) base = dir.lexically_normal().parent_path().filename().string();

    NewProgram np;
    np.id = opt.id.empty() ? id_from(base) : opt.id;
    if (!is_valid_id(np.id)) {
        throw UsageError(fmt::format("--id '{}' is not a valid program id", np.id),
                         "use lowercase letters, digits, '.', '_' or '-'");
    }
    np.name = opt.name.empty() ? fmt::format("{} mentoring program", base) : opt.name;
    np.timezone = opt.timezone;
    np.year = default_school_year(ctx.today());

    const ProgramDir shown_dir{dir, fs::path(opt.dir).lexically_normal()};
    auto shown = [&](const char* name) { return shown_dir.shown(name); };
    std::error_code ec;
    for (const char* owned : {"program.toml", "roster.yaml"}) {
        if (fs::exists(dir / owned, ec)) {
            throw InputError(fmt::format("{} already exists", shown(owned)),
                             "init never overwrites a program; edit the existing files instead");
        }
    }

    struct Planned {
        const char* name;
        std::string content;
        bool append;  // add missing lines to an existing file
    };
    std::vector<Planned> plan{{"program.toml", program_template(np), false},
                              {"roster.yaml", roster_template(), false},
                              {".gitattributes", gitattributes_template(), true},
                              {".gitignore", gitignore_template(), true},
                              {"README.md", readme_template(np), false}};

    if (!opt.dry_run) {
        fs::create_directories(dir, ec);
        if (ec) throw SystemError(fmt::format("cannot create {}: {}", opt.dir, ec.message()));
    }
    for (const auto& f : plan) {
        const fs::path path = dir / f.name;
        const bool exists = fs::exists(path, ec);
        if (exists && !f.append) {
            ctx.out << fmt::format("kept     {} (already there)\n", shown(f.name));
            continue;
        }
        if (exists) {
            const std::string current = read_file(path);
            const std::string add = missing_lines(current, f.content);
            if (add.empty()) {
                ctx.out << fmt::format("kept     {} (already has what mentor needs)\n", shown(f.name));
                continue;
            }
            if (!opt.dry_run) {
                const std::string sep = current.empty() || current.back() == '\n' ? "" : "\n";
                write_file_atomic(path, current + sep + add);
            }
            ctx.out << fmt::format("{} {}\n", opt.dry_run ? "would update" : "updated ", shown(f.name));
            continue;
        }
        if (!opt.dry_run && !create_file_exclusive(path, f.content)) {
            throw InputError(fmt::format("{} appeared while init was running", shown(f.name)), "run init again");
        }
        ctx.out << fmt::format("{} {}\n", opt.dry_run ? "would create" : "created ", shown(f.name));
    }
    if (!opt.dry_run) {
        const std::string check = shown_dir.display == "." ? std::string("mentor check")
                                                            : fmt::format("mentor -C {} check", shown_dir.display.string());
        ctx.out << fmt::format("\nNext: add people to {}, set the time zone and dates in {},\nthen run `{}`.\n",
                               shown("roster.yaml"), shown("program.toml"), check);
    }
    return exit_code::ok;
}

}  // namespace

Runner add_init(CLI::App& parent) {
    auto opt = std::make_shared<InitOptions>();
    CLI::App* cmd = parent.add_subcommand("init", "Create a program directory: config, roster, git settings and a README");
    cmd->add_option("DIR", opt->dir, "Directory to create or fill")->required();
    cmd->add_option("--id", opt->id, "Program id (default: from the directory name)")->option_text("ID");
    cmd->add_option("--name", opt->name, "Program name (default: from the directory name)")->option_text("NAME");
    cmd->add_option("--timezone", opt->timezone, "IANA time zone of the program (default: UTC)")->option_text("TZ");
    cmd->add_flag("--dry-run", opt->dry_run, "Show what would be written, write nothing");
    return [opt](Context& ctx) { return run_init(ctx, *opt); };
}

}  // namespace mentor
