#pragma once
#include <toml++/toml.h>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// Reads the `[survey.ID]` tables of a parsed program.toml into `p.surveys` (sorted by id),
/// with a located diagnostic for every bad value.
void read_survey_tables(const toml::table& root, Program& p, Diagnostics& d);

/// Reads `[survey.ID]`, `[needs]` and `[selection]`, and checks them against each other (a
/// needs survey rates areas of `[needs]`; a rating criterion names a feedback question).
void read_voices_tables(const toml::table& root, Program& p, Diagnostics& d);

}  // namespace mentor
