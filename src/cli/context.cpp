#include "context.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/process.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

constexpr const char* red = "\033[1;31m";
constexpr const char* yellow = "\033[1;33m";
constexpr const char* cyan = "\033[36m";
constexpr const char* reset = "\033[0m";

std::string paint(bool on, const char* color, std::string_view text) {
    return on ? fmt::format("{}{}{}", color, text, reset) : std::string(text);
}

}  // namespace

std::string Context::getenv(const std::string& name) const {
    const auto it = env.find(name);
    return it == env.end() ? std::string{} : it->second;
}

std::optional<Date> Context::today_override() const {
    if (!today_option.empty()) {
        if (auto d = parse_date(today_option)) return *d;
        throw UsageError(fmt::format("--today '{}' is not a date", today_option), "write it as YYYY-MM-DD");
    }
    const std::string from_env = getenv("MENTOR_TODAY");
    if (!from_env.empty()) {
        if (auto d = parse_date(from_env)) return *d;
        throw UsageError(fmt::format("MENTOR_TODAY '{}' is not a date", from_env), "write it as YYYY-MM-DD, or unset it");
    }
    return std::nullopt;
}

Date Context::today(ProgramStore& store) const {
    if (const auto d = today_override()) return *d;
    return store.day_at(clock_utc);
}

fs::path Context::resolve(const std::string& path) const {
    const fs::path p(path);
    return p.is_absolute() ? p : cwd / p;
}

ProgramDir Context::program_dir() const {
    auto named = [&](const std::string& dir, std::string_view how) {
        std::error_code ec;
        const fs::path p = resolve(dir);
        if (!fs::is_regular_file(p / "program.toml", ec)) {
            throw NotFoundError(fmt::format("{} has no program.toml (from {})", dir, how),
                                "create one with `mentor init DIR`, or point -C at a program directory");
        }
        // Messages name files the way the user wrote the directory.
        return ProgramDir{p, fs::path(dir)};
    };
    if (!dir_option.empty()) return named(dir_option, "-C");
    const std::string env_dir = getenv("MENTOR_DIR");
    if (!env_dir.empty()) return named(env_dir, "MENTOR_DIR");
    if (auto found = find_program_dir(cwd)) {
        std::error_code ec;
        fs::path rel = fs::relative(*found, cwd, ec);
        if (ec || rel.empty()) rel = *found;
        return ProgramDir{*found, rel};
    }
    throw NotFoundError("no program.toml in this directory or any parent",
                        "run `mentor init DIR` to create a program, or pass -C DIR");
}

std::filesystem::path Context::secret_key_path(const std::string& id) const {
    const std::string data = getenv("XDG_DATA_HOME");
    // The XDG base directory rule: a relative path is ignored.
    if (!data.empty() && data.front() == '/') return std::filesystem::path(data) / "mentor" / (id + ".key");
    const std::string home = getenv("HOME");
    if (home.empty()) return {};
    return std::filesystem::path(home) / ".local/share/mentor" / (id + ".key");
}

std::string Context::secret_key_shown(const std::string& id) const {
    const std::string data = getenv("XDG_DATA_HOME");
    if (!data.empty() && data.front() == '/') return "$XDG_DATA_HOME/mentor/" + id + ".key";
    return "~/.local/share/mentor/" + id + ".key";
}

std::pair<ColorMode, std::string> Context::color_mode() const {
    if (!color_option.empty()) return {parse_color_mode(color_option).value_or(ColorMode::automatic), "--color"};
    if (!getenv("NO_COLOR").empty()) return {ColorMode::never, "NO_COLOR"};
    if (config.color) return {*config.color, fmt::format("{}:{}", config_file, config.color_line)};
    return {ColorMode::automatic, "default"};
}

bool Context::color() const {
    switch (color_mode().first) {
        case ColorMode::always: return true;
        case ColorMode::never: return false;
        case ColorMode::automatic: break;
    }
    return err_is_tty && getenv("TERM") != "dumb";
}

void Context::load_user_config() {
    const std::string xdg = getenv("XDG_CONFIG_HOME");
    const std::string home = getenv("HOME");
    // The XDG base directory rule: a relative $XDG_CONFIG_HOME is to be ignored.
    if (!xdg.empty() && xdg.front() == '/') config_file = xdg + "/mentor/config.toml";
    else if (!home.empty()) config_file = home + "/.config/mentor/config.toml";
    else return;
    ParsedUserConfig parsed = read_user_config(config_file);
    if (has_errors(parsed.diagnostics)) throw InputError(std::move(parsed.diagnostics));
    config_found = parsed.found;
    config = std::move(parsed.config);
}

std::pair<std::string, std::string> Context::sendmail(const Program& program, const std::string& program_file) const {
    if (config.sendmail) return {*config.sendmail, fmt::format("{}:{}", config_file, config.sendmail_line)};
    return {program.remind.sendmail, program_file + " [remind]"};
}

std::pair<std::string, std::string> Context::pager() const {
    if (no_pager) return {"", "--no-pager"};
    if (const auto it = env.find("MENTOR_PAGER"); it != env.end()) return {it->second, "MENTOR_PAGER"};
    if (config.pager) return {*config.pager, fmt::format("{}:{}", config_file, config.pager_line)};
    if (const auto it = env.find("PAGER"); it != env.end()) return {it->second, "PAGER"};
    return {"less -FRX", "default"};
}

