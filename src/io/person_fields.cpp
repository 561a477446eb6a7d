#include "mentor/io/person_fields.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "mentor/domain/email.hpp"
#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

namespace {

// The largest magnitude of a survey answer (scales are 1 to 5, 0 to 10, or percentages).
constexpr double max_survey_answer = 1000;

constexpr std::array<std::string_view, 12> list_fields{"roles",     "subjects",     "grades", "modality", "languages",
                                                       "availability", "teaches", "focus", "survey", "prefers",  "avoid",
                                                       "strengths"};
constexpr std::array<std::string_view, 2> modalities{"in-person", "online"};
constexpr std::array<std::string_view, 4> role_names{"mentor", "mentee", "coordinator", "supervisor"};

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A value as a message shows it: control characters escaped, so that it stays on one line.
std::string printable(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            out += fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        else out += c;
    }
    return out;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates, std::string fallback) {
    const std::string best = closest_match(word, candidates);
    return best.empty() ? fallback : fmt::format("did you mean '{}'?", best);
}

class FieldReader {
public:
    FieldReader(Person& p, Diagnostics& d) : p_(p), d_(d) {}

    std::optional<int> integer(const FieldItem& item, std::string_view key, int lo, int hi) {
        int value = 0;
        const auto* end = item.text.data() + item.text.size();
        const auto [ptr, ec] = std::from_chars(item.text.data(), end, value);
        if (ec != std::errc{} || ptr != end || item.text.empty()) {
            d_.error(item.pos, fmt::format("'{}' must be a whole number, not '{}'", key, item.text),
                     fmt::format("write a number from {} to {}", lo, hi));
            return std::nullopt;
        }
        if (value < lo || value > hi) {
            d_.error(item.pos, fmt::format("'{}' is {}, outside {}..{}", key, value, lo, hi),
                     fmt::format("write a number from {} to {}", lo, hi));
            return std::nullopt;
        }
        return value;
    }

    std::optional<Date> date(const FieldItem& item, std::string_view key) {
        if (auto d = parse_date(item.text)) return d;
        d_.error(item.pos, fmt::format("'{}' is not a valid date: '{}'", key, item.text),
                 "write dates as YYYY-MM-DD, e.g. 2026-08-24");
        return std::nullopt;
    }

    std::string id_ref(const FieldItem& item, std::string_view key) {
        if (!is_valid_id(item.text)) {
            d_.error(item.pos, fmt::format("'{}' names '{}', which is not a valid id", key, item.text),
                     "ids are lowercase letters, digits, '.', '_' or '-'");
        }
        return item.text;
    }

    void id(const FieldItem& item) {
        p_.pos.id = item.pos;
        if (!is_valid_id(item.text)) {
            const std::string lower = lowercase(item.text);
            d_.error(item.pos, fmt::format("'{}' is not a valid id", item.text),
                     is_valid_id(lower) ? fmt::format("ids are lowercase: write '{}'", lower)
                                        : "an id starts with a lowercase letter or digit, then letters, digits, '.', '_' or '-'");
        }
        p_.id = item.text;
    }

    void email(const FieldItem& item) {
        if (const auto problem = email_address_problem(item.text)) {
            d_.error(item.pos, fmt::format("'{}' is not an email address: {}", printable(item.text), *problem),
                     "write one address as name@example.org, without a display name, spaces or line breaks");
        }
        p_.email = item.text;
    }

    void roles(const std::vector<FieldItem>& items) {
        for (const auto& item : items) {
            if (auto r = parse_role(item.text)) {
                p_.roles = static_cast<std::uint8_t>(p_.roles | static_cast<std::uint8_t>(*r));
            } else {
                d_.error(item.pos, fmt::format("unknown role '{}'", item.text),
                         did_you_mean(item.text, role_names, "roles are mentor, mentee, coordinator and supervisor"));
            }
        }
    }

    void grades(const std::vector<FieldItem>& items) {
        for (const auto& item : items) {
            if (item.text == "K" || item.text == "k") {
                p_.grades.push_back(0);
            } else if (auto g = integer(item, "grades", 0, 12)) {
                p_.grades.push_back(*g);
            }
        }
        std::sort(p_.grades.begin(), p_.grades.end());
        p_.grades.erase(std::unique(p_.grades.begin(), p_.grades.end()), p_.grades.end());
    }

    void modality(const std::vector<FieldItem>& items) {
        p_.in_person = false;
        p_.online = false;
        for (const auto& item : items) {
            if (item.text == "in-person") {
                p_.in_person = true;
            } else if (item.text == "online") {
                p_.online = true;
            } else {
                d_.error(item.pos, fmt::format("unknown modality '{}'", item.text),
                         did_you_mean(item.text, modalities, "modality is in-person, online, or both: [in-person, online]"));
            }
        }
        if (!p_.in_person && !p_.online) p_.in_person = true;
    }

    void windows(const std::vector<FieldItem>& items, std::vector<Window>& out, std::string_view key) {
        for (const auto& item : items) {
            WindowError err;
            if (auto w = parse_window(item.text, err)) {
                out.push_back(*w);
            } else if (key == "teaches" && err.message.starts_with("availability window")) {
                d_.error(item.pos, "teaching period" + err.message.substr(std::string_view("availability window").size()),
                         "write a teaching period as DAY HH:MM-HH:MM, e.g. \"tue 09:00-09:50\"");
            } else {
                d_.error(item.pos, err.message, err.hint);
            }
        }
        std::sort(out.begin(), out.end());
    }

