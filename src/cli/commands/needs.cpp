// mentor needs [PERSON [AREA=LEVEL ...]]: the program's needs, one person's, or rate them.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/needs.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/needs_format.hpp"

namespace mentor {

namespace {

struct NeedsOptions {
    std::string person;
    std::vector<std::string> ratings;
    std::string format = "text";
};

int run_needs(Context& ctx, const NeedsOptions& opt) {
    ProgramStore store = ctx.store();
    const Program& program = store.program();
    if (program.needs.areas.empty()) {
        throw UsageError("program.toml has no [needs] areas", "add [needs] with areas = [\"classroom-management\", \"assessment\"]");
    }
    const bool json = opt.format == "json";
    const Date today = ctx.today(store);
    if (opt.person.empty()) {
        const auto summary = summarize_needs(store.roster(), program, today);
        if (json) {
            JsonWriter w;
            w.begin_object();
            w.key("version"); w.value(1);
            w.key("needs");
            write_needs_json(w, *summary, program.privacy.min_group);
            w.end_object();
            ctx.out << w.finish();
        } else {
            const ReportSection s = needs_section(*summary, program.privacy.min_group);
            for (const auto& [k, v] : s.facts) ctx.out << fmt::format("{}: {}\n", k, v);
            if (s.rows.empty()) ctx.out << s.empty << '\n';
            else ctx.out << text_table(s.header, s.rows);
        }
        return exit_code::ok;
    }
    const Person& p = require_person(store.roster(), opt.person);
    if (opt.ratings.empty()) {
        ctx.out << format_person_needs(p, program.needs, json);
        return exit_code::ok;
    }
    std::string error, hint;
    const auto ratings = parse_needs_ratings(opt.ratings, program.needs, error, hint);
    if (!error.empty()) throw UsageError(error, hint);
    const std::string id(manual_needs_survey);
    std::vector<SurveyAnswer> answers = store.survey_answers(id);
    const std::string stamp = today.iso() + "T23:59:59";
    for (const auto& [area, level] : ratings) {
        std::erase_if(answers, [&](const SurveyAnswer& a) { return a.person == p.id && a.question == area; });
        answers.push_back({p.id, area, stamp, std::to_string(level)});
    }
    sort_answers(answers);
    store.write_survey_answers(id, answers);
    for (const auto& [area, level] : ratings) ctx.out << fmt::format("{}: {} = {}/{}\n", p.id, area, level, program.needs.scale);
    ctx.out << fmt::format("recorded in {}\n", store.shown("surveys/" + id + ".tsv"));
    return exit_code::ok;
}

}  // namespace

Runner add_needs(CLI::App& parent) {
    auto opt = std::make_shared<NeedsOptions>();
    CLI::App* cmd = parent.add_subcommand("needs", "Show the program's needs, or one person's, or rate them (AREA=LEVEL)");
    cmd->add_option("PERSON", opt->person, "The person whose needs to show or rate");
    cmd->add_option("RATINGS", opt->ratings, "AREA=LEVEL ratings to record (1 = no need)");
    add_format_option(*cmd, opt->format, {"text", "json"});
    return [opt](Context& ctx) { return run_needs(ctx, *opt); };
}

}  // namespace mentor
