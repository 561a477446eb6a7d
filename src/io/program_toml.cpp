#include "mentor/io/program_toml.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "mentor/domain/email.hpp"
#include "mentor/domain/suggest.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/text.hpp"
#include "program_parts.hpp"
#include "toml_reader.hpp"
#include "mentor/io/program_survey.hpp"

namespace mentor {

namespace {

using namespace toml_reading;

constexpr std::array<std::string_view, 12> top_keys{"program", "term",    "cadence", "matching",  "remind", "stipend", "privacy",
                                                    "compliance", "past_terms", "survey", "needs", "selection"};
constexpr std::array<std::string_view, 6> program_keys{"id", "name", "timezone", "participation", "mode", "duration"};
constexpr std::array<std::string_view, 4> term_keys{"start", "end", "holidays", "breaks"};
constexpr std::array<std::string_view, 8> matching_keys{"same_school",      "require_trained", "exclude_supervisor",
                                                        "min_shared_minutes", "default_capacity", "weights",
                                                        "allow_repeat",     "peer_odd"};
constexpr std::array<std::string_view, 4> remind_keys{"horizon_days", "repeat_days", "from", "sendmail"};
constexpr std::array<std::string_view, 2> privacy_keys{"default", "min_group"};
constexpr std::array<std::string_view, 2> privacy_choices{"private", "shared"};

void read_program(Reader& r, const toml::table& root, Program& p) {
    const toml::table* t = r.table(root, "program");
    if (t) r.known_keys(*t, "[program]", program_keys);
    r.require(t, root, "program", "id");
    r.require(t, root, "program", "name");
    r.string(t, "program", "id", p.id);
    if (t && t->get("id") && t->get("id")->is_string() && !is_valid_id(p.id)) {
        r.diags().error(pos_of(*t->get("id")), fmt::format("program.id '{}' is not a valid id", p.id),
                        "use lowercase letters, digits, '.', '_' or '-', e.g. \"lincoln-induction\"");
    }
    r.string(t, "program", "name", p.name);
    r.string(t, "program", "timezone", p.timezone);
    if (t && t->get("timezone") && t->get("timezone")->is_string()) {
        p.pos.timezone = pos_of(*t->get("timezone"));
        const auto& tz = p.timezone;
        const bool looks_ok = !tz.empty() && tz.find("..") == std::string::npos && tz.front() != '/' &&
                              tz.find(' ') == std::string::npos;
        if (!looks_ok) {
            r.diags().error(pos_of(*t->get("timezone")), fmt::format("program.timezone '{}' is not a time zone name", tz),
                            "use an IANA name such as \"America/Chicago\" or \"UTC\"");
        }
    }
    if (auto v = r.choice(t, "program", "participation", participation_names)) p.participation = *v;
    if (auto v = r.choice(t, "program", "mode", mode_names)) p.mode = *v;
    std::string duration;
    r.string(t, "program", "duration", duration);
    if (!duration.empty()) {
        if (auto d = parse_duration(duration)) {
            p.duration = *d;
        } else {
            r.diags().error(pos_of(*t->get("duration")), fmt::format("program.duration '{}' is not a duration", duration),
                            "write \"1y\", \"2y\", \"1term\" or \"12 weeks\" (a count from 1 to 1000)");
        }
    }
}

void read_term(Reader& r, const toml::table& root, Program& p) {
    const toml::table* t = r.table(root, "term");
    if (t) r.known_keys(*t, "[term]", term_keys);
    r.require(t, root, "term", "start");
    r.require(t, root, "term", "end");
    r.date(t, "term", "start", p.term.start, p.pos.term_start);
    r.date(t, "term", "end", p.term.end, p.pos.term_end);
    if (t) read_term_days(r, *t, "term", p.term, p.pos.holidays, p.pos.breaks);
}

void read_cadence(Reader& r, const toml::table& root, Program& p) {
    const toml::table* t = r.table(root, "cadence");
    if (t) read_cadence_fields(r, *t, "cadence", p.cadence);
}

void read_matching(Reader& r, const toml::table& root, Program& p) {
    const toml::table* t = r.table(root, "matching");
    if (!t) return;
    r.known_keys(*t, "[matching]", matching_keys);
    if (auto v = r.choice(t, "matching", "same_school", same_school_names)) p.matching.same_school = *v;
    r.boolean(t, "matching", "require_trained", p.matching.require_trained);
    r.boolean(t, "matching", "exclude_supervisor", p.matching.exclude_supervisor);
    r.boolean(t, "matching", "allow_repeat", p.matching.allow_repeat);
    r.integer(t, "matching", "min_shared_minutes", p.matching.min_shared_minutes, 0, 10080);
    if (const auto* n = t->get("default_capacity")) p.pos.default_capacity = pos_of(*n);
    r.integer(t, "matching", "default_capacity", p.matching.default_capacity, 0, 100);
    if (auto v = r.choice(t, "matching", "peer_odd", peer_odd_names)) p.matching.peer_odd = *v;
    if (const auto* n = t->get("weights")) {
        const auto* w = n->as_table();
        if (!w) {
            r.diags().error(pos_of(*n), fmt::format("matching.weights must be a table, not {}", type_name(*n)),
                            "write weights = { subject = 5, grade = 3 }");
            return;
        }
        r.known_keys(*w, "matching.weights", weight_names);
        for (std::string_view name : weight_names) {
            r.number(w, "matching.weights", name, *weight_by_name(p.matching.weights, name), 100);
        }
    }
}

void read_rest(Reader& r, const toml::table& root, Program& p) {
    if (const toml::table* t = r.table(root, "remind")) {
        r.known_keys(*t, "[remind]", remind_keys);
        r.integer(t, "remind", "horizon_days", p.remind.horizon_days, 0, 365);
        r.integer(t, "remind", "repeat_days", p.remind.repeat_days, 0, 365);
        r.string(t, "remind", "from", p.remind.from);
        r.string(t, "remind", "sendmail", p.remind.sendmail);
        if (const auto problem = p.remind.from.empty() ? std::nullopt : email_address_problem(p.remind.from)) {
            r.diags().error(pos_of(*t->get("from")), fmt::format("remind.from is not an email address: {}", *problem),
                            "write one address: from = \"induction@school.example.org\"");
        }
    }
    if (const toml::table* t = r.table(root, "stipend")) read_stipend_fields(r, *t, "stipend", p.stipend);
    if (const toml::table* t = r.table(root, "privacy")) {
        r.known_keys(*t, "[privacy]", privacy_keys);
        if (auto i = r.choice(t, "privacy", "default", privacy_choices)) p.privacy.private_by_default = *i == 0;
        r.integer(t, "privacy", "min_group", p.privacy.min_group, 1, 1000);
    }
    if (const toml::table* t = r.table(root, "compliance")) read_compliance_fields(r, *t, "compliance", p.compliance);
}

}  // namespace

ParsedProgram parse_program(std::string_view text, const std::string& source) {
    ParsedProgram out;
    out.program.source = source;
    Diagnostics d(source);
    if (!check_file_text(text, d)) {
        out.diagnostics = d.take();
        return out;
    }
    toml::table root;
    try {
        root = toml::parse(text, std::string_view(source));
    } catch (const toml::parse_error& e) {
        const std::string_view what = e.description();
        d.error(pos_of(e.source()), fmt::format("TOML syntax error: {}", what),
                what.find("date") != std::string_view::npos
                    ? "write dates as YYYY-MM-DD with a real month and day"
                    : "look for a missing quote, bracket or '='; dates are written 2026-08-24, strings in double quotes");
        out.diagnostics = d.take();
        return out;
    }
    Reader r(d);
    r.known_keys(root, "the program config", top_keys);
    read_program(r, root, out.program);
    read_term(r, root, out.program);
    read_cadence(r, root, out.program);
    read_matching(r, root, out.program);
    read_rest(r, root, out.program);
    read_past_terms(r, root, out.program);
    read_year_rules(r, root, out.program);
    read_voices_tables(root, out.program, d);
    out.diagnostics = d.take();
    return out;
}

}  // namespace mentor
