#include "mentor/io/roster_append.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace {

bool looks_reserved(std::string_view s) {
    static constexpr std::array<std::string_view, 11> words{"true", "false", "yes", "no", "on", "off",
                                                            "null", "y", "n", "~", "none"};
    std::string lower(s);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(words.begin(), words.end(), lower) != words.end()) return true;
    // Anything YAML would read as a number stays a string only when quoted: 12, -3, 1.5, 1e3, 0x1f, .5
    std::string_view t = s;
    if (!t.empty() && (t.front() == '+' || t.front() == '-')) t.remove_prefix(1);
    if (t.substr(0, 2) == "0x" || t.substr(0, 2) == "0o") return t.size() > 2;
    bool digits = false, dot = false, exp = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits = true;
        } else if (c == '.' && !dot && !exp) {
            dot = true;
        } else if ((c == 'e' || c == 'E') && digits && !exp && i + 1 < t.size()) {
            exp = true;
            if (t[i + 1] == '+' || t[i + 1] == '-') ++i;
        } else {
            return false;
        }
    }
    return digits;
}

std::string flow_list(const std::vector<std::string>& items, bool always_quote = false) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += always_quote ? double_quoted(items[i]) : yaml_scalar(items[i], true);
    }
    return out + "]";
}

// Where a line of the text starts and ends (without its newline).
struct Line {
    std::size_t begin;
    std::size_t end;
};

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = text.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        lines.push_back({at, end});
        at = end + 1;
    }
    return lines;
}

std::string_view strip_comment_and_space(std::string_view s) {
    const auto hash = s.find(" #");
    if (hash != std::string_view::npos) s = s.substr(0, hash);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool is_blank_or_comment(std::string_view line) {
    const auto first = line.find_first_not_of(" \t\r");
    return first == std::string_view::npos || line[first] == '#';
}

// A top-level mapping key or document marker: starts in column 0 and is not part of a list.
bool is_top_level(std::string_view line) {
    if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '\r') return false;
    if (line[0] == '-') return line.substr(0, 3) == "---";
    return true;
}

}  // namespace

std::string yaml_scalar(std::string_view s, bool in_flow) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || looks_reserved(s)) return double_quoted(s);
    static constexpr std::string_view bad_first = "-?:,[]{}#&*!|>'\"%@`";
    if (bad_first.find(s.front()) != std::string_view::npos) return double_quoted(s);
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos || s.back() == ':') {
        return double_quoted(s);
    }
    if (in_flow && s.find_first_of(",[]{}") != std::string_view::npos) return double_quoted(s);
    for (const char c : s) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return double_quoted(s);
    }
    return std::string(s);
}

