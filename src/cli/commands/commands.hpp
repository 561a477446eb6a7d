#pragma once
#include "context.hpp"

namespace mentor {

// One factory per subcommand; each lives in src/cli/commands/<name>.cpp.
Runner add_init(CLI::App& parent);
Runner add_check(CLI::App& parent);
Runner add_roster(CLI::App& parent);
Runner add_pair(CLI::App& parent);
Runner add_pairs(CLI::App& parent);
Runner add_log(CLI::App& parent);
Runner add_journal(CLI::App& parent);
Runner add_goal(CLI::App& parent);
Runner add_schedule(CLI::App& parent);
Runner add_meetings(CLI::App& parent);
Runner add_calendar(CLI::App& parent);
Runner add_remind(CLI::App& parent);
Runner add_report(CLI::App& parent);
Runner add_survey(CLI::App& parent);
Runner add_needs(CLI::App& parent);

}  // namespace mentor

namespace mentor {
/// `roster import`, registered under the `roster` subcommand.
Runner add_roster_import(CLI::App& roster);
Runner add_roster_screen(CLI::App& roster);
}  // namespace mentor
