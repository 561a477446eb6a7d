#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// One data row of a CSV file: its fields and where each field starts.
struct CsvRow {
    std::vector<std::string> fields;
    std::vector<SourcePos> pos;
    int line = 0;  ///< line where the row starts
};

/// A CSV file with a header row.
struct CsvTable {
    std::vector<std::string> header;
    std::vector<SourcePos> header_pos;
    std::vector<CsvRow> rows;
    char delimiter = ',';
};

/// Parses CSV as spreadsheets and HR exports write it (RFC 4180 and common variants):
/// a header row; fields quoted with `"` may hold delimiters, newlines and doubled quotes;
/// CRLF or LF line ends; a UTF-8 byte-order mark is skipped. The delimiter is a comma,
/// unless the header row has none and has semicolons or tabs instead. Blank lines are
/// skipped. Problems (an unclosed quote, a row with too many fields) go to `diags`.
CsvTable parse_csv(std::string_view text, Diagnostics& diags);

}  // namespace mentor
