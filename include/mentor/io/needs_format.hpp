#pragma once
#include <string>

#include "mentor/domain/needs.hpp"
#include "mentor/io/output.hpp"
#include "mentor/io/report_format.hpp"

namespace mentor {

/// The needs summary as a report section: one row per group and area (groups where fewer
/// than `min_group` mentees rated their needs are left out, and counted).
ReportSection needs_section(const NeedsSummary& summary, int min_group);

/// The summary as the `needs` object of JSON output (groups below `min_group` left out).
void write_needs_json(JsonWriter& w, const NeedsSummary& summary, int min_group);

/// One person's ratings and highest needs, as text or JSON.
std::string format_person_needs(const Person& p, const NeedsSettings& needs, bool json);

}  // namespace mentor
