// The parts of program.toml read outside program_toml.cpp: a term's days, past terms, and the
// tables whose rules may differ by a mentee's year. Internal to src/io.
#pragma once
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "mentor/domain/model.hpp"
#include "toml_reader.hpp"

namespace mentor::toml_reading {

/// A term's `holidays` and `breaks` (`sect` names the table in messages: "term", "past_terms").
void read_term_days(Reader& r, const toml::table& t, std::string_view sect, Term& term, std::vector<SourcePos>& holidays,
                    std::vector<SourcePos>& breaks);

/// `[[past_terms]]`: the calendars of school years the program has finished.
void read_past_terms(Reader& r, const toml::table& root, Program& p);

/// The keys of `[cadence]`, `[compliance]` and `[stipend]` (and of their `yearN` tables).
void read_cadence_fields(Reader& r, const toml::table& t, std::string_view sect, Cadence& c);
void read_compliance_fields(Reader& r, const toml::table& t, std::string_view sect, Compliance& c);
void read_stipend_fields(Reader& r, const toml::table& t, std::string_view sect, StipendRates& s);

/// `[cadence.year2]`, `[compliance.year2]`, `[stipend.year2]` ...: the rules from a mentee's
/// N-th year in the program on, each table starting from the year-1 one.
void read_year_rules(Reader& r, const toml::table& root, Program& p);

}  // namespace mentor::toml_reading
