#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/survey.hpp"
#include "mentor/io/csv.hpp"

namespace mentor {

/// The first line of a survey's answers file (surveys/ID.tsv).
inline constexpr std::string_view survey_file_header = "# mentor survey v1";

/// The answers file: the header, a column line, then `PERSON<TAB>QUESTION<TAB>SUBMITTED<TAB>ANSWER`
/// lines sorted by person and question. Backslash, tab, CR and LF in an answer are written
/// `\\`, `\t`, `\r`, `\n`.
std::string format_survey_answers(const std::vector<SurveyAnswer>& answers);

/// The answers as read, and what was wrong with the file.
struct ParsedSurveyAnswers {
    std::vector<SurveyAnswer> answers;  ///< sorted
    std::vector<Diagnostic> diagnostics;
};

/// Reads an answers file back; every bad line is an error at its line.
ParsedSurveyAnswers parse_survey_answers(std::string_view text, const std::string& source);

/// The submissions of a form export for `survey`: the respondent column (its `respondent`, else
/// the first column named like an email address or an id), the timestamp column (its
/// `timestamp`, else the first named like a submission time) and each question's column, found
/// by header name (compared without case or surrounding spaces). A column that is missing is
/// an error located at the header row, with a "did you mean".
std::vector<SurveyRow> survey_rows(const CsvTable& table, const SurveyConfig& survey, Diagnostics& d);

/// Text in another encoding as UTF-8: `latin1` (ISO 8859-1), `windows-1252`, `utf-16`
/// (with its byte-order mark, either byte order). Nothing for an unknown encoding or text
/// that is not valid in it.
std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view encoding);

/// The encodings convert_to_utf8 knows, for messages.
inline constexpr std::string_view known_encodings = "utf-8, latin1, windows-1252, utf-16";

}  // namespace mentor
