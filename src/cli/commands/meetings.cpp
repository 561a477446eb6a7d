// mentor meetings: the planned meetings, filtered by person, dates and kind.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/meetings_format.hpp"

namespace mentor {

namespace {

struct MeetingsOptions {
    std::string person;
    std::string from;
    std::string to;
    std::string kind;
    bool all = false;
    std::string format = "text";
    std::string output;
};

int run_meetings(Context& ctx, const MeetingsOptions& opt) {
    const auto from = optional_date_option(opt.from, "--from"), to = optional_date_option(opt.to, "--to");
    if (from && to && *to < *from) {
        throw UsageError(fmt::format("--to {} is before --from {}", to->iso(), from->iso()), "both dates are included");
    }
    ProgramStore store = ctx.store();
    if (!opt.person.empty()) (void)require_person(store.roster(), opt.person);
    const LoadedSchedule& schedule = store.schedule();
    const auto kind = parse_meeting_kind(opt.kind);
    std::vector<Meeting> shown;
    for (const Meeting& m : schedule.meetings) {
        if (m.cancelled && !opt.all) continue;
        if (!opt.person.empty() && m.mentor != opt.person && m.mentee != opt.person) continue;
        if ((from && m.date < *from) || (to && *to < m.date)) continue;
        if (kind && m.kind != *kind) continue;
        shown.push_back(m);
    }
    print_or_write(ctx, store, opt.output, format_meetings(shown, store.program().id, format_option(opt.format)));
    return exit_code::ok;
}

}  // namespace

Runner add_meetings(CLI::App& parent) {
    auto opt = std::make_shared<MeetingsOptions>();
    CLI::App* cmd = parent.add_subcommand("meetings", "List the planned meetings and observations");
    cmd->add_option("--person", opt->person, "Only meetings of this person (as mentor or mentee)")->option_text("ID");
    cmd->add_option("--from", opt->from, "Only meetings on or after this date (YYYY-MM-DD)")->option_text("DATE");
    cmd->add_option("--to", opt->to, "Only meetings on or before this date (YYYY-MM-DD)")->option_text("DATE");
    cmd->add_option("--kind", opt->kind, "Only this kind: meeting or observation")
        ->check(CLI::IsMember({"meeting", "observation"}))
        ->option_text("KIND");
    cmd->add_flag("--all", opt->all, "Include cancelled meetings");
    add_format_option(*cmd, opt->format, {"text", "json", "csv"});
    add_output_option(*cmd, opt->output);
    cmd->require_subcommand(0, 1);
    Runner edits = add_meetings_edits(*cmd);
    return [opt, edits](Context& ctx) {
        const int edited = edits(ctx);
        return edited >= 0 ? edited : run_meetings(ctx, *opt);
    };
}

}  // namespace mentor
