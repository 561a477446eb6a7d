#include "mentor/io/csv.hpp"

#include <fmt/format.h>

#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

char detect_delimiter(std::string_view text) {
    const std::string_view first = text.substr(0, text.find('\n'));
    if (first.find(',') != std::string_view::npos) return ',';
    if (first.find(';') != std::string_view::npos) return ';';
    if (first.find('\t') != std::string_view::npos) return '\t';
    return ',';
}

bool is_blank(const CsvRow& row) {
    for (const auto& f : row.fields) {
        if (!f.empty()) return false;
    }
    return true;
}

}  // namespace

CsvTable parse_csv(std::string_view text, Diagnostics& diags) {
    CsvTable table;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!check_file_text(text, diags)) return table;
    table.delimiter = detect_delimiter(text);
    const char delim = table.delimiter;

    std::vector<CsvRow> records;
    CsvRow row;
    std::string field;
    int line = 1, col = 1;
    SourcePos field_pos{1, 1};
    row.line = 1;
    bool quoted = false;       // inside a quoted field
    bool was_quoted = false;   // the current field started with a quote
    SourcePos quote_pos;
    bool row_open = false;     // something was read since the last row ended

    auto end_field = [&] {
        row.fields.push_back(std::move(field));
        row.pos.push_back(field_pos);
        field.clear();
        was_quoted = false;
    };
    auto end_row = [&] {
        end_field();
        records.push_back(std::move(row));
        row = CsvRow{};
        row_open = false;
    };

    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    i += 2;
                    col += 2;
                    continue;
                }
                quoted = false;
            } else {
                field += c;
                if (c == '\n') {
                    ++line;
                    col = 0;
                }
            }
            ++i;
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++col;
            continue;
        }
        if (!row_open) {
            row.line = line;
            field_pos = {line, col};
            row_open = true;
        }
        if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
            quote_pos = {line, col};
        } else if (c == delim) {
            end_field();
            field_pos = {line, col + 1};
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            // CR of a CRLF line end: the LF ends the row.
        } else if (c == '\n') {
            end_row();
            ++line;
            col = 0;
        } else {
            if (was_quoted) {
                diags.warning({line, col}, "text after a closing quote in a CSV field is kept as written",
                              "quote the whole field, and double any quote inside it: \"say \"\"hi\"\"\"");
                was_quoted = false;
            }
            field += c;
        }
        ++i;
        // Columns count characters, not bytes: UTF-8 continuation bytes do not advance.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++col;
    }
    if (quoted) {
        diags.error(quote_pos, "this quoted CSV field is never closed",
                    "add the closing quote; a quote inside a field is written twice (\"\")");
    }
    if (row_open) end_row();

    bool have_header = false;
    for (auto& r : records) {
        if (is_blank(r)) continue;
        if (!have_header) {
            table.header = std::move(r.fields);
            table.header_pos = std::move(r.pos);
            for (auto& h : table.header) {
                h = std::string(trim(h, " \t"));
            }
            have_header = true;
            continue;
        }
        if (r.fields.size() > table.header.size()) {
            diags.error(r.pos[table.header.size()],
                        fmt::format("this row has {} fields, the header has {}", r.fields.size(), table.header.size()),
                        "quote fields that contain the delimiter, or add a header for the extra column");
            continue;
        }
        r.fields.resize(table.header.size());
        r.pos.resize(table.header.size(), r.pos.empty() ? SourcePos{r.line, 1} : r.pos.back());
        table.rows.push_back(std::move(r));
    }
    if (!have_header) diags.error({1, 1}, "the CSV file is empty", "the first row must name the columns");
    return table;
}

}  // namespace mentor
