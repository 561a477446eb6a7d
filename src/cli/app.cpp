#include "app.hpp"

#include <algorithm>
#include <exception>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.hpp"
#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

// The command table: adding a subcommand is one line here.
constexpr std::pair<const char*, CommandFactory> command_table[] = {
    {"init", add_init},
    {"check", add_check},
    {"roster", add_roster},
    {"pair", add_pair},
    {"pairs", add_pairs},
    {"log", add_log},
    {"journal", add_journal},
    {"goal", add_goal},
    {"schedule", add_schedule},
    {"meetings", add_meetings},
    {"calendar", add_calendar},
    {"remind", add_remind},
    {"report", add_report},
    {"survey", add_survey},
    {"needs", add_needs},
};

// CLI11 2.1 has no formatter for a one-line usage error; name the command the user ran.
std::string help_hint(const CLI::App& app) {
    std::string path = "mentor";
    for (const CLI::App* sub : app.get_subcommands()) {
        path += " " + sub->get_name();
        for (const CLI::App* nested : sub->get_subcommands()) path += " " + nested->get_name();
    }
    return fmt::format("see `{} --help`", path);
}

}  // namespace

int run_mentor(const std::vector<std::string>& args, Context& ctx) {
    CLI::App app{"Run a teacher mentorship program from plain-text files kept in git.", "mentor"};
    app.set_version_flag("--version", std::string("mentor ") + MENTOR_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("-C", ctx.dir_option, "Run in the program directory DIR (default: $MENTOR_DIR, else the nearest parent holding program.toml)")
        ->option_text("DIR");
    app.add_option("--today", ctx.today_option, "Run as of this date (YYYY-MM-DD; default: $MENTOR_TODAY, else the clock)")
        ->option_text("DATE");

    // Every word typed on the command line ends up in a file or a message: UTF-8 text only
    // (a free-text option such as -m may hold line breaks and tabs).
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (const std::optional<TextFault> f = find_text_fault(args[i], Controls::newlines)) {
            print_error(ctx, fmt::format("argument {} of the command line: {}", i + 1, f->message),
                        "type command-line text in UTF-8, without control characters");
            return exit_code::usage;
        }
    }

    std::map<const CLI::App*, Runner> runners;
    for (const auto& [name, factory] : command_table) {
        Runner run = factory(app);
        runners.emplace(app.get_subcommand(name), std::move(run));
    }

    // CLI11 reports an unknown command as a missing one; name it, and the likely intended one.
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-C" || args[i] == "--today") {
            ++i;
            continue;
        }
        if (args[i].empty() || args[i][0] == '-') continue;
        std::vector<std::string_view> names;
        for (const auto& [name, factory] : command_table) names.emplace_back(name);
        if (std::find(names.begin(), names.end(), args[i]) == names.end()) {
            const std::string best = closest_match(args[i], names);
            print_error(ctx, fmt::format("unknown command '{}'", args[i]),
                        best.empty() ? "see `mentor --help` for the commands" : fmt::format("did you mean '{}'?", best));
            return exit_code::usage;
        }
        break;
    }

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        ctx.out << app.help();
        return exit_code::ok;
    } catch (const CLI::CallForAllHelp&) {
        ctx.out << app.help("", CLI::AppFormatMode::All);
        return exit_code::ok;
    } catch (const CLI::CallForVersion& e) {
        ctx.out << e.what() << "\n";
        return exit_code::ok;
    } catch (const CLI::ParseError& e) {
        if (app.get_subcommands().empty() && args.empty()) {
            ctx.err << app.help();
            return exit_code::usage;
        }
        print_error(ctx, e.what(), help_hint(app));
        return exit_code::usage;
    }

    try {
        // A bad --today or $MENTOR_TODAY is a usage error on every command, not only where the date is used.
        if (!ctx.today_option.empty() || !ctx.getenv("MENTOR_TODAY").empty()) (void)ctx.today_override();
        const CLI::App* selected = app.get_subcommands().front();
        return runners.at(selected)(ctx);
    } catch (const InputError& e) {
        if (e.diagnostics().empty()) {
            print_error(ctx, e.what(), e.hint());
        } else {
            print_diagnostics(ctx, e.diagnostics());
        }
        return e.status();
    } catch (const Error& e) {
        print_error(ctx, e.what(), e.hint());
        return e.status();
    } catch (const std::bad_alloc&) {
        print_error(ctx, "out of memory");
        return exit_code::system;
    } catch (const std::exception& e) {
        // A bug: say so plainly rather than print an exception's internals as if they were advice.
        print_error(ctx, fmt::format("internal error: {}", e.what()), "please report this with the command you ran");
        return exit_code::system;
    }
}

}  // namespace mentor
