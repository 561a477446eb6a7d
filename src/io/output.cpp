#include "mentor/io/output.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace mentor {

std::optional<Format> parse_format(std::string_view name) {
    if (name == "text") return Format::text;
    if (name == "json") return Format::json;
    if (name == "csv") return Format::csv;
    return std::nullopt;
}

std::string json_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

std::string json_number(double v) {
    if (!std::isfinite(v)) return "null";
    if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<long long>(v));
    std::string s = fmt::format("{:.6f}", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!counts_.empty()) {
        if (counts_.back()++ > 0) out_ += ',';
        out_ += '\n';
        out_.append(2 * counts_.size(), ' ');
    }
}

void JsonWriter::begin_object() {
    before_value();
    const bool document = counts_.empty() || (counts_.size() == 1 && arrays_.front());
    out_ += '{';
    counts_.push_back(0);
    arrays_.push_back(false);
    if (document) {
        key("version");
        value(json_format_version);
    }
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    counts_.push_back(0);
    arrays_.push_back(true);
}

void JsonWriter::close(char c) {
    const int n = counts_.back();
    counts_.pop_back();
    arrays_.pop_back();
    if (n > 0) {
        out_ += '\n';
        out_.append(2 * counts_.size(), ' ');
    }
    out_ += c;
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view k) {
    before_value();
    out_ += json_quote(k);
    out_ += ": ";
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    out_ += json_quote(s);
}

void JsonWriter::value(double v) {
    before_value();
    out_ += json_number(v);
}

void JsonWriter::value(int v) {
    before_value();
    out_ += std::to_string(v);
}

void JsonWriter::value(bool v) {
    before_value();
    out_ += v ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

void JsonWriter::string_array(std::span<const std::string> items) {
    before_value();
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out_ += ", ";
        out_ += json_quote(items[i]);
    }
    out_ += ']';
}

void JsonWriter::int_array(std::span<const int> items) {
    before_value();
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out_ += ", ";
        out_ += std::to_string(items[i]);
    }
    out_ += ']';
}

std::string JsonWriter::finish() {
    out_ += '\n';
    return std::move(out_);
}

std::string double_quoted(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                    out += fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

namespace {

// An optional minus, digits, and optionally a point and more digits: what mentor writes for
// amounts and hours, which a spreadsheet must keep reading as numbers.
bool is_plain_number(std::string_view s) {
    if (!s.empty() && s.front() == '-') s.remove_prefix(1);
    const std::size_t point = s.find('.');
    const std::string_view whole = s.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
    const auto digits = [](std::string_view d) {
        return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(whole) && (point == std::string_view::npos || digits(fraction));
}

}  // namespace

bool is_formula_cell(std::string_view s) {
    if (s.empty() || std::string_view("=+-@\t\r").find(s.front()) == std::string_view::npos) return false;
    return !is_plain_number(s);
}

std::string csv_field(std::string_view s) {
    const bool formula = is_formula_cell(s);
    const bool quoted = s.find_first_of(",\"\r\n") != std::string_view::npos;
    std::string out;
    out.reserve(s.size() + 3);
    if (quoted) out.push_back('"');
    if (formula) out.push_back('\'');
    for (const char c : s) {
        if (quoted && c == '"') out.push_back('"');
        out.push_back(c);
    }
    if (quoted) out.push_back('"');
    return out;
}

std::string csv_record(std::span<const std::string> fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += "\r\n";
    return out;
}

std::size_t display_width(std::string_view s) {
    // Columns a terminal gives the text: per grapheme cluster (a letter with its combining marks,
    // an emoji with its modifiers and joiners), the widest of its code points: 2 for East Asian
    // wide and emoji, 1 for most, 0 for marks. Text is checked UTF-8 by the time it is shown; a
    // stray byte counts one column.
    std::size_t width = 0;
    int cluster = 0;
    utf8proc_int32_t previous = -1;
    utf8proc_int32_t state = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t left = s.size();
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(left), &cp);
        if (n <= 0) {
            n = 1;
            cp = 0xFFFD;
        }
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) {
            width += static_cast<std::size_t>(cluster);
            cluster = 0;
        }
        const int w = cp == 0xFFFD ? 1 : utf8proc_charwidth(cp);
        cluster = std::max(cluster, std::clamp(w, 0, 2));
        previous = cp;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return width + static_cast<std::size_t>(cluster);
}

std::string text_table(std::span<const std::string> header, const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) width[i] = display_width(header[i]);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
    }
    std::string out;
    auto line = [&](std::span<const std::string> cells) {
        std::string l;
        for (std::size_t i = 0; i < cells.size() && i < width.size(); ++i) {
            l += cells[i];
            if (i + 1 < cells.size()) l.append(width[i] - display_width(cells[i]) + 2, ' ');
        }
        while (!l.empty() && l.back() == ' ') l.pop_back();
        out += l;
        out += '\n';
    };
    line(header);
    for (const auto& row : rows) line(row);
    return out;
}

std::string format_diagnostics_json(const std::vector<Diagnostic>& diags) {
    JsonWriter w;
    w.begin_array();
    for (const auto& d : diags) {
        w.begin_object();
        w.key("file"); w.value(d.file);
        w.key("line"); w.value(d.pos.line);
        w.key("column"); w.value(d.pos.line > 0 ? std::max(d.pos.col, 1) : 0);
        w.key("severity"); w.value(d.severity == Severity::error ? "error" : "warning");
        w.key("message"); w.value(d.message);
        w.key("hint"); w.value(d.hint);
        w.end_object();
    }
    w.end_array();
    return w.finish();
}

}  // namespace mentor
