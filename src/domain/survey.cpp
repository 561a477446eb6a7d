// Surveys: a form export's submissions merged into the answers mentor keeps.
#include "mentor/domain/survey.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

const SurveyQuestion* SurveyConfig::question(std::string_view qid) const {
    for (const auto& q : questions) {
        if (q.id == qid) return &q;
    }
    return nullptr;
}

bool SurveyConfig::asks(const Person& p) const {
    switch (who) {
        case SurveyAudience::mentees: return p.has(Role::mentee);
        case SurveyAudience::mentors: return p.has(Role::mentor);
        case SurveyAudience::everyone: return p.has(Role::mentee) || p.has(Role::mentor);
    }
    return false;
}

void sort_answers(std::vector<SurveyAnswer>& answers) {
    std::sort(answers.begin(), answers.end(), [](const SurveyAnswer& a, const SurveyAnswer& b) {
        return std::tie(a.person, a.question) < std::tie(b.person, b.question);
    });
}

namespace {

// Reads digits at `s[i]` (at most `max` of them) into `out`; false when there are none.
bool read_number(std::string_view s, std::size_t& i, int& out, std::size_t max) {
    const std::size_t start = i;
    out = 0;
    while (i < s.size() && i - start < max && std::isdigit(static_cast<unsigned char>(s[i]))) out = out * 10 + (s[i++] - '0');
    return i > start;
}

}  // namespace

std::optional<std::string> parse_form_timestamp(std::string_view text, DateOrder order) {
    const std::string_view s = trim(text);
    std::size_t i = 0;
    int a = 0, b = 0, c = 0;
    const std::size_t a_start = i;
    if (!read_number(s, i, a, 4)) return std::nullopt;
    const std::size_t a_len = i - a_start;
    if (i >= s.size() || (s[i] != '/' && s[i] != '-' && s[i] != '.')) return std::nullopt;
    const char sep = s[i++];
    if (!read_number(s, i, b, 2) || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    const std::size_t c_start = i;
    if (!read_number(s, i, c, 4)) return std::nullopt;
    const std::size_t c_len = i - c_start;
    int year = 0, month = 0, day = 0;
    if (a_len == 4) {
        year = a, month = b, day = c;
    } else {
        if (a_len > 2 || (c_len != 2 && c_len != 4)) return std::nullopt;
        year = c_len == 2 ? 2000 + c : c;
        month = order == DateOrder::mdy ? a : b;
        day = order == DateOrder::mdy ? b : a;
    }
    if (year < min_year || year > max_year || !is_valid_ymd(year, month, day)) return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    if (i < s.size()) {
        if (s[i] != ' ' && s[i] != 'T') return std::nullopt;
        ++i;
        while (i < s.size() && s[i] == ' ') ++i;
        if (!read_number(s, i, hour, 2) || i >= s.size() || s[i] != ':') return std::nullopt;
        ++i;
        if (!read_number(s, i, minute, 2)) return std::nullopt;
        if (i < s.size() && s[i] == ':') {
            ++i;
            if (!read_number(s, i, second, 2)) return std::nullopt;
            if (i < s.size() && s[i] == '.') {  // fractions of a second
                ++i;
                while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
            }
        }
        std::string_view rest = trim(s.substr(i));
        if (rest.size() >= 2) {
            const char m0 = static_cast<char>(std::toupper(static_cast<unsigned char>(rest[0])));
            const char m1 = static_cast<char>(std::toupper(static_cast<unsigned char>(rest[1])));
            if ((m0 == 'A' || m0 == 'P') && m1 == 'M' && (rest.size() == 2 || rest[2] == ' ')) {
                if (hour < 1 || hour > 12) return std::nullopt;
                hour = hour % 12 + (m0 == 'P' ? 12 : 0);
            }
        }
        // Anything after the time (GMT-6, Z, +01:00, a zone name) is the form's zone: ignored.
        if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
    }
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", year, month, day, hour, minute, std::min(second, 59));
}

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

std::string format_number(double v) { return fmt::format("{}", v); }

// The number a scale answer stands for, or nothing.
std::optional<double> scale_value(const SurveyConfig& s, std::string_view text) {
    const std::string key = fold_value(text);
    for (const auto& [answer, value] : s.scale) {
        if (fold_value(answer) == key) return value;
    }
    double v = 0;
    const std::string_view t = trim(text);
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec == std::errc{} && ptr == t.data() + t.size() && std::isfinite(v) && v >= s.scale_min && v <= s.scale_max) {
        return v;
    }
    return std::nullopt;
}

// The choices of a multi-select cell: "A;B;" (Microsoft Forms) or "A, B" (Google Forms).
std::vector<std::string> split_choices(std::string_view cell) {
    std::vector<std::string> out;
    const bool semicolons = cell.find(';') != std::string_view::npos;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = semicolons ? cell.find(';', start) : cell.find(", ", start);
        const std::string_view part = trim(cell.substr(start, end == std::string_view::npos ? cell.npos : end - start));
        if (!part.empty()) out.emplace_back(part);
        if (end == std::string_view::npos) break;
        start = end + (semicolons ? 1 : 2);
    }
    return out;
}

