#include "mentor/domain/text.hpp"

namespace mentor {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h) {
    for (char ch : bytes) {
        h ^= static_cast<unsigned char>(ch);
        h *= 0x100000001b3ULL;
    }
    return h;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string_view trim_start(std::string_view s, std::string_view chars) {
    const auto b = s.find_first_not_of(chars);
    return b == std::string_view::npos ? std::string_view{} : s.substr(b);
}

std::string_view trim_end(std::string_view s, std::string_view chars) {
    const auto e = s.find_last_not_of(chars);
    return e == std::string_view::npos ? std::string_view{} : s.substr(0, e + 1);
}

std::string_view trim(std::string_view s, std::string_view chars) { return trim_end(trim_start(s, chars), chars); }

bool is_folded(std::string_view s) {
    if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if ((c >= 'A' && c <= 'Z') || c == '\t' || (c == ' ' && s[i + 1] == ' ')) return false;
    }
    return true;
}

std::string fold_value(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (const char c : trim(s, " \t")) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace mentor
