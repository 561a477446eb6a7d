#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace mentor {

/// The offset basis FNV-1a starts from.
inline constexpr std::uint64_t fnv1a64_basis = 0xcbf29ce484222325ULL;

/// FNV-1a, 64 bits: a stable hash of bytes (ids, message ids; not for security). Pass the
/// previous result as `h` to go on hashing more bytes.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h = fnv1a64_basis);

/// The value of a hexadecimal digit (either case), or -1.
int hex_digit(char c);

/// A value as mentor compares it: spaces and tabs at either end dropped, each run of them
/// inside made one space, ASCII letters in lower case. "  Social  Studies " and "social studies"
/// fold to the same text; letters beyond ASCII are compared as written.
std::string fold_value(std::string_view s);
/// Whether fold_value(s) == s (most values are written that way), without making a string.
bool is_folded(std::string_view s);

/// `s` without the characters of `chars` at its start and end.
std::string_view trim(std::string_view s, std::string_view chars = " \t\r\n");
/// `s` without the characters of `chars` at its start.
std::string_view trim_start(std::string_view s, std::string_view chars = " \t\r\n");
/// `s` without the characters of `chars` at its end.
std::string_view trim_end(std::string_view s, std::string_view chars = " \t\r\n");

}  // namespace mentor
