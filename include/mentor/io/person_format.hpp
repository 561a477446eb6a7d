#pragma once
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mentor/domain/model.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

/// Every roster field of a person as text, in roster order; lists joined with "; ",
/// unset fields empty. Survey answers read `question=answer`.
std::vector<std::pair<std::string_view, std::string>> person_fields(const Person& p);

/// Roles as the roster writes them, e.g. "mentor, mentee".
std::string roles_text(const Person& p);

/// A listing of people: an aligned table, a JSON array of objects, or CSV with a header
/// row whose columns are the roster keys (so the CSV can be imported again).
std::string format_people(std::span<const Person* const> people, Format format);

/// One person in full: `key: value` lines, a JSON object, or a CSV header and row.
std::string format_person(const Person& p, Format format);

}  // namespace mentor
