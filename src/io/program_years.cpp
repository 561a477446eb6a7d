// program.toml: the tables whose rules may differ by a mentee's year in the program
// ([cadence], [compliance], [stipend]) and their `yearN` sub-tables.
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

#include "program_parts.hpp"

namespace mentor::toml_reading {

namespace {

constexpr std::array<std::string_view, 8> cadence_keys{"every", "minutes", "grace_days", "max_per_day",
                                                       "observations", "observation_spacing_days", "observe_mentor", "group"};
constexpr std::array<std::string_view, 4> stipend_keys{"currency", "hourly", "workshop_hourly", "planning_ratio"};
constexpr std::array<std::string_view, 4> compliance_keys{"min_minutes_per_week", "min_minutes_per_term",
                                                          "max_days_to_match", "first_goal_within_days"};
constexpr int max_year = 10;

// The N of a key `yearN` (2 to 10), or nothing.
std::optional<int> year_key(std::string_view key) {
    if (key.substr(0, 4) != "year" || key.size() == 4) return std::nullopt;
    int n = 0;
    const auto [ptr, ec] = std::from_chars(key.data() + 4, key.data() + key.size(), n);
    if (ec != std::errc{} || ptr != key.data() + key.size()) return std::nullopt;
    return n;
}

// The table's own keys plus the `yearN` keys it holds (read by read_year_rules).
void known_keys_and_years(Reader& r, const toml::table& t, std::string_view sect, Keys own) {
    std::vector<std::string_view> keys(own.begin(), own.end());
    if (sect.find('.') == std::string_view::npos) {  // only the year-1 table holds years
        for (auto&& [k, v] : t) {
            if (year_key(k.str())) keys.push_back(k.str());
        }
    }
    r.known_keys(t, fmt::format("[{}]", sect), keys);
}

}  // namespace

void read_cadence_fields(Reader& r, const toml::table& t, std::string_view sect, Cadence& c) {
    known_keys_and_years(r, t, sect, cadence_keys);
    std::string every;
    r.string(&t, sect, "every", every);
    if (!every.empty()) {
        if (auto d = parse_period_days(every)) {
            c.every_days = *d;
        } else {
            r.diags().error(pos_of(*t.get("every")), fmt::format("{}.every '{}' is not a period", sect, every),
                            "write \"1w\", \"2w\", \"4w\" or a number of days such as \"10d\"");
        }
    }
    r.integer(&t, sect, "minutes", c.minutes, 5, 480);
    r.integer(&t, sect, "grace_days", c.grace_days, 0, 365);
    r.integer(&t, sect, "max_per_day", c.max_per_day, 1, 24);
    r.integer(&t, sect, "observations", c.observations, 0, 100);
    r.integer(&t, sect, "observation_spacing_days", c.observation_spacing_days, 0, 365);
    r.integer(&t, sect, "observe_mentor", c.observe_mentor, 0, 100);
    r.boolean(&t, sect, "group", c.group);
}


void read_stipend_fields(Reader& r, const toml::table& t, std::string_view sect, StipendRates& s) {
    known_keys_and_years(r, t, sect, stipend_keys);
    r.string(&t, sect, "currency", s.currency);
    r.number(&t, sect, "hourly", s.hourly, 10000);
    r.number(&t, sect, "workshop_hourly", s.workshop_hourly, 10000);
    r.number(&t, sect, "planning_ratio", s.planning_ratio, 10);
}

void read_compliance_fields(Reader& r, const toml::table& t, std::string_view sect, Compliance& c) {
    known_keys_and_years(r, t, sect, compliance_keys);
    // Each rule is off unless written; a value out of range leaves it off after the error.
    const auto rule = [&](std::string_view key, std::optional<int>& out, int example, int hi) {
        const toml::node* n = t.get(key);
        if (!n) return;
        int v = example;  // what the hint of a wrong type shows
        r.integer(&t, sect, key, v, 0, hi);
        const auto* i = n->as_integer();
        if (i && i->get() >= 0 && i->get() <= hi) out = v;
    };
    rule("min_minutes_per_week", c.min_minutes_per_week, 60, 7 * 24 * 60);
    rule("min_minutes_per_term", c.min_minutes_per_term, 1200, 1000000);
    rule("max_days_to_match", c.max_days_to_match, 30, 366);
    rule("first_goal_within_days", c.first_goal_within_days, 45, 366);
}

void read_year_rules(Reader& r, const toml::table& root, Program& p) {
    std::map<int, YearRules> years;
    std::map<int, std::set<std::string>> written;  // year -> the tables it writes
    const auto rules_of = [&](int n) -> YearRules& {
        auto it = years.find(n);
        if (it == years.end()) it = years.emplace(n, YearRules{n, p.cadence, p.compliance, p.stipend}).first;
        return it->second;
    };
    for (std::string_view table : {"cadence", "compliance", "stipend"}) {
        const toml::table* t = root.get(table) ? root.get(table)->as_table() : nullptr;
        if (!t) continue;
        for (auto&& [k, v] : *t) {
            const auto n = year_key(k.str());
            if (!n) continue;
            const std::string sect = fmt::format("{}.{}", table, k.str());
            if (*n < 2 || *n > max_year) {
                r.diags().error(pos_of(k.source()), fmt::format("[{}] names year {}; years run from 2 to {}", sect, *n, max_year),
                                fmt::format("the [{}] table itself holds the first year's rules", table));
                continue;
            }
            const toml::table* sub = v.as_table();
            if (!sub) {
                r.diags().error(pos_of(v), fmt::format("{} must be a table, not {}", sect, type_name(v)),
                                fmt::format("write it as a [{}] section", sect));
                continue;
            }
            YearRules& y = rules_of(*n);
            written[*n].insert(std::string(table));
            if (table == "cadence") {
                read_cadence_fields(r, *sub, sect, y.cadence);
            } else if (table == "compliance") {
                read_compliance_fields(r, *sub, sect, y.compliance);
            } else {
                // Only the mentoring rate follows a mentee's year: a workshop is about no one
                // mentee, and the program pays in one currency.
                for (std::string_view key : {"currency", "workshop_hourly", "planning_ratio"}) {
                    if (const toml::node* bad = sub->get(key)) {
                        r.diags().error(pos_of(*bad), fmt::format("{}.{} cannot differ by year", sect, key),
                                        fmt::format("only hourly may: workshops are paid at the [stipend] rates; remove {} here", key));
                    }
                }
                read_stipend_fields(r, *sub, sect, y.stipend);
            }
        }
    }
    // A table a year does not write is the one of the nearest year below that does (or the
    // year-1 table): [compliance.year2] still holds in year 3 when only [cadence.year3] is written.
    const YearRules* below = nullptr;
    for (auto& [n, y] : years) {
        const std::set<std::string>& own = written[n];
        if (below) {
            if (!own.count("cadence")) y.cadence = below->cadence;
            if (!own.count("compliance")) y.compliance = below->compliance;
            if (!own.count("stipend")) y.stipend = below->stipend;
        }
        below = &y;
    }
    for (auto& [n, y] : years) p.year_rules.push_back(std::move(y));
}

}  // namespace mentor::toml_reading
