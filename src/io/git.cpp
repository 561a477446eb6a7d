// The git habits of a program directory: `git init` for a new program, and the pre-commit hook
// that runs `mentor check` on what is staged.
#include "mentor/io/git.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"
#include "mentor/io/disk.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/process.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

std::string first_line(const std::string& text) {
    return std::string(trim_end(text.substr(0, text.find('\n')), "\r "));
}

// The shell's single-quoted form of a word: 'it'\''s'.
std::string sh_quote(const std::string& s) {
    std::string out = "'";
    for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

bool inside_git_repository(const std::string& dir) {
    fs::path at = fs::absolute(fs::path(dir));
    std::error_code ec;
    while (!fs::is_directory(at, ec) && at.has_parent_path() && at.parent_path() != at) at = at.parent_path();
    const ProcessResult r = run_process({"git", "-C", at.string(), "rev-parse", "--is-inside-work-tree"});
    return r.status == 0 && first_line(r.out) == "true";
}

std::string git_init(const std::string& dir) {
    const ProcessResult r = run_process({"git", "init", "--quiet", dir});
    if (r.status == 0) return {};
    if (r.status == -1) return fmt::format("git could not run: {}", r.error);
    const std::string why = first_line(r.err);
    return why.empty() ? fmt::format("git init exited with status {}", r.status) : why;
}

std::optional<HookPlace> hook_place(const std::string& program_dir) {
    const ProcessResult hooks = run_process({"git", "-C", program_dir, "rev-parse", "--git-path", "hooks"});
    const ProcessResult prefix = run_process({"git", "-C", program_dir, "rev-parse", "--show-prefix"});
    if (hooks.status != 0 || prefix.status != 0) return std::nullopt;
    fs::path dir(first_line(hooks.out));
    if (dir.is_relative()) dir = fs::path(program_dir) / dir;
    std::string pre = first_line(prefix.out);
    while (!pre.empty() && pre.back() == '/') pre.pop_back();
    return HookPlace{fs::absolute(dir).lexically_normal().string(), pre};
}

std::string pre_commit_hook(const std::string& prefix) {
    const std::string dir = prefix.empty() ? "." : prefix;
    return fmt::format(
        "#!/bin/sh\n"
        "# mentor pre-commit hook, installed by `mentor hook install`: runs `mentor check` on the\n"
        "# program as it is staged (the index), not as it is in the work tree, and stops the\n"
        "# commit when check finds a problem. `git commit --no-verify` skips it; delete this file\n"
        "# to remove it. MENTOR names the mentor to run (default: mentor on PATH).\n"
        "program={}\n"
        "staged=$(mktemp -d \"${{TMPDIR:-/tmp}}/mentor-staged.XXXXXX\") || exit 1\n"
        "trap 'rm -rf \"$staged\"' EXIT\n"
        "trap 'exit 1' INT TERM HUP\n"
        "git ls-files -z -- \"$program\" | git checkout-index -z --stdin --prefix=\"$staged/\" || exit 1\n"
        "[ -f \"$staged/$program/program.toml\" ] || exit 0  # no program in this commit\n"
        "if ! (cd \"$staged/$program\" && \"${{MENTOR:-mentor}}\" check >&2); then\n"
        "  echo \"pre-commit: the staged program does not pass 'mentor check' (above); nothing was committed\" >&2\n"
        "  echo \"  hint: fix it and 'git add' the files again, or commit with --no-verify\" >&2\n"
        "  exit 1\n"
        "fi\n",
        sh_quote(dir));
}

HookInstall install_pre_commit(const std::string& hooks_dir, const std::string& script, bool force, bool dry_run) {
    const std::unique_ptr<Disk> disk = real_disk();
    const fs::path path = fs::path(hooks_dir) / "pre-commit";
    if (disk->is_file(path)) {
        if (disk->read(path) == script) return HookInstall::unchanged;
        if (!force) return HookInstall::other_hook;
    }
    if (dry_run) return HookInstall::installed;
    disk->make_dir(hooks_dir);
    disk->write(path, script);
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec, ec);
    if (ec) throw SystemError(fmt::format("cannot make {} executable: {}", path.string(), ec.message()));
    return HookInstall::installed;
}

}  // namespace mentor
