#pragma once
#include <string>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// The term (`[term]` or one of `[[past_terms]]`) whose first to last day holds `day`, or
/// null when the day falls between terms or outside all of them.
const Term* term_holding(const Program& program, Date day);

/// The term that holds `day`, else the current one: the calendar a goal added that day is
/// judged by (its due date inside the term).
const Term& term_of_day(const Program& program, Date day);

/// True on a school day of the term that holds `day`: a record dated in a past term is
/// checked against that term's calendar, not the current one.
bool is_school_day_in_its_term(const Program& program, Date day);

/// The school year a day belongs to, named by the calendar year it ends in (2026 for
/// 2025-26): the first term, past or current, that ends on or after the day. Beyond the
/// listed terms, years are taken to have the current term's dates shifted by whole years.
int school_year_of(const Program& program, Date day);

/// The last day of the school year that ends in `end_year`: its term's end, or the current
/// term's end shifted to that year.
Date school_year_end(const Program& program, int end_year);

/// The first day of the school year that ends in `end_year`.
Date school_year_start(const Program& program, int end_year);

/// "2025-26" for the school year ending in 2026.
std::string school_year_name(int end_year);

/// A person's year in the program on `day`: 1 in the school year of their `start` (or of
/// the current term when no start is written), 2 in the next, and so on; 0 before it.
int year_in_program(const Program& program, const Person& person, Date day);

/// The cadence, compliance and stipend rules for a mentee in `year` of the program: the
/// `[cadence.yearN]`-style tables with the largest N not above `year`, else the year-1
/// tables (`[cadence]`, `[compliance]`, `[stipend]`).
YearRules rules_for_year(const Program& program, int year);

/// The year-1 cadence with the longest period and grace of any year's: how far back a
/// reminder must look for the last meeting of any pair.
Cadence widest_cadence(const Program& program);

/// `d` moved by whole years; 29 February becomes 28 February in a common year.
Date shift_years(Date d, int years);

/// Whether `pairs` (the pairs record) holds a pair current on some day of the current term:
/// whether pairing has run for it. A record that holds only past school years' pairs says
/// nothing yet about who is paired this year.
bool pairs_recorded_for_term(const Program& program, const std::vector<Pair>& pairs);

/// Whether `p` left before the current term began: history (kept for retention), never paired,
/// scheduled or listed as waiting for a mentor again.
bool left_before_term(const Person& p, const Program& program);

/// Every listed term, past and current, sorted by start.
std::vector<const Term*> all_terms(const Program& program);

}  // namespace mentor
