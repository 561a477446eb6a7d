// How long a pair lasts: program.duration, and the end each pair's record shows on a day.
#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/pairing.hpp"
#include "mentor/domain/terms.hpp"

namespace mentor {

Date duration_end(const Duration& duration, const Term& term, Date start) {
    if (duration.unit == Duration::Unit::week) return start + 7 * duration.count;
    // The school year the pair starts in: the first term (shifted by whole years) that ends on
    // or after its start.
    int k = start.year() - term.end.year() - 1;
    while (shift_years(term.end, k) < start) ++k;
    return shift_years(term.end, k + duration.count - 1) + 1;
}

Date duration_end(const Program& program, Date start) {
    if (program.past_terms.empty() || program.duration.unit == Duration::Unit::week) {
        return duration_end(program.duration, program.term, start);
    }
    // Past terms listed: the school years are theirs, each with its own last day.
    return school_year_end(program, school_year_of(program, start) + program.duration.count - 1) + 1;
}

void apply_duration(std::vector<Pair>& pairs, const Program& program) {
    for (Pair& p : pairs) {
        p.runs_out = p.locked ? std::nullopt : std::optional<Date>(duration_end(program, p.start));
    }
}

int record_ran_out(std::vector<Pair>& pairs, const Duration& duration, Date today) {
    int n = 0;
    for (Pair& p : pairs) {
        // A pair that has already ended is history: its recorded end stays.
        if (p.runs_out && *p.runs_out <= today && (!p.end || (*p.runs_out < *p.end && today < *p.end))) {
            p.end = p.runs_out;
            p.why = fmt::format("ended: its duration ({}) ran out", format_duration(duration));
            ++n;
        }
    }
    return n;
}

}  // namespace mentor
