#pragma once
#include <string>
#include <vector>

#include "mentor/domain/retention.hpp"
#include "mentor/io/output.hpp"
#include "mentor/io/report_format.hpp"

namespace mentor {

/// Retention and outcomes as the text, Markdown and HTML renderers lay them out.
std::vector<ReportSection> retention_sections(const Retention& r);

/// Retention in `format` (text, md, csv, json or html). CSV holds the retention rows, one per
/// group and year; JSON everything, `"version": 1` first. Deterministic bytes.
std::string format_retention(const Retention& r, ReportFormat format);

/// An inline SVG chart across years, one panel per measure (contact hours, observations and
/// goals met per mentee, adherence), each with a bar for every cohort in every year of the program.
std::string outcomes_chart(const Retention& r);

/// The chart across years as an HTML section ("Across years").
std::string outcomes_figure(const Retention& r);

/// The retention members of a JSON object (`min_group` to `hidden_outcomes`), as `mentor
/// retention` writes them and as the report's `retention` object holds them.
void retention_json_members(JsonWriter& w, const Retention& r);

/// The retention rows as CSV: by, cohort, group, people, after_years, stayed.
std::string retention_csv(const Retention& r);

}  // namespace mentor