    std::optional<LeftReason> left_reason(const FieldItem& item) {
        if (auto why = left_reason_names.parse(item.text)) return why;
        const auto names = left_reason_names.names();
        const std::string best = closest_match(item.text, names);
        d_.error(item.pos, fmt::format("'left_reason' is '{}', which is not one of: {}", item.text, fmt::join(names, ", ")),
                 best.empty() ? "other-school = another school of the district, other-district, left-teaching, retired, other"
                              : fmt::format("did you mean '{}'?", best));
        return std::nullopt;
    }

    std::optional<bool> boolean(const FieldItem& item, std::string_view key) {
        if (item.text == "true") return true;
        if (item.text == "false") return false;
        d_.error(item.pos, fmt::format("'{}' must be true or false, not '{}'", key, item.text),
                 fmt::format("write '{}: true' or '{}: false'", key, key));
        return std::nullopt;
    }

    void survey(const std::vector<FieldItem>& items) {
        for (const auto& item : items) {
            const auto eq = item.text.find('=');
            const std::string question = item.text.substr(0, eq);
            const std::string answer = eq == std::string::npos ? std::string{} : item.text.substr(eq + 1);
            double value = 0;
            const auto [ptr, ec] = std::from_chars(answer.data(), answer.data() + answer.size(), value);
            if (eq == std::string::npos || question.empty()) {
                d_.error(item.pos, fmt::format("survey answer '{}' has no question", item.text),
                         "write each answer as question=number, e.g. structure=4");
            } else if (ec != std::errc{} || ptr != answer.data() + answer.size() || answer.empty() ||
                       !std::isfinite(value) || std::abs(value) > max_survey_answer) {
                d_.error(item.pos,
                         fmt::format("survey answer '{}' must be a number from -{} to {}, not '{}'", question,
                                     max_survey_answer, max_survey_answer, answer),
                         "answers are numbers on the survey's scale, e.g. 1 to 5");
            } else {
                p_.survey.emplace_back(question, value);
            }
        }
        std::sort(p_.survey.begin(), p_.survey.end());
    }

    void refs(const std::vector<FieldItem>& items, std::string_view key, std::vector<std::string>& ids,
              std::vector<SourcePos>& where) {
        for (const auto& item : items) {
            ids.push_back(id_ref(item, key));
            where.push_back(item.pos);
        }
    }

private:
    Person& p_;
    Diagnostics& d_;
};

std::vector<std::string> texts(const std::vector<FieldItem>& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.text);
    return out;
}

}  // namespace

bool is_list_field(std::string_view key) {
    return std::find(list_fields.begin(), list_fields.end(), key) != list_fields.end();
}

void apply_person_field(Person& p, std::string_view key, const std::vector<FieldItem>& given, Diagnostics& d) {
    // A value is one line of printable text, however it was written (a "\x01" escape, a line break).
    std::vector<FieldItem> clean;
    const bool faulty = std::any_of(given.begin(), given.end(),
                                    [](const FieldItem& i) { return find_text_fault(i.text, Controls::none).has_value(); });
    if (faulty) {
        for (const FieldItem& item : given) {
            if (const std::optional<TextFault> f = find_text_fault(item.text, Controls::none)) {
                d.error(item.pos, fmt::format("'{}': {}", key, f->message), "a value is one line of printable text");
            } else {
                clean.push_back(item);
            }
        }
    }
    const std::vector<FieldItem>& items = faulty ? clean : given;
    FieldReader r(p, d);
    if (is_list_field(key)) {
        if (key == "roles") r.roles(items);
        else if (key == "subjects") p.subjects = texts(items);
        else if (key == "grades") r.grades(items);
        else if (key == "modality") r.modality(items);
        else if (key == "languages") p.languages = texts(items);
        else if (key == "availability") r.windows(items, p.availability, key);
        else if (key == "teaches") r.windows(items, p.teaches, key);
        else if (key == "focus") p.focus = texts(items);
        else if (key == "survey") r.survey(items);
        else if (key == "prefers") r.refs(items, key, p.prefers, p.pos.prefers);
        else if (key == "avoid") r.refs(items, key, p.avoid, p.pos.avoid);
        else if (key == "strengths") {
            p.strengths = texts(items);
            p.pos.strengths.clear();
            for (const FieldItem& i : items) p.pos.strengths.push_back(i.pos);
        }
        return;
    }
    if (items.empty()) return;
    const FieldItem& v = items.front();
    if (key == "id") r.id(v);
    else if (key == "name") p.name = v.text;
    else if (key == "email") r.email(v);
    else if (key == "school") p.school = v.text;
    else if (key == "years") p.years = r.integer(v, key, 0, 60);
    else if (key == "supervisor") {
        p.pos.supervisor = v.pos;
        p.supervisor = r.id_ref(v, key);
    } else if (key == "capacity") {
        p.pos.capacity = v.pos;
        p.capacity = r.integer(v, key, 0, 100);
    } else if (key == "trained") {
        p.pos.trained = v.pos;
        p.trained = r.date(v, key);
    } else if (key == "cohort") p.cohort = v.text;
    else if (key == "group") p.group = r.boolean(v, key);
    else if (key == "participates") {
        p.pos.participates = v.pos;
        p.participates = r.boolean(v, key);
    } else if (key == "recommended_by") {
        p.pos.recommended_by = v.pos;
        p.recommended_by = r.id_ref(v, key);
    }
    else if (key == "start") {
        p.pos.start = v.pos;
        p.start = r.date(v, key);
    } else if (key == "leaves") {
        p.pos.leaves = v.pos;
        p.leaves = r.date(v, key);
    } else if (key == "left_reason") {
        p.pos.left_reason = v.pos;
        p.left_reason = r.left_reason(v);
    }
}

}  // namespace mentor
