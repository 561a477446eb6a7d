// mentor pair [--dry-run] | mentor pair explain ID
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/pairs_file.hpp"
#include "mentor/io/pairs_format.hpp"

namespace mentor {

namespace {

void add_mode_option(CLI::App& cmd, std::string& target, const std::string& help) {
    cmd.add_option("--mode", target, help)->check(CLI::IsMember({"one-to-one", "peer", "stable"}))->option_text("MODE");
}

struct PairOptions {
    bool dry_run = false;
    std::string format = "text";
    std::string mode;
};

struct ExplainOptions {
    std::string id;
    std::string format = "text";
    std::string mode;
};

// The program as this run sees it: --mode overrides program.mode.
Program with_mode(const Program& program, const std::string& mode) {
    Program p = program;
    if (mode == "one-to-one") p.mode = Mode::one_to_one;
    else if (mode == "peer") p.mode = Mode::peer;
    else if (mode == "stable") p.mode = Mode::stable;
    return p;
}

std::string plan_json(const PairingPlan& plan, const std::vector<Pair>& added) {
    JsonWriter w;
    w.begin_object();
    w.key("kept"); w.value(plan.kept);
    w.key("ended"); w.value(plan.ended);
    w.key("added"); w.value(plan.added);
    w.key("proven_optimal"); w.value(plan.proven_optimal);
    if (plan.blocking_pairs >= 0) { w.key("blocking_pairs"); w.value(plan.blocking_pairs); }
    w.key("new");
    w.begin_array();
    for (const Pair& p : added) {
        w.begin_object();
        w.key("mentor"); w.value(p.mentor);
        w.key("mentee"); w.value(p.mentee);
        w.key("score"); w.value(p.score / 100.0);
        w.key("why"); w.value(p.why);
        w.end_object();
    }
    w.end_array();
    w.key("unmatched");
    w.begin_array();
    for (const auto& u : plan.unmatched) {
        w.begin_object();
        w.key("id"); w.value(u.id);
        w.key("reason"); w.value(u.reason);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.finish();
}

int run_pair(Context& ctx, const PairOptions& opt) {
    const ProgramDir dir = ctx.program_dir();
    const LoadedProgram loaded = load_valid_program(dir);
    const Program program = with_mode(loaded.program, opt.mode);
    const Date today = ctx.today();
    const PairingPlan plan = plan_pairs(loaded.roster, program, today, loaded.pairs);

    // What changed, for the summary: pairs that are new, and pairs that ended in this run.
    // A pair read from the file keeps its line number, which says whether it was active before.
    std::vector<char> was_active;
    for (const Pair& o : loaded.pairs) {
        const auto line = static_cast<std::size_t>(o.line);
        if (line >= was_active.size()) was_active.resize(line + 1, 0);
        was_active[line] = o.active() ? 1 : 0;
    }
    std::vector<Pair> added, ended;
    for (const Pair& p : plan.pairs) {
        const auto line = static_cast<std::size_t>(p.line);
        if (p.line == 0) added.push_back(p);
        else if (!p.active() && line < was_active.size() && was_active[line]) ended.push_back(p);
    }
    const std::string shown = dir.shown("pairs.tsv");
    if (!opt.dry_run) write_file_atomic(dir.pairs_path(), format_pairs_file(plan.pairs));

    if (format_option(opt.format) == Format::json) {
        ctx.out << plan_json(plan, added);
        return exit_code::ok;
    }
    const auto active = std::count_if(plan.pairs.begin(), plan.pairs.end(), [](const Pair& p) { return p.active(); });
    ctx.out << fmt::format("{}: {} kept, {} ended, {} new ({} current pairs){}\n", shown, plan.kept, plan.ended, plan.added,
                           active, opt.dry_run ? "; dry run, nothing written" : "");
    for (const Pair& p : ended) ctx.out << fmt::format("  - {} / {}: {}\n", p.mentor, p.mentee, p.why);
    for (const Pair& p : added) {
        ctx.out << fmt::format("  + {} / {}  {}  ({})\n", p.mentor, p.mentee, format_points(p.score), p.why);
    }
    if (!plan.unmatched.empty()) {
        ctx.out << fmt::format("{} without a {}:\n", plan.unmatched.size(), program.mode == Mode::peer ? "peer" : "mentor");
        for (const auto& u : plan.unmatched) ctx.out << fmt::format("  ! {}: {}\n", u.id, u.reason);
    }
    if (plan.blocking_pairs == 0) ctx.out << "stable: no mentee and mentor would both rather be together (0 blocking pairs)\n";
    for (const auto& n : plan.notes) ctx.out << fmt::format("note: {}\n", n);
    return exit_code::ok;
}

int run_explain(Context& ctx, const ExplainOptions& opt) {
    const LoadedProgram loaded = load_valid_program(ctx.program_dir());
    const Program program = with_mode(loaded.program, opt.mode);
    const bool peer = program.mode == Mode::peer;
    const Roster& roster = loaded.roster;
    const Person& person = require_person(roster, opt.id);
    const auto it = roster.people.begin() + (&person - roster.people.data());
    const int who = static_cast<int>(it - roster.people.begin());
    const bool as_mentee = peer || it->has(Role::mentee) || !it->has(Role::mentor);
    if (peer && it->cohort.empty()) {
        throw UsageError(fmt::format("{} has no cohort, and peer mode pairs people within a cohort", opt.id),
                         "give them a 'cohort' in the roster");
    }
    if (!peer && !it->has(Role::mentee) && !it->has(Role::mentor)) {
        throw UsageError(fmt::format("{} is neither a mentor nor a mentee", opt.id), "only mentors and mentees are paired");
    }
    const Date today = ctx.today();
    std::vector<std::pair<std::string, std::string>> earlier;
    for (const Pair& p : loaded.pairs) {
        if (!p.active()) earlier.emplace_back(p.mentor, p.mentee);
    }
    const Compatibility compat(roster, program, today, earlier, peer);
    const PairingPlan plan = plan_pairs(roster, program, today, loaded.pairs);

    Explanation e;
    e.id = opt.id;
    e.role = peer ? "peer" : as_mentee ? "mentee" : "mentor";
    for (const Pair& p : plan.pairs) {
        if (!p.active()) continue;
        if ((as_mentee || peer) && p.mentee == opt.id) e.current.push_back(p.mentor);
        if ((!as_mentee || peer) && p.mentor == opt.id) e.current.push_back(p.mentee);
    }
    for (const auto& u : plan.unmatched) {
        if (u.id == opt.id) e.unmatched_reason = u.reason;
    }
    const Role other = as_mentee ? Role::mentor : Role::mentee;
    for (std::size_t i = 0; i < roster.people.size(); ++i) {
        const Person& p = roster.people[i];
        if (p.id == opt.id) continue;
        if (peer ? p.cohort != it->cohort : !p.has(other)) continue;
        const int j = static_cast<int>(i);
        const int mentor = as_mentee ? j : who, mentee = as_mentee ? who : j;
        CandidateLine c;
        c.id = p.id;
        c.rule = compat.excluded(mentor, mentee);
        if (c.rule) c.reason = compat.explain(*c.rule, mentor, mentee);
        else c.score = compat.score(mentor, mentee);
        e.candidates.push_back(std::move(c));
    }
    std::sort(e.candidates.begin(), e.candidates.end(), [](const CandidateLine& a, const CandidateLine& b) {
        if (a.rule.has_value() != b.rule.has_value()) return !a.rule.has_value();
        if (!a.rule && a.score.total() != b.score.total()) return a.score.total() > b.score.total();
        return a.id < b.id;
    });
    ctx.out << format_explanation(e, format_option(opt.format));
    return exit_code::ok;
}

}  // namespace

Runner add_pair(CLI::App& parent) {
    auto opt = std::make_shared<PairOptions>();
    CLI::App* cmd = parent.add_subcommand("pair", "Pair mentees with mentors, keeping every pair that is unaffected");
    cmd->require_subcommand(0, 1);
    cmd->add_flag("--dry-run", opt->dry_run, "Show what would change, write nothing");
    add_mode_option(*cmd, opt->mode, "one-to-one (and group, by capacity), peer or stable; default: program.mode");
    add_format_option(*cmd, opt->format, {"text", "json"});

    auto ex = std::make_shared<ExplainOptions>();
    CLI::App* explain = cmd->add_subcommand("explain", "Every candidate of one person: score per criterion, or the rule that excludes them");
    explain->add_option("ID", ex->id, "A mentee (or a mentor)")->required();
    add_mode_option(*explain, ex->mode, "Explain as this mode would pair (default: program.mode)");
    add_format_option(*explain, ex->format, {"text", "json"});

    return [=](Context& ctx) { return explain->parsed() ? run_explain(ctx, *ex) : run_pair(ctx, *opt); };
}

}  // namespace mentor
