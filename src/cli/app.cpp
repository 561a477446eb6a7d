#include "app.hpp"

#include <algorithm>
#include <exception>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/commands.hpp"
#include "complete.hpp"
#include "pager.hpp"
#include "usage_error.hpp"
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
    {"key", add_key},
    {"status", add_status},
    {"config", add_config},
    {"hook", add_hook},
    {"retention", add_retention},
    {"term", add_term},
    {"survey", add_survey},
    {"needs", add_needs},
};

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
    app.add_option("--color", ctx.color_option, "Colour in messages: auto (a terminal, unless NO_COLOR is set), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->option_text("WHEN");
    app.add_flag("--no-pager", ctx.no_pager, "Do not page long output on a terminal ($MENTOR_PAGER, $PAGER, else less -FRX)");

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

    // The shell completions' hidden helper: answers from the definitions just registered.
    if (!args.empty() && args.front() == "__complete") {
        return run_complete(app, std::vector<std::string>(args.begin() + 1, args.end()), ctx);
    }

    // CLI11 reports an unknown command as a missing one; name it, and the likely intended one.
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-C" || args[i] == "--today" || args[i] == "--color") {
            ++i;
            continue;
        }
        if (!args[i].empty() && args[i][0] == '-') {
            if (args[i].starts_with("--color=") || args[i].starts_with("--today=") || args[i] == "--no-pager") continue;
            break;  // an option mentor does not know before the command: CLI11 names it, below
        }
        if (args[i].empty()) continue;
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
        const UsageMessage usage = describe_parse_error(app, e);
        print_error(ctx, usage.message, usage.hint);
        return exit_code::usage;
    }

    try {
        // A bad --today or $MENTOR_TODAY is a usage error on every command, not only where the date is used.
        if (!ctx.today_option.empty() || !ctx.getenv("MENTOR_TODAY").empty()) (void)ctx.today_override();
        ctx.load_user_config();
        const CLI::App* selected = app.get_subcommands().front();
        const Runner& run = runners.at(selected);
        if (!pages(selected->get_name())) return run(ctx);
        return run_paged(ctx, [&] { return run(ctx); });
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
