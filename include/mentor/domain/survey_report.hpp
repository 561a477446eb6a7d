#pragma once
#include <optional>
#include <string>
#include <vector>

#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/survey.hpp"

namespace mentor {

/// A rating question's answers in a group: how many, and their mean (none when fewer than
/// `[privacy] min_group` people answered it, so that no one's rating can be told apart).
struct QuestionFigures {
    std::string question;
    int answers = 0;
    std::optional<double> mean;
};

/// Who was asked and who answered in one group (the program, a school, a mentor's mentees).
struct SurveyGroup {
    std::string key;      ///< school or mentor id; empty for the whole program
    int asked = 0;
    int answered = 0;
    std::vector<QuestionFigures> questions;  ///< the survey's rating questions, in its order (feedback only)
};

/// One survey's response rate and, for a feedback survey, its means, by school and by mentor.
/// Groups where fewer than min_group people answered are not listed, only counted.
struct SurveyFigures {
    std::string id;
    std::string title;
    SurveyKind kind = SurveyKind::feedback;
    SurveyAudience who = SurveyAudience::mentees;
    std::optional<Date> opens, closes;
    bool open = false;                    ///< open today
    Date as_of;                           ///< the day the people asked are counted on: today, or the day it closed
    SurveyGroup program;
    std::vector<SurveyGroup> schools;     ///< sorted by school
    int schools_hidden = 0;
    std::vector<SurveyGroup> mentors;     ///< mentees' surveys only, by their mentor on as_of; sorted by id
    int mentors_hidden = 0;
    int min_group = 3;
};

/// The figures of every survey of the program (in id order) that has opened by `today`, from
/// the answers kept of each (`answers[i]` for `program.surveys[i]`). The people asked are the
/// survey's audience on staff on `as_of`; answers from anyone else are not counted. Free-text
/// and multi-choice answers are never part of the figures.
std::vector<SurveyFigures> compute_survey_figures(const Program& program, const Roster& roster,
                                                  const std::vector<Pair>& pairs,
                                                  const std::vector<std::vector<SurveyAnswer>>& answers, Date today);

}  // namespace mentor
