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
};

// The entries shown, in date order, formatted. The journal is read a file at a time, goal
// files first (they are small): text is formatted month by month, each month's entries merged
// with the goal events of its days, and only the text is kept; other formats keep the entries
// shown. Any bad line stops the listing with every problem of the files read, in file order,
// as a whole read would.
std::string list_journal(ProgramStore& store, const JournalQuery& query, Format format, const std::string& viewer,
                         const std::function<bool(const Entry&)>& shown_entry) {
    ParsedJournal goals;  // goal events shown
    ParsedJournal kept;   // other entries shown, when they are not formatted at once
    std::vector<Diagnostic> month_problems, goal_problems;
    bool bad = false;
    std::string out;
    std::size_t next_goal = 0;
    const auto take = [&](ParsedJournal& part, std::vector<Diagnostic>& problems, ParsedJournal& into) {
        bad = bad || has_errors(part.diagnostics);
        std::move(part.diagnostics.begin(), part.diagnostics.end(), std::back_inserter(problems));
        if (bad) return false;
        const std::size_t before = into.entries.size();
        for (Entry& e : part.entries) {
            if (shown_entry(e)) into.entries.push_back(std::move(e));
        }
        std::move(part.sources.begin(), part.sources.end(), std::back_inserter(into.sources));
        std::stable_sort(into.entries.begin() + static_cast<std::ptrdiff_t>(before), into.entries.end(),
                         [](const Entry& a, const Entry& b) { return a.date < b.date; });
        return true;
    };
    // Goal events up to `day` (inclusive), in date order, as text.
    const auto goals_until = [&](std::optional<Date> day) {
        std::vector<const Entry*> due;
        while (next_goal < goals.entries.size() && (!day || !(*day < goals.entries[next_goal].date))) {
            due.push_back(&goals.entries[next_goal++]);
        }
        out += format_entries(due, format, viewer);
    };
    store.journal_by_file(query, [&](ParsedJournal& part, const JournalFileSpan& span) {
        if (span.goals) {
            if (take(part, goal_problems, goals)) {
                std::stable_sort(goals.entries.begin(), goals.entries.end(),
                                 [](const Entry& a, const Entry& b) { return a.date < b.date; });
            }
            return;
        }
        if (format != Format::text) {
            take(part, month_problems, kept);
            return;
        }
        ParsedJournal month;
        if (!take(part, month_problems, month)) return;
        // A month file holds only its month's days (else it has errors): its entries of a day
        // come before the goal events of that day, as in a stable sort of the whole by date.
        goals_until(span.first - 1);
        for (std::size_t i = 0; i < month.entries.size();) {
            const Date day = month.entries[i].date;
            std::vector<const Entry*> same_day;
            for (; i < month.entries.size() && month.entries[i].date == day; ++i) same_day.push_back(&month.entries[i]);
            goals_until(day - 1);
            out += format_entries(same_day, format, viewer);
            goals_until(day);
        }
    }, true);
    if (bad) {
        std::move(goal_problems.begin(), goal_problems.end(), std::back_inserter(month_problems));
        throw InputError(std::move(month_problems));
    }
    if (format == Format::text) {
        goals_until(std::nullopt);
        return out;
    }
    std::move(goals.entries.begin(), goals.entries.end(), std::back_inserter(kept.entries));
    return format_entries(in_date_order(kept.entries), format, viewer);
}

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
    add_format_option(*cmd, opt->format, {"text", "json", "csv"});
    add_output_option(*cmd, opt->output);
    CLI::App* seal = nullptr;
    Runner run_seal = add_journal_seal(*cmd, seal);
    return [opt, seal, run_seal](Context& ctx) { return seal->parsed() ? run_seal(ctx) : run_journal(ctx, *opt); };
}

}  // namespace mentor
