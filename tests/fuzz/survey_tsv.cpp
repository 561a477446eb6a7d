// A survey's answers file (surveys/ID.tsv): whatever parses without an error is written back
// with format_survey_answers, and that text parses without a diagnostic into the same answers
// and formats to the same bytes again.
#include "fuzz_support.hpp"
#include "mentor/io/survey_file.hpp"

using namespace mentor;

namespace {

std::string dump(const std::vector<SurveyAnswer>& answers) {
    std::string out;
    for (const SurveyAnswer& a : answers) {
        out += fmt::format("{} {} {} {}\n", fuzz::field(a.person), fuzz::field(a.question), fuzz::field(a.submitted),
                           fuzz::field(a.answer));
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ParsedSurveyAnswers first = parse_survey_answers(fuzz::as_text(data, size), "surveys/x.tsv");
    fuzz::well_formed(first.diagnostics);
    if (has_errors(first.diagnostics)) return 0;
    const std::string written = format_survey_answers(first.answers);
    const ParsedSurveyAnswers second = parse_survey_answers(written, "surveys/x.tsv");
    if (!second.diagnostics.empty()) {
        fuzz::fail("the formatted answers do not read back cleanly", written, fuzz::dump(second.diagnostics));
    }
    fuzz::same("the formatted answers read back as other answers", dump(first.answers), dump(second.answers));
    fuzz::same("the answers format is not stable", written, format_survey_answers(second.answers));
    return 0;
}
