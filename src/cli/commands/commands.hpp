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
Runner add_key(CLI::App& parent);
Runner add_status(CLI::App& parent);
Runner add_config(CLI::App& parent);
Runner add_hook(CLI::App& parent);
Runner add_retention(CLI::App& parent);
Runner add_term(CLI::App& parent);
Runner add_survey(CLI::App& parent);
Runner add_needs(CLI::App& parent);

}  // namespace mentor

namespace mentor {
/// `roster import`, registered under the `roster` subcommand.
Runner add_roster_import(CLI::App& roster);
/// `journal seal`, registered under the `journal` subcommand; `sub` is set to it.
Runner add_journal_seal(CLI::App& journal, CLI::App*& sub);
/// `journal fix`, registered under the `journal` subcommand; `sub` is set to it.
Runner add_journal_fix(CLI::App& journal, CLI::App*& sub);
/// `pair assign|lock|unlock|end`, registered under `pair`; the runner returns -1 when none ran.
Runner add_pair_edits(CLI::App& pair);
/// `meetings move|cancel`, registered under `meetings`; the runner returns -1 when none ran.
Runner add_meetings_edits(CLI::App& meetings);
Runner add_roster_screen(CLI::App& roster);
}  // namespace mentor
