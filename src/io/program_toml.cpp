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
#include "mentor/io/program_survey.hpp"

namespace mentor {

namespace {

using Keys = std::span<const std::string_view>;

SourcePos pos_of(const toml::source_region& r) {
    return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

SourcePos pos_of(const toml::node& n) { return pos_of(n.source()); }

std::string type_name(const toml::node& n) {
    switch (n.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "true/false";
        case toml::node_type::date: return "a date";
        case toml::node_type::time: return "a time";
        case toml::node_type::date_time: return "a date-time";
        case toml::node_type::array: return "an array";
        case toml::node_type::table: return "a table";
        default: return "nothing";
    }
}

// Reads typed values out of TOML tables, turning every mismatch into a diagnostic.
class Reader {
public:
    explicit Reader(Diagnostics& d) : d_(d) {}

    // Checks that every key of `t` is known; unknown ones get a "did you mean".
    void known_keys(const toml::table& t, std::string_view where, Keys keys) {
        for (auto&& [k, v] : t) {
            const std::string_view key = k.str();
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            const std::string best = closest_match(key, keys);
            std::string hint = best.empty()
                                   ? fmt::format("known keys here: {}", fmt::join(keys, ", "))
                                   : fmt::format("did you mean '{}'?", best);
            d_.error(pos_of(k.source()), fmt::format("unknown key '{}' in {}", key, where), hint);
        }
    }

    const toml::table* table(const toml::table& root, std::string_view name) {
        const toml::node* n = root.get(name);
        if (!n) return nullptr;
        if (const auto* t = n->as_table()) return t;
        d_.error(pos_of(*n), fmt::format("'{}' must be a table, not {}", name, type_name(*n)),
                 fmt::format("write it as a [{}] section", name));
        return nullptr;
    }

    void string(const toml::table* t, std::string_view sect, std::string_view key, std::string& out) {
        if (const auto* n = get(t, key)) {
            if (const auto* s = n->as_string()) {
                out = s->get();
            } else {
                mismatch(*n, sect, key, "a string", fmt::format("{} = \"...\"", key));
            }
        }
    }

    void integer(const toml::table* t, std::string_view sect, std::string_view key, int& out, int lo, int hi) {
        if (const auto* n = get(t, key)) {
            if (const auto* i = n->as_integer()) {
                const auto v = i->get();
                if (v < lo || v > hi) {
                    d_.error(pos_of(*n), fmt::format("{}.{} is {}, outside {}..{}", sect, key, v, lo, hi),
                             fmt::format("write a whole number from {} to {}", lo, hi));
                } else {
                    out = static_cast<int>(v);
                }
            } else {
                mismatch(*n, sect, key, "a whole number", fmt::format("{} = {}", key, out));
            }
        }
    }

    void number(const toml::table* t, std::string_view sect, std::string_view key, double& out, double hi) {
        if (const auto* n = get(t, key)) {
            double v = 0;
            if (const auto* i = n->as_integer()) {
                v = static_cast<double>(i->get());
            } else if (const auto* f = n->as_floating_point()) {
                v = f->get();
            } else {
                mismatch(*n, sect, key, "a number", fmt::format("{} = 40.0", key));
                return;
            }
            if (!std::isfinite(v) || v < 0 || v > hi) {
                d_.error(pos_of(*n), fmt::format("{}.{} must be a number from 0 to {}", sect, key, hi),
                         "negative, infinite or larger amounts are not meaningful here");
                return;
            }
            out = v;
        }
    }

    void boolean(const toml::table* t, std::string_view sect, std::string_view key, bool& out) {
        if (const auto* n = get(t, key)) {
            if (const auto* b = n->as_boolean()) {
                out = b->get();
            } else {
                mismatch(*n, sect, key, "true or false", fmt::format("{} = true", key));
            }
        }
    }

    // A date written as a TOML local date (2026-08-24) or a quoted "2026-08-24".
    std::optional<Date> date_value(const toml::node& n, std::string_view what) {
        if (const auto* d = n.as_date()) {
            const toml::date v = d->get();
            if (v.year < min_year || v.year > max_year) {
                d_.error(pos_of(n), fmt::format("{} is in the year {}, outside {}..{}", what, v.year, min_year, max_year),
                         "check the year");
                return std::nullopt;
            }
            if (is_valid_ymd(v.year, v.month, v.day)) return Date::from_ymd(v.year, v.month, v.day);
        } else if (const auto* s = n.as_string()) {
            if (auto d2 = parse_date(s->get())) return d2;
            d_.error(pos_of(n), fmt::format("{} is not a valid date: '{}'", what, s->get()),
                     "write dates as YYYY-MM-DD, e.g. 2026-08-24");
            return std::nullopt;
        }
        d_.error(pos_of(n), fmt::format("{} must be a date, not {}", what, type_name(n)),
                 "write dates as YYYY-MM-DD, e.g. 2026-08-24");
        return std::nullopt;
    }

    bool date(const toml::table* t, std::string_view sect, std::string_view key, Date& out, SourcePos& where) {
        if (const auto* n = get(t, key)) {
            where = pos_of(*n);
            if (auto d = date_value(*n, fmt::format("{}.{}", sect, key))) {
                out = *d;
                return true;
            }
        }
        return false;
    }

    // A string that must be one of `choices`; returns its index.
    std::optional<std::size_t> choice(const toml::table* t, std::string_view sect, std::string_view key, Keys choices) {
        const auto* n = get(t, key);
        if (!n) return std::nullopt;
        const auto* s = n->as_string();
        if (!s) {
            mismatch(*n, sect, key, "a string", fmt::format("{} = \"{}\"", key, choices.front()));
            return std::nullopt;
        }
        const auto it = std::find(choices.begin(), choices.end(), s->get());
        if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
        const std::string best = closest_match(s->get(), choices);
        d_.error(pos_of(*n), fmt::format("{}.{} is '{}', which is not one of: {}", sect, key, s->get(), fmt::join(choices, ", ")),
                 best.empty() ? fmt::format("write one of: {}", fmt::join(choices, ", ")) : fmt::format("did you mean '{}'?", best));
        return std::nullopt;
    }

    // A string that must name a value of `table`.
    template <class E, std::size_t N>
    std::optional<E> choice(const toml::table* t, std::string_view sect, std::string_view key,
                            const NameTable<E, N>& table) {
        const std::array<std::string_view, N> names = table.names();
        const auto i = choice(t, sect, key, Keys(names));
        if (!i) return std::nullopt;
        return table.entries[*i].first;
    }

    void require(const toml::table* t, const toml::table& root, std::string_view sect, std::string_view key) {
        if (t && t->get(key)) return;
        const SourcePos where = t ? pos_of(*t) : pos_of(root);
        d_.error(where.line > 0 ? where : SourcePos{1, 1}, fmt::format("{}.{} is missing", sect, key),
                 fmt::format("add '{} = ...' under [{}]", key, sect));
    }

    Diagnostics& diags() { return d_; }

private:
    Diagnostics& d_;

    static const toml::node* get(const toml::table* t, std::string_view key) { return t ? t->get(key) : nullptr; }

    void mismatch(const toml::node& n, std::string_view sect, std::string_view key, std::string_view want,
                  std::string example) {
        d_.error(pos_of(n), fmt::format("{}.{} must be {}, not {}", sect, key, want, type_name(n)),
                 fmt::format("write it as {}", example));
    }
};

constexpr std::array<std::string_view, 11> top_keys{"program", "term",    "cadence", "matching",
                                                   "remind",  "stipend", "privacy", "compliance", "survey", "needs", "selection"};
constexpr std::array<std::string_view, 6> program_keys{"id", "name", "timezone", "participation", "mode", "duration"};
constexpr std::array<std::string_view, 4> term_keys{"start", "end", "holidays", "breaks"};
constexpr std::array<std::string_view, 8> cadence_keys{"every", "minutes", "grace_days", "max_per_day",
                                                       "observations", "observation_spacing_days", "observe_mentor", "group"};
constexpr std::array<std::string_view, 8> matching_keys{"same_school",      "require_trained", "exclude_supervisor",
                                                        "min_shared_minutes", "default_capacity", "weights",
                                                        "allow_repeat",     "peer_odd"};
constexpr std::array<std::string_view, 4> remind_keys{"horizon_days", "repeat_days", "from", "sendmail"};
constexpr std::array<std::string_view, 4> stipend_keys{"currency", "hourly", "workshop_hourly", "planning_ratio"};
constexpr std::array<std::string_view, 2> privacy_keys{"default", "min_group"};
constexpr std::array<std::string_view, 4> compliance_keys{"min_minutes_per_week", "min_minutes_per_term",
                                                          "max_days_to_match", "first_goal_within_days"};
constexpr std::array<std::string_view, 3> break_keys{"name", "start", "end"};
// Every school-day question reads the holidays and breaks: their number is bounded.
constexpr std::size_t max_holidays = 366;
constexpr std::size_t max_breaks = 100;
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
    if (!t) return;
    if (const auto* n = t->get("holidays")) {
        if (const auto* a = n->as_array()) {
            if (a->size() > max_holidays) {
                r.diags().error(pos_of(*n), fmt::format("term.holidays lists {} days; at most {}", a->size(), max_holidays),
                                "a term has at most 366 days; use breaks for longer closures");
                return;
            }
            for (const auto& e : *a) {
                if (auto d = r.date_value(e, "a holiday")) {
                    p.term.holidays.push_back(*d);
                    p.pos.holidays.push_back(pos_of(e));
                }
            }
        } else {
            r.diags().error(pos_of(*n), fmt::format("term.holidays must be an array of dates, not {}", type_name(*n)),
                            "write holidays = [2026-09-07, 2026-11-26]");
        }
    }
    if (const auto* n = t->get("breaks")) {
        const auto* a = n->as_array();
        if (!a) {
            r.diags().error(pos_of(*n), fmt::format("term.breaks must be an array of tables, not {}", type_name(*n)),
                            "write breaks = [{ name = \"Winter break\", start = 2026-12-21, end = 2027-01-01 }]");
            return;
        }
        if (a->size() > max_breaks) {
            r.diags().error(pos_of(*n), fmt::format("term.breaks lists {} breaks; at most {}", a->size(), max_breaks),
                            "merge breaks that follow each other");
            return;
        }
        for (const auto& e : *a) {
            const auto* b = e.as_table();
            if (!b) {
                r.diags().error(pos_of(e), fmt::format("each break must be a table, not {}", type_name(e)),
                                "write { name = \"Winter break\", start = 2026-12-21, end = 2027-01-01 }");
                continue;
            }
            r.known_keys(*b, "a break", break_keys);
            Break brk;
            SourcePos ignored;
            r.string(b, "break", "name", brk.name);
            const bool has_start = b->get("start") != nullptr, has_end = b->get("end") != nullptr;
            if (!has_start || !has_end) {
                r.diags().error(pos_of(e), "a break needs both a start and an end date",
                                "write { name = \"Winter break\", start = 2026-12-21, end = 2027-01-01 }");
                continue;
            }
            const bool ok = r.date(b, "break", "start", brk.start, ignored) & r.date(b, "break", "end", brk.end, ignored);
            if (ok) {
                p.term.breaks.push_back(brk);
                p.pos.breaks.push_back(pos_of(e));
            }
        }
    }
}

void read_cadence(Reader& r, const toml::table& root, Program& p) {
    const toml::table* t = r.table(root, "cadence");
    if (!t) return;
    r.known_keys(*t, "[cadence]", cadence_keys);
    std::string every;
    r.string(t, "cadence", "every", every);
    if (!every.empty()) {
        if (auto d = parse_period_days(every)) {
            p.cadence.every_days = *d;
        } else {
            r.diags().error(pos_of(*t->get("every")), fmt::format("cadence.every '{}' is not a period", every),
                            "write \"1w\", \"2w\", \"4w\" or a number of days such as \"10d\"");
        }
    }
    r.integer(t, "cadence", "minutes", p.cadence.minutes, 5, 480);
    r.integer(t, "cadence", "grace_days", p.cadence.grace_days, 0, 365);
    r.integer(t, "cadence", "max_per_day", p.cadence.max_per_day, 1, 24);
    r.integer(t, "cadence", "observations", p.cadence.observations, 0, 100);
    r.integer(t, "cadence", "observation_spacing_days", p.cadence.observation_spacing_days, 0, 365);
    r.integer(t, "cadence", "observe_mentor", p.cadence.observe_mentor, 0, 100);
    r.boolean(t, "cadence", "group", p.cadence.group);
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
    if (const toml::table* t = r.table(root, "stipend")) {
        r.known_keys(*t, "[stipend]", stipend_keys);
        r.string(t, "stipend", "currency", p.stipend.currency);
        r.number(t, "stipend", "hourly", p.stipend.hourly, 10000);
        r.number(t, "stipend", "workshop_hourly", p.stipend.workshop_hourly, 10000);
        r.number(t, "stipend", "planning_ratio", p.stipend.planning_ratio, 10);
    }
    if (const toml::table* t = r.table(root, "privacy")) {
        r.known_keys(*t, "[privacy]", privacy_keys);
        if (auto i = r.choice(t, "privacy", "default", privacy_choices)) p.privacy.private_by_default = *i == 0;
        r.integer(t, "privacy", "min_group", p.privacy.min_group, 1, 1000);
    }
    if (const toml::table* t = r.table(root, "compliance")) {
        r.known_keys(*t, "[compliance]", compliance_keys);
        // Each rule is off unless written; a value out of range leaves it off after the error.
        const auto rule = [&](std::string_view key, std::optional<int>& out, int example, int hi) {
            const toml::node* n = t->get(key);
            if (!n) return;
            int v = example;  // what the hint of a wrong type shows
            r.integer(t, "compliance", key, v, 0, hi);
            const auto* i = n->as_integer();
            if (i && i->get() >= 0 && i->get() <= hi) out = v;
        };
        rule("min_minutes_per_week", p.compliance.min_minutes_per_week, 60, 7 * 24 * 60);
        rule("min_minutes_per_term", p.compliance.min_minutes_per_term, 1200, 1000000);
        rule("max_days_to_match", p.compliance.max_days_to_match, 30, 366);
        rule("first_goal_within_days", p.compliance.first_goal_within_days, 45, 366);
    }
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
    read_voices_tables(root, out.program, d);
    out.diagnostics = d.take();
    return out;
}

}  // namespace mentor
