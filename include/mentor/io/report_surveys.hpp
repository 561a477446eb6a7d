#pragma once
#include <vector>

#include "mentor/domain/report.hpp"
#include "mentor/io/output.hpp"
#include "mentor/io/report_format.hpp"

namespace mentor {

/// One section per survey of the report: its window, response rate, and for a feedback
/// survey the mean of each rating question for the program, each school and each mentor
/// shown (groups below `[privacy] min_group` are only counted).
void add_survey_sections(const Report& r, std::vector<ReportSection>& out);

/// The report's `surveys` array (written only when the report has surveys).
void write_survey_json(JsonWriter& w, const Report& r);

}  // namespace mentor
