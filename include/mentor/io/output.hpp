#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// The output formats of listing and reporting commands.
enum class Format { text, json, csv };

/// Parses `text`, `json` or `csv`.
std::optional<Format> parse_format(std::string_view name);

/// A JSON string literal for `s` (quotes included), escaping per RFC 8259.
std::string json_quote(std::string_view s);

/// A number as JSON writes it: integers without a fraction, others with up to 6 decimals.
std::string json_number(double v);

/// The format version every JSON document mentor prints carries as `"version"`.
inline constexpr int json_format_version = 1;

/// Builds pretty-printed JSON (two-space indent) one value at a time.
/// The caller nests begin/end calls correctly; keys are written in the order given.
/// Every document carries its format version in one place, here: a top-level object gets
/// `"version": 1` as its first key, and so does each object of a top-level array (the arrays
/// of `pairs`, `meetings`, `journal`, ... stay arrays of objects, as scripts read them).
class JsonWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// The key of the next value inside an object.
    void key(std::string_view k);
    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(double v);
    void value(int v);
    void value(bool v);
    void null();
    /// A short list on one line: `["a", "b"]`.
    void string_array(std::span<const std::string> items);
    /// A short list of integers on one line: `[1, 2]`.
    void int_array(std::span<const int> items);
    /// The document, with a final newline.
    std::string finish();

private:
    std::string out_;
    std::vector<int> counts_;  // values written so far at each open level
    std::vector<bool> arrays_; // whether each open level is an array
    bool after_key_ = false;
    void before_value();
    void close(char c);
};

/// `s` in double quotes with backslash escapes: \" \\ \n \t \r, and \xHH for other control
/// characters. YAML's double-quoted style and the journal's quoted values both read it.
std::string double_quoted(std::string_view s);

/// Whether a spreadsheet would read a CSV cell as a formula (OWASP's rule): it starts with
/// '=', '+', '-', '@', a tab or a carriage return, and is not a plain number such as -12.5.
bool is_formula_cell(std::string_view s);

/// One CSV field: a formula cell (is_formula_cell) gets a leading apostrophe so that a
/// spreadsheet shows it as text; then the field is quoted when it holds a comma, quote, CR or
/// LF (RFC 4180).
std::string csv_field(std::string_view s);

/// One CSV record of the given fields, ending in CRLF as RFC 4180 says.
std::string csv_record(std::span<const std::string> fields);

/// Columns aligned for a terminal: a header row, then rows; widths are display widths.
std::string text_table(std::span<const std::string> header, const std::vector<std::vector<std::string>>& rows);

/// The columns UTF-8 text takes on a terminal (libutf8proc): CJK and emoji take two, combining
/// marks none, so `e` + U+0301 is as wide as the precomposed `é`.
std::size_t display_width(std::string_view s);

/// Diagnostics as a JSON array of objects: file, line, column, severity, message, hint.
std::string format_diagnostics_json(const std::vector<Diagnostic>& diags);

}  // namespace mentor
