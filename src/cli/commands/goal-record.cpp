// mentor goal add | progress | done | drop: goal events appended to the journal.
#include <cmath>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "goal_options.hpp"
#include "journal_support.hpp"
#include "mentor/domain/needs.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/journal_format.hpp"
#include "mentor/io/write_format.hpp"

namespace mentor {

namespace {

GoalEventRequest request(Context& ctx, ProgramStore& store, const GoalEventOptions& opt, EntryKind kind) {
    GoalEventRequest r;
    r.kind = kind;
    r.today = ctx.today(store);
    r.date = opt.date.empty() ? r.today : date_option(opt.date, "--date");
    r.writer = find_user(ctx, store, opt.as);
    if (opt.is_private || opt.is_shared) r.is_private = opt.is_private;
    r.text = opt.message;
    return r;
}

Appended record(Context& ctx, ProgramStore& store, const GoalEventOptions& opt, const Entry& e, const std::string& what) {
    const Appended done = store.append(e, opt.dry_run);
    if (opt.format == "json") {
        ctx.out << format_appended_json(e, done, opt.dry_run);
    } else {
        ctx.out << fmt::format("{} {}{}\n", opt.dry_run ? "would record" : "recorded", what,
                               opt.dry_run ? std::string() : " (" + done.file + (done.sealed ? ", sealed" : "") + ")");
    }
    warn_unsealed(ctx, done);
    return done;
}

}  // namespace

void add_goal_event_options(CLI::App& cmd, GoalEventOptions& opt, const std::string& message_help) {
    cmd.add_option("-m,--message", opt.message, message_help)->option_text("TEXT");
    cmd.add_option("--date", opt.date, "The day it happened (default: today)")->option_text("DATE");
    cmd.add_option("--as", opt.as, "Write as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    auto* priv = cmd.add_flag("--private", opt.is_private, "Only the goal's owner and their mentor may read the note");
    auto* shared = cmd.add_flag("--shared", opt.is_shared, "Anyone may read the note");
    priv->excludes(shared);
    cmd.add_flag("--dry-run", opt.dry_run, "Show what would be recorded without writing it");
    add_format_option(cmd, opt.format, {"text", "json"}, "Output format: text, or json with the entry's id");
}

int run_goal_add(Context& ctx, const GoalAddOptions& opt) {
    ProgramStore store = ctx.store();
    store.valid_except_entries();
    GoalEventRequest r = request(ctx, store, opt, EntryKind::goal_add);
    r.owner = opt.person;
    r.goal = opt.id;
    r.focus = split_ids(opt.focus);
    r.definition = {opt.what, opt.measure, opt.unit, opt.baseline, opt.target, {}, {}};
    if (!opt.due.empty()) r.definition.due = date_option(opt.due, "--due");
    for (const std::string& m : opt.milestones) {
        std::optional<Milestone> parsed = parse_milestone(m);
        if (!parsed) {
            throw UsageError(fmt::format("--milestone '{}' is not a milestone", m),
                             "write DATE, DATE=VALUE, or \"DATE=VALUE text\", e.g. --milestone 2027-01-15=60");
        }
        r.definition.milestones.push_back(std::move(*parsed));
    }
    Entry e = planned_entry(plan_goal_event(r, store.program(), store.roster(), store.pairs(), store.goals()));
    check_people_of(ctx, store, e);
    e.ran = who_ran(ctx, store.roster(), store.dir(), opt.as, e.by);
    for (const std::string& w : smart_warnings(e.definition, term_of_day(store.program(), e.date))) {
        ctx.err << fmt::format("mentor: warning: goal {}: {}\n", e.goal, w);
    }
    if (const Person* owner = store.roster().find(e.person); owner && e.focus.empty()) {
        // The needs assessment suggests what the goal could serve.
        if (const auto top = top_needs(*owner, store.program().needs); !top.empty()) {
            ctx.err << fmt::format("mentor: note: {}'s highest needs are {}; link the goal to them with --focus {}\n", e.person,
                                   fmt::join(top, ", "), top.front());
        }
    }
    record(ctx, store, opt, e, fmt::format("goal {} for {}: {}", e.goal, e.person, e.definition.what));
    return exit_code::ok;
}

int run_goal_change(Context& ctx, const GoalChangeOptions& opt, EntryKind kind) {
    ProgramStore store = ctx.store();
    store.valid_except_entries();
    GoalEventRequest r = request(ctx, store, opt, kind);
    r.goal = opt.goal;
    r.value = opt.value;
    Entry e = planned_entry(plan_goal_event(r, store.program(), store.roster(), store.pairs(), store.goals()));
    check_people_of(ctx, store, e);
    e.ran = who_ran(ctx, store.roster(), store.dir(), opt.as, e.by);
    const Goal& g = *find_goal(store.goals(), e.goal);
    const std::string what =
        kind == EntryKind::goal_progress
            ? fmt::format("progress on goal {}: {}{}", g.id, format_value(opt.value),
                          g.definition.unit.empty() ? "" : " " + g.definition.unit)
            : fmt::format("goal {} as {}", g.id, kind == EntryKind::goal_done ? "met" : "dropped");
    Goal after = g;
    const Appended done = record(ctx, store, opt, e, what);
    if (kind != EntryKind::goal_progress || opt.dry_run || opt.format == "json") return exit_code::ok;
    after.progress.push_back({e.date, opt.value, done.id});
    std::stable_sort(after.progress.begin(), after.progress.end(),
                     [](const Progress& a, const Progress& b) { return a.date < b.date; });
    const PaceEstimate pace = estimate_pace(after, ctx.today(store));
    ctx.out << fmt::format("pace: {}{}\n", pace_name(pace.pace),
                           pace.expected && pace.pace != Pace::reached
                               ? fmt::format(" (expected {})", format_value(std::round(*pace.expected * 10) / 10))
                               : std::string());
    return exit_code::ok;
}

}  // namespace mentor
