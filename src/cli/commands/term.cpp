// mentor term next [--dry-run]: the step to the next school year. Pairs whose duration ran out
// end on the last day of the old term, continuing pairs get standing slots in the new calendar,
// and the TOML the coordinator pastes into program.toml (which mentor never rewrites) is printed.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/rollover.hpp"
#include "mentor/domain/schedule.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace {

struct TermOptions {
    bool dry_run = false;
    std::string format = "text";
};

std::string list_or_none(const std::vector<std::string>& ids) { return ids.empty() ? "none" : fmt::format("{}", fmt::join(ids, ", ")); }

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The continuing pairs' meetings in the new term: the same before and after the step.
int new_term_meetings(const RolloverPlan& plan, const SchedulePlan& schedule) {
    int n = 0;
    for (const Meeting& m : schedule.meetings) n += !m.cancelled && plan.new_term.start <= m.date ? 1 : 0;
    return n;
}

std::string format_text(const RolloverPlan& plan, const SchedulePlan& schedule, bool dry_run, const ProgramStore& store) {
    const Term& t = plan.new_term;
    std::size_t by_duration = 0;
    for (const RolloverPair& p : plan.ending) by_duration += p.why.find("duration") != std::string::npos ? 1u : 0u;
    std::string out = fmt::format("Next school year: {} ({} to {}), after {} ({} to {}).\n",
                                  school_year_name(t.end.year()), t.start.iso(), t.end.iso(), plan.old_term.name,
                                  plan.old_term.term.start.iso(), plan.old_term.term.end.iso());
    out += fmt::format("{} continue into the new year, {} ({} as the duration {} ran out), {}, {}.\n",
                       plural(plan.continuing.size(), "pair", "pairs"), plural(plan.ending.size(), "ends", "end"),
                       by_duration, format_duration(plan.next.duration),
                       plural(plan.mentors_leaving.size(), "mentor leaves", "mentors leave"),
                       plural(plan.mentees_leaving.size(), "mentee leaves", "mentees leave"));
    out += "\nContinuing, with standing slots in the new calendar:\n";
    if (plan.continuing.empty()) out += "  (none)\n";
    for (const RolloverPair& p : plan.continuing) {
        out += fmt::format("  {} -> {} (year {})\n", p.mentor, p.mentee, p.mentee_year);
    }
    out += fmt::format("\nEnding on {}, the last day of {}:\n", plan.old_term.term.end.iso(), plan.old_term.name);
    if (plan.ending.empty()) out += "  (none)\n";
    for (const RolloverPair& p : plan.ending) out += fmt::format("  {} -> {}: {}\n", p.mentor, p.mentee, p.why);
    out += fmt::format("\nMentors leaving: {}\nMentees leaving: {}\nMentees in their second year or later: {}\n",
                       list_or_none(plan.mentors_leaving), list_or_none(plan.mentees_leaving), list_or_none(plan.second_years));
    out += fmt::format("\n{} {} (the ended pairs) and {} ({} meetings of continuing pairs in the new term).\n",
                       dry_run ? "Would write" : "Wrote", store.shown("pairs.tsv"), store.shown("schedule.tsv"),
                       new_term_meetings(plan, schedule));
    out += fmt::format("\nprogram.toml is yours and mentor never rewrites it. {}replace its [term] table with the [term]\n"
                       "below and add the [[past_terms]] entry after the ones already there; adjust the holidays\n"
                       "and breaks to the district calendar, then run `mentor check` and `mentor schedule`.\n\n",
                       dry_run ? "After the step, " : "Now ");
    out += rollover_toml(plan);
    return out;
}

std::string format_json(const RolloverPlan& plan, const SchedulePlan& schedule, bool dry_run) {
    JsonWriter w;
    w.begin_object();
    w.key("version");
    w.value(1);
    w.key("dry_run");
    w.value(dry_run);
    w.key("old_term");
    w.value(plan.old_term.name);
    w.key("new_term");
    w.begin_object();
    w.key("name");
    w.value(school_year_name(plan.new_term.end.year()));
    w.key("start");
    w.value(plan.new_term.start.iso());
    w.key("end");
    w.value(plan.new_term.end.iso());
    w.end_object();
    for (const auto& [key, list] : {std::pair{"continuing", &plan.continuing}, std::pair{"ending", &plan.ending}}) {
        w.key(key);
        w.begin_array();
        for (const RolloverPair& p : *list) {
            w.begin_object();
            w.key("mentor");
            w.value(p.mentor);
            w.key("mentee");
            w.value(p.mentee);
            if (p.why.empty()) {
                w.key("mentee_year");
                w.value(p.mentee_year);
            } else {
                w.key("why");
                w.value(p.why);
            }
            w.end_object();
        }
        w.end_array();
    }
    w.key("mentors_leaving");
    w.string_array(plan.mentors_leaving);
    w.key("mentees_leaving");
    w.string_array(plan.mentees_leaving);
    w.key("second_years");
    w.string_array(plan.second_years);
    w.key("new_term_meetings");
    w.value(new_term_meetings(plan, schedule));
    w.key("toml");
    w.value(rollover_toml(plan));
    w.end_object();
    return w.finish();
}

int run_term_next(Context& ctx, const TermOptions& opt) {
    ProgramStore store = ctx.store();
    store.valid();
    const RolloverPlan plan = plan_rollover(store.program(), store.roster(), store.pairs());
    const SchedulePlan schedule =
        plan_schedule(store.roster(), plan.next, plan.pairs, store.schedule().meetings, plan.new_term.start);
    if (!opt.dry_run) {
        store.write_pairs(plan.pairs);
        store.write_schedule(schedule.meetings);
    }
    ctx.out << (opt.format == "json" ? format_json(plan, schedule, opt.dry_run) : format_text(plan, schedule, opt.dry_run, store));
    return exit_code::ok;
}

}  // namespace

Runner add_term(CLI::App& parent) {
    auto opt = std::make_shared<TermOptions>();
    CLI::App* cmd = parent.add_subcommand("term", "Move the program to the next school year");
    cmd->require_subcommand(1);
    CLI::App* next = cmd->add_subcommand("next", "End pairs whose duration ran out, schedule the continuing ones, print the new [term]");
    next->add_flag("--dry-run", opt->dry_run, "Show what would change, write nothing");
    add_format_option(*next, opt->format, {"text", "json"});
    return [opt](Context& ctx) { return run_term_next(ctx, *opt); };
}

}  // namespace mentor
