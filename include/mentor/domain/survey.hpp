#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/names.hpp"

namespace mentor {

struct Person;
struct Roster;

/// What a survey is for: matching, the program's feedback, or a needs assessment.
enum class SurveyKind { compatibility, feedback, needs };
inline constexpr NameTable<SurveyKind, 3> survey_kind_names{
    {{SurveyKind::compatibility, "compatibility"}, {SurveyKind::feedback, "feedback"}, {SurveyKind::needs, "needs"}}};

/// Who is asked to answer a survey.
enum class SurveyAudience { mentees, mentors, everyone };
inline constexpr NameTable<SurveyAudience, 3> survey_audience_names{
    {{SurveyAudience::mentees, "mentees"}, {SurveyAudience::mentors, "mentors"}, {SurveyAudience::everyone, "everyone"}}};

/// How a question is answered: a rating (text mapped by the survey's scale, or a number),
/// several choices at once, or free text (kept, never reported).
enum class QuestionType { scale, multi, text };
inline constexpr NameTable<QuestionType, 3> question_type_names{
    {{QuestionType::scale, "scale"}, {QuestionType::multi, "multi"}, {QuestionType::text, "text"}}};

/// How the dates of the export's timestamps are written when they do not start with the year.
enum class DateOrder { mdy, dmy };
inline constexpr NameTable<DateOrder, 2> date_order_names{{{DateOrder::mdy, "mdy"}, {DateOrder::dmy, "dmy"}}};

/// One question of a survey: its id and the export's column that holds it.
struct SurveyQuestion {
    std::string id;
    std::string column;
    QuestionType type = QuestionType::scale;
    std::vector<std::string> options;  ///< multi: the choices offered (empty: any)
};

/// A `[survey.ID]` table of program.toml.
struct SurveyConfig {
    std::string id;
    std::string title;
    SurveyKind kind = SurveyKind::feedback;
    SurveyAudience who = SurveyAudience::mentees;
    std::optional<Date> opens;
    std::optional<Date> closes;                  ///< inclusive
    std::string respondent_column;               ///< empty: the first column named like an email or an id
    std::string timestamp_column;                ///< empty: the first column named like a submission time
    DateOrder date_order = DateOrder::mdy;
    std::vector<std::pair<std::string, double>> scale;  ///< answer text (folded) -> number, as written
    double scale_min = 1, scale_max = 5;         ///< numbers typed as answers must lie in this range
    std::vector<SurveyQuestion> questions;
    SourcePos pos;

    const SurveyQuestion* question(std::string_view qid) const;
    /// Whether the survey is open on `day` (both ends included; an open end is open).
    bool is_open(Date day) const { return (!opens || *opens <= day) && (!closes || day <= *closes); }
    /// Whether `p` is asked to answer it.
    bool asks(const Person& p) const;
};

/// One stored answer: a person's answer to one question, from the submission they made at
/// `submitted` (`YYYY-MM-DDTHH:MM:SS`, the form's time).
struct SurveyAnswer {
    std::string person;
    std::string question;
    std::string submitted;
    std::string answer;  ///< scale: a number; multi: choices joined by "; "; text: as written
    friend bool operator==(const SurveyAnswer&, const SurveyAnswer&) = default;
};

/// Orders answers by person then question: the order of the answers file.
void sort_answers(std::vector<SurveyAnswer>& answers);

/// A form's timestamp as `YYYY-MM-DDTHH:MM:SS`: `2027/01/12 8:41:07 AM GMT-6` (Google Forms),
/// `1/14/2027 9:32` (Microsoft Forms saved as CSV), `2027-01-12 08:41:07`, ISO 8601. A time
/// zone after the time is ignored. Nothing when the text is not such a timestamp.
std::optional<std::string> parse_form_timestamp(std::string_view text, DateOrder order);

/// A cell of a survey export, for import.
struct SurveyCell {
    std::string text;
    SourcePos pos;
};

/// One submission of an export: its CSV line, the respondent and time cells, and a cell per
/// question of the survey (in the survey's order).
struct SurveyRow {
    int line = 0;
    SurveyCell respondent;
    SurveyCell timestamp;
    std::vector<SurveyCell> answers;
};

/// What an import did or would do.
struct SurveyImport {
    std::vector<SurveyAnswer> answers;     ///< the answers file after the import, sorted
    std::vector<std::string> added;        ///< people whose answers are new
    std::vector<std::string> replaced;     ///< people whose later submission replaced an earlier one
    int unchanged = 0;                     ///< people whose stored submission is as recent or more
    std::vector<Diagnostic> diagnostics;   ///< unknown respondents, unmapped answers, duplicates (warnings)
};

/// Merges the rows of an export into the stored answers: respondents are found by email or
/// id; of two submissions by one person the later one wins (a warning names both lines); a
/// submission replaces a stored one only when it is later. Unknown respondents, bad
/// timestamps and answers the survey cannot map are warnings at their CSV position; the rest
/// of the row is kept. Deterministic: the same rows and stored answers give the same result.
SurveyImport merge_survey_rows(const SurveyConfig& survey, const Roster& roster, const std::vector<SurveyRow>& rows,
                               std::vector<SurveyAnswer> stored, const std::string& csv_source);

/// The answers of one survey, read from its file.
struct SurveyAnswers {
    std::string survey;
    std::vector<SurveyAnswer> answers;  ///< sorted by person, question
};

}  // namespace mentor
