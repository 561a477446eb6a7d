#pragma once
#include <string>
#include <vector>

#include "mentor/io/output.hpp"

namespace mentor {

/// One line of `mentor key list`: a person with a key, or in a current pair without one.
struct KeyRow {
    std::string person;
    std::string key_id;  ///< empty: no key
    bool paired = false;  ///< in a current pair
};

/// `mentor key list` as text (a table) or JSON (`{"version": 1, "keys": [...]}`).
std::string format_key_list(const std::vector<KeyRow>& rows, Format format);

}  // namespace mentor
