// The `[survey.ID]` tables of program.toml.
#include "mentor/io/program_survey.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

void read_survey_tables(const toml::table& root, Program& p, Diagnostics& d);

namespace {

using Keys = std::span<const std::string_view>;

constexpr std::array<std::string_view, 11> survey_keys{"title",      "kind",      "who",        "opens",  "closes",   "respondent",
                                                       "timestamp",  "date_order", "scale",     "range",  "questions"};
constexpr std::array<std::string_view, 4> question_keys{"id", "column", "type", "options"};
constexpr std::size_t max_surveys = 100;
constexpr std::size_t max_questions = 200;
constexpr std::size_t max_scale = 50;
constexpr std::size_t max_options = 100;
constexpr double max_scale_value = 1000;

SourcePos pos_of(const toml::node& n) {
    return {static_cast<int>(n.source().begin.line), static_cast<int>(n.source().begin.column)};
}
SourcePos key_pos(const toml::key& k) {
    return {static_cast<int>(k.source().begin.line), static_cast<int>(k.source().begin.column)};
}

void known_keys(const toml::table& t, std::string_view where, Keys keys, Diagnostics& d) {
    for (auto&& [k, v] : t) {
        if (std::find(keys.begin(), keys.end(), k.str()) != keys.end()) continue;
        const std::string best = closest_match(k.str(), keys);
        d.error(key_pos(k), fmt::format("unknown key '{}' in {}", k.str(), where),
                best.empty() ? fmt::format("known keys here: {}", fmt::join(keys, ", ")) : fmt::format("did you mean '{}'?", best));
    }
}

// A string value; an error when it is of another type or holds what a value may not.
bool string_value(const toml::node& n, std::string_view what, std::string& out, Diagnostics& d) {
    const auto* s = n.as_string();
    if (!s) {
        d.error(pos_of(n), fmt::format("{} must be a string", what), "write it in double quotes");
        return false;
    }
    if (const auto fault = find_text_fault(s->get(), Controls::none)) {
        d.error(pos_of(n), fmt::format("{}: {}", what, fault->message), fault->hint);
        return false;
    }
    out = s->get();
    return true;
}

template <class E, std::size_t N>
void choice(const toml::table& t, std::string_view key, std::string_view what, const NameTable<E, N>& names, E& out,
            Diagnostics& d) {
    const toml::node* n = t.get(key);
    if (!n) return;
    std::string text;
    if (!string_value(*n, what, text, d)) return;
    if (auto v = names.parse(text)) {
        out = *v;
        return;
    }
    const auto all = names.names();
    const std::string best = closest_match(text, Keys(all));
    d.error(pos_of(*n), fmt::format("{} is '{}', which is not one of: {}", what, text, names.joined_names(", ", ", ")),
            best.empty() ? fmt::format("write one of: {}", names.joined_names()) : fmt::format("did you mean '{}'?", best));
}

std::optional<Date> date_value(const toml::node& n, std::string_view what, Diagnostics& d) {
    if (const auto* v = n.as_date()) {
        const toml::date x = v->get();
        if (x.year >= min_year && x.year <= max_year && is_valid_ymd(x.year, x.month, x.day)) {
            return Date::from_ymd(x.year, x.month, x.day);
        }
    } else if (const auto* s = n.as_string()) {
        if (auto x = parse_date(s->get())) return x;
    }
    d.error(pos_of(n), fmt::format("{} must be a date from {} to {}", what, min_year, max_year),
            "write dates as YYYY-MM-DD, e.g. 2027-01-11");
    return std::nullopt;
}

std::optional<double> number_value(const toml::node& n, std::string_view what, Diagnostics& d) {
    double v = 0;
    if (const auto* i = n.as_integer()) v = static_cast<double>(i->get());
    else if (const auto* f = n.as_floating_point()) v = f->get();
    else {
        d.error(pos_of(n), fmt::format("{} must be a number", what), "write it as 4 or 2.5");
        return std::nullopt;
    }
    if (!std::isfinite(v) || v < -max_scale_value || v > max_scale_value) {
        d.error(pos_of(n), fmt::format("{} must be a number from {} to {}", what, -max_scale_value, max_scale_value),
                "survey answers are small numbers, such as 1 to 5");
        return std::nullopt;
    }
    return v;
}

void read_scale(const toml::table& t, SurveyConfig& s, Diagnostics& d) {
    bool have_range = false;
    if (const toml::node* n = t.get("scale")) {
        const auto* st = n->as_table();
        if (!st) {
            d.error(pos_of(*n), fmt::format("survey.{}.scale must be a table of answers and numbers", s.id),
                    "write scale = { \"Disagree\" = 1, \"Agree\" = 2 }");
        } else if (st->size() > max_scale) {
            d.error(pos_of(*n), fmt::format("survey.{}.scale lists {} answers; at most {}", s.id, st->size(), max_scale));
        } else {
            for (auto&& [k, v] : *st) {
                if (const auto fault = find_text_fault(k.str(), Controls::none)) {
                    d.error(key_pos(k), fmt::format("an answer of survey.{}.scale: {}", s.id, fault->message), fault->hint);
                    continue;
                }
                const bool dup = std::any_of(s.scale.begin(), s.scale.end(),
                                             [&](const auto& e) { return fold_value(e.first) == fold_value(k.str()); });
                if (dup) {
                    d.error(key_pos(k), fmt::format("survey.{}.scale lists \"{}\" twice (answers are compared without case)",
                                                    s.id, k.str()), "keep one of them");
                    continue;
                }
                if (auto x = number_value(v, fmt::format("survey.{}.scale \"{}\"", s.id, k.str()), d)) {
                    s.scale.emplace_back(std::string(k.str()), *x);
                }
            }
        }
    }
    if (const toml::node* n = t.get("range")) {
        const auto* a = n->as_array();
        std::optional<double> lo, hi;
        if (a && a->size() == 2) {
            lo = number_value((*a)[0], fmt::format("survey.{}.range", s.id), d);
            hi = number_value((*a)[1], fmt::format("survey.{}.range", s.id), d);
        }
        if (!lo || !hi || *hi < *lo) {
            d.error(pos_of(*n), fmt::format("survey.{}.range must be two numbers, the lowest and the highest answer", s.id),
                    "write range = [1, 5]");
        } else {
            s.scale_min = *lo, s.scale_max = *hi;
            have_range = true;
        }
    }
    if (!have_range && !s.scale.empty()) {
        const auto [lo, hi] = std::minmax_element(s.scale.begin(), s.scale.end(),
                                                  [](const auto& x, const auto& y) { return x.second < y.second; });
        s.scale_min = lo->second, s.scale_max = hi->second;
    }
}

void read_questions(const toml::table& t, const toml::table& root_of_survey, SurveyConfig& s, Diagnostics& d) {
    const toml::node* n = t.get("questions");
    if (!n) {
        d.error(pos_of(root_of_survey), fmt::format("survey.{}.questions is missing", s.id),
                "add questions = [{ id = \"support\", column = \"My mentor supports me\" }]");
        return;
    }
    const auto* a = n->as_array();
    if (!a || a->empty() || a->size() > max_questions) {
        d.error(pos_of(*n), fmt::format("survey.{}.questions must be a list of 1 to {} questions", s.id, max_questions),
                "write questions = [{ id = \"support\", column = \"My mentor supports me\" }]");
        return;
    }
    for (const toml::node& e : *a) {
        const auto* q = e.as_table();
        if (!q) {
            d.error(pos_of(e), fmt::format("each question of survey.{} must be a table", s.id),
                    "write { id = \"support\", column = \"My mentor supports me\" }");
            continue;
        }
        known_keys(*q, fmt::format("a question of survey.{}", s.id), question_keys, d);
        SurveyQuestion question;
        const toml::node* id = q->get("id");
        const toml::node* column = q->get("column");
        if (!id || !column) {
            d.error(pos_of(e), fmt::format("a question of survey.{} needs an id and a column", s.id),
                    "write { id = \"support\", column = \"My mentor supports me\" }");
            continue;
        }
        if (!string_value(*id, "a question's id", question.id, d) || !string_value(*column, "a question's column", question.column, d)) {
            continue;
        }
        if (!is_valid_id(question.id)) {
            d.error(pos_of(*id), fmt::format("question id '{}' is not a valid id", question.id),
                    "use lowercase letters, digits, '.', '_' or '-', e.g. \"support\"");
            continue;
        }
        if (s.question(question.id)) {
            d.error(pos_of(*id), fmt::format("survey.{} has two questions with the id '{}'", s.id, question.id),
                    "give each question its own id");
            continue;
        }
        choice(*q, "type", fmt::format("the type of question '{}'", question.id), question_type_names, question.type, d);
        if (const toml::node* o = q->get("options")) {
            const auto* oa = o->as_array();
            if (!oa || oa->size() > max_options || question.type != QuestionType::multi) {
                d.error(pos_of(*o), fmt::format("options of question '{}' must be a list of at most {} strings, on a multi question",
                                                question.id, max_options),
                        "write type = \"multi\", options = [\"Assessment\", \"Differentiation\"]");
            } else {
                for (const toml::node& x : *oa) {
                    std::string text;
                    if (string_value(x, fmt::format("an option of question '{}'", question.id), text, d)) {
                        question.options.push_back(std::move(text));
                    }
                }
            }
        }
        s.questions.push_back(std::move(question));
    }
}

void read_survey(std::string_view id, const toml::node& node, SourcePos where, SurveyConfig& s, Diagnostics& d) {
    s.id = std::string(id);
    s.pos = where;
    const auto* t = node.as_table();
    if (!t) {
        d.error(pos_of(node), fmt::format("survey.{} must be a table", id), fmt::format("write it as a [survey.{}] section", id));
        return;
    }
    known_keys(*t, fmt::format("[survey.{}]", id), survey_keys, d);
    if (const toml::node* n = t->get("title")) string_value(*n, fmt::format("survey.{}.title", id), s.title, d);
    if (!t->get("kind")) {
        d.error(where, fmt::format("survey.{}.kind is missing", id),
                fmt::format("add kind = \"...\", one of: {}", survey_kind_names.joined_names()));
    }
    choice(*t, "kind", fmt::format("survey.{}.kind", id), survey_kind_names, s.kind, d);
    choice(*t, "who", fmt::format("survey.{}.who", id), survey_audience_names, s.who, d);
    choice(*t, "date_order", fmt::format("survey.{}.date_order", id), date_order_names, s.date_order, d);
    if (const toml::node* n = t->get("opens")) s.opens = date_value(*n, fmt::format("survey.{}.opens", id), d);
    if (const toml::node* n = t->get("closes")) s.closes = date_value(*n, fmt::format("survey.{}.closes", id), d);
    if (s.opens && s.closes && *s.closes < *s.opens) {
        d.error(pos_of(*t->get("closes")), fmt::format("survey.{} closes on {}, before it opens on {}", id, s.closes->iso(),
                                                       s.opens->iso()),
                "a survey is open from opens to closes, both days included");
    }
    if (const toml::node* n = t->get("respondent")) string_value(*n, fmt::format("survey.{}.respondent", id), s.respondent_column, d);
    if (const toml::node* n = t->get("timestamp")) string_value(*n, fmt::format("survey.{}.timestamp", id), s.timestamp_column, d);
    read_scale(*t, s, d);
    read_questions(*t, *t, s, d);
}

constexpr std::array<std::string_view, 3> needs_keys{"areas", "scale", "top"};
constexpr std::array<std::string_view, 7> selection_keys{"min_years",      "trained",  "min_training_hours", "recommendation",
                                                         "subjects",       "min_rating", "rating"};

std::optional<int> whole(const toml::table& t, std::string_view key, std::string_view what, int lo, int hi, Diagnostics& d) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    const auto* i = n->as_integer();
    if (!i || i->get() < lo || i->get() > hi) {
        d.error(pos_of(*n), fmt::format("{} must be a whole number from {} to {}", what, lo, hi),
                fmt::format("write {} = {}", key, lo));
        return std::nullopt;
    }
    return static_cast<int>(i->get());
}

