#pragma once
#include <optional>
#include <string>

namespace mentor {

/// Whether `dir` is inside a git work tree; for a directory not created yet, its nearest
/// existing parent is asked. False when git is not installed.
bool inside_git_repository(const std::string& dir);

/// Runs `git init` in `dir` (which must exist). Empty when it worked, else why not.
std::string git_init(const std::string& dir);

/// Where a program's pre-commit hook goes: the repository's hooks directory (as
/// `git rev-parse --git-path hooks` names it, absolute) and the program directory relative to
/// the top of the work tree (empty at the top).
struct HookPlace {
    std::string hooks_dir;
    std::string prefix;
};

/// The hook place of the repository holding `program_dir`; nothing when it is in none.
std::optional<HookPlace> hook_place(const std::string& program_dir);

/// The pre-commit hook: it exports the program's files as staged (the index, not the work
/// tree) into a temporary directory with `git checkout-index` and runs `mentor check` there;
/// the commit stops when check fails. `prefix` is the program directory in the repository.
std::string pre_commit_hook(const std::string& prefix);

enum class HookInstall { installed, unchanged, other_hook };

/// Writes `script` as `hooks_dir/pre-commit`, executable. A different pre-commit hook already
/// there is kept (other_hook) unless `force`; with `dry_run` nothing is written.
HookInstall install_pre_commit(const std::string& hooks_dir, const std::string& script, bool force, bool dry_run);

}  // namespace mentor