void print_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diags) {
    const bool c = ctx.color();
    for (const auto& d : diags) {
        std::string where = d.file;
        if (d.pos.line > 0) where += fmt::format(":{}:{}", d.pos.line, d.pos.col > 0 ? d.pos.col : 1);
        const bool is_error = d.severity == Severity::error;
        ctx.err << fmt::format("{}: {} {}\n", where, paint(c, is_error ? red : yellow, is_error ? "error:" : "warning:"),
                               d.message);
        if (!d.hint.empty()) ctx.err << fmt::format("  {} {}\n", paint(c, cyan, "hint:"), d.hint);
    }
}

void print_error(const Context& ctx, const std::string& message, const std::string& hint) {
    const bool c = ctx.color();
    ctx.err << fmt::format("mentor: {} {}\n", paint(c, red, "error:"), message);
    if (!hint.empty()) ctx.err << fmt::format("  {} {}\n", paint(c, cyan, "hint:"), hint);
}

void throw_refusal(const Refusal& r) {
    if (r.not_found) throw NotFoundError(r.message, r.hint);
    throw UsageError(r.message, r.hint);
}

Entry planned_entry(EntryPlan plan) {
    if (plan.refusal) throw_refusal(*plan.refusal);
    return std::move(plan.entry);
}

const Person& require_person(const Roster& roster, const std::string& id) {
    if (const auto refusal = unknown_person(roster, id)) throw_refusal(*refusal);
    return *roster.find(id);
}

void add_format_option(CLI::App& cmd, std::string& target, const std::vector<std::string>& choices,
                       const std::string& help) {
    std::string text = help;
    if (text.empty()) {
        // "Output format: text, json or csv"
        text = "Output format: ";
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (i > 0) text += i + 1 == choices.size() ? " or " : ", ";
            text += choices[i];
        }
    }
    cmd.add_option("--format", target, text)->check(CLI::IsMember(choices))->option_text("FORMAT");
}

namespace {

bool same_email(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

}  // namespace

namespace {

std::string git_email(const ProgramDir& dir) {
    const ProcessResult git = run_process({"git", "-C", dir.dir.string(), "config", "user.email"});
    return git.status == 0 ? std::string(trim_end(git.out, "\n\r ")) : std::string();
}

}  // namespace

std::string who_ran(const Context& ctx, const Roster& roster, const ProgramDir& dir, const std::string& as_option,
                    const std::string& writer) {
    if (as_option.empty() && ctx.getenv("MENTOR_USER").empty()) return {};  // config.toml or git's identity named the writer
    std::string ran = git_email(dir);
    if (!ran.empty()) {
        for (const Person& p : roster.people) {
            if (same_email(p.email, ran)) {
                ran = p.id;
                break;
            }
        }
    } else {
        ran = ctx.getenv("USER");
        if (ran.empty()) ran = ctx.getenv("LOGNAME");
    }
    return ran == writer ? std::string() : ran;
}

std::string find_user(const Context& ctx, const Roster& roster, const ProgramDir& dir, const std::string& as_option) {
    if (!as_option.empty()) return require_person(roster, as_option).id;
    const std::string from_env = ctx.getenv("MENTOR_USER");
    if (!from_env.empty()) {
        if (roster.find(from_env) == nullptr) {
            throw NotFoundError(fmt::format("MENTOR_USER '{}' is not in {}", from_env, roster.source),
                                "set MENTOR_USER to your roster id, or pass --as ID");
        }
        return from_env;
    }
    if (ctx.config.user) {
        if (roster.find(*ctx.config.user) == nullptr) {
            throw NotFoundError(fmt::format("user '{}' ({}:{}) is not in {}", *ctx.config.user, ctx.config_file,
                                            ctx.config.user_line, roster.source),
                                "set user to your roster id in the config, or pass --as ID");
        }
        return *ctx.config.user;
    }
    const std::string email = git_email(dir);
    if (email.empty()) return {};
    for (const Person& p : roster.people) {
        if (same_email(p.email, email)) return p.id;
    }
    return {};
}

std::string require_user(const Context& ctx, ProgramStore& store, const std::string& as_option) {
    std::string id = find_user(ctx, store, as_option);
    if (id.empty()) {
        throw UsageError("who is writing? mentor could not tell",
                         "pass --as ID, set MENTOR_USER=ID, or set `git config user.email` to your email in the roster");
    }
    return id;
}

Date date_option(const std::string& text, std::string_view option) {
    if (auto d = parse_date(text)) return *d;
    throw UsageError(fmt::format("{} '{}' is not a date", option, text), "write it as YYYY-MM-DD");
}

std::optional<Date> optional_date_option(const std::string& text, std::string_view option) {
    if (text.empty()) return std::nullopt;
    return date_option(text, option);
}

Format format_option(const std::string& name) { return parse_format(name).value_or(Format::text); }

}  // namespace mentor

namespace mentor {

void add_output_option(CLI::App& cmd, std::string& target) {
    cmd.add_option("-o,--output", target, "Write the listing to FILE (atomically) instead of standard output")
        ->option_text("FILE");
}

void print_or_write(Context& ctx, ProgramStore& store, const std::string& output, std::string_view text) {
    if (output.empty()) {
        ctx.out << text;
    } else {
        store.write_output(ctx.resolve(output), output, text);
    }
}

}  // namespace mentor
