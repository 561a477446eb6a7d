// mentor report: program health, induction compliance and stipends, as text, Markdown, CSV
// (the stipends, for payroll), JSON or a self-contained HTML page with charts.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/participation_rule.hpp"
#include "mentor/domain/report.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/report_format.hpp"

namespace mentor {

namespace {

struct ReportCliOptions {
    std::string format = "text";
    std::string output;
    std::string by;
    int risk_adherence = 75;
    int risk_days = 21;
    std::string from;
    std::string to;
};

int run_report(Context& ctx, const ReportCliOptions& opt) {
    const auto format = parse_report_format(opt.format);
    if (!format) throw UsageError(fmt::format("--format '{}' is not a report format", opt.format), "use text, md, csv, json or html");
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    ReportOptions options;
    options.today = today;
    options.risk_adherence_percent = opt.risk_adherence;
    options.risk_days = opt.risk_days;
    options.by = report_by_names.parse(opt.by).value_or(ReportOptions::By::none);

    if (!opt.from.empty()) options.from = date_option(opt.from, "--from");
    if (!opt.to.empty()) options.to = date_option(opt.to, "--to");
    if (options.from && options.to && *options.to < *options.from) {
        throw UsageError(fmt::format("--to {} is before --from {}", options.to->iso(), options.from->iso()),
                         "a period runs from --from to --to, both days included");
    }
    if (options.from && today < *options.from) {
        throw UsageError(fmt::format("--from {} is after today ({})", options.from->iso(), today.iso()),
                         "a report counts what has happened; pick a period that has begun");
    }
    const Program& program = store.program();
    // Only the files of the period (the school year by default): a district keeps years of journal.
    const ParsedJournal journal = store.journal(JournalQuery::period(options.from.value_or(program.term.start),
                                                                     std::min(today, options.to.value_or(program.term.end))));
    Report report = compute_report(program, store.roster(), store.pairs(), store.schedule().meetings,
                                   journal.entries, options);
    std::vector<std::vector<SurveyAnswer>> answers;
    for (const SurveyConfig& s : program.surveys) answers.push_back(store.survey_answers(s.id));
    report.surveys = compute_survey_figures(program, store.roster(), store.pairs(), answers, today);
    report.needs = summarize_needs(store.roster(), program, today);
    report.min_group = program.privacy.min_group;
    if (auto rule = participation_rule(program, store.roster(), report)) report.compliance.push_back(std::move(*rule));
    print_or_write(ctx, store, opt.output, format_report(report, *format));
    if (!opt.output.empty()) ctx.err << fmt::format("wrote {} report to {}\n", opt.format, opt.output);
    return exit_code::ok;
}

}  // namespace

Runner add_report(CLI::App& parent) {
    auto opt = std::make_shared<ReportCliOptions>();
    CLI::App* cmd = parent.add_subcommand("report", "Report program health, induction compliance and stipends");
    add_format_option(*cmd, opt->format, {"text", "md", "csv", "json", "html"},
                      "Output format: text, md, csv (stipends for payroll), json or html");
    cmd->add_option("-o,--output", opt->output, "Write the report to FILE (atomically) instead of standard output")
        ->option_text("FILE");
    cmd->add_option("--by", opt->by, "Add a breakdown of the pairs by school or by mentor")
        ->check(CLI::IsMember({"school", "mentor"}))
        ->option_text("school|mentor");
    cmd->add_option("--risk-adherence", opt->risk_adherence,
                    "A pair holding less than this percent of its planned check-ins is at risk (default 75)")
        ->check(CLI::Range(0, 100))
        ->option_text("PERCENT");
    cmd->add_option("--risk-days", opt->risk_days, "A pair without a check-in for this many days is at risk (default 21)")
        ->check(CLI::Range(1, 366))
        ->option_text("DAYS");
    cmd->add_option("--from", opt->from, "Count from this day, e.g. the first day of a pay period (default: the term's start)")
        ->option_text("DATE");
    cmd->add_option("--to", opt->to, "Count up to this day, included (default: the term's end; never after today)")
        ->option_text("DATE");
    return [opt](Context& ctx) { return run_report(ctx, *opt); };
}

}  // namespace mentor
