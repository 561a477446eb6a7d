// mentor init DIR: create a program directory that `mentor check` accepts.
#include <cctype>
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/write_format.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/git.hpp"
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
    bool no_git = false;
    std::string format = "text";
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

const char* creation_verb(Creation c, bool dry_run) {
    if (c == Creation::created) return dry_run ? "would create" : "created ";
    return dry_run ? "would update" : "updated ";
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
    np.year = default_school_year(ctx.today_without_program());

    ProgramStore store(ProgramDir{dir, fs::path(opt.dir).lexically_normal()});
    for (const char* owned : {"program.toml", "roster.yaml"}) {
        if (store.has_file(owned)) {
            throw InputError(fmt::format("{} already exists", store.shown(owned)),
                             "init never overwrites a program; edit the existing files instead");
        }
    }
    // Git settings gain the lines they lack; other files already there are kept.
    const std::pair<const char*, std::string> files[] = {{"program.toml", program_template(np)},
                                                         {"roster.yaml", roster_template()},
                                                         {".gitattributes", gitattributes_template()},
                                                         {".gitignore", gitignore_template()},
                                                         {"README.md", readme_template(np)}};
    const bool json = opt.format == "json";
    std::vector<InitFile> written;
    for (const auto& [name, content] : files) {
        const bool merge = name[0] == '.';
        const Creation done = store.create_file(name, content, merge, opt.dry_run);
        written.push_back({store.shown(name), done == Creation::created   ? "created"
                                              : done == Creation::updated ? "updated"
                                                                          : "kept"});
        if (json) continue;
        ctx.out << (done == Creation::kept ? fmt::format("kept     {} ({})\n", store.shown(name),
                                                          merge ? "already has what mentor needs" : "already there")
                                           : fmt::format("{} {}\n", creation_verb(done, opt.dry_run), store.shown(name)));
    }
    // A program lives in git: start a repository unless the directory is already in one.
    std::string_view git = opt.no_git ? "not asked" : "inside a repository";
    if (!opt.no_git && !inside_git_repository(dir.string())) {
        const std::string shown_dir = store.dir().display.string();
        if (opt.dry_run) {
            git = "would start";
            if (!json) ctx.out << fmt::format("would run    git init {}\n", shown_dir);
        } else if (const std::string failed = git_init(dir.string()); failed.empty()) {
            git = "started";
            if (!json) ctx.out << fmt::format("started  a git repository in {} (git init)\n", shown_dir);
        } else {
            git = "failed";
            ctx.err << fmt::format("mentor: warning: no git repository started in {}: {}\n", shown_dir, failed);
        }
    }
    if (json) {
        ctx.out << format_init_json(store.dir().display.string(), np.id, written, git, opt.dry_run);
        return exit_code::ok;
    }
    if (!opt.dry_run) {
        const fs::path& shown_dir = store.dir().display;
        const std::string check = shown_dir == "." ? std::string("mentor check")
                                                   : fmt::format("mentor -C {} check", shown_dir.string());
        ctx.out << fmt::format("\nNext: add people to {}, set the time zone and dates in {},\nthen run `{}`.\n",
                               store.shown("roster.yaml"), store.shown("program.toml"), check);
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
    cmd->add_flag("--no-git", opt->no_git, "Do not start a git repository (one is started when DIR is in none)");
    add_format_option(*cmd, opt->format, {"text", "json"}, "Output format: text, or json with the files created");
    return [opt](Context& ctx) { return run_init(ctx, *opt); };
}

}  // namespace mentor
