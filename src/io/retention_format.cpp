// `mentor retention`: who stayed, by starting cohort and by group, and each cohort's outcomes
// year by year, as text, Markdown, CSV, JSON or a self-contained HTML page with a chart.
#include "mentor/io/retention_format.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "mentor/io/output.hpp"
#include "mentor/io/report_html.hpp"

namespace mentor {

namespace {

std::string stayed_cell(int stayed, int size) {
    return fmt::format("{} ({}%)", stayed, size > 0 ? (stayed * 200 + size) / (2 * size) : 0);
}

std::size_t most_years(const std::vector<RetentionRow>& rows) {
    std::size_t n = 0;
    for (const RetentionRow& row : rows) n = std::max(n, row.stayed.size());
    return n;
}

ReportSection retention_table(std::string title, const std::vector<RetentionRow>& rows, std::string_view group, int hidden,
                              int min_group) {
    ReportSection s;
    s.title = std::move(title);
    if (hidden > 0) s.facts.emplace_back("groups not shown", fmt::format("{} (fewer than {} people)", hidden, min_group));
    s.header.push_back("cohort");
    if (!group.empty()) s.header.emplace_back(group);
    s.header.push_back("people");
    const std::size_t years = most_years(rows);
    for (std::size_t k = 1; k <= years; ++k) s.header.push_back(fmt::format("after {} year{}", k, k == 1 ? "" : "s"));
    for (const RetentionRow& row : rows) {
        std::vector<std::string> cells{row.cohort};
        if (!group.empty()) cells.push_back(row.group);
        cells.push_back(std::to_string(row.size));
        for (std::size_t k = 0; k < years; ++k) cells.push_back(k < row.stayed.size() ? stayed_cell(row.stayed[k], row.size) : "-");
        s.rows.push_back(std::move(cells));
    }
    s.empty = fmt::format("no group of at least {} people", min_group);
    return s;
}

std::string hours(int minutes) { return format_hours(minutes); }

void stayed_json(JsonWriter& w, const RetentionRow& row, bool with_group) {
    w.begin_object();
    w.key("cohort");
    w.value(row.cohort);
    if (with_group) {
        w.key("group");
        w.value(row.group);
    }
    w.key("people");
    w.value(row.size);
    w.key("stayed");
    w.int_array(row.stayed);
    w.end_object();
}

}  // namespace

void retention_json_members(JsonWriter& w, const Retention& r) {
    w.key("min_group");
    w.value(r.min_group);
    w.key("cohorts");
    w.begin_array();
    for (const RetentionRow& row : r.cohorts) stayed_json(w, row, false);
    w.end_array();
    w.key("hidden_cohorts");
    w.value(r.hidden_cohorts);
    w.key("breakdowns");
    w.begin_object();
    for (const RetentionBreakdown& b : r.breakdowns) {
        w.key(b.by);
        w.begin_object();
        w.key("rows");
        w.begin_array();
        for (const RetentionRow& row : b.rows) stayed_json(w, row, true);
        w.end_array();
        w.key("hidden");
        w.value(b.hidden);
        w.end_object();
    }
    w.end_object();
    w.key("left_reasons");
    w.begin_array();
    for (const LeftReasonCount& c : r.reasons) {
        w.begin_object();
        w.key("reason");
        w.value(c.reason);
        w.key("people");
        w.value(c.count);
        w.end_object();
    }
    w.end_array();
    w.key("hidden_left_reasons");
    w.value(r.hidden_reasons);
    w.key("outcomes");
    w.begin_array();
    for (const OutcomeRow& o : r.outcomes) {
        w.begin_object();
        w.key("cohort");
        w.value(o.cohort);
        w.key("year");
        w.value(o.year);
        w.key("school_year");
        w.value(o.school_year);
        w.key("mentees");
        w.value(o.mentees);
        w.key("contact_minutes");
        w.value(o.contact_minutes);
        w.key("observations");
        w.value(o.observations);
        w.key("planned");
        w.value(o.planned);
        w.key("held");
        w.value(o.held);
        w.key("adherence_percent");
        if (const auto a = o.adherence_percent()) w.value(*a);
        else w.null();
        w.key("goals_met");
        w.value(o.goals_met);
        w.end_object();
    }
    w.end_array();
    w.key("hidden_outcomes");
    w.value(r.hidden_outcomes);
}

namespace {

std::string format_json(const Retention& r) {
    JsonWriter w;
    w.begin_object();
    w.key("version");
    w.value(1);
    w.key("program");
    w.value(r.program_id);
    w.key("today");
    w.value(r.today.iso());
    retention_json_members(w, r);
    w.end_object();
    return w.finish();
}

}  // namespace

std::string retention_csv(const Retention& r) {
    const std::vector<std::string> header{"by", "cohort", "group", "people", "after_years", "stayed"};
    std::string out = csv_record(header);
    const auto rows = [&](std::string_view by, const std::vector<RetentionRow>& list) {
        for (const RetentionRow& row : list) {
            for (std::size_t k = 0; k < row.stayed.size(); ++k) {
                const std::vector<std::string> f{std::string(by), row.cohort, row.group, std::to_string(row.size),
                                                 std::to_string(k + 1), std::to_string(row.stayed[k])};
                out += csv_record(f);
            }
        }
    };
    rows("cohort", r.cohorts);
    for (const RetentionBreakdown& b : r.breakdowns) rows(b.by, b.rows);
    return out;
}

namespace {

std::string format_html(const Retention& r) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_escape(r.program_id) + ": retention " + r.today.iso() + "</title>\n";
    out += "<style>\n" + std::string(report_style()) + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>Retention and outcomes</h1>\n<p>" + html_escape(r.program_id) + ", as of " + r.today.iso() +
           ".</p>\n</header>\n<main>\n";
    out += outcomes_figure(r);
    for (const ReportSection& s : retention_sections(r)) section_html(out, s);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace

std::vector<ReportSection> retention_sections(const Retention& r) {
    std::vector<ReportSection> out;
    ReportSection head = retention_table("Retention by starting cohort", r.cohorts, "", r.hidden_cohorts, r.min_group);
    head.facts.insert(head.facts.begin(), {"smallest group shown", fmt::format("{} people ([privacy] min_group)", r.min_group)});
    head.facts.insert(head.facts.begin() + 1, {"counted", "on staff on the first day of each later school year"});
    out.push_back(std::move(head));
    for (const RetentionBreakdown& b : r.breakdowns) {
        const std::string what = b.by == "mentoring" ? "contact hours in the first year" : b.by;
        out.push_back(retention_table(fmt::format("Retention by {}", what), b.rows, b.by, b.hidden, r.min_group));
    }
    ReportSection why;
    why.title = "Why people left";
    if (r.hidden_reasons > 0) {
        why.facts.emplace_back("reasons not shown", fmt::format("{} (fewer than {} people)", r.hidden_reasons, r.min_group));
    }
    why.header = {"reason", "people"};
    for (const LeftReasonCount& c : r.reasons) why.rows.push_back({c.reason, std::to_string(c.count)});
    why.empty = "nobody to show";
    out.push_back(std::move(why));
    ReportSection outcomes;
    outcomes.title = "Outcomes by cohort and year";
    if (r.hidden_outcomes > 0) {
        outcomes.facts.emplace_back("groups not shown", fmt::format("{} (fewer than {} mentees)", r.hidden_outcomes, r.min_group));
    }
    outcomes.header = {"cohort", "year", "school year", "mentees", "contact hours", "observations", "held/planned", "adherence",
                       "goals met"};
    for (const OutcomeRow& o : r.outcomes) {
        const auto a = o.adherence_percent();
        outcomes.rows.push_back({o.cohort, std::to_string(o.year), o.school_year, std::to_string(o.mentees),
                                 hours(o.contact_minutes), std::to_string(o.observations),
                                 fmt::format("{}/{}", o.held, o.planned), a ? fmt::format("{}%", *a) : "-",
                                 std::to_string(o.goals_met)});
    }
    outcomes.empty = fmt::format("no cohort year with at least {} mentees", r.min_group);
    out.push_back(std::move(outcomes));
    return out;
}

namespace {

// One panel of the chart across years: a measure of each cohort in each year, in hundredths.
struct Panel {
    std::string title;
    std::string unit;
    std::vector<std::optional<int>> values;  // hundredths, one per outcome row; none: nothing to show
};

std::string hundredths(int v) { return fmt::format("{}.{:02}", v / 100, v % 100); }

std::vector<Panel> outcome_panels(const Retention& r) {
    std::vector<Panel> panels{{"Contact hours per mentee", "h", {}},
                              {"Observations per mentee", "", {}},
                              {"Adherence", "%", {}},
                              {"Goals met per mentee", "", {}}};
    for (const OutcomeRow& o : r.outcomes) {
        const int n = std::max(1, o.mentees);
        // Per mentee, rounded half up to a hundredth.
        const auto per = [&](long long total) { return static_cast<int>((total * 2 + n) / (2 * n)); };
        panels[0].values.push_back(per((static_cast<long long>(o.contact_minutes) * 100 + 30) / 60));
        panels[1].values.push_back(per(o.observations * 100LL));
        const auto a = o.adherence_percent();
        panels[2].values.push_back(a ? std::optional<int>(*a * 100) : std::nullopt);
        panels[3].values.push_back(per(o.goals_met * 100LL));
    }
    return panels;
}

}  // namespace

std::string outcomes_chart(const Retention& r) {
    const int n = std::max<int>(1, static_cast<int>(r.outcomes.size()));
    const int left = 40, plot_h = 90, label_h = 30, head_h = 18, gap = 14, slot = std::max(24, std::min(64, 640 / n));
    const int panel_h = head_h + plot_h + label_h;
    const std::vector<Panel> panels = outcome_panels(r);
    const int width = left + slot * n + 10, height = static_cast<int>(panels.size()) * (panel_h + gap);
    std::string out = fmt::format(
        "<svg id=\"chart-years\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "role=\"img\" aria-labelledby=\"chart-years-title\">\n<title id=\"chart-years-title\">Outcomes by cohort and year in "
        "the program: contact hours, observations, adherence and goals met</title>\n",
        width, height);
    for (std::size_t p = 0; p < panels.size(); ++p) {
        const Panel& panel = panels[p];
        const int top_y = static_cast<int>(p) * (panel_h + gap);
        const int base = top_y + head_h + plot_h;
        int top = panel.unit == "%" ? 10000 : 100;  // the scale's least top: 100 %, or 1
        for (const auto& v : panel.values) top = std::max(top, v.value_or(0));
        out += fmt::format("<text x=\"2\" y=\"{}\" font-weight=\"600\">{}</text>\n", top_y + 12, html_escape(panel.title));
        out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", left, top_y + head_h, base);
        out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n", left, base, left + slot * n);
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}{}</text>\n", left - 4, top_y + head_h + 8,
                           panel.unit == "%" ? std::to_string(top / 100) : hundredths(top),
                           panel.unit == "%" || panel.unit.empty() ? panel.unit : " " + panel.unit);
        for (std::size_t i = 0; i < r.outcomes.size(); ++i) {
            const OutcomeRow& o = r.outcomes[i];
            const int x = left + static_cast<int>(i) * slot + 4;
            const std::string shown = !panel.values[i] ? "-"
                                      : panel.unit == "%" ? fmt::format("{}%", *panel.values[i] / 100)
                                                          : hundredths(*panel.values[i]) + (panel.unit.empty() ? "" : " " + panel.unit);
            const int h = panel.values[i].value_or(0) * plot_h / top;
            out += fmt::format("<rect class=\"held\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{} year {} ({}): {}</title>"
                               "</rect>\n",
                               x, base - h, slot - 8, h, html_escape(o.cohort), o.year, html_escape(o.school_year), shown);
            out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x, base + 13, html_escape(o.cohort));
            out += fmt::format("<text x=\"{}\" y=\"{}\">year {}</text>\n", x, base + 26, o.year);
        }
    }
    out += "</svg>\n";
    return out;
}

std::string outcomes_figure(const Retention& r) {
    return "<section>\n<h2>Across years</h2>\n<figure>\n<figcaption>Outcomes by cohort and year in the program</figcaption>\n" +
           outcomes_chart(r) + "</figure>\n</section>\n";
}

std::string format_retention(const Retention& r, ReportFormat format) {
    switch (format) {
        case ReportFormat::text: return sections_text(retention_sections(r));
        case ReportFormat::md: return sections_md("Retention and outcomes", r.today, retention_sections(r));
        case ReportFormat::csv: return retention_csv(r);
        case ReportFormat::json: return format_json(r);
        case ReportFormat::html: return format_html(r);
    }
    return {};
}

}  // namespace mentor
