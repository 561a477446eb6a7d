// surveys/ID.tsv, the answers mentor keeps of a survey, and the columns of a form export.
#include "mentor/io/survey_file.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/tsv.hpp"

namespace mentor {

namespace {

std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

std::optional<std::string> unescape(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (++i == s.size()) return std::nullopt;
        switch (s[i]) {
            case '\\': out += '\\'; break;
            case 't': out += '\t'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            default: return std::nullopt;
        }
    }
    return out;
}

bool is_timestamp(std::string_view s) {
    return s.size() == 19 && parse_date(s.substr(0, 10)) && s[10] == 'T' &&
           parse_form_timestamp(s, DateOrder::mdy) == std::string(s);
}

// A header as compared: lower case, spaces folded, without surrounding spaces.
std::string header_key(std::string_view h) { return fold_value(h); }

std::string letters(std::string_view h) {
    std::string out;
    for (const char c : h) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

std::string format_survey_answers(const std::vector<SurveyAnswer>& answers) {
    std::string out(survey_file_header);
    out += "\n# person\tquestion\tsubmitted\tanswer\n";
    for (const SurveyAnswer& a : answers) {
        out += fmt::format("{}\t{}\t{}\t{}\n", a.person, a.question, a.submitted, escape(a.answer));
    }
    return out;
}

ParsedSurveyAnswers parse_survey_answers(std::string_view text, const std::string& source) {
    ParsedSurveyAnswers out;
    Diagnostics d(source);
    const TsvFormat format{survey_file_header, "an answer", 4, "person, question, submitted, answer",
                           "this is not a survey answers file written by mentor survey import", {}, {}, true};
    read_tsv(text, format, d, [&](const TsvRecord& r) {
        const auto& f = r.fields;
        if (!is_valid_id(f[0]) || !is_valid_id(f[1])) {
            d.error({r.line, 1}, "an answer starts with a person's id and a question's id",
                    "this file is written by mentor survey import: import the export again instead of editing it");
            return;
        }
        if (!is_timestamp(f[2])) {
            d.error({r.line, r.column(2)}, fmt::format("'{}' is not a submission time (YYYY-MM-DDTHH:MM:SS)", f[2]),
                    "this file is written by mentor survey import: import the export again instead of editing it");
            return;
        }
        auto answer = unescape(f[3]);
        if (!answer || answer->empty()) {
            d.error({r.line, r.column(3)}, "the answer is empty or has a backslash that is not \\\\, \\t, \\r or \\n",
                    "this file is written by mentor survey import: import the export again instead of editing it");
            return;
        }
        out.answers.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2]), std::move(*answer)});
    });
    const std::size_t n = out.answers.size();
    sort_answers(out.answers);
    for (std::size_t i = 1; i < n; ++i) {
        if (out.answers[i - 1].person == out.answers[i].person && out.answers[i - 1].question == out.answers[i].question) {
            d.error({1, 1}, fmt::format("{} answers '{}' twice", out.answers[i].person, out.answers[i].question),
                    "import the export again into a fresh file (delete this one first)");
        }
    }
    out.diagnostics = d.take();
    sort_diagnostics(out.diagnostics);
    return out;
}

