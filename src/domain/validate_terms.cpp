// `mentor check` on the terms of a program across years: past terms are history, each with
// its own calendar, before the current one and apart from each other.
#include <fmt/format.h>

#include "mentor/domain/validate.hpp"

namespace mentor {

namespace {

std::string label_of(const PastTerm& t) { return fmt::format("past term {}", t.name); }

}  // namespace

void check_past_terms(Diagnostics& d, const Program& program) {
    const Term& now = program.term;
    const bool now_ok = now.end > now.start;
    for (std::size_t i = 0; i < program.past_terms.size(); ++i) {
        const PastTerm& t = program.past_terms[i];
        const std::string label = label_of(t);
        check_term(d, t.term, label, t.start_pos, t.end_pos, t.holidays, t.breaks);
        if (t.term.end <= t.term.start) continue;
        const auto within = [](const Term& inner, const Term& outer) {
            return outer.start <= inner.start && inner.end <= outer.end;
        };
        if (now_ok && within(t.term, now)) {
            d.error(t.pos, fmt::format("{} ({} to {}) is inside the current term ({} to {})", label, t.term.start.iso(),
                                       t.term.end.iso(), now.start.iso(), now.end.iso()),
                    "a past term is a whole earlier school year; remove it or fix its dates");
        } else if (now_ok && within(now, t.term)) {
            d.error(t.pos, fmt::format("the current term ({} to {}) is inside {} ({} to {})", now.start.iso(), now.end.iso(),
                                       label, t.term.start.iso(), t.term.end.iso()),
                    "a past term is a whole earlier school year; remove it or fix its dates");
        } else if (now_ok && t.term.end >= now.start) {
            d.error(t.pos, fmt::format("{} ({} to {}) does not end before the current term starts on {}", label,
                                       t.term.start.iso(), t.term.end.iso(), now.start.iso()),
                    "past terms are earlier school years; the one running now belongs in [term]");
        }
        for (std::size_t j = 0; j < i; ++j) {
            const PastTerm& o = program.past_terms[j];
            if (o.term.end <= o.term.start) continue;
            if (within(t.term, o.term) || within(o.term, t.term)) {
                const bool t_inner = within(t.term, o.term);
                d.error(t.pos, fmt::format("{} ({} to {}) is inside {} ({} to {})", t_inner ? label : label_of(o),
                                           (t_inner ? t : o).term.start.iso(), (t_inner ? t : o).term.end.iso(),
                                           t_inner ? label_of(o) : label, (t_inner ? o : t).term.start.iso(),
                                           (t_inner ? o : t).term.end.iso()),
                        "each past term is one school year; remove the one inside, or fix its dates");
            } else if (t.term.start <= o.term.end && o.term.start <= t.term.end) {
                d.error(t.pos, fmt::format("{} ({} to {}) overlaps {} ({} to {})", label, t.term.start.iso(), t.term.end.iso(),
                                           label_of(o), o.term.start.iso(), o.term.end.iso()),
                        "terms may not share days; fix the start or end of one of them");
            } else if (t.name == o.name) {
                d.error(t.pos, fmt::format("two past terms are named '{}'", t.name), "give each school year its own name");
            }
        }
    }
}

}  // namespace mentor
