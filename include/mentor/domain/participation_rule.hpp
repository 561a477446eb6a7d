#pragma once
#include <optional>

#include "mentor/domain/report.hpp"

namespace mentor {

/// With `participation = "mandatory"`: a compliance rule listing every mentee on staff who
/// takes part, met when they have a mentor, not met (with the days waiting) when they do not.
/// Nothing when participation is optional.
std::optional<ComplianceRule> participation_rule(const Program& program, const Roster& roster, const Report& r);

}  // namespace mentor
