#include "mentor/io/report_format.hpp"
#include "mentor/io/report_surveys.hpp"

#include <fmt/format.h>

#include "mentor/io/output.hpp"
#include "mentor/io/report_html.hpp"
#include "mentor/io/retention_format.hpp"

namespace mentor {

namespace {

std::string percent_or_dash(std::optional<int> p) { return p ? fmt::format("{}%", *p) : "-"; }

std::optional<int> share(int part, int whole) {
    if (whole <= 0) return std::nullopt;
    return std::min(part, whole) * 100 / whole;
}

std::string_view status_name(RuleResult::Status s) { return rule_status_names.name_of(s); }

std::string by_name(ReportOptions::By by) { return std::string(report_by_names.name_of(by)); }

std::string money(const Report& r, std::int64_t cents) { return fmt::format("{} {}", r.currency, format_cents(cents)); }

std::string rate(double v) { return format_cents(static_cast<std::int64_t>(v * 100 + 0.5)); }

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view name) {
    if (name == "text") return ReportFormat::text;
    if (name == "md") return ReportFormat::md;
    if (name == "csv") return ReportFormat::csv;
    if (name == "json") return ReportFormat::json;
    if (name == "html") return ReportFormat::html;
    return std::nullopt;
}

std::string format_hours(int minutes) { return format_cents((static_cast<std::int64_t>(minutes) * 100 + 30) / 60); }

std::vector<ReportSection> report_sections(const Report& r) {
    std::vector<ReportSection> out;
    {
        ReportSection s{"Program health", {}, {}, {}, {}};
        s.facts.emplace_back("Program", fmt::format("{} ({})", r.program_name, r.program_id));
        s.facts.emplace_back("Period", fmt::format("{} to {}", r.from.iso(), r.until.iso()));
        s.facts.emplace_back("Pairs", fmt::format("{} active, {} ended", r.pairs_active, r.pairs_ended));
        s.facts.emplace_back("Mentees", fmt::format("{} on staff, {} without a mentor", r.mentees, r.unmatched.size()));
        if (r.participation_optional || r.not_taking_part > 0) {
            s.facts.emplace_back("Not taking part", fmt::format("{} (participation is {})", r.not_taking_part,
                                                                r.participation_optional ? "optional" : "mandatory"));
        }
        s.facts.emplace_back("Days to match", r.average_days_to_match
                                                  ? fmt::format("{:.1f} on average, {} at most", *r.average_days_to_match,
                                                                r.max_days_to_match)
                                                  : std::string("-"));
        s.facts.emplace_back("Check-ins", fmt::format("{} held of {} planned ({} adherence)", r.held, r.planned,
                                                      percent_or_dash(r.adherence_percent())));
        s.facts.emplace_back("Contact hours", format_hours(r.contact_minutes));
        s.facts.emplace_back("Observations", fmt::format("{} done of {} required", r.observations, r.observations_required));
        s.facts.emplace_back("Goals", fmt::format("{} active, {} met, {} missed, {} dropped", r.goals.active, r.goals.met,
                                                  r.goals.missed, r.goals.dropped));
        s.facts.emplace_back("Goals on track",
                             fmt::format("{} of {} active ({}); {} behind, {} without data", r.goals.on_track, r.goals.active,
                                         percent_or_dash(share(r.goals.on_track, r.goals.active)), r.goals.behind,
                                         r.goals.no_data));
        s.facts.emplace_back("Pairs at risk", fmt::format("{} (adherence below {}% or no check-in for {} days)", r.at_risk(),
                                                          r.risk_adherence_percent, r.risk_days));
        s.facts.emplace_back("Stipends", money(r, r.stipend_total_cents()));
        out.push_back(std::move(s));
    }
    {
        ReportSection s{"Pairs", {}, {"MENTEE", "MENTOR", "SCHOOL", "START", "END", "PLANNED", "HELD", "ADHERENCE", "HOURS",
                                      "OBSERVATIONS", "AT RISK"}, {}, "no pairs in this period"};
        for (const PairFigures& p : r.pairs) {
            s.rows.push_back({p.mentee, p.mentor, p.school.empty() ? "-" : p.school, p.start.iso(),
                              p.end ? p.end->iso() : "-", std::to_string(p.planned), std::to_string(p.held),
                              percent_or_dash(p.adherence_percent()), format_hours(p.contact_minutes),
                              fmt::format("{}/{}", p.observations, p.observations_required), p.risks.empty() ? "no" : "yes"});
        }
        out.push_back(std::move(s));
    }
    {
        ReportSection s{"Pairs at risk", {}, {"MENTEE", "MENTOR", "REASON"}, {}, "no pair is at risk"};
        for (const PairFigures& p : r.pairs) {
            for (const std::string& why : p.risks) s.rows.push_back({p.mentee, p.mentor, why});
        }
        out.push_back(std::move(s));
    }
    {
        ReportSection s{"Mentees without a mentor", {}, {"MENTEE", "NAME", "DAYS WAITING"}, {}, "every mentee has a mentor"};
        for (const UnmatchedMentee& u : r.unmatched) s.rows.push_back({u.id, u.name, std::to_string(u.days_waiting)});
        out.push_back(std::move(s));
    }
    {
        ReportSection s{"Mentor workload", {}, {"MENTOR", "NAME", "MENTEES", "CAPACITY", "LOAD"}, {}, "no mentors"};
        for (const Workload& w : r.workload) {
            s.rows.push_back({w.mentor, w.name, std::to_string(w.mentees), std::to_string(w.capacity),
                              percent_or_dash(w.capacity > 0 ? std::optional<int>(w.mentees * 100 / w.capacity) : std::nullopt)});
        }
        out.push_back(std::move(s));
    }
    for (const ComplianceRule& rule : r.compliance) {
        ReportSection s{fmt::format("Compliance: {}", rule.description), {}, {"PERSON", "NAME", "FIGURE", "STATUS"}, {}, "no mentees"};
        const int pending = static_cast<int>(rule.results.size()) - rule.met() - rule.not_met();
        s.facts.emplace_back("Rule", fmt::format("[compliance] {}", rule.key));
        s.facts.emplace_back("Result", fmt::format("{} met, {} not met, {} pending", rule.met(), rule.not_met(), pending));
        for (const RuleResult& x : rule.results) s.rows.push_back({x.person, x.name, x.value, std::string(status_name(x.status))});
        out.push_back(std::move(s));
    }
    {
        ReportSection s{"Stipends", {}, {"PERSON", "NAME", "MENTORING HOURS", "MENTORING", "WORKSHOP HOURS", "WORKSHOPS", "TOTAL"},
                        {}, "no mentors"};
        s.facts.emplace_back("Rates", fmt::format("{} an hour of mentoring; {} an hour of workshop, plus {} hours of planning "
                                                  "per workshop hour",
                                                  money(r, static_cast<std::int64_t>(r.hourly * 100 + 0.5)),
                                                  money(r, static_cast<std::int64_t>(r.workshop_hourly * 100 + 0.5)),
                                                  rate(r.planning_ratio)));
        for (const auto& [year, hourly] : r.year_hourly) {
            s.facts.emplace_back(fmt::format("Rates, year {} on", year),
                                 fmt::format("{} an hour of mentoring a mentee in that year of the program",
                                             money(r, static_cast<std::int64_t>(hourly * 100 + 0.5))));
        }
        s.facts.emplace_back("Total", money(r, r.stipend_total_cents()));
        for (const Stipend& x : r.stipends) {
            s.rows.push_back({x.mentor, x.name, format_hours(x.mentoring_minutes), format_cents(x.mentoring_cents),
                              format_hours(x.workshop_minutes), format_cents(x.workshop_cents), format_cents(x.total_cents())});
        }
        out.push_back(std::move(s));
    }
    if (r.by != ReportOptions::By::none) {
        const std::string by = by_name(r.by);
        ReportSection s{fmt::format("By {}", by), {}, {by == "school" ? "SCHOOL" : "MENTOR", "PAIRS", "PLANNED",
                                                      "HELD", "ADHERENCE", "HOURS", "OBSERVATIONS", "AT RISK"},
                        {}, "no pairs in this period"};
        for (const GroupFigures& g : r.groups) {
            s.rows.push_back({g.key, std::to_string(g.pairs), std::to_string(g.planned), std::to_string(g.held),
                              percent_or_dash(share(g.held, g.planned)), format_hours(g.contact_minutes),
                              fmt::format("{}/{}", g.observations, g.observations_required), std::to_string(g.at_risk)});
        }
        out.push_back(std::move(s));
    }
    add_survey_sections(r, out);
    return out;
}

namespace {

// The report's sections, then the retention's when there is one.
std::vector<ReportSection> all_sections(const Report& r, const Retention* retention) {
    std::vector<ReportSection> out = report_sections(r);
    if (retention) {
        for (ReportSection& s : retention_sections(*retention)) out.push_back(std::move(s));
    }
    return out;
}

std::string format_text(const Report& r, const Retention* retention) { return sections_text(all_sections(r, retention)); }

}  // namespace

std::string sections_text(const std::vector<ReportSection>& sections) {
    std::string out;
    bool first = true;
    for (const ReportSection& s : sections) {
        if (!first) out += '\n';
        first = false;
        out += s.title + '\n';
        std::size_t width = 0;
        for (const auto& [k, v] : s.facts) width = std::max(width, display_width(k));
        for (const auto& [k, v] : s.facts) out += fmt::format("  {}:{}{}\n", k, std::string(width - display_width(k) + 1, ' '), v);
        if (s.header.empty()) continue;
        if (!s.facts.empty()) out += '\n';
        if (s.rows.empty()) {
            out += "  (" + s.empty + ")\n";
            continue;
        }
        const std::string table = text_table(s.header, s.rows);
        std::size_t pos = 0;
        while (pos < table.size()) {
            const std::size_t nl = table.find('\n', pos);
            out += "  " + table.substr(pos, nl - pos + 1);
            pos = nl + 1;
        }
    }
    return out;
}

namespace {

// Markdown table cells: a pipe would end the cell, a newline the row.
std::string md_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string format_md(const Report& r, const Retention* retention) {
    return sections_md(fmt::format("{}: mentoring report", r.program_name), r.today, all_sections(r, retention));
}

}  // namespace

std::string sections_md(std::string_view title, Date today, const std::vector<ReportSection>& sections) {
    std::string out = fmt::format("# {}\n\nAs of {}.\n", md_cell(title), today.iso());
    for (const ReportSection& s : sections) {
        out += "\n## " + md_cell(s.title) + "\n\n";
        for (const auto& [k, v] : s.facts) out += fmt::format("- **{}:** {}\n", md_cell(k), md_cell(v));
        if (s.header.empty()) continue;
        if (!s.facts.empty()) out += '\n';
        if (s.rows.empty()) {
            out += "_" + s.empty + "_\n";
            continue;
        }
        out += "|";
        for (const auto& h : s.header) out += " " + md_cell(h) + " |";
        out += "\n|";
        for (std::size_t i = 0; i < s.header.size(); ++i) out += "---|";
        out += '\n';
        for (const auto& row : s.rows) {
            out += "|";
            for (const auto& c : row) out += " " + md_cell(c) + " |";
            out += '\n';
        }
    }
    return out;
}

namespace {

void optional_int(JsonWriter& w, std::optional<int> v) {
    if (v) w.value(*v);
    else w.null();
}

std::string format_json(const Report& r, const Retention* retention) {
    JsonWriter w;
    w.begin_object();
    w.key("program"); w.value(r.program_id);
    w.key("name"); w.value(r.program_name);
    w.key("today"); w.value(r.today.iso());
    w.key("from"); w.value(r.from.iso());
    w.key("until"); w.value(r.until.iso());
    w.key("health");
    w.begin_object();
    w.key("pairs_active"); w.value(r.pairs_active);
    w.key("pairs_ended"); w.value(r.pairs_ended);
    w.key("mentees"); w.value(r.mentees);
    w.key("mentees_unmatched"); w.value(static_cast<int>(r.unmatched.size()));
    if (r.participation_optional || r.not_taking_part > 0) {
        w.key("mentees_not_taking_part"); w.value(r.not_taking_part);
    }
    w.key("days_to_match_average");
    if (r.average_days_to_match) w.value(*r.average_days_to_match);
    else w.null();
    w.key("days_to_match_max"); w.value(r.max_days_to_match);
    w.key("planned"); w.value(r.planned);
    w.key("held"); w.value(r.held);
    w.key("adherence_percent"); optional_int(w, r.adherence_percent());
    w.key("contact_minutes"); w.value(r.contact_minutes);
    w.key("observations"); w.value(r.observations);
    w.key("observations_required"); w.value(r.observations_required);
    w.key("pairs_at_risk"); w.value(r.at_risk());
    w.key("risk_adherence_percent"); w.value(r.risk_adherence_percent);
    w.key("risk_days"); w.value(r.risk_days);
    w.end_object();
    w.key("goals");
    w.begin_object();
    w.key("active"); w.value(r.goals.active);
    w.key("met"); w.value(r.goals.met);
    w.key("missed"); w.value(r.goals.missed);
    w.key("dropped"); w.value(r.goals.dropped);
    w.key("on_track"); w.value(r.goals.on_track);
    w.key("behind"); w.value(r.goals.behind);
    w.key("no_data"); w.value(r.goals.no_data);
    w.key("on_track_percent"); optional_int(w, share(r.goals.on_track, r.goals.active));
    w.end_object();
    w.key("pairs");
    w.begin_array();
    for (const PairFigures& p : r.pairs) {
        w.begin_object();
        w.key("mentor"); w.value(p.mentor);
        w.key("mentee"); w.value(p.mentee);
        w.key("school"); w.value(p.school);
        w.key("start"); w.value(p.start.iso());
        w.key("end");
        if (p.end) w.value(p.end->iso());
        else w.null();
        w.key("planned"); w.value(p.planned);
        w.key("held"); w.value(p.held);
        w.key("adherence_percent"); optional_int(w, p.adherence_percent());
        w.key("contact_minutes"); w.value(p.contact_minutes);
        w.key("observations"); w.value(p.observations);
        w.key("observations_required"); w.value(p.observations_required);
        w.key("last_check_in");
        if (p.last_check_in) w.value(p.last_check_in->iso());
        else w.null();
        w.key("risks"); w.string_array(p.risks);
        w.end_object();
    }
    w.end_array();
    w.key("unmatched");
    w.begin_array();
    for (const UnmatchedMentee& u : r.unmatched) {
        w.begin_object();
        w.key("id"); w.value(u.id);
        w.key("days_waiting"); w.value(u.days_waiting);
        w.end_object();
    }
    w.end_array();
    w.key("weeks");
    w.begin_array();
    for (const WeekFigures& x : r.weeks) {
        w.begin_object();
        w.key("week"); w.value(x.monday.iso());
        w.key("planned"); w.value(x.planned);
        w.key("held"); w.value(x.held);
        w.end_object();
    }
    w.end_array();
    w.key("workload");
    w.begin_array();
    for (const Workload& x : r.workload) {
        w.begin_object();
        w.key("mentor"); w.value(x.mentor);
        w.key("mentees"); w.value(x.mentees);
        w.key("capacity"); w.value(x.capacity);
        w.end_object();
    }
    w.end_array();
    w.key("compliance");
    w.begin_array();
    for (const ComplianceRule& rule : r.compliance) {
        w.begin_object();
        w.key("rule"); w.value(rule.key);
        w.key("description"); w.value(rule.description);
        if (!rule.years.empty()) {
            w.key("years"); w.int_array(rule.years);
        }
        w.key("met"); w.value(rule.met());
        w.key("not_met"); w.value(rule.not_met());
        w.key("results");
        w.begin_array();
        for (const RuleResult& x : rule.results) {
            w.begin_object();
            w.key("person"); w.value(x.person);
            w.key("value"); w.value(x.number);
            w.key("figure"); w.value(x.value);
            w.key("status"); w.value(x.status == RuleResult::Status::not_met ? "not_met" : status_name(x.status));
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("stipends");
    w.begin_object();
    w.key("currency"); w.value(r.currency);
    w.key("hourly"); w.value(r.hourly);
    w.key("workshop_hourly"); w.value(r.workshop_hourly);
    w.key("planning_ratio"); w.value(r.planning_ratio);
    if (!r.year_hourly.empty()) {
        w.key("hourly_by_year");
        w.begin_array();
        for (const auto& [year, hourly] : r.year_hourly) {
            w.begin_object();
            w.key("from_year"); w.value(year);
            w.key("hourly"); w.value(hourly);
            w.end_object();
        }
        w.end_array();
    }
    w.key("total"); w.value(format_cents(r.stipend_total_cents()));
    w.key("mentors");
    w.begin_array();
    for (const Stipend& x : r.stipends) {
        w.begin_object();
        w.key("mentor"); w.value(x.mentor);
        w.key("mentoring_minutes"); w.value(x.mentoring_minutes);
        w.key("workshop_minutes"); w.value(x.workshop_minutes);
        w.key("mentoring"); w.value(format_cents(x.mentoring_cents));
        w.key("workshops"); w.value(format_cents(x.workshop_cents));
        w.key("total"); w.value(format_cents(x.total_cents()));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    write_survey_json(w, r);
    if (r.by != ReportOptions::By::none) {
        w.key("by"); w.value(by_name(r.by));
        w.key("groups");
        w.begin_array();
        for (const GroupFigures& g : r.groups) {
            w.begin_object();
            w.key("key"); w.value(g.key);
            w.key("pairs"); w.value(g.pairs);
            w.key("planned"); w.value(g.planned);
            w.key("held"); w.value(g.held);
            w.key("contact_minutes"); w.value(g.contact_minutes);
            w.key("observations"); w.value(g.observations);
            w.key("observations_required"); w.value(g.observations_required);
            w.key("at_risk"); w.value(g.at_risk);
            w.end_object();
        }
        w.end_array();
    }
    if (retention) {
        w.key("retention");
        w.begin_object();
        retention_json_members(w, *retention);
        w.end_object();
    }
    w.end_object();
    return w.finish();
}

}  // namespace

std::string format_stipend_csv(const Report& r) {
    std::string out = csv_record(std::vector<std::string>{"id", "name", "email", "school", "mentoring_hours", "mentoring_amount",
                                                          "workshop_hours", "workshop_amount", "total", "currency"});
    for (const Stipend& s : r.stipends) {
        out += csv_record(std::vector<std::string>{s.mentor, s.name, s.email, s.school, format_hours(s.mentoring_minutes),
                                                   format_cents(s.mentoring_cents), format_hours(s.workshop_minutes),
                                                   format_cents(s.workshop_cents), format_cents(s.total_cents()), r.currency});
    }
    return out;
}

std::string format_report(const Report& r, ReportFormat format, const Retention* retention) {
    switch (format) {
    case ReportFormat::text: return format_text(r, retention);
    case ReportFormat::md: return format_md(r, retention);
    case ReportFormat::csv: return format_stipend_csv(r);
    case ReportFormat::json: return format_json(r, retention);
    case ReportFormat::html: return format_report_html(r, retention);
    }
    return {};
}

}  // namespace mentor
