// A program across years: which term holds a day, school years, a person's year in the program.
#include "mentor/domain/terms.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mentor {

Date shift_years(Date d, int years) {
    const int y = d.year() + years;
    const int day = std::min(d.day(), static_cast<int>(days_in_month(y, static_cast<unsigned>(d.month()))));
    return Date::from_ymd(y, d.month(), day);
}

std::vector<const Term*> all_terms(const Program& program) {
    std::vector<const Term*> out;
    out.reserve(program.past_terms.size() + 1);
    for (const PastTerm& t : program.past_terms) out.push_back(&t.term);
    out.push_back(&program.term);
    std::stable_sort(out.begin(), out.end(), [](const Term* a, const Term* b) { return a->start < b->start; });
    return out;
}

const Term* term_holding(const Program& program, Date day) {
    if (program.term.start <= day && day <= program.term.end) return &program.term;
    for (const PastTerm& t : program.past_terms) {
        if (t.term.start <= day && day <= t.term.end) return &t.term;
    }
    return nullptr;
}

const Term& term_of_day(const Program& program, Date day) {
    const Term* t = term_holding(program, day);
    return t ? *t : program.term;
}

bool is_school_day_in_its_term(const Program& program, Date day) {
    const Term* t = term_holding(program, day);
    return t && t->is_school_day(day);
}

namespace {

// The current term's end moved into the school year ending in `end_year`.
Date shifted_end(const Program& program, int end_year) {
    return shift_years(program.term.end, end_year - program.term.end.year());
}

}  // namespace

int school_year_of(const Program& program, Date day) {
    // A listed term that ends on or after the day, with no listed term ending between them.
    const Term* best = nullptr;
    for (const Term* t : all_terms(program)) {
        if (t->end >= day && (!best || t->end < best->end)) best = t;
    }
    // Between two listed terms, or beyond them: the shifted current calendar decides, unless
    // a listed term of that year exists.
    int k = day.year() - program.term.end.year() - 1;
    while (shift_years(program.term.end, k) < day) ++k;
    const int shifted = program.term.end.year() + k;
    if (best && best->end.year() <= shifted) return best->end.year();
    return shifted;
}

Date school_year_end(const Program& program, int end_year) {
    for (const Term* t : all_terms(program)) {
        if (t->end.year() == end_year) return t->end;
    }
    return shifted_end(program, end_year);
}

Date school_year_start(const Program& program, int end_year) {
    for (const Term* t : all_terms(program)) {
        if (t->end.year() == end_year) return t->start;
    }
    return shift_years(program.term.start, end_year - program.term.end.year());
}

std::string school_year_name(int end_year) { return fmt::format("{}-{:02}", end_year - 1, ((end_year % 100) + 100) % 100); }

int year_in_program(const Program& program, const Person& person, Date day) {
    const Date start = person.start.value_or(program.term.start);
    if (day < start) return 0;
    return school_year_of(program, day) - school_year_of(program, start) + 1;
}

YearRules rules_for_year(const Program& program, int year) {
    const YearRules* best = nullptr;
    for (const YearRules& r : program.year_rules) {
        if (r.year <= year && (!best || r.year > best->year)) best = &r;
    }
    if (best) return *best;
    return YearRules{1, program.cadence, program.compliance, program.stipend};
}

bool pairs_recorded_for_term(const Program& program, const std::vector<Pair>& pairs) {
    return std::any_of(pairs.begin(), pairs.end(),
                       [&](const Pair& p) { return p.is_current_during(program.term.start, program.term.end); });
}

bool left_before_term(const Person& p, const Program& program) { return p.leaves && *p.leaves <= program.term.start; }

Cadence widest_cadence(const Program& program) {
    Cadence c = program.cadence;
    for (const YearRules& r : program.year_rules) {
        c.every_days = std::max(c.every_days, r.cadence.every_days);
        c.grace_days = std::max(c.grace_days, r.cadence.grace_days);
    }
    return c;
}

}  // namespace mentor