std::optional<bool> flag(const toml::table& t, std::string_view key, std::string_view what, Diagnostics& d) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (const auto* b = n->as_boolean()) return b->get();
    d.error(pos_of(*n), fmt::format("{} must be true or false", what), fmt::format("write {} = true", key));
    return std::nullopt;
}

// An array of strings, each checked by `ok` (which reports its own error).
template <class Ok>
std::vector<std::string> strings(const toml::node& n, std::string_view what, std::size_t max, Diagnostics& d, Ok ok) {
    std::vector<std::string> out;
    const auto* a = n.as_array();
    if (!a || a->size() > max) {
        d.error(pos_of(n), fmt::format("{} must be a list of at most {} strings", what, max), "write [\"a\", \"b\"]");
        return out;
    }
    for (const toml::node& e : *a) {
        std::string text;
        if (!string_value(e, what, text, d) || !ok(text, e)) continue;
        if (std::find(out.begin(), out.end(), text) != out.end()) {
            d.error(pos_of(e), fmt::format("{} lists '{}' twice", what, text), "keep one of them");
            continue;
        }
        out.push_back(std::move(text));
    }
    return out;
}

void read_needs(const toml::table& root, Program& p, Diagnostics& d) {
    const toml::node* n = root.get("needs");
    if (!n) return;
    const auto* t = n->as_table();
    if (!t) {
        d.error(pos_of(*n), "'needs' must be a table", "write it as a [needs] section");
        return;
    }
    known_keys(*t, "[needs]", needs_keys, d);
    if (const toml::node* a = t->get("areas")) {
        p.needs.areas = strings(*a, "needs.areas", 50, d, [&](const std::string& area, const toml::node& e) {
            if (is_valid_id(area)) return true;
            d.error(pos_of(e), fmt::format("needs area '{}' is not an id", area),
                    "use lowercase letters, digits, '.', '_' or '-', e.g. \"classroom-management\"");
            return false;
        });
    } else {
        d.error(pos_of(*t), "needs.areas is missing", "add areas = [\"classroom-management\", \"assessment\"]");
    }
    if (auto v = whole(*t, "scale", "needs.scale", 2, 10, d)) p.needs.scale = *v;
    if (auto v = whole(*t, "top", "needs.top", 1, 10, d)) p.needs.top = *v;
}

