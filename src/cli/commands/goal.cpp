// mentor goal: SMART goals kept as events in the journal (add, progress, done, drop) and the
// views folded from them (list, show).
#include <cmath>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "journal_support.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/journal_file.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/io/journal_format.hpp"

namespace mentor {

namespace {

// Options every goal event shares.
struct EventOptions {
    std::string date;
    std::string as;
    std::string message;
    bool is_private = false;
    bool is_shared = false;
    bool dry_run = false;
};

struct AddOptions : EventOptions {
    std::string person;
    std::string id;
    std::string what;
    std::string measure;
    std::string unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::string due;
    std::vector<std::string> focus;
    std::vector<std::string> milestones;
};

struct ChangeOptions : EventOptions {
    std::string goal;
    double value = 0;
};

struct ListOptions {
    std::string person;
    std::string status;
    bool all = false;
    std::string format = "text";
};

struct ShowOptions {
    std::string goal;
    std::string as;
    std::string format = "text";
};

void add_event_options(CLI::App& cmd, EventOptions& opt, const std::string& message_help) {
    cmd.add_option("-m,--message", opt.message, message_help)->option_text("TEXT");
    cmd.add_option("--date", opt.date, "The day it happened (default: today)")->option_text("DATE");
    cmd.add_option("--as", opt.as, "Write as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    auto* priv = cmd.add_flag("--private", opt.is_private, "Only the goal's owner and their mentor may read the note");
    auto* shared = cmd.add_flag("--shared", opt.is_shared, "Anyone may read the note");
    priv->excludes(shared);
    cmd.add_flag("--dry-run", opt.dry_run, "Show what would be recorded without writing it");
}

// What every goal command reads: the program, and the goal events of the whole record.
struct GoalState {
    ProgramDir dir;
    LoadedProgram loaded;
    ParsedJournal events;
    std::vector<Goal> goals;
};

GoalState load_goals(Context& ctx) {
    GoalState s{ctx.program_dir(), {}, {}, {}};
    s.loaded = load_valid_program(s.dir);
    s.events = read_journal(s.dir, JournalScope{{}, {}, true});
    if (has_errors(s.events.diagnostics)) throw InputError(std::move(s.events.diagnostics));
    s.goals = fold_goals(s.events.entries);
    return s;
}

Entry new_event(Context& ctx, const GoalState& s, const EventOptions& opt, EntryKind kind, const std::string& owner) {
    const Date today = ctx.today();
    const Date date = opt.date.empty() ? today : date_option(opt.date, "--date");
    if (date > today) {
        throw UsageError(fmt::format("--date {} is in the future (today is {})", date.iso(), today.iso()),
                         "record it on the day it happens");
    }
    Entry e;
    e.date = date;
    e.kind = kind;
    e.by = require_user(ctx, s.loaded.roster, s.dir, opt.as);
    e.person = owner;
    const std::string denied = goal_permission(s.loaded.roster, s.loaded.pairs, owner, e.by, date);
    if (!denied.empty()) {
        throw UsageError(denied, "a goal is written by its owner, the owner's mentor, or a coordinator; --as ID");
    }
    e.is_private = opt.is_private || (!opt.is_shared && s.loaded.program.private_by_default);
    e.text = opt.message;
    return e;
}

void print_recorded(Context& ctx, bool dry_run, const std::string& what, const Appended& done) {
    ctx.out << fmt::format("{} {}{}\n", dry_run ? "would record" : "recorded", what,
                           dry_run ? std::string() : " (" + done.file + ")");
}

int run_add(Context& ctx, const AddOptions& opt) {
    GoalState s = load_goals(ctx);
    const Person& owner = require_person(s.loaded.roster, opt.person);
    Entry e = new_event(ctx, s, opt, EntryKind::goal_add, owner.id);
    GoalDefinition& d = e.definition;
    d.what = opt.what;
    d.measure = opt.measure;
    d.unit = opt.unit;
    d.baseline = opt.baseline;
    d.target = opt.target;
    if (!opt.due.empty()) d.due = date_option(opt.due, "--due");
    for (const std::string& m : opt.milestones) {
        std::optional<Milestone> parsed = parse_milestone(m);
        if (!parsed) {
            throw UsageError(fmt::format("--milestone '{}' is not a milestone", m),
                             "write DATE, DATE=VALUE, or \"DATE=VALUE text\", e.g. --milestone 2027-01-15=60");
        }
        d.milestones.push_back(std::move(*parsed));
    }
    std::sort(d.milestones.begin(), d.milestones.end(),
              [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    e.focus = split_ids(opt.focus);
    if (d.what.empty()) throw UsageError("a goal needs --what TEXT", "say the goal in one sentence");
    if (!opt.id.empty()) {
        if (!is_valid_id(opt.id)) {
            throw UsageError(fmt::format("--id '{}' is not a valid id", opt.id),
                             "use lowercase letters, digits, '-', '_' and '.'");
        }
        if (find_goal(s.goals, opt.id)) throw UsageError(fmt::format("goal {} already exists", opt.id));
        e.goal = opt.id;
    } else {
        for (std::uint64_t salt = 0;; ++salt) {
            e.goal = make_goal_id(e, salt);
            if (!find_goal(s.goals, e.goal)) break;
        }
    }
    for (const std::string& w : smart_warnings(d, s.loaded.program)) {
        ctx.err << fmt::format("mentor: warning: goal {}: {}\n", e.goal, w);
    }
    const Appended done = append_entry(s.dir, e, opt.dry_run);
    print_recorded(ctx, opt.dry_run, fmt::format("goal {} for {}: {}", e.goal, owner.id, d.what), done);
    return exit_code::ok;
}

int run_change(Context& ctx, const ChangeOptions& opt, EntryKind kind) {
    GoalState s = load_goals(ctx);
    const Goal& g = require_goal(s.goals, opt.goal);
    Entry e = new_event(ctx, s, opt, kind, g.owner);
    e.goal = g.id;
    if (e.date < g.added) {
        throw UsageError(fmt::format("--date {} is before goal {} was added ({})", e.date.iso(), g.id, g.added.iso()));
    }
    const GoalStatus status = g.status(ctx.today());
    if (g.dropped || g.done) {
        throw UsageError(fmt::format("goal {} is already {}", g.id, goal_status_name(status)),
                         "add a new goal with `mentor goal add`");
    }
    std::string what;
    switch (kind) {
        case EntryKind::goal_progress:
            e.value = opt.value;
            what = fmt::format("progress on goal {}: {}{}", g.id, format_value(opt.value),
                               g.definition.unit.empty() ? "" : " " + g.definition.unit);
            break;
        case EntryKind::goal_done: what = fmt::format("goal {} as met", g.id); break;
        default: what = fmt::format("goal {} as dropped", g.id); break;
    }
    const Appended done = append_entry(s.dir, e, opt.dry_run);
    print_recorded(ctx, opt.dry_run, what, done);
    if (kind == EntryKind::goal_progress && !opt.dry_run) {
        Goal after = g;
        after.progress.push_back({e.date, opt.value, done.id});
        std::stable_sort(after.progress.begin(), after.progress.end(),
                         [](const Progress& a, const Progress& b) { return a.date < b.date; });
        const PaceEstimate pace = estimate_pace(after, ctx.today());
        ctx.out << fmt::format("pace: {}{}\n", pace_name(pace.pace),
                               pace.expected && pace.pace != Pace::reached
                                   ? fmt::format(" (expected {})", format_value(std::round(*pace.expected * 10) / 10))
                                   : std::string());
    }
    return exit_code::ok;
}

int run_list(Context& ctx, const ListOptions& opt) {
    GoalState s = load_goals(ctx);
    const Date today = ctx.today();
    std::optional<GoalStatus> status;
    if (!opt.status.empty()) status = parse_goal_status(opt.status);
    if (!opt.person.empty()) require_person(s.loaded.roster, opt.person);
    std::vector<const Goal*> shown;
    for (const Goal& g : s.goals) {
        if (!opt.person.empty() && g.owner != opt.person) continue;
        const GoalStatus st = g.status(today);
        if (status ? st != *status : (!opt.all && st == GoalStatus::dropped)) continue;
        shown.push_back(&g);
    }
    ctx.out << format_goal_list(shown, format_option(opt.format), today);
    return exit_code::ok;
}

int run_show(Context& ctx, const ShowOptions& opt) {
    GoalState s = load_goals(ctx);
    const Goal& g = require_goal(s.goals, opt.goal);
    // Its own events, and (from the whole journal) the entries that worked on it.
    ParsedJournal all = read_journal(s.dir);
    if (has_errors(all.diagnostics)) throw InputError(std::move(all.diagnostics));
    std::vector<const Entry*> events;
    for (const Entry* e : in_date_order(all.entries)) {
        if (e->goal == g.id || std::find(e->goals.begin(), e->goals.end(), g.id) != e->goals.end()) events.push_back(e);
    }
    const std::string viewer = find_user(ctx, s.loaded.roster, s.dir, opt.as);
    ctx.out << format_goal_detail(g, events, s.loaded.program, format_option(opt.format), ctx.today(), viewer);
    return exit_code::ok;
}

}  // namespace

Runner add_goal(CLI::App& parent) {
    CLI::App* cmd = parent.add_subcommand("goal", "SMART goals: add, list, show, progress, done, drop");
    cmd->require_subcommand(1);

    auto add = std::make_shared<AddOptions>();
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
    add_event_options(*a, *add, "A note to go with the goal");

    auto progress = std::make_shared<ChangeOptions>();
    CLI::App* p = cmd->add_subcommand("progress", "Record a measured value of a goal");
    p->add_option("GOAL", progress->goal, "The goal's id")->required();
    p->add_option("VALUE", progress->value, "The value measured")->required();
    add_event_options(*p, *progress, "A note on how it was measured or what changed");

    auto done = std::make_shared<ChangeOptions>();
    CLI::App* d = cmd->add_subcommand("done", "Mark a goal as met");
    d->add_option("GOAL", done->goal, "The goal's id")->required();
    add_event_options(*d, *done, "A note");

    auto drop = std::make_shared<ChangeOptions>();
    CLI::App* r = cmd->add_subcommand("drop", "Drop a goal that no longer applies");
    r->add_option("GOAL", drop->goal, "The goal's id")->required();
    add_event_options(*r, *drop, "Why it is dropped");

    auto list = std::make_shared<ListOptions>();
    CLI::App* l = cmd->add_subcommand("list", "List goals with status and pace");
    l->add_option("--person", list->person, "Only this person's goals")->option_text("ID");
    l->add_option("--status", list->status, "Only goals with this status: active, met, missed or dropped")
        ->option_text("STATUS")
        ->check(CLI::IsMember({"active", "met", "missed", "dropped"}));
    l->add_flag("--all", list->all, "Include dropped goals");
    add_format_option(*l, list->format, {"text", "json", "csv"});

    auto show = std::make_shared<ShowOptions>();
    CLI::App* s = cmd->add_subcommand("show", "Show one goal: definition, milestones, progress and pace");
    s->add_option("GOAL", show->goal, "The goal's id")->required();
    s->add_option("--as", show->as, "Read as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    add_format_option(*s, show->format, {"text", "json"});

    return [=](Context& ctx) {
        if (a->parsed()) return run_add(ctx, *add);
        if (p->parsed()) return run_change(ctx, *progress, EntryKind::goal_progress);
        if (d->parsed()) return run_change(ctx, *done, EntryKind::goal_done);
        if (r->parsed()) return run_change(ctx, *drop, EntryKind::goal_drop);
        if (l->parsed()) return run_list(ctx, *list);
        return run_show(ctx, *show);
    };
}

}  // namespace mentor
