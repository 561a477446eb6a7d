#include "mentor/io/report_html.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/io/report_format.hpp"
#include "mentor/io/retention_format.hpp"

namespace mentor {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

constexpr std::string_view style = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1b1f24;margin:2rem auto;max-width:64rem;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #ccd;padding:.2rem .5rem;text-align:left}
th{background:#eef}td.num{text-align:right;font-variant-numeric:tabular-nums}p.empty{font-style:italic;color:#555}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg{display:block;max-width:100%;height:auto}
svg text{font-family:inherit;font-size:11px;fill:#1b1f24}.planned{fill:#b8c4d6}.held{fill:#2f6db5}.cap{fill:none;stroke:#555;stroke-width:1}
.load{fill:#2f6db5}.over{fill:#c0392b}.axis{stroke:#888;stroke-width:1}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}figure,tr{break-inside:avoid}th{background:#eee}}
)";

bool is_number(const std::string& s) {
    if (s.empty() || s == "-") return false;
    for (char c : s) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == '%' || c == '/')) return false;
    }
    return true;
}

// Planned and held check-ins per week, as pairs of bars.
std::string adherence_chart(const Report& r) {
    const int n = std::max<int>(1, static_cast<int>(r.weeks.size()));
    int top = 1;
    for (const WeekFigures& w : r.weeks) top = std::max({top, w.planned, w.held});
    const int left = 40, bottom = 40, plot_h = 180, slot = std::max(8, std::min(28, 700 / n));
    const int width = left + slot * n + 10, height = plot_h + bottom + 10;
    std::string out = fmt::format(
        "<svg id=\"chart-adherence\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "role=\"img\" aria-labelledby=\"chart-adherence-title\">\n<title id=\"chart-adherence-title\">Check-ins planned and held "
        "per week, {2} to {3}: {4} held of {5} planned</title>\n",
        width, height, r.from.iso(), r.until.iso(), r.held, r.planned);
    const int base = 10 + plot_h;
    out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"10\" x2=\"{0}\" y2=\"{1}\"/>\n", left, base);
    out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n", left, base, left + slot * n);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 4, 14, top);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", left - 4, base);
    for (std::size_t i = 0; i < r.weeks.size(); ++i) {
        const WeekFigures& w = r.weeks[i];
        const int x = left + static_cast<int>(i) * slot;
        const int bar = std::max(2, (slot - 2) / 2);
        const int ph = w.planned * plot_h / top, hh = w.held * plot_h / top;
        out += fmt::format("<rect class=\"planned\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>week of {}: {} planned</title></rect>\n",
                           x + 1, base - ph, bar, ph, w.monday.iso(), w.planned);
        out += fmt::format("<rect class=\"held\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>week of {}: {} held</title></rect>\n",
                           x + 1 + bar, base - hh, bar, hh, w.monday.iso(), w.held);
        if (i % 4 == 0) {
            out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x, base + 14, w.monday.iso().substr(5));
        }
    }
    out += fmt::format("<rect class=\"planned\" x=\"{}\" y=\"{}\" width=\"10\" height=\"10\"/><text x=\"{}\" y=\"{}\">planned</text>\n",
                       left, base + 22, left + 14, base + 31);
    out += fmt::format("<rect class=\"held\" x=\"{}\" y=\"{}\" width=\"10\" height=\"10\"/><text x=\"{}\" y=\"{}\">held</text>\n",
                       left + 80, base + 22, left + 94, base + 31);
    out += "</svg>\n";
    return out;
}

// Horizontal bars, one per labelled value.
std::string goals_chart(const Report& r) {
    const std::pair<std::string, int> bars[] = {
        {"active, on track", r.goals.on_track}, {"active, behind", r.goals.behind}, {"active, no data", r.goals.no_data},
        {"met", r.goals.met},                   {"missed", r.goals.missed},        {"dropped", r.goals.dropped},
    };
    int top = 1;
    for (const auto& [label, v] : bars) top = std::max(top, v);
    const int left = 120, row = 22, plot_w = 400, height = row * 6 + 10, width = left + plot_w + 50;
    std::string out = fmt::format(
        "<svg id=\"chart-goals\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "role=\"img\" aria-labelledby=\"chart-goals-title\">\n<title id=\"chart-goals-title\">Goals by status: {2} active "
        "({3} on track), {4} met, {5} missed, {6} dropped</title>\n",
        width, height, r.goals.active, r.goals.on_track, r.goals.met, r.goals.missed, r.goals.dropped);
    int y = 5;
    for (const auto& [label, v] : bars) {
        const int w = std::max(v > 0 ? 2 : 0, v * plot_w / top);
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 6, y + 14, label);
        out += fmt::format("<rect class=\"held\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n", left, y + 3, w, row - 6);
        out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", left + w + 4, y + 14, v);
        y += row;
    }
    out += "</svg>\n";
    return out;
}

