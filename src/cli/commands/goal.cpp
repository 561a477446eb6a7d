// mentor goal: SMART goals kept as events in the journal (add, progress, done, drop) and the
// views folded from them (list, show).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "goal_options.hpp"
#include "journal_support.hpp"
#include "sealed_support.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/journal_format.hpp"

namespace mentor {

namespace {

struct ListOptions {
    std::string person;
    std::string status;
    bool all = false;
    std::string format = "text";
    std::string output;
};

struct ShowOptions {
    std::string goal;
    std::string as;
    std::string format = "text";
    std::string output;
};

int run_list(Context& ctx, const ListOptions& opt) {
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    std::optional<GoalStatus> status;
    if (!opt.status.empty()) status = parse_goal_status(opt.status);
    if (!opt.person.empty()) require_person(store.roster(), opt.person);
    // Without --all, the goals of the current term: goals settled in earlier years are not read.
    const std::vector<Goal> of_term = opt.all ? std::vector<Goal>{} : store.goals_of_term(store.program().term.start);
    std::vector<const Goal*> shown;
    for (const Goal& g : opt.all ? store.goals() : of_term) {
        if (!opt.person.empty() && g.owner != opt.person) continue;
        const GoalStatus st = g.status(today);
        if (status ? st != *status : (!opt.all && st == GoalStatus::dropped)) continue;
        shown.push_back(&g);
    }
    print_or_write(ctx, store, opt.output, format_goal_list(shown, format_option(opt.format), today));
    return exit_code::ok;
}

int run_show(Context& ctx, const ShowOptions& opt) {
    ProgramStore store = ctx.store();
    const Goal& g = require_goal(store.goals(), opt.goal);
    // Its own events, and (from the whole journal) the entries that worked on it.
    ParsedJournal all = store.journal(JournalQuery::everything());
    const bool broken = open_sealed(ctx, store, all.entries, find_user(ctx, store, opt.as));
    std::vector<const Entry*> events;
    for (const Entry* e : in_date_order(all.entries)) {
        if (e->goal == g.id || std::find(e->goals.begin(), e->goals.end(), g.id) != e->goals.end()) events.push_back(e);
    }
    const std::string viewer = find_user(ctx, store, opt.as);
    print_or_write(ctx, store, opt.output,
                   format_goal_detail(g, events, store.program(), format_option(opt.format), ctx.today(store), viewer));
    return broken ? exit_code::bad_data : exit_code::ok;
}

}  // namespace

Runner add_goal(CLI::App& parent) {
    CLI::App* cmd = parent.add_subcommand("goal", "SMART goals: add, list, show, progress, done, drop");
    cmd->require_subcommand(1);

    auto add = std::make_shared<GoalAddOptions>();
    CLI::App* a = cmd->add_subcommand("add", "Add a goal for a person");
    a->add_option("PERSON", add->person, "Whose goal it is")->required();
    a->add_option("--what", add->what, "The goal in one sentence")->option_text("TEXT")->required();
    a->add_option("--measure", add->measure, "What is counted or scored")->option_text("TEXT");
    a->add_option("--baseline", add->baseline, "The value now")->option_text("N");
    a->add_option("--target", add->target, "The value to reach")->option_text("N");
    a->add_option("--unit", add->unit, "The unit of the values: %, students, points ...")->option_text("UNIT");
    a->add_option("--due", add->due, "When the target should be reached")->option_text("DATE");
    a->add_option("--focus", add->focus, "A focus area the goal serves (repeatable)")->option_text("AREA");
    a->add_option("--milestone", add->milestones, "A step on the way: DATE[=VALUE] [TEXT] (repeatable)")
        ->option_text("M");
    a->add_option("--id", add->id, "Choose the goal's id (default: derived from the goal)")->option_text("ID");
    add_goal_event_options(*a, *add, "A note to go with the goal");

    auto progress = std::make_shared<GoalChangeOptions>();
    CLI::App* p = cmd->add_subcommand("progress", "Record a measured value of a goal");
    p->add_option("GOAL", progress->goal, "The goal's id")->required();
    p->add_option("VALUE", progress->value, "The value measured")->required();
    add_goal_event_options(*p, *progress, "A note on how it was measured or what changed");

    auto done = std::make_shared<GoalChangeOptions>();
    CLI::App* d = cmd->add_subcommand("done", "Mark a goal as met");
    d->add_option("GOAL", done->goal, "The goal's id")->required();
    add_goal_event_options(*d, *done, "A note");

    auto drop = std::make_shared<GoalChangeOptions>();
    CLI::App* r = cmd->add_subcommand("drop", "Drop a goal that no longer applies");
    r->add_option("GOAL", drop->goal, "The goal's id")->required();
    add_goal_event_options(*r, *drop, "Why it is dropped");

    auto list = std::make_shared<ListOptions>();
    CLI::App* l = cmd->add_subcommand("list", "List goals with status and pace");
    l->add_option("--person", list->person, "Only this person's goals")->option_text("ID");
    l->add_option("--status", list->status, "Only goals with this status: active, met, missed or dropped")
        ->option_text("STATUS")
        ->check(CLI::IsMember({"active", "met", "missed", "dropped"}));
    l->add_flag("--all", list->all, "Include dropped goals, and goals settled before the current term");
    add_format_option(*l, list->format, {"text", "json", "csv"});
    add_output_option(*l, list->output);

    auto show = std::make_shared<ShowOptions>();
    CLI::App* s = cmd->add_subcommand("show", "Show one goal: definition, milestones, progress and pace");
    s->add_option("GOAL", show->goal, "The goal's id")->required();
    s->add_option("--as", show->as, "Read as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    add_format_option(*s, show->format, {"text", "json"});
    add_output_option(*s, show->output);

    return [=](Context& ctx) {
        if (a->parsed()) return run_goal_add(ctx, *add);
        if (p->parsed()) return run_goal_change(ctx, *progress, EntryKind::goal_progress);
        if (d->parsed()) return run_goal_change(ctx, *done, EntryKind::goal_done);
        if (r->parsed()) return run_goal_change(ctx, *drop, EntryKind::goal_drop);
        if (l->parsed()) return run_list(ctx, *list);
        return run_show(ctx, *show);
    };
}

}  // namespace mentor