void read_selection(const toml::table& root, Program& p, Diagnostics& d) {
    const toml::node* n = root.get("selection");
    if (!n) return;
    const auto* t = n->as_table();
    if (!t) {
        d.error(pos_of(*n), "'selection' must be a table", "write it as a [selection] section");
        return;
    }
    known_keys(*t, "[selection]", selection_keys, d);
    Selection& s = p.selection;
    s.min_years = whole(*t, "min_years", "selection.min_years", 0, 60, d);
    if (auto v = flag(*t, "trained", "selection.trained", d)) p.matching.require_trained = *v;
    s.min_training_hours = whole(*t, "min_training_hours", "selection.min_training_hours", 0, 1000, d);
    if (auto v = flag(*t, "recommendation", "selection.recommendation", d)) s.recommendation = *v;
    if (const toml::node* x = t->get("subjects")) {
        s.subjects = strings(*x, "selection.subjects", 100, d, [](const std::string&, const toml::node&) { return true; });
    }
    const toml::node* rating = t->get("rating");
    if (const toml::node* x = t->get("min_rating")) {
        if (auto v = number_value(*x, "selection.min_rating", d)) s.min_rating = *v;
        if (!rating) {
            d.error(pos_of(*x), "selection.min_rating needs a rating: the feedback question mentors are rated by",
                    "add rating = \"SURVEY.QUESTION\", e.g. \"midyear.mentor-support\"");
        }
    }
    if (rating) {
        std::string text;
        if (!string_value(*rating, "selection.rating", text, d)) return;
        const auto dot = text.find('.');
        const SurveyConfig* survey = dot == std::string::npos ? nullptr : p.survey(text.substr(0, dot));
        const SurveyQuestion* q = survey ? survey->question(text.substr(dot + 1)) : nullptr;
        if (!survey || survey->kind != SurveyKind::feedback || survey->who != SurveyAudience::mentees || !q ||
            q->type != QuestionType::scale) {
            d.error(pos_of(*rating), fmt::format("selection.rating '{}' is not a rating question of a feedback survey of mentees", text),
                    "write rating = \"SURVEY.QUESTION\", naming a [survey.ID] of kind \"feedback\" and who = \"mentees\"");
            return;
        }
        s.rating_survey = survey->id;
        s.rating_question = q->id;
        if (!s.min_rating) d.error(pos_of(*rating), "selection.rating is set without min_rating", "add min_rating = 3.5");
    }
}

