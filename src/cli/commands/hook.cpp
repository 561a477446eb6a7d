// mentor hook install | show: the pre-commit hook that runs `mentor check` on what is staged.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/git.hpp"

namespace mentor {

namespace {

struct HookOptions {
    bool force = false;
    bool dry_run = false;
};

HookPlace require_hook_place(ProgramStore& store) {
    const std::optional<HookPlace> place = hook_place(store.dir().dir.string());
    if (!place) {
        throw NotFoundError(fmt::format("{} is not in a git repository", store.dir().display.string()),
                            "run `git init` in the program directory first (mentor init does it for a new program)");
    }
    return *place;
}

int run_install(Context& ctx, const HookOptions& opt) {
    ProgramStore store = ctx.store();
    const HookPlace place = require_hook_place(store);
    const std::string target = place.hooks_dir + "/pre-commit";
    switch (install_pre_commit(place.hooks_dir, pre_commit_hook(place.prefix), opt.force, opt.dry_run)) {
        case HookInstall::unchanged: ctx.out << fmt::format("kept      {} (already mentor's hook)\n", target); break;
        case HookInstall::installed:
            ctx.out << fmt::format("{} {}\n", opt.dry_run ? "would install" : "installed", target);
            break;
        case HookInstall::other_hook:
            throw InputError(fmt::format("{} is another pre-commit hook", target),
                             "keep it and call `mentor hook show` from it, or replace it with --force");
    }
    return exit_code::ok;
}

}  // namespace

Runner add_hook(CLI::App& parent) {
    CLI::App* cmd = parent.add_subcommand("hook", "Install the git pre-commit hook that runs `mentor check` on what is staged");
    cmd->require_subcommand(1);
    auto opt = std::make_shared<HookOptions>();
    CLI::App* install = cmd->add_subcommand("install", "Write the pre-commit hook into the repository's hooks directory");
    install->add_flag("--force", opt->force, "Replace a pre-commit hook that is not mentor's");
    install->add_flag("--dry-run", opt->dry_run, "Say what would be written, write nothing");
    CLI::App* show = cmd->add_subcommand("show", "Print the hook script");
    return [=](Context& ctx) {
        if (install->parsed()) return run_install(ctx, *opt);
        (void)show;
        ProgramStore store = ctx.store();
        ctx.out << pre_commit_hook(require_hook_place(store).prefix);
        return exit_code::ok;
    };
}

}  // namespace mentor
