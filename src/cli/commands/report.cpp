// mentor report: program health, induction compliance and stipends, as text, Markdown, CSV
// (the stipends, for payroll), JSON or a self-contained HTML page with charts.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/participation_rule.hpp"
#include "mentor/domain/report.hpp"
#include "mentor/domain/retention.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/report_format.hpp"
#include "mentor/io/retention_format.hpp"

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
    std::string section;
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
    // Retention (shown once the program lists past terms) reads every listed year, and the
    // goals set in the year before the first.
    const bool with_retention = !program.past_terms.empty() || opt.section == "retention";
    const Date period_from = options.from.value_or(program.term.start);
    const Date period_to = std::min(today, options.to.value_or(program.term.end));
    ParsedJournal journal;
    std::optional<Retention> retention;
    if (!with_retention) {
        journal = store.journal(JournalQuery::period(period_from, period_to));
    } else {
        // One read of every listed year (as mentor retention reads them); the report's own
        // figures count the period's entries of it, as a read of the period alone gives them.
        const Date first = std::min(period_from, all_terms(program).front()->start - 365);
        ParsedJournal all = store.journal(JournalQuery::period(first, today));
        const std::vector<YearPairs> years =
            figures_by_year(program, store.roster(), store.pairs(), store.schedule().meetings, all.entries, today);
        retention = compute_retention(program, store.roster(), fold_goals(all.entries), years, today);
        if (opt.section == "retention") {
            print_or_write(ctx, store, opt.output, format_retention(*retention, *format));
            if (!opt.output.empty()) ctx.err << fmt::format("wrote {} report to {}\n", opt.format, opt.output);
            return exit_code::ok;
        }
        for (Entry& e : all.entries) {
            if (period_from <= e.date && e.date <= period_to) journal.entries.push_back(std::move(e));
        }
        journal.sources = std::move(all.sources);  // what the entries' names point into
    }
    Report report = compute_report(program, store.roster(), store.pairs(), store.schedule().meetings,
                                   journal.entries, options);
    std::vector<std::vector<SurveyAnswer>> answers;
    for (const SurveyConfig& s : program.surveys) answers.push_back(store.survey_answers(s.id));
    report.surveys = compute_survey_figures(program, store.roster(), store.pairs(), answers, today);
    report.needs = summarize_needs(store.roster(), program, today);
    report.min_group = program.privacy.min_group;
    if (auto rule = participation_rule(program, store.roster(), report)) report.compliance.push_back(std::move(*rule));
    print_or_write(ctx, store, opt.output, format_report(report, *format, retention ? &*retention : nullptr));
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
    cmd->add_option("--section", opt->section,
                    "Show only this section: retention (with csv, its rows instead of the stipends)")
        ->check(CLI::IsMember({"retention"}))
        ->option_text("retention");
    return [opt](Context& ctx) { return run_report(ctx, *opt); };
}

}  // namespace mentor