// What a survey's questions must be for its kind: a needs survey rates areas of [needs].
void check_survey_kinds(Program& p, Diagnostics& d) {
    for (const SurveyConfig& s : p.surveys) {
        if (s.id == "needs" && s.kind != SurveyKind::needs) {
            d.error(s.pos, "[survey.needs] is where `mentor needs` keeps its ratings: its kind must be \"needs\"",
                    "give this survey another id");
        }
        if (s.kind != SurveyKind::needs) continue;
        if (p.needs.areas.empty()) {
            d.error(s.pos, fmt::format("survey.{} is a needs survey, but there is no [needs] areas list", s.id),
                    "add [needs] with areas = [...], the ids of its rating questions");
            continue;
        }
        for (const SurveyQuestion& q : s.questions) {
            if (q.type == QuestionType::scale &&
                std::find(p.needs.areas.begin(), p.needs.areas.end(), q.id) == p.needs.areas.end()) {
                d.error(s.pos, fmt::format("question '{}' of needs survey '{}' is not an area of [needs]", q.id, s.id),
                        fmt::format("the areas: {}", fmt::join(p.needs.areas, ", ")));
            }
        }
        if (s.scale_min < 1 || s.scale_max > p.needs.scale) {
            d.error(s.pos, fmt::format("survey.{}'s ratings run from {} to {}; needs are rated 1 to {}", s.id, s.scale_min,
                                       s.scale_max, p.needs.scale),
                    "make the scale's numbers fit [needs] scale");
        }
    }
}

}  // namespace

