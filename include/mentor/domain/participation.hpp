#pragma once
#include "mentor/domain/model.hpp"

namespace mentor {

/// Whether a mentee takes part in the program: their `participates` as written, else what
/// `participation` implies (yes when it is mandatory, no when it is optional). Pairing never
/// places someone who does not, and no report counts them as unmatched.
inline bool takes_part(const Person& p, const Program& program) {
    return p.participates.value_or(program.participation == Participation::mandatory);
}

}  // namespace mentor