// The stored form of one answer; nothing (with a warning) when it cannot be mapped.
std::optional<std::string> map_answer(const SurveyConfig& s, const SurveyQuestion& q, const SurveyCell& cell,
                                      Diagnostics& d) {
    const std::string_view text = trim(cell.text);
    if (text.empty()) return std::nullopt;
    switch (q.type) {
        case QuestionType::scale: {
            if (auto v = scale_value(s, text)) return format_number(*v);
            std::vector<std::string> known;
            for (const auto& [answer, value] : s.scale) known.push_back(fmt::format("\"{}\"", answer));
            d.warning(cell.pos, fmt::format("answer \"{}\" to '{}' is not on the scale of survey '{}'; it is not imported",
                                            text, q.id, s.id),
                      known.empty() ? fmt::format("the answers must be numbers from {} to {}", s.scale_min, s.scale_max)
                                    : fmt::format("add it to [survey.{}] scale, which knows {}", s.id, fmt::join(known, ", ")));
            return std::nullopt;
        }
        case QuestionType::multi: {
            std::vector<std::string> chosen;
            for (const std::string& c : split_choices(text)) {
                if (q.options.empty()) {
                    chosen.push_back(c);
                    continue;
                }
                const auto it = std::find_if(q.options.begin(), q.options.end(),
                                             [&](const std::string& o) { return fold_value(o) == fold_value(c); });
                if (it != q.options.end()) {
                    chosen.push_back(*it);
                } else {
                    d.warning(cell.pos, fmt::format("choice \"{}\" of '{}' is not one of its options; it is not imported", c, q.id),
                              fmt::format("add it to the options of '{}' in [survey.{}]", q.id, s.id));
                }
            }
            if (q.options.empty()) {
                std::sort(chosen.begin(), chosen.end());
            } else {
                std::sort(chosen.begin(), chosen.end(), [&](const std::string& x, const std::string& y) {
                    return std::find(q.options.begin(), q.options.end(), x) < std::find(q.options.begin(), q.options.end(), y);
                });
            }
            chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
            if (chosen.empty()) return std::nullopt;
            std::string out;
            for (const auto& c : chosen) out += (out.empty() ? "" : "; ") + c;
            return out;
        }
        case QuestionType::text: return std::string(text);
    }
    return std::nullopt;
}

struct Chosen {
    const SurveyRow* row = nullptr;
    std::string submitted;
};

}  // namespace

SurveyImport merge_survey_rows(const SurveyConfig& survey, const Roster& roster, const std::vector<SurveyRow>& rows,
                               std::vector<SurveyAnswer> stored, const std::string& csv_source) {
    SurveyImport out;
    Diagnostics d(csv_source);
    std::unordered_map<std::string, const Person*> by_key;
    for (const Person& p : roster.people) {
        by_key.emplace(p.id, &p);
        if (!p.email.empty()) by_key.emplace(lower(p.email), &p);
    }
    std::map<std::string, Chosen> chosen;  // by person id
    for (const SurveyRow& row : rows) {
        const std::string who(trim(row.respondent.text));
        if (who.empty()) {
            d.warning(row.respondent.pos, "this submission names no respondent; it is not imported",
                      "anonymous answers cannot be counted per person: ask the form to collect email addresses");
            continue;
        }
        auto it = by_key.find(who);
        if (it == by_key.end()) it = by_key.find(lower(who));
        if (it == by_key.end()) {
            d.warning(row.respondent.pos, fmt::format("respondent '{}' is not in the roster; the submission is not imported", who),
                      "add them to roster.yaml (or correct their email there), then import again");
            continue;
        }
        const auto ts = parse_form_timestamp(row.timestamp.text, survey.date_order);
        if (!ts) {
            d.warning(row.timestamp.pos, fmt::format("'{}' is not a submission time; the submission is not imported",
                                                     row.timestamp.text),
                      fmt::format("the form's timestamps look like 2027/01/12 8:41:07 AM or 1/14/2027 9:32 (date_order = \"{}\")",
                                  date_order_names.name_of(survey.date_order)));
            continue;
        }
        const std::string& id = it->second->id;
        auto [slot, fresh] = chosen.try_emplace(id, Chosen{&row, *ts});
        if (fresh) continue;
        const bool later = *ts >= slot->second.submitted;  // a tie goes to the row further down
        const SurveyRow& kept = later ? row : *slot->second.row;
        const SurveyRow& dropped = later ? *slot->second.row : row;
        d.warning({dropped.line, 1},
                  fmt::format("{} submitted this survey twice (lines {} and {}); the later submission, line {} at {}, is kept",
                              id, std::min(row.line, slot->second.row->line), std::max(row.line, slot->second.row->line),
                              kept.line, later ? *ts : slot->second.submitted),
                  "a form that allows editing answers replaces them instead");
        if (later) slot->second = Chosen{&row, *ts};
    }

    std::map<std::string, std::string> stored_time;  // person -> submitted
    for (const SurveyAnswer& a : stored) stored_time[a.person] = std::max(stored_time[a.person], a.submitted);
    std::vector<SurveyAnswer> merged;
    for (auto& [id, c] : chosen) {
        std::vector<SurveyAnswer> mine;
        for (std::size_t q = 0; q < survey.questions.size() && q < c.row->answers.size(); ++q) {
            if (auto a = map_answer(survey, survey.questions[q], c.row->answers[q], d)) {
                mine.push_back({id, survey.questions[q].id, c.submitted, std::move(*a)});
            }
        }
        if (mine.empty()) continue;
        const auto st = stored_time.find(id);
        if (st != stored_time.end() && st->second >= c.submitted) {
            ++out.unchanged;
            continue;
        }
        (st == stored_time.end() ? out.added : out.replaced).push_back(id);
        std::erase_if(stored, [&](const SurveyAnswer& a) { return a.person == id; });
        for (auto& a : mine) merged.push_back(std::move(a));
    }
    for (auto& a : stored) merged.push_back(std::move(a));
    sort_answers(merged);
    out.answers = std::move(merged);
    out.diagnostics = d.take();
    sort_diagnostics(out.diagnostics);
    return out;
}

}  // namespace mentor
