#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/domain/survey.hpp"

namespace mentor {

/// One criterion of `[selection]` checked for one mentor.
struct ScreenCriterion {
    std::string key;     ///< the config key: trained, min_years, min_training_hours, recommendation, subjects, min_rating
    bool met = false;
    std::string detail;  ///< what the mentor has, e.g. "12 years (at least 3)"
};

/// A candidate mentor against every configured criterion.
struct MentorScreen {
    std::string id;
    std::string name;
    std::vector<ScreenCriterion> criteria;
    bool qualified() const;
};

/// What screening needs besides the roster: training hours from the journal, ratings from a
/// feedback survey.
struct SelectionEvidence {
    std::map<std::string, int> training_minutes;                ///< by person: minutes of training entries
    std::map<std::string, std::pair<double, int>> ratings;       ///< by mentor: sum and number of ratings
};

/// Training minutes from `entries` (training entries up to `day`), and each mentor's ratings:
/// the answers to `[selection] rating` of mentees who were paired with them on the day they answered.
SelectionEvidence gather_selection_evidence(const Program& program, const std::vector<Pair>& pairs,
                                            const std::vector<Entry>& entries, const std::vector<SurveyAnswer>& rating_answers,
                                            Date day);

/// Every mentor of the roster (sorted by id) checked against the program's criteria on `day`:
/// training (`[matching] require_trained`), and each `[selection]` criterion written. A rating
/// from fewer than `[privacy] min_group` mentees is not judged (the criterion is met).
std::vector<MentorScreen> screen_mentors(const Roster& roster, const Program& program, Date day,
                                         const SelectionEvidence& evidence);

/// Marks the mentors who fail a `[selection]` criterion (`Person::not_qualified`, one sentence
/// per criterion); training stays the pairing rule `untrained`, as it was.
void mark_unqualified(Roster& roster, const std::vector<MentorScreen>& screens);

}  // namespace mentor
