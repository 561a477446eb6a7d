#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mentor {

/// Why `address` is not an email address mentor accepts, or nothing when it is one. Accepted:
/// `local@domain` in ASCII, at most 254 characters; the local part (1 to 64 characters) is
/// letters, digits and ``!#$%&'*+-/=?^_`{|}~`` in dot-separated runs (no leading, trailing or
/// double dot, no quoting); the domain is two or more dot-separated labels of letters, digits
/// and '-' (1 to 63 characters, not starting or ending with '-'). Nothing else: no spaces,
/// control characters, line breaks, commas, angle brackets or display names, so an address
/// can go into a mail header as it is.
std::optional<std::string> email_address_problem(std::string_view address);

inline bool is_email_address(std::string_view address) { return !email_address_problem(address).has_value(); }

}  // namespace mentor