std::string person_yaml(const Person& p, std::string_view indent) {
    const std::string pad = std::string(indent) + "  ";
    std::string out = fmt::format("{}- id: {}\n", indent, yaml_scalar(p.id));
    auto line = [&](std::string_view key, const std::string& value) { out += fmt::format("{}{}: {}\n", pad, key, value); };
    auto text = [&](std::string_view key, const std::string& v) {
        if (!v.empty()) line(key, yaml_scalar(v));
    };
    auto list = [&](std::string_view key, const std::vector<std::string>& v) {
        if (!v.empty()) line(key, flow_list(v));
    };
    text("name", p.name);
    text("email", p.email);
    std::vector<std::string> roles;
    for (Role r : all_roles) {
        if (p.has(r)) roles.emplace_back(role_name(r));
    }
    list("roles", roles);
    text("school", p.school);
    list("subjects", p.subjects);
    if (!p.grades.empty()) {
        std::vector<std::string> g;
        for (int x : p.grades) g.push_back(std::to_string(x));
        line("grades", "[" + fmt::format("{}", fmt::join(g, ", ")) + "]");
    }
    if (p.years) line("years", std::to_string(*p.years));
    text("supervisor", p.supervisor);
    if (p.capacity) line("capacity", std::to_string(*p.capacity));
    if (p.trained) line("trained", p.trained->iso());
    if (p.online || !p.in_person) {
        std::vector<std::string> m;
        if (p.in_person) m.emplace_back("in-person");
        if (p.online) m.emplace_back("online");
        list("modality", m);
    }
    list("languages", p.languages);
    if (!p.availability.empty()) {
        std::vector<std::string> w;
        for (const auto& x : p.availability) w.push_back(format_window(x));
        line("availability", flow_list(w, true));
    }
    if (!p.teaches.empty()) {
        std::vector<std::string> w;
        for (const auto& x : p.teaches) w.push_back(format_window(x));
        line("teaches", flow_list(w, true));
    }
    if (p.group) line("group", *p.group ? "true" : "false");
    list("focus", p.focus);
    if (!p.survey.empty()) {
        std::string s = "{";
        for (std::size_t i = 0; i < p.survey.size(); ++i) {
            if (i) s += ", ";
            s += yaml_scalar(p.survey[i].first, true) + ": " + json_number(p.survey[i].second);
        }
        line("survey", s + "}");
    }
    list("prefers", p.prefers);
    list("avoid", p.avoid);
    text("cohort", p.cohort);
    if (p.start) line("start", p.start->iso());
    if (p.leaves) line("leaves", p.leaves->iso());
    if (p.left_reason) line("left_reason", std::string(left_reason_names.name_of(*p.left_reason)));
    list("strengths", p.strengths);
    if (p.participates) line("participates", *p.participates ? "true" : "false");
    text("recommended_by", p.recommended_by);
    return out;
}

std::string append_people(std::string_view text, std::span<const Person> people, const std::string& source) {
    const auto lines = split_lines(text);
    std::size_t key_line = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view l = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
        if (l.substr(0, 7) == "people:") {
            key_line = i;
            break;
        }
    }
    if (key_line == lines.size()) {
        throw InputError(fmt::format("{}: no top-level 'people:' line to append to", source),
                         "start the list with a line 'people:' at the beginning of a line");
    }
    const std::string_view key_text =
        strip_comment_and_space(text.substr(lines[key_line].begin, lines[key_line].end - lines[key_line].begin));
    std::string out;
    std::size_t insert_at = 0;   // byte offset where new entries go
    std::string prefix;          // text to put before the entries
    std::string indent = "  ";

    if (key_text == "people:") {
        // The block list runs until the next top-level key; new people go after its last entry.
        std::size_t last_content = key_line;
        bool indent_found = false;
        for (std::size_t i = key_line + 1; i < lines.size(); ++i) {
            const std::string_view l = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
            if (is_top_level(l)) break;
            if (is_blank_or_comment(l)) continue;
            last_content = i;
            const auto dash = l.find_first_not_of(' ');
            if (!indent_found && dash != std::string_view::npos && l[dash] == '-') {
                indent = std::string(l.substr(0, dash));
                indent_found = true;
            }
        }
        insert_at = lines[last_content].end;
        if (insert_at < text.size()) {
            ++insert_at;  // after the newline
        } else {
            prefix = "\n";  // the file does not end with a newline
        }
        out.append(text.substr(0, insert_at));
    } else if (key_text == "people: []") {
        // An empty flow list becomes a block list; only this line changes.
        const std::string_view line = text.substr(lines[key_line].begin, lines[key_line].end - lines[key_line].begin);
        out.append(text.substr(0, lines[key_line].begin));
        out += "people:";
        out.append(line.substr(line.find("[]") + 2));  // whatever followed, a comment included
        out += "\n";
        insert_at = lines[key_line].end < text.size() ? lines[key_line].end + 1 : text.size();
    } else {
        throw InputError(fmt::format("{}:{}:1: 'people' is written as a flow list; entries cannot be appended safely", source,
                                     key_line + 1),
                         "write the list in block style: 'people:' then one '- id: ...' entry per person");
    }
    out += prefix;
    for (const Person& p : people) out += person_yaml(p, indent);
    out.append(text.substr(insert_at));
    return out;
}

}  // namespace mentor
