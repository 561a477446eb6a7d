#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// The roster's errors by the person whose entry holds them: an entry runs from its list item's
/// line up to the next person's, at or right of the column of its keys. Nothing when any error
/// lies outside every entry (a top-level key, a syntax error, an error without a line): then no
/// part of the roster can be trusted. `errors` are diagnostics of the roster file; warnings among them are left out.
std::optional<std::map<std::string, std::vector<Diagnostic>>> errors_by_person(const Roster& roster,
                                                                             const std::vector<Diagnostic>& errors);

/// The people of `troubled` (ids with roster errors) that the entry involves: its writer, its
/// pair, its person, observer and observed, its attendees. Sorted.
std::vector<std::string> troubled_people_in(const Entry& e, const std::map<std::string, std::vector<Diagnostic>>& troubled);

}  // namespace mentor
