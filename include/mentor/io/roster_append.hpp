#pragma once
#include <span>
#include <string>
#include <string_view>

#include "mentor/domain/model.hpp"

namespace mentor {

/// A YAML scalar as plain text when that reads back as the same string, else double-quoted.
/// `in_flow` also quotes the characters that end an item of a `[a, b]` list.
std::string yaml_scalar(std::string_view s, bool in_flow = false);

/// One person as a roster entry in the roster's own style: `- id: ...` then one indented
/// `key: value` line per field that is set, lists in flow style, in schema order.
std::string person_yaml(const Person& p, std::string_view indent);

/// The roster text with `people` appended at the end of its `people:` list. Everything
/// already in the text (comments, order, spacing, quoting) is kept byte for byte.
/// Throws InputError when the list cannot be found or is written in flow style.
std::string append_people(std::string_view roster_text, std::span<const Person> people,
                          const std::string& source);

}  // namespace mentor