void read_voices_tables(const toml::table& root, Program& p, Diagnostics& d) {
    read_survey_tables(root, p, d);
    read_needs(root, p, d);
    read_selection(root, p, d);
    check_survey_kinds(p, d);
}

void read_survey_tables(const toml::table& root, Program& p, Diagnostics& d) {
    const toml::node* n = root.get("survey");
    if (!n) return;
    const auto* t = n->as_table();
    if (!t) {
        d.error(pos_of(*n), "'survey' must be a table of surveys", "write each survey as a [survey.ID] section");
        return;
    }
    if (t->size() > max_surveys) {
        d.error(pos_of(*n), fmt::format("program.toml has {} surveys; at most {}", t->size(), max_surveys));
        return;
    }
    for (auto&& [k, v] : *t) {
        if (!is_valid_id(k.str())) {
            d.error(key_pos(k), fmt::format("survey id '{}' is not a valid id", k.str()),
                    "use lowercase letters, digits, '.', '_' or '-', e.g. [survey.midyear]");
            continue;
        }
        SurveyConfig s;
        read_survey(k.str(), v, key_pos(k), s, d);
        p.surveys.push_back(std::move(s));
    }
    std::sort(p.surveys.begin(), p.surveys.end(), [](const SurveyConfig& a, const SurveyConfig& b) { return a.id < b.id; });
}

}  // namespace mentor
