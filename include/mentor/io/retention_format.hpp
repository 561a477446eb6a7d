#pragma once
#include <string>
#include <vector>

#include "mentor/domain/retention.hpp"
#include "mentor/io/report_format.hpp"

namespace mentor {

/// Retention and outcomes as the text, Markdown and HTML renderers lay them out.
std::vector<ReportSection> retention_sections(const Retention& r);

/// Retention in `format` (text, md, csv, json or html). CSV holds the retention rows, one per
/// group and year; JSON everything, `"version": 1` first. Deterministic bytes.
std::string format_retention(const Retention& r, ReportFormat format);

/// An inline SVG chart across years: contact hours per mentee for each cohort in each year of
/// the program.
std::string outcomes_chart(const Retention& r);

}  // namespace mentor
