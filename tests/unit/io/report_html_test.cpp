#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "builders.hpp"
#include "mentor/io/report_html.hpp"

using namespace mentor;
using test::day;

namespace {

Report hostile() {
    Report r;
    r.program_id = "x";
    r.program_name = "<script>alert('name')</script>";
    r.currency = "USD";
    r.today = day("2026-11-23");
    r.from = day("2026-08-24");
    r.until = r.today;
    r.workload.push_back({"m<script>", "<script>alert(1)</script>", 3, 2});
    r.workload.push_back({"m2", "Pat \"Q\" O'Neil & co", 1, 2});
    UnmatchedMentee u;
    u.id = "e1";
    u.name = "<img src=x onerror=alert(1)>";
    u.days_waiting = 12;
    r.unmatched.push_back(u);
    PairFigures p;
    p.mentor = "m2";
    p.mentee = "<b>e</b>";
    p.school = "\"lincoln\"";
    p.start = day("2026-08-24");
    p.planned = 4;
    p.held = 2;
    p.risks.push_back("</td></tr></table><script>x</script>");
    r.pairs.push_back(p);
    for (int i = 0; i < 6; ++i) r.weeks.push_back({day("2026-08-24") + 7 * i, 2 + i % 2, i % 3});
    r.goals.active = 3;
    r.goals.on_track = 2;
    r.goals.behind = 1;
    r.goals.met = 1;
    return r;
}

std::size_t count(const std::string& s, std::string_view what) {
    std::size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("html_escape: the five characters become entities, the rest is kept byte for byte") {
    CHECK(html_escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(html_escape("a & b \"c\"") == "a &amp; b &quot;c&quot;");
    CHECK(html_escape("&amp;") == "&amp;amp;");
    CHECK(html_escape("Zoë Núñez") == "Zoë Núñez");
    CHECK(html_escape("") == "");
}

TEST_CASE("format_report_html: every name from the files is escaped: no <script, no stray tag") {
    const std::string html = format_report_html(hostile());
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("onerror=alert(1)>") == std::string::npos);
    CHECK(html.find("<title>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;: mentoring report 2026-11-23</title>") !=
          std::string::npos);
    CHECK(html.find("<h1>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</h1>") != std::string::npos);
    // The workload chart labels bars with the mentor id: escaped there too.
    CHECK(html.find(">m&lt;script&gt;</text>") != std::string::npos);
    CHECK(html.find("Pat &quot;Q&quot; O&#39;Neil &amp; co") != std::string::npos);
    CHECK(html.find("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;x&lt;/script&gt;") != std::string::npos);
    // Every table cell opens and closes once: nothing from the data closed one early.
    CHECK(count(html, "<td") == count(html, "</td>"));
    CHECK(count(html, "<tr>") == count(html, "</tr>"));
}

TEST_CASE("format_report_html: the tags that only the page writes appear as it writes them") {
    const std::string html = format_report_html(hostile());
    // Only tags of the page's own vocabulary: nothing else can have come from data.
    const std::regex tag("<(/?)([a-zA-Z][a-zA-Z0-9]*)");
    const std::set<std::string> allowed{"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main",
                                        "section", "h2", "dl", "dt", "dd", "figure", "figcaption", "svg", "line", "text",
                                        "rect", "table", "thead", "tbody", "tr", "th", "td"};
    std::set<std::string> seen;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
        seen.insert((*it)[2].str());
    }
    for (const std::string& t : seen) {
        INFO(t);
        CHECK(allowed.count(t) == 1);
    }
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n", 0) == 0);
    CHECK(html.size() >= 8);
    CHECK(html.substr(html.size() - 8) == "</html>\n");
}

TEST_CASE("format_report_html: numbers are right-aligned cells, text is not") {
    const std::string html = format_report_html(hostile());
    CHECK(html.find("<td class=\"num\">12</td>") != std::string::npos);    // days waiting
    CHECK(html.find("<td class=\"num\">50%</td>") != std::string::npos);   // adherence
    CHECK(html.find("<td class=\"num\">0/0</td>") != std::string::npos);   // observations
    CHECK(html.find("<td>e1</td>") != std::string::npos);
    CHECK(html.find("<td>-</td>") != std::string::npos);                   // no end date: not a number
}

TEST_CASE("format_report_html: the workload chart marks a mentor over capacity, bars scale to the largest") {
    const std::string html = format_report_html(hostile());
    // top = 3 mentees: 400 px for 3, capacity 2 of 3 = 266 px.
    CHECK(html.find("<rect class=\"over\" x=\"120\" y=\"8\" width=\"400\" height=\"12\"/>") != std::string::npos);
    CHECK(html.find("<rect class=\"cap\" x=\"120\" y=\"8\" width=\"266\" height=\"12\"/>") != std::string::npos);
    CHECK(html.find("<rect class=\"load\" x=\"120\" y=\"26\" width=\"133\" height=\"12\"/>") != std::string::npos);
    CHECK(html.find(">3 of 2</text>") != std::string::npos);
    CHECK(html.find("2 mentors, 1 over capacity</title>") != std::string::npos);
}

TEST_CASE("format_report_html: one pair of bars per week, a date label every fourth week") {
    const std::string html = format_report_html(hostile());
    CHECK(count(html, "<rect class=\"planned\" x=") == 6 + 1);  // six weeks and the legend
    CHECK(count(html, "<rect class=\"held\" x=") >= 6 + 1);
    CHECK(html.find("<title>week of 2026-08-24: 2 planned</title>") != std::string::npos);
    CHECK(html.find(">08-24</text>") != std::string::npos);
    CHECK(html.find(">09-21</text>") != std::string::npos);
    CHECK(html.find(">08-31</text>") == std::string::npos);
}

TEST_CASE("format_report_html: an empty report still has its three charts and empty-table sentences") {
    Report r;
    r.program_name = "Empty";
    r.today = r.from = r.until = day("2026-08-24");
    const std::string html = format_report_html(r);
    CHECK(count(html, "<svg ") == 3);
    CHECK(html.find("<p class=\"empty\">no pairs in this period</p>") != std::string::npos);
    CHECK(html.find("<p class=\"empty\">every mentee has a mentor</p>") != std::string::npos);
    CHECK(format_report_html(r) == html);
}
