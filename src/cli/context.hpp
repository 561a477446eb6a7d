#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/entry_plan.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/io/output.hpp"
#include "mentor/io/store.hpp"
#include "mentor/io/user_config.hpp"

namespace CLI {
class App;
}

namespace mentor {

/// What the process was started with, read once at the top and passed down:
/// streams, environment, working directory, the clock's date, and the global options.
struct Context {
    std::ostream& out;
    std::ostream& err;
    std::map<std::string, std::string> env;  ///< environment variables that `mentor` reads
    std::filesystem::path cwd;
    Date clock_today;                        ///< the machine's local date, for `init` (a program has its own day)
    bool err_is_tty = false;

    std::istream* in = nullptr;              ///< standard input (null: none)
    bool in_is_tty = false;                  ///< standard input is a terminal

    std::string dir_option;                  ///< -C DIR
    std::string today_option;                ///< --today DATE
    std::int64_t clock_utc = 0;              ///< the system clock: seconds since 1970-01-01T00:00:00Z
    bool out_is_tty = false;                 ///< standard output is a terminal (the pager's condition)

    std::string color_option{};              ///< --color WHEN
    bool no_pager = false;                   ///< --no-pager
    UserConfig config{};                     ///< the user's config.toml (load_user_config)
    std::string config_file{};               ///< where it is looked for (empty: no home to look in)
    bool config_found = false;               ///< whether that file exists

    /// Reads the user's config.toml ($XDG_CONFIG_HOME/mentor/config.toml, else
    /// $HOME/.config/mentor/config.toml); throws InputError with its diagnostics when it is bad.
    void load_user_config();
    /// The pager command for long output on a terminal, and where it came from: --no-pager
    /// (none), $MENTOR_PAGER, the config's pager, $PAGER, else `less -FRX`. Empty: no pager.
    std::pair<std::string, std::string> pager() const;
    /// The sendmail command and where it came from: the config's sendmail (this machine's),
    /// else program.toml's [remind] sendmail (`program_file` names that file).
    std::pair<std::string, std::string> sendmail(const Program& program, const std::string& program_file) const;

    /// An environment variable, or empty.
    std::string getenv(const std::string& name) const;
    /// The date --today, else $MENTOR_TODAY, names; throws UsageError when it is not a date.
    std::optional<Date> today_override() const;
    /// The date a program's command runs as: --today, else $MENTOR_TODAY, else the calendar day
    /// of the clock in the program's time zone ([program] timezone), whatever the machine's zone.
    Date today(ProgramStore& store) const;
    /// The date a command without a program runs as (`init`): the override, else the machine's day.
    Date today_without_program() const { return today_override().value_or(clock_today); }
    /// The program directory: -C DIR, else $MENTOR_DIR, else the nearest parent holding
    /// program.toml. Throws NotFoundError when there is none.
    ProgramDir program_dir() const;
    /// The store of the program directory: the one door to its files.
    ProgramStore store() const { return ProgramStore(program_dir()); }
    /// A path given on the command line, resolved against the working directory.
    std::filesystem::path resolve(const std::string& path) const;
    /// Where the user's secret key for `id` lives: $XDG_DATA_HOME/mentor/ID.key, else
    /// $HOME/.local/share/mentor/ID.key; empty when neither variable is set.
    std::filesystem::path secret_key_path(const std::string& id) const;
    /// The same as messages show it: `$XDG_DATA_HOME/mentor/ID.key` (the same bytes on every machine).
    std::string secret_key_shown(const std::string& id) const;
    /// Whether messages on standard error may use colour: --color always/never, else NO_COLOR
    /// (never), else the config's color, else auto (a terminal that is not TERM=dumb).
    bool color() const;
    /// The colour mode in effect and where it came from (--color, NO_COLOR, config, default).
    std::pair<ColorMode, std::string> color_mode() const;
};

/// Who writes (or reads) journal entries: `--as ID`, else $MENTOR_USER, else the roster person
/// whose email is `git config user.email` in the program directory. Empty when none of these
/// names anyone; throws NotFoundError when an id given is not in the roster.
std::string find_user(const Context& ctx, const Roster& roster, const ProgramDir& dir, const std::string& as_option);
/// find_user on the store's roster and directory.
inline std::string find_user(const Context& ctx, ProgramStore& store, const std::string& as_option) {
    return find_user(ctx, store.roster(), store.dir(), as_option);
}

/// Who actually runs the command, for the journal's `ran=`, when the writer was named by
/// `--as` or $MENTOR_USER (neither is authentication): the roster id whose email is git's
/// user.email, else that email, else $USER (or $LOGNAME). Empty when git's identity named the
/// writer, when it is the writer, or when nothing is known.
std::string who_ran(const Context& ctx, const Roster& roster, const ProgramDir& dir, const std::string& as_option,
                    const std::string& writer);

/// Like find_user, but throws UsageError saying how to name oneself when nobody is found.
std::string require_user(const Context& ctx, ProgramStore& store, const std::string& as_option);

/// Writes a command's output to `-o FILE` (atomically) when one is given, else to standard output.
void print_or_write(Context& ctx, ProgramStore& store, const std::string& output, std::string_view text);

/// Registers `-o,--output FILE` on a listing: print_or_write then writes there instead.
void add_output_option(CLI::App& cmd, std::string& target);

/// Parses a date given to an option; throws UsageError naming the option.
Date date_option(const std::string& text, std::string_view option);
/// Like date_option, but an empty text is no date.
std::optional<Date> optional_date_option(const std::string& text, std::string_view option);

/// Runs a selected subcommand; returns the exit status.
using Runner = std::function<int(Context&)>;

/// Registers a subcommand (options and help) on `parent` and returns how to run it.
using CommandFactory = Runner (*)(CLI::App& parent);

/// Prints diagnostics as `FILE:LINE:COL: error: message` with a `hint:` line after each.
void print_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diags);

/// Prints `mentor: error: message` and the hint, if any.
void print_error(const Context& ctx, const std::string& message, const std::string& hint = {});

/// Throws a domain function's refusal: NotFoundError when it named nobody, else UsageError.
[[noreturn]] void throw_refusal(const Refusal& r);

/// The entry of a plan; throws NotFoundError or UsageError when the plan was refused.
Entry planned_entry(EntryPlan plan);

/// The person with this id; throws NotFoundError with the nearest id as a hint.
const Person& require_person(const Roster& roster, const std::string& id);

/// Registers `--format FORMAT` limited to `choices`; the help names them unless `help` is given.
void add_format_option(CLI::App& cmd, std::string& target, const std::vector<std::string>& choices,
                       const std::string& help = {});

/// Parses a --format value that the option's own check has already limited to known names.
Format format_option(const std::string& name);

}  // namespace mentor
