#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// The offset basis FNV-1a starts from.
inline constexpr std::uint64_t fnv1a64_basis = 0xcbf29ce484222325ULL;

/// FNV-1a, 64 bits: a stable hash of bytes (ids, message ids; not for security). Pass the
/// previous result as `h` to go on hashing more bytes.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h = fnv1a64_basis);

/// A fast 64-bit hash of bytes, several bytes a cycle (a 90 MB journal in milliseconds): what
/// the caches key and check their contents by. `seed` gives independent hashes of the same
/// bytes. Stable across runs and machines of one byte order; not for security.
std::uint64_t fast_hash64(std::string_view bytes, std::uint64_t seed = 0);

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

/// Which control characters a text may hold. Every input is UTF-8 without control
/// characters (C0, DEL and C1) except those named here.
enum class Controls {
    none,      ///< one-line values: names, ids, command-line words
    newlines,  ///< free text typed on the command line: line feeds and tabs
    lines,     ///< whole files: tab, and line ends (LF, or CR LF)
};

/// The first byte of a text that is not valid UTF-8 or is a refused control character.
struct TextFault {
    std::size_t offset = 0;  ///< byte offset of the bad sequence
    std::string message;     ///< e.g. "invalid UTF-8 (byte 0xE9)"
    std::string hint;        ///< how to fix it
};

/// The first fault of `s`: an invalid UTF-8 sequence (stray or missing continuation bytes,
/// overlong forms, surrogates, code points above U+10FFFF) or a control character that
/// `allowed` does not let through. Nothing when the text is clean.
std::optional<TextFault> find_text_fault(std::string_view s, Controls allowed);

/// The 1-based line and column (counted in characters, not bytes) of byte `offset` in `text`.
SourcePos position_of(std::string_view text, std::size_t offset);

/// Checks a whole file's text (Controls::lines); reports its first fault as an error at its
/// line and column. True when the text is clean.
bool check_file_text(std::string_view text, Diagnostics& d);

/// The 1-based column of byte `offset` in one line, counted in characters.
int char_column(std::string_view line, std::size_t offset);

}  // namespace mentor