// Each mentor's mentees (filled) against their capacity (outlined).
std::string workload_chart(const Report& r) {
    int top = 1;
    for (const Workload& w : r.workload) top = std::max({top, w.mentees, w.capacity});
    const int left = 120, row = 18, plot_w = 400;
    const int n = std::max<int>(1, static_cast<int>(r.workload.size()));
    const int height = row * n + 10, width = left + plot_w + 60;
    int over = 0;
    for (const Workload& w : r.workload) over += w.mentees > w.capacity ? 1 : 0;
    std::string out = fmt::format(
        "<svg id=\"chart-workload\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "role=\"img\" aria-labelledby=\"chart-workload-title\">\n<title id=\"chart-workload-title\">Mentees per mentor against "
        "capacity: {2} mentors, {3} over capacity</title>\n",
        width, height, r.workload.size(), over);
    int y = 5;
    for (const Workload& w : r.workload) {
        const int cap = w.capacity * plot_w / top, load = w.mentees * plot_w / top;
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 6, y + 12, html_escape(w.mentor));
        out += fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                           w.mentees > w.capacity ? "over" : "load", left, y + 3, load, row - 6);
        out += fmt::format("<rect class=\"cap\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n", left, y + 3, cap, row - 6);
        out += fmt::format("<text x=\"{}\" y=\"{}\">{} of {}</text>\n", left + std::max(cap, load) + 4, y + 12, w.mentees, w.capacity);
        y += row;
    }
    out += "</svg>\n";
    return out;
}

}  // namespace

std::string_view report_style() { return style; }

void section_html(std::string& out, const ReportSection& s) {
    out += "<section>\n<h2>" + html_escape(s.title) + "</h2>\n";
    if (!s.facts.empty()) {
        out += "<dl class=\"facts\">\n";
        for (const auto& [k, v] : s.facts) out += "<dt>" + html_escape(k) + "</dt><dd>" + html_escape(v) + "</dd>\n";
        out += "</dl>\n";
    }
    if (!s.header.empty()) {
        if (s.rows.empty()) {
            out += "<p class=\"empty\">" + html_escape(s.empty) + "</p>\n";
        } else {
            out += "<table>\n<thead><tr>";
            for (const auto& h : s.header) out += "<th scope=\"col\">" + html_escape(h) + "</th>";
            out += "</tr></thead>\n<tbody>\n";
            for (const auto& row : s.rows) {
                out += "<tr>";
                for (const auto& c : row) out += (is_number(c) ? "<td class=\"num\">" : "<td>") + html_escape(c) + "</td>";
                out += "</tr>\n";
            }
            out += "</tbody>\n</table>\n";
        }
    }
    out += "</section>\n";
}

std::string format_report_html(const Report& r, const Retention* retention) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_escape(r.program_name) + ": mentoring report " + r.today.iso() + "</title>\n";
    out += "<style>\n" + std::string(style) + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>" + html_escape(r.program_name) + "</h1>\n<p>Mentoring report as of " + r.today.iso() + ", covering " +
           r.from.iso() + " to " + r.until.iso() + ".</p>\n</header>\n<main>\n";
    const std::vector<ReportSection> sections = report_sections(r);
    section_html(out, sections.front());
    out += "<section>\n<h2>Charts</h2>\n";
    out += "<figure>\n<figcaption>Check-ins planned and held, week by week</figcaption>\n" + adherence_chart(r) + "</figure>\n";
    out += "<figure>\n<figcaption>Goals by status</figcaption>\n" + goals_chart(r) + "</figure>\n";
    out += "<figure>\n<figcaption>Mentees per mentor against capacity</figcaption>\n" + workload_chart(r) + "</figure>\n";
    out += "</section>\n";
    for (std::size_t i = 1; i < sections.size(); ++i) section_html(out, sections[i]);
    if (retention) {
        out += outcomes_figure(*retention);
        for (const ReportSection& s : retention_sections(*retention)) section_html(out, s);
    }
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace mentor
