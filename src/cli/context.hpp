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
#include "mentor/domain/model.hpp"
#include "mentor/io/output.hpp"
#include "mentor/io/program_dir.hpp"

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
    Date clock_today;                        ///< the system clock's date, used only when nothing overrides it
    bool err_is_tty = false;

    std::istream* in = nullptr;              ///< standard input (null: none)
    bool in_is_tty = false;                  ///< standard input is a terminal

    std::string dir_option;                  ///< -C DIR
    std::string today_option;                ///< --today DATE

    /// An environment variable, or empty.
    std::string getenv(const std::string& name) const;
    /// The date the command runs as: --today, else $MENTOR_TODAY, else the clock.
    Date today() const;
    /// The program directory: -C DIR, else $MENTOR_DIR, else the nearest parent holding
    /// program.toml. Throws NotFoundError when there is none.
    ProgramDir program_dir() const;
    /// A path given on the command line, resolved against the working directory.
    std::filesystem::path resolve(const std::string& path) const;
    /// Writes `text` atomically to a path given on the command line (`-o FILE`). An error
    /// names the file as the user wrote it, not as resolved against the working directory.
    void write_output(const std::string& path, std::string_view text) const;
    /// Whether messages on standard error may use colour (a terminal, and no NO_COLOR).
    bool color() const;
};

/// Who writes (or reads) journal entries: `--as ID`, else $MENTOR_USER, else the roster person
/// whose email is `git config user.email` in the program directory. Empty when none of these
/// names anyone; throws NotFoundError when an id given is not in the roster.
std::string find_user(const Context& ctx, const Roster& roster, const ProgramDir& dir, const std::string& as_option);

/// Like find_user, but throws UsageError saying how to name oneself when nobody is found.
std::string require_user(const Context& ctx, const Roster& roster, const ProgramDir& dir, const std::string& as_option);

/// Parses a date given to an option; throws UsageError naming the option.
Date date_option(const std::string& text, std::string_view option);

/// Runs a selected subcommand; returns the exit status.
using Runner = std::function<int(Context&)>;

/// Registers a subcommand (options and help) on `parent` and returns how to run it.
using CommandFactory = Runner (*)(CLI::App& parent);

/// Prints diagnostics as `FILE:LINE:COL: error: message` with a `hint:` line after each.
void print_diagnostics(const Context& ctx, const std::vector<Diagnostic>& diags);

/// Prints `mentor: error: message` and the hint, if any.
void print_error(const Context& ctx, const std::string& message, const std::string& hint = {});

/// The person with this id; throws NotFoundError with the nearest id as a hint.
const Person& require_person(const Roster& roster, const std::string& id);

/// Registers `--format FORMAT` limited to `choices`; the help names them unless `help` is given.
void add_format_option(CLI::App& cmd, std::string& target, const std::vector<std::string>& choices,
                       const std::string& help = {});

/// Parses a --format value that the option's own check has already limited to known names.
Format format_option(const std::string& name);

}  // namespace mentor
