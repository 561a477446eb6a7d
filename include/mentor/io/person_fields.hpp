#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// One value of a roster field as written in a file, and where.
struct FieldItem {
    std::string text;
    SourcePos pos;
};

/// True for fields that hold a list (roles, subjects, grades, ...).
bool is_list_field(std::string_view key);

/// Sets one roster field of `p` from the text written for it, checking the value the same
/// way whatever file it came from (the roster, or a CSV import). A single-valued field
/// takes `items[0]`. Problems are reported in `d` at each item's position.
/// Survey answers come as `question=answer` items.
void apply_person_field(Person& p, std::string_view key, const std::vector<FieldItem>& items, Diagnostics& d);

}  // namespace mentor
