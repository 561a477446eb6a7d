#pragma once
#include <optional>
#include <string>
#include <vector>

#include "mentor/domain/model.hpp"
#include "mentor/domain/survey.hpp"

namespace mentor {

/// The survey id `mentor needs` keeps its ratings under (surveys/needs.tsv); a `[survey.needs]`
/// table, if any, must be of kind "needs".
inline constexpr std::string_view manual_needs_survey = "needs";

/// A mentee's highest needs: the `needs.top` areas rated highest, ratings above 1 (no need)
/// only; ties go to the area listed first in `[needs] areas`, then by name.
std::vector<std::string> top_needs(const Person& p, const NeedsSettings& needs);

/// Fills in what the surveys say about people, without touching roster.yaml: each person's
/// `needs` (the latest rating of each area of `[needs]`, from needs surveys and `manual`) and,
/// from compatibility surveys, `survey` answers (a survey's answer replaces the roster's for
/// the same question). `answers[i]` are the answers of `program.surveys[i]`.
void apply_survey_answers(Roster& roster, const Program& program, const std::vector<std::vector<SurveyAnswer>>& answers,
                          const std::vector<SurveyAnswer>& manual);

/// One area's needs in a group of mentees.
struct AreaNeeds {
    std::string area;
    int rated = 0;      ///< mentees who rated it
    int total = 0;      ///< sum of their ratings
    int top = 0;        ///< mentees for whom it is a highest need
};

/// The needs of a group of mentees (the program, a school, a cohort), area by area in the
/// order of `[needs] areas`.
struct NeedsGroup {
    std::string key;    ///< empty for the program
    int mentees = 0;    ///< mentees on staff in the group
    int rated = 0;      ///< of them, those with any rating
    std::vector<AreaNeeds> areas;
};

struct NeedsSummary {
    std::vector<NeedsGroup> groups;  ///< the program first, then `school:KEY` and `cohort:KEY`, sorted
};

/// Sums the needs of the mentees on staff on `day`, for the program, by school and by cohort.
/// Empty when `[needs]` lists no areas.
std::optional<NeedsSummary> summarize_needs(const Roster& roster, const Program& program, Date day);

/// Reads `AREA=LEVEL` words of `mentor needs`: each area one of `[needs] areas`, each level a
/// whole number from 1 to `[needs] scale`. Returns the ratings, or the first problem in `error`.
std::vector<std::pair<std::string, int>> parse_needs_ratings(const std::vector<std::string>& words, const NeedsSettings& needs,
                                                             std::string& error, std::string& hint);

}  // namespace mentor
