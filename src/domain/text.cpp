#include "mentor/domain/text.hpp"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

namespace mentor {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h) {
    for (char ch : bytes) {
        h ^= static_cast<unsigned char>(ch);
        h *= 0x100000001b3ULL;
    }
    return h;
}

namespace {

std::uint64_t mix64(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t load64(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

}  // namespace

std::uint64_t fast_hash64(std::string_view s, std::uint64_t seed) {
    // Four independent lanes of 8 bytes each.
    std::uint64_t lane[4] = {mix64(seed ^ s.size()), mix64(seed + 1), mix64(seed + 2), mix64(seed + 3)};
    std::size_t i = 0;
    for (; i + 32 <= s.size(); i += 32) {
        for (std::size_t k = 0; k < 4; ++k) {
            lane[k] = (lane[k] ^ load64(s.data() + i + 8 * k)) * 0x9e3779b97f4a7c15ULL;
            lane[k] ^= lane[k] >> 29;
        }
    }
    std::uint64_t h = mix64(lane[0]) ^ mix64(lane[1] + 1) ^ mix64(lane[2] + 2) ^ mix64(lane[3] + 3);
    for (; i + 8 <= s.size(); i += 8) h = mix64(h ^ load64(s.data() + i));
    std::uint64_t tail = 0;
    if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
    return mix64(h ^ mix64(tail ^ 0x5bd1e995 ^ (s.size() - i)));
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

namespace mentor {

namespace {

// The length of the UTF-8 sequence at `i`, or 0 when it is not a valid one; `cp` its code point.
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = byte(i);
    std::size_t len = 0;
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
        cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        cp = b & 0x07u;
    } else {
        return 0;  // a continuation byte, 0xC0/0xC1 (always overlong) or 0xF5..0xFF
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool control_allowed(std::uint32_t cp, std::string_view s, std::size_t i, Controls allowed) {
    switch (allowed) {
        case Controls::none: return false;
        case Controls::newlines: return cp == '\n' || cp == '\t';
        case Controls::lines: return cp == '\n' || cp == '\t' || (cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n');
    }
    return false;
}

}  // namespace

std::optional<TextFault> find_text_fault(std::string_view s, Controls allowed) {
    std::size_t i = 0;
    if (s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'))) {
        return TextFault{0, "the text is UTF-16, not UTF-8", "save it as UTF-8 (\"UTF-8\" or \"CSV UTF-8\" in the save dialog)"};
    }
    while (i < s.size()) {
        std::uint32_t cp = 0;
        const std::size_t len = utf8_sequence(s, i, cp);
        if (len == 0) {
            const unsigned b = static_cast<unsigned char>(s[i]);
            return TextFault{i, fmt::format("invalid UTF-8 (byte 0x{:02X})", b),
                             "the text looks like Windows-1252 or Latin-1; save it as UTF-8"};
        }
        const bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
        if (control && !control_allowed(cp, s, i, allowed)) {
            if (cp == 0) {
                return TextFault{i, "a NUL byte", "this is not plain UTF-8 text (a binary or UTF-16 file?); save it as UTF-8"};
            }
            return TextFault{i, fmt::format("control character U+{:04X} is not allowed", cp),
                             cp == '\r' ? "end lines with LF or CR LF" : "remove it; only printable text is allowed here"};
        }
        i += len;
    }
    return std::nullopt;
}

int char_column(std::string_view line, std::size_t offset) {
    int col = 1;
    for (std::size_t k = 0; k < offset && k < line.size(); ++k) {
        if ((static_cast<unsigned char>(line[k]) & 0xC0) != 0x80) ++col;
    }
    return col;
}

SourcePos position_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::size_t nl = text.rfind('\n', offset == 0 ? std::string_view::npos : offset - 1);
    const std::size_t start = nl == std::string_view::npos || offset == 0 ? 0 : nl + 1;
    int line = 1;
    for (std::size_t k = 0; k < start; ++k) line += text[k] == '\n' ? 1 : 0;
    return {line, char_column(text.substr(start), offset - start)};
}

bool check_file_text(std::string_view text, Diagnostics& d) {
    const std::optional<TextFault> f = find_text_fault(text, Controls::lines);
    if (!f) return true;
    d.error(position_of(text, f->offset), f->message, f->hint);
    return false;
}

}  // namespace mentor
