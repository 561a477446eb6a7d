// The syntax of the email addresses mentor accepts (a strict subset of RFC 5322's addr-spec).
#include "mentor/domain/email.hpp"

#include <fmt/format.h>

namespace mentor {

namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// RFC 5322 atext.
bool is_atext(char c) {
    static constexpr std::string_view specials = "!#$%&'*+-/=?^_`{|}~";
    return is_alnum(c) || specials.find(c) != std::string_view::npos;
}

std::optional<std::string> local_problem(std::string_view local) {
    if (local.empty()) return "nothing before the '@'";
    if (local.size() > 64) return "more than 64 characters before the '@'";
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
        return "a dot at the start or end of the name, or two in a row";
    }
    for (char c : local) {
        if (c != '.' && !is_atext(c)) return fmt::format("'{}' before the '@'", c);
    }
    return std::nullopt;
}

std::optional<std::string> domain_problem(std::string_view domain) {
    if (domain.empty()) return "nothing after the '@'";
    if (domain.find('.') == std::string_view::npos) return "a domain without a dot";
    std::size_t start = 0;
    while (start <= domain.size()) {
        const std::size_t dot = std::min(domain.find('.', start), domain.size());
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty()) return "an empty part in the domain";
        if (label.size() > 63) return "a part of the domain longer than 63 characters";
        if (label.front() == '-' || label.back() == '-') return "a part of the domain that starts or ends with '-'";
        for (char c : label) {
            if (c != '-' && !is_alnum(c)) return fmt::format("'{}' in the domain", c);
        }
        start = dot + 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> email_address_problem(std::string_view address) {
    for (char ch : address) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) return "a control character or line break";
        if (c >= 0x80) return "a character outside ASCII";
        if (c == ' ') return "a space";
    }
    if (address.size() > 254) return "more than 254 characters";
    const std::size_t at = address.find('@');
    if (at == std::string_view::npos) return "no '@'";
    if (address.find('@', at + 1) != std::string_view::npos) return "more than one '@'";
    if (auto p = local_problem(address.substr(0, at))) return p;
    return domain_problem(address.substr(at + 1));
}

}  // namespace mentor
