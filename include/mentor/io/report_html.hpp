#pragma once
#include <string>
#include <string_view>

#include "mentor/domain/report.hpp"
#include "mentor/io/report_format.hpp"

namespace mentor {

/// `s` with &, <, >, " and ' replaced by entities: safe in HTML text and attribute values.
std::string html_escape(std::string_view s);

/// The report page's inline stylesheet, shared by every HTML page mentor writes.
std::string_view report_style();

/// One section as HTML: a heading, a definition list of facts, a table.
void section_html(std::string& out, const ReportSection& s);

/// The report as one self-contained HTML page: inline CSS (with a print stylesheet), no
/// scripts, fonts or links to anything outside, and three inline SVG charts (check-ins
/// planned and held per week, goals by status, mentees per mentor against capacity). With
/// `retention`, its sections end the page after a fourth chart, outcomes across years.
std::string format_report_html(const Report& r, const Retention* retention = nullptr);

}  // namespace mentor
