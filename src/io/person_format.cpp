#include "mentor/io/person_format.hpp"

#include <fmt/format.h>

#include "mentor/io/roster_yaml.hpp"

namespace mentor {

namespace {

std::string join(std::span<const std::string> items) { return fmt::format("{}", fmt::join(items, "; ")); }

std::vector<std::string> roles_list(const Person& p) {
    std::vector<std::string> out;
    for (Role r : all_roles) {
        if (p.has(r)) out.emplace_back(role_name(r));
    }
    return out;
}

std::vector<std::string> modality_list(const Person& p) {
    std::vector<std::string> out;
    if (p.in_person) out.emplace_back("in-person");
    if (p.online) out.emplace_back("online");
    return out;
}

std::vector<std::string> window_list(const Person& p) {
    std::vector<std::string> out;
    for (const auto& w : p.availability) out.push_back(format_window(w));
    return out;
}

std::vector<std::string> teaching_list(const Person& p) {
    std::vector<std::string> out;
    for (const auto& w : p.teaches) out.push_back(format_window(w));
    return out;
}

std::string opt_bool(const std::optional<bool>& b) { return b ? (*b ? "true" : "false") : std::string{}; }

std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }
std::string opt_int(const std::optional<int>& i) { return i ? std::to_string(*i) : std::string{}; }

void write_json(JsonWriter& w, const Person& p) {
    w.begin_object();
    w.key("id"); w.value(p.id);
    w.key("name"); w.value(p.name);
    if (!p.email.empty()) { w.key("email"); w.value(p.email); }
    w.key("roles"); w.string_array(roles_list(p));
    if (!p.school.empty()) { w.key("school"); w.value(p.school); }
    w.key("subjects"); w.string_array(p.subjects);
    w.key("grades"); w.int_array(p.grades);
    if (p.years) { w.key("years"); w.value(*p.years); }
    if (!p.supervisor.empty()) { w.key("supervisor"); w.value(p.supervisor); }
    if (p.capacity) { w.key("capacity"); w.value(*p.capacity); }
    if (p.trained) { w.key("trained"); w.value(p.trained->iso()); }
    w.key("modality"); w.string_array(modality_list(p));
    w.key("languages"); w.string_array(p.languages);
    w.key("availability"); w.string_array(window_list(p));
    w.key("teaches"); w.string_array(teaching_list(p));
    if (p.group) { w.key("group"); w.value(*p.group); }
    w.key("focus"); w.string_array(p.focus);
    w.key("survey");
    w.begin_object();
    for (const auto& [q, a] : p.survey) { w.key(q); w.value(a); }
    w.end_object();
    w.key("prefers"); w.string_array(p.prefers);
    w.key("avoid"); w.string_array(p.avoid);
    if (!p.cohort.empty()) { w.key("cohort"); w.value(p.cohort); }
    if (p.start) { w.key("start"); w.value(p.start->iso()); }
    if (p.leaves) { w.key("leaves"); w.value(p.leaves->iso()); }
    if (p.left_reason) { w.key("left_reason"); w.value(left_reason_names.name_of(*p.left_reason)); }
    if (!p.strengths.empty()) { w.key("strengths"); w.string_array(p.strengths); }
    if (p.participates) { w.key("participates"); w.value(*p.participates); }
    if (!p.recommended_by.empty()) { w.key("recommended_by"); w.value(p.recommended_by); }
    w.end_object();
}

std::vector<std::string> csv_header() {
    std::vector<std::string> out;
    for (auto k : person_keys()) out.emplace_back(k);
    return out;
}

std::vector<std::string> csv_row(const Person& p) {
    std::vector<std::string> out;
    for (auto& [k, v] : person_fields(p)) out.push_back(v);
    return out;
}

}  // namespace

std::string roles_text(const Person& p) { return fmt::format("{}", fmt::join(roles_list(p), ", ")); }

std::vector<std::pair<std::string_view, std::string>> person_fields(const Person& p) {
    std::vector<std::string> survey;
    for (const auto& [q, a] : p.survey) survey.push_back(fmt::format("{}={}", q, json_number(a)));
    std::vector<std::string> grades;
    for (int g : p.grades) grades.push_back(std::to_string(g));
    return {
        {"id", p.id},
        {"name", p.name},
        {"email", p.email},
        {"roles", join(roles_list(p))},
        {"school", p.school},
        {"subjects", join(p.subjects)},
        {"grades", join(grades)},
        {"years", opt_int(p.years)},
        {"supervisor", p.supervisor},
        {"capacity", opt_int(p.capacity)},
        {"trained", opt_date(p.trained)},
        {"modality", join(modality_list(p))},
        {"languages", join(p.languages)},
        {"availability", join(window_list(p))},
        {"teaches", join(teaching_list(p))},
        {"group", opt_bool(p.group)},
        {"focus", join(p.focus)},
        {"survey", join(survey)},
        {"prefers", join(p.prefers)},
        {"avoid", join(p.avoid)},
        {"cohort", p.cohort},
        {"start", opt_date(p.start)},
        {"leaves", opt_date(p.leaves)},
        {"strengths", join(p.strengths)},
        {"participates", opt_bool(p.participates)},
        {"recommended_by", p.recommended_by},
        {"left_reason", p.left_reason ? std::string(left_reason_names.name_of(*p.left_reason)) : std::string()},
    };
}

std::string format_people(std::span<const Person* const> people, Format format) {
    switch (format) {
        case Format::json: {
            JsonWriter w;
            w.begin_array();
            for (const Person* p : people) write_json(w, *p);
            w.end_array();
            return w.finish();
        }
        case Format::csv: {
            std::string out = csv_record(csv_header());
            for (const Person* p : people) out += csv_record(csv_row(*p));
            return out;
        }
        case Format::text: break;
    }
    const std::vector<std::string> header{"ID", "NAME", "ROLES", "SCHOOL", "SUBJECTS", "GRADES"};
    std::vector<std::vector<std::string>> rows;
    rows.reserve(people.size());
    for (const Person* p : people) {
        std::vector<std::string> grades;
        for (int g : p->grades) grades.push_back(g == 0 ? "K" : std::to_string(g));
        rows.push_back({p->id, p->name, roles_text(*p), p->school, fmt::format("{}", fmt::join(p->subjects, ", ")),
                        fmt::format("{}", fmt::join(grades, ", "))});
    }
    return text_table(header, rows);
}

std::string format_person(const Person& p, Format format) {
    switch (format) {
        case Format::json: {
            JsonWriter w;
            write_json(w, p);
            return w.finish();
        }
        case Format::csv: return csv_record(csv_header()) + csv_record(csv_row(p));
        case Format::text: break;
    }
    std::string out;
    for (const auto& [k, v] : person_fields(p)) {
        if (v.empty()) continue;
        out += fmt::format("{:<14}{}\n", fmt::format("{}:", k), v);
    }
    return out;
}

}  // namespace mentor
