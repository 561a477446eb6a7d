#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/report.hpp"

namespace mentor {

/// The formats of `mentor report`.
enum class ReportFormat { text, md, csv, json, html };

/// Parses `text`, `md`, `csv`, `json` or `html`.
std::optional<ReportFormat> parse_report_format(std::string_view name);

/// One part of a report as the text, Markdown and HTML renderers lay it out: a title, lines
/// of `label: value`, then a table (header and rows), any of them possibly empty.
struct ReportSection {
    std::string title;
    std::vector<std::pair<std::string, std::string>> facts;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::string empty;  ///< what to say when the table has no rows
};

/// The report's sections in the order every format shows them.
std::vector<ReportSection> report_sections(const Report& r);

/// Sections as plain text: a title, aligned facts, an indented table.
std::string sections_text(const std::vector<ReportSection>& sections);

/// Sections as Markdown under a `# title` and an "As of" line.
std::string sections_md(std::string_view title, Date today, const std::vector<ReportSection>& sections);

/// Hours with two decimals for a number of minutes (half a hundredth rounds up).
std::string format_hours(int minutes);

struct Retention;

/// The report in `format`; HTML comes from format_report_html. Deterministic bytes. With
/// `retention`, its sections follow the report's in text, Markdown and HTML (with the chart
/// across years), and JSON holds it as `retention`; the CSV stays the stipends.
std::string format_report(const Report& r, ReportFormat format, const Retention* retention = nullptr);

/// The stipends as CSV for payroll: a header row, one row per mentor, RFC 4180 quoting,
/// amounts with a decimal point and two decimals.
std::string format_stipend_csv(const Report& r);

}  // namespace mentor
