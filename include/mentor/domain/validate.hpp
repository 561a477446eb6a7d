#pragma once
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// The longest term, in days (two years): schedules and reports walk a term day by day.
inline constexpr int max_term_days = 731;

/// Checks a program config on its own: term order, holidays and breaks inside the term.
std::vector<Diagnostic> validate_program(const Program& program);

/// Checks one term's dates: its end after its start, its length, holidays and breaks inside it.
/// `name` says which term in messages ("term", "past term 2025-26").
void check_term(Diagnostics& d, const Term& term, std::string_view name, SourcePos start_pos, SourcePos end_pos,
                const std::vector<SourcePos>& holidays, const std::vector<SourcePos>& breaks);

/// Checks `[[past_terms]]`: each one as a term, each ending before [term] starts, and no two
/// of them overlapping or one inside another.
void check_past_terms(Diagnostics& d, const Program& program);

/// Checks the roster against itself and the program: duplicate ids, references to people
/// who do not exist, evaluators among preferred mentors, dates in the wrong order, and
/// settings that only make sense for mentors. Returns every problem found.
std::vector<Diagnostic> validate_roster(const Roster& roster, const Program& program);

}  // namespace mentor
