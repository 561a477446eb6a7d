// mentor survey import FILE.csv --survey ID: a form export's answers into surveys/ID.tsv.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/csv.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/survey_file.hpp"

namespace mentor {

namespace {

struct SurveyImportOptions {
    std::string file;
    std::string survey;
    std::string encoding;
    bool dry_run = false;
};

// The export's text as UTF-8: converted from --encoding, else refused unless it is UTF-8.
std::string utf8_text(const std::string& bytes, const SurveyImportOptions& opt) {
    if (!opt.encoding.empty()) {
        auto text = convert_to_utf8(bytes, opt.encoding);
        if (!text) {
            throw UsageError(fmt::format("{} cannot be read as {}", opt.file, opt.encoding),
                             fmt::format("--encoding takes one of: {}", known_encodings));
        }
        return std::move(*text);
    }
    const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
    if (utf16 || find_text_fault(bytes, Controls::lines)) {
        const auto fault = find_text_fault(bytes, Controls::lines);
        const SourcePos at = fault ? position_of(bytes, fault->offset) : SourcePos{1, 1};
        throw InputError(fmt::format("{}:{}:{}: the export is not UTF-8 text ({})", opt.file, at.line, at.col,
                                     utf16 ? "it starts with a UTF-16 byte-order mark" : fault->message),
                         utf16 ? "convert it with --encoding utf-16"
                               : "save it again as \"CSV UTF-8\", or name its encoding with --encoding windows-1252 (or latin1)");
    }
    return bytes;
}

int run_import(Context& ctx, const SurveyImportOptions& opt) {
    ProgramStore store = ctx.store();
    const LoadedProgram& loaded = store.valid();
    const SurveyConfig* survey = loaded.program.survey(opt.survey);
    if (!survey) {
        std::vector<std::string> ids;
        for (const auto& s : loaded.program.surveys) ids.push_back(s.id);
        throw UsageError(fmt::format("program.toml has no survey '{}'", opt.survey),
                         ids.empty() ? std::string("describe it in a [survey.ID] table of program.toml first")
                                     : fmt::format("its surveys: {}", fmt::join(ids, ", ")));
    }
    const std::optional<std::string> bytes = store.read_input(ctx.resolve(opt.file), opt.file);
    if (!bytes) throw NotFoundError(fmt::format("{}: no such file", opt.file), "give the path of the form's CSV export");
    const std::string text = utf8_text(*bytes, opt);

    Diagnostics d(opt.file);
    const CsvTable table = parse_csv(text, d);
    if (has_errors(d.items())) throw InputError(d.take());
    const std::vector<SurveyRow> rows = survey_rows(table, *survey, d);
    if (has_errors(d.items())) throw InputError(d.take());

    const std::vector<SurveyAnswer> stored = store.survey_answers(survey->id);
    const SurveyImport result = merge_survey_rows(*survey, loaded.roster, rows, stored, opt.file);
    print_diagnostics(ctx, result.diagnostics);  // warnings: unknown people, unmapped answers, duplicates
    const std::string file = store.shown("surveys/" + survey->id + ".tsv");
    ctx.out << fmt::format("{}: {} {} for survey '{}'\n", opt.file, rows.size(), rows.size() == 1 ? "submission" : "submissions",
                           survey->id);
    const auto list = [&](std::string_view what, const std::vector<std::string>& ids) {
        if (!ids.empty()) ctx.out << fmt::format("{} {}: {}\n", what, ids.size(), fmt::join(ids, ", "));
    };
    list(opt.dry_run ? "would add" : "added", result.added);
    list(opt.dry_run ? "would replace (a later submission)" : "replaced (a later submission)", result.replaced);
    if (result.unchanged > 0) ctx.out << fmt::format("already imported: {}\n", result.unchanged);
    if (result.answers == stored) {
        ctx.out << fmt::format("{} not changed\n", file);
    } else if (opt.dry_run) {
        ctx.out << fmt::format("dry run: {} not changed\n", file);
    } else {
        store.write_survey_answers(survey->id, result.answers);
        ctx.out << fmt::format("wrote {} answers to {}\n", result.answers.size(), file);
    }
    return exit_code::ok;
}

}  // namespace

Runner add_survey(CLI::App& parent) {
    CLI::App* cmd = parent.add_subcommand("survey", "Import the answers of a survey from a form's CSV export");
    cmd->require_subcommand(1);
    auto opt = std::make_shared<SurveyImportOptions>();
    CLI::App* import = cmd->add_subcommand("import", "Add the answers of a Google Forms or Microsoft Forms CSV export");
    import->add_option("FILE", opt->file, "The form's CSV export")->required();
    import->add_option("--survey", opt->survey, "The survey's id: its [survey.ID] table in program.toml")
        ->required()
        ->option_text("ID");
    import->add_option("--encoding", opt->encoding, "Convert the export from this encoding (latin1, windows-1252, utf-16)")
        ->option_text("ENCODING");
    import->add_flag("--dry-run", opt->dry_run, "Show what would be imported, change nothing");
    return [opt](Context& ctx) { return run_import(ctx, *opt); };
}

}  // namespace mentor
