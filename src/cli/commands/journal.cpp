// mentor journal: list journal entries, filtered; private text only for the people of the pair.
#include <algorithm>
#include <functional>
#include <iterator>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "journal_support.hpp"
#include "sealed_support.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/journal_format.hpp"

namespace mentor {

namespace {

struct JournalOptions {
    std::string person;
    std::string pair;
    std::vector<std::string> kinds;
    std::string since;
    std::string until;
    std::string goal;
    std::string as;
    std::string format = "text";
    std::string output;
    bool history = false;
};

int run_journal(Context& ctx, const JournalOptions& opt) {
    ProgramStore store = ctx.store();
    const Roster& roster = store.roster();
    EntryFilter filter;
    filter.since = optional_date_option(opt.since, "--since");
    filter.until = optional_date_option(opt.until, "--until");
    if (filter.since && filter.until && *filter.until < *filter.since) {
        throw UsageError(fmt::format("--until {} is before --since {}", filter.until->iso(), filter.since->iso()));
    }
    if (!opt.person.empty()) filter.person = require_person(roster, opt.person).id;
    for (const std::string& k : split_ids(opt.kinds)) {
        const std::optional<EntryKind> kind = parse_kind(k);
        if (!kind) {
            throw UsageError(fmt::format("--kind '{}' is not a kind of entry", k),
                             "kinds are " + entry_kind_names.joined_names(", ", ", "));
        }
        filter.kinds.push_back(*kind);
    }
    std::string other;
    if (!opt.pair.empty()) {
        const std::vector<std::string> ids = split_ids({opt.pair});
        if (ids.size() != 2) {
            throw UsageError(fmt::format("--pair '{}' does not name two people", opt.pair),
                             "write --pair MENTOR,MENTEE (either order)");
        }
        require_person(roster, ids[0]);
        require_person(roster, ids[1]);
        filter.mentor = ids[0];
        filter.mentee = ids[1];
        other = "swap";
    }
    if (!opt.goal.empty()) {
        // The goal may have been defined before the window; look it up in the whole record.
        require_goal(store.goals(), opt.goal);
        filter.goal = opt.goal;
    }
    JournalQuery query = JournalQuery::period(filter.since, filter.until);
    query.history = opt.history;
    if (!filter.kinds.empty() &&
        std::all_of(filter.kinds.begin(), filter.kinds.end(), [](EntryKind k) { return is_goal_event(k); })) {
        query.only = JournalQuery::Only::goal_events;
    }
    ParsedJournal journal = store.journal(query);
    const std::string viewer = find_user(ctx, store, opt.as);
    const bool broken = open_sealed(ctx, store, journal.entries, viewer);
    EntryFilter swapped = filter;
    std::swap(swapped.mentor, swapped.mentee);
    std::vector<const Entry*> shown;
    for (const Entry* e : in_date_order(journal.entries)) {
        if (filter.matches(*e) || (!other.empty() && swapped.matches(*e))) shown.push_back(e);
    }
    print_or_write(ctx, store, opt.output, format_entries(shown, format_option(opt.format), viewer));
    return broken ? exit_code::bad_data : exit_code::ok;
}

}  // namespace

Runner add_journal(CLI::App& parent) {
    auto opt = std::make_shared<JournalOptions>();
    CLI::App* cmd = parent.add_subcommand("journal", "List journal entries");
    cmd->add_option("--person", opt->person, "Only entries about or by this person")->option_text("ID");
    cmd->add_option("--pair", opt->pair, "Only entries of this pair")->option_text("MENTOR,MENTEE");
    cmd->add_option("--kind", opt->kinds, "Only this kind (repeatable, or comma-separated)")->option_text("KIND");
    cmd->add_option("--since", opt->since, "Only entries on or after this day")->option_text("DATE");
    cmd->add_option("--until", opt->until, "Only entries on or before this day")->option_text("DATE");
    cmd->add_option("--goal", opt->goal, "Only entries that worked on this goal, and its events")->option_text("ID");
    cmd->add_option("--as", opt->as, "Read as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    cmd->add_flag("--history", opt->history, "Also the versions that corrections replaced");
    add_format_option(*cmd, opt->format, {"text", "json", "csv"});
    add_output_option(*cmd, opt->output);
    CLI::App* seal = nullptr;
    Runner run_seal = add_journal_seal(*cmd, seal);
    CLI::App* fix = nullptr;
    Runner run_fix = add_journal_fix(*cmd, fix);
    return [opt, seal, run_seal, fix, run_fix](Context& ctx) {
        if (seal->parsed()) return run_seal(ctx);
        if (fix->parsed()) return run_fix(ctx);
        return run_journal(ctx, *opt);
    };
}

}  // namespace mentor