std::vector<SurveyRow> survey_rows(const CsvTable& table, const SurveyConfig& survey, Diagnostics& d) {
    std::vector<std::string> headers;
    for (const auto& h : table.header) headers.push_back(header_key(h));
    const SourcePos header_at = table.header_pos.empty() ? SourcePos{1, 1} : table.header_pos.front();
    auto find = [&](std::string_view name) -> std::optional<std::size_t> {
        const auto it = std::find(headers.begin(), headers.end(), header_key(name));
        if (it == headers.end()) return std::nullopt;
        return static_cast<std::size_t>(it - headers.begin());
    };
    auto missing = [&](std::string_view what, std::string_view name, std::string_view key) {
        const std::vector<std::string_view> candidates(headers.begin(), headers.end());
        const std::string best = closest_match(header_key(name), candidates);
        d.error(header_at, fmt::format("the export has no column \"{}\" ({})", name, what),
                best.empty() ? fmt::format("set {} in [survey.{}] to one of the export's columns", key, survey.id)
                             : fmt::format("did you mean \"{}\"? set {} in [survey.{}]", table.header[*find(best)], key,
                                           survey.id));
    };
    auto guess = [&](std::initializer_list<std::string_view> names) -> std::optional<std::size_t> {
        for (std::string_view want : names) {
            for (std::size_t i = 0; i < table.header.size(); ++i) {
                if (letters(table.header[i]) == want) return i;
            }
        }
        return std::nullopt;
    };
    std::optional<std::size_t> who = survey.respondent_column.empty()
                                         ? guess({"emailaddress", "email", "username", "id", "respondent"})
                                         : find(survey.respondent_column);
    std::optional<std::size_t> when = survey.timestamp_column.empty()
                                          ? guess({"timestamp", "completiontime", "submittedat", "submitted", "endtime"})
                                          : find(survey.timestamp_column);
    if (!who) {
        if (survey.respondent_column.empty()) {
            d.error(header_at, "no column of the export names the respondent (an email address or an id)",
                    fmt::format("set respondent = \"COLUMN\" in [survey.{}]", survey.id));
        } else {
            missing("the respondent", survey.respondent_column, "respondent");
        }
    }
    if (!when) {
        if (survey.timestamp_column.empty()) {
            d.error(header_at, "no column of the export holds the submission time",
                    fmt::format("set timestamp = \"COLUMN\" in [survey.{}]", survey.id));
        } else {
            missing("the submission time", survey.timestamp_column, "timestamp");
        }
    }
    std::vector<std::size_t> columns;
    bool all = who && when;
    for (const SurveyQuestion& q : survey.questions) {
        if (auto c = find(q.column)) {
            columns.push_back(*c);
        } else {
            missing(fmt::format("question '{}'", q.id), q.column, fmt::format("the column of question '{}'", q.id));
            all = false;
        }
    }
    if (!all) return {};
    std::vector<SurveyRow> rows;
    rows.reserve(table.rows.size());
    auto cell = [](const CsvRow& r, std::size_t i) -> SurveyCell {
        if (i < r.fields.size()) return {r.fields[i], r.pos[i]};
        return {{}, {r.line, 1}};
    };
    for (const CsvRow& r : table.rows) {
        SurveyRow row{r.line, cell(r, *who), cell(r, *when), {}};
        for (const std::size_t c : columns) row.answers.push_back(cell(r, c));
        rows.push_back(std::move(row));
    }
    return rows;
}

namespace {

void put_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Windows-1252's characters at 0x80..0x9F (0 where the code page has none).
constexpr std::array<char16_t, 32> cp1252{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view encoding) {
    const std::string enc = letters(encoding);
    std::string out;
    if (enc == "utf8") return std::string(bytes);
    if (enc == "latin1" || enc == "iso88591" || enc == "windows1252" || enc == "cp1252") {
        const bool windows = enc == "windows1252" || enc == "cp1252";
        for (const char ch : bytes) {
            const auto b = static_cast<unsigned char>(ch);
            if (windows && b >= 0x80 && b < 0xA0) {
                const char16_t c = cp1252[static_cast<std::size_t>(b - 0x80)];
                if (c == 0) return std::nullopt;
                put_utf8(out, c);
            } else {
                put_utf8(out, b);
            }
        }
        return out;
    }
    if (enc == "utf16" || enc == "utf16le" || enc == "utf16be") {
        bool big = enc == "utf16be";
        std::size_t i = 0;
        if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) {
            big = false, i = 2;
        } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF) {
            big = true, i = 2;
        }
        if ((bytes.size() - i) % 2 != 0) return std::nullopt;
        auto unit = [&](std::size_t at) -> char16_t {
            const auto a = static_cast<unsigned char>(bytes[at]), b = static_cast<unsigned char>(bytes[at + 1]);
            return static_cast<char16_t>(big ? (a << 8 | b) : (b << 8 | a));
        };
        for (; i < bytes.size(); i += 2) {
            const char16_t u = unit(i);
            if (u >= 0xD800 && u < 0xDC00) {
                if (i + 3 >= bytes.size()) return std::nullopt;
                const char16_t lo = unit(i + 2);
                if (lo < 0xDC00 || lo >= 0xE000) return std::nullopt;
                put_utf8(out, 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (static_cast<char32_t>(lo) - 0xDC00));
                i += 2;
            } else if (u >= 0xDC00 && u < 0xE000) {
                return std::nullopt;
            } else {
                put_utf8(out, u);
            }
        }
        return out;
    }
    return std::nullopt;
}

}  // namespace mentor
