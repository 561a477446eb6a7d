#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/report_format.hpp"
#include "mentor/io/report_html.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Report sample() {
    Report r;
    r.program_id = "x";
    r.program_name = "Lincoln <Elementary> & \"Friends\"";
    r.currency = "USD";
    r.today = day("2026-11-23");
    r.from = day("2026-08-24");
    r.until = r.today;
    Stipend s;
    s.mentor = "m1";
    s.name = "O'Neil, Pat";
    s.email = "pat@example.org";
    s.school = "lincoln";
    s.mentoring_minutes = 95;
    s.mentoring_cents = 6333;
    s.workshop_minutes = 90;
    s.workshop_cents = 22500;
    r.stipends.push_back(s);
    Workload w{"m1", "<script>alert(1)</script>", 1, 2};
    r.workload.push_back(w);
    PairFigures p;
    p.mentor = "m1";
    p.mentee = "a|b";
    p.start = day("2026-08-24");
    p.risks.push_back("held <1> of 4");
    r.pairs.push_back(p);
    r.weeks.push_back({day("2026-08-24"), 2, 1});
    return r;
}

}  // namespace

TEST_CASE("html_escape: every character that could end text or an attribute") {
    CHECK(html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
}

TEST_CASE("format_report_html: strings are escaped, three charts, no scripts or outside links") {
    const std::string html = format_report_html(sample());
    CHECK(html.find("<Elementary>") == std::string::npos);
    CHECK(html.find("Lincoln &lt;Elementary&gt; &amp; &quot;Friends&quot;") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("held &lt;1&gt; of 4") != std::string::npos);
    CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("id=\"chart-adherence\"") != std::string::npos);
    CHECK(html.find("id=\"chart-goals\"") != std::string::npos);
    CHECK(html.find("id=\"chart-workload\"") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(format_report_html(sample()) == html);
}

TEST_CASE("format_stipend_csv: header, RFC 4180 quoting, two decimals") {
    const std::string csv = format_stipend_csv(sample());
    CHECK(csv ==
          "id,name,email,school,mentoring_hours,mentoring_amount,workshop_hours,workshop_amount,total,currency\r\n"
          "m1,\"O'Neil, Pat\",pat@example.org,lincoln,1.58,63.33,1.50,225.00,288.33,USD\r\n");
}

TEST_CASE("format_report: Markdown escapes pipes in cells") {
    const std::string md = format_report(sample(), ReportFormat::md);
    CHECK(md.find("| a\\|b |") != std::string::npos);
}

TEST_CASE("format_hours: minutes to hours with two decimals") {
    CHECK(format_hours(0) == "0.00");
    CHECK(format_hours(45) == "0.75");
    CHECK(format_hours(95) == "1.58");
    CHECK(format_hours(1) == "0.02");  // 1.67 hundredths
}
