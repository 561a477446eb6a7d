#pragma once
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// The longest term, in days (two years): schedules and reports walk a term day by day.
inline constexpr int max_term_days = 731;

/// Checks a program config on its own: term order, holidays and breaks inside the term.
std::vector<Diagnostic> validate_program(const Program& program);

/// Checks the roster against itself and the program: duplicate ids, references to people
/// who do not exist, evaluators among preferred mentors, dates in the wrong order, and
/// settings that only make sense for mentors. Returns every problem found.
std::vector<Diagnostic> validate_roster(const Roster& roster, const Program& program);

}  // namespace mentor
