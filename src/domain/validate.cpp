#include "mentor/domain/validate.hpp"
#include "mentor/domain/terms.hpp"

#include <algorithm>
#include <deque>
#include <set>
#include <string_view>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

// Finds people by id; the first of a duplicated id wins.
class Index {
public:
    explicit Index(const Roster& r) {
        by_id_.reserve(r.people.size());
        for (const auto& p : r.people) by_id_.emplace(p.id, &p);
        ids_.reserve(by_id_.size());
        for (const auto& [id, _] : by_id_) ids_.push_back(id);
        std::sort(ids_.begin(), ids_.end());
    }
    const Person* find(std::string_view id) const {
        const auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : it->second;
    }
    // "did you mean" over all ids, for the first `suggestion_budget` distinct unknown ids of a
    // run (each search reads every id: thousands of unknown ids would make it quadratic).
    std::string suggest(std::string_view id) const {
        if (const auto it = suggested_.find(id); it != suggested_.end()) return it->second;
        if (suggested_.size() >= suggestion_budget) return {};
        const std::string best = closest_match(id, ids_);
        std::string hint = best.empty() ? std::string{} : fmt::format("did you mean '{}'?", best);
        suggested_.emplace(std::string(id), hint);
        return hint;
    }

private:
    static constexpr std::size_t suggestion_budget = 100;
    mutable std::map<std::string, std::string, std::less<>> suggested_;
    std::unordered_map<std::string_view, const Person*> by_id_;
    std::vector<std::string_view> ids_;
};

void check_reference(Diagnostics& d, const Index& idx, const Person& p, std::string_view field,
                     const std::string& ref, SourcePos where) {
    if (ref == p.id) {
        d.error(where, fmt::format("{} lists themselves in '{}'", p.id, field), fmt::format("remove '{}' from '{}'", ref, field));
        return;
    }
    if (!idx.find(ref)) {
        std::string hint = idx.suggest(ref);
        if (hint.empty()) hint = fmt::format("add '{}' to the roster, or fix the id", ref);
        d.error(where, fmt::format("{}: '{}' names '{}', who is not in the roster", p.id, field, ref), hint);
    }
}

bool evaluates(const Person& evaluator, const Person& other) { return other.supervisor == evaluator.id; }

void check_person(Diagnostics& d, const Index& idx, const Person& p, const Program& program) {
    if (!p.supervisor.empty()) check_reference(d, idx, p, "supervisor", p.supervisor, p.pos.supervisor);
    if (!p.recommended_by.empty()) check_reference(d, idx, p, "recommended_by", p.recommended_by, p.pos.recommended_by);
    if (!program.needs.areas.empty()) {
        for (std::size_t i = 0; i < p.strengths.size(); ++i) {
            const auto& areas = program.needs.areas;
            if (std::find(areas.begin(), areas.end(), p.strengths[i]) != areas.end()) continue;
            d.warning(i < p.pos.strengths.size() ? p.pos.strengths[i] : p.pos.item,
                      fmt::format("{}: strength '{}' is not an area of [needs]; no mentee's need can match it", p.id, p.strengths[i]),
                      fmt::format("the areas: {}", fmt::join(areas, ", ")));
        }
    }
    const std::unordered_set<std::string_view> avoided(p.avoid.begin(), p.avoid.end());

    for (std::size_t i = 0; i < p.prefers.size(); ++i) {
        const SourcePos where = i < p.pos.prefers.size() ? p.pos.prefers[i] : p.pos.item;
        const std::string& ref = p.prefers[i];
        check_reference(d, idx, p, "prefers", ref, where);
        const Person* other = idx.find(ref);
        if (!other || other == &p) continue;
        if (avoided.count(ref) > 0) {
            d.error(where, fmt::format("{} both prefers and avoids '{}'", p.id, ref),
                    "keep '" + ref + "' in only one of 'prefers' and 'avoid'");
        }
        if (program.matching.exclude_supervisor && (evaluates(*other, p) || evaluates(p, *other))) {
            const bool other_evaluates = evaluates(*other, p);
            d.error(where,
                    other_evaluates
                        ? fmt::format("{} prefers '{}', who is their evaluator; mentoring must stay non-evaluative", p.id, ref)
                        : fmt::format("{} prefers '{}', whom they evaluate; mentoring must stay non-evaluative", p.id, ref),
                    fmt::format("remove '{}' from 'prefers' (or set matching.exclude_supervisor = false)", ref));
        }
        const bool wants_mentor = p.has(Role::mentee) && !p.has(Role::mentor);
        const bool wants_mentee = p.has(Role::mentor) && !p.has(Role::mentee);
        if (program.mode != Mode::peer) {
            if (wants_mentor && !other->has(Role::mentor)) {
                d.warning(where, fmt::format("{} prefers '{}', who is not a mentor", p.id, ref),
                          "a mentee's 'prefers' ranks mentors; add the mentor role or remove the entry");
            } else if (wants_mentee && !other->has(Role::mentee)) {
                d.warning(where, fmt::format("{} prefers '{}', who is not a mentee", p.id, ref),
                          "a mentor's 'prefers' ranks mentees; add the mentee role or remove the entry");
            }
        }
    }
    for (std::size_t i = 0; i < p.avoid.size(); ++i) {
        const SourcePos where = i < p.pos.avoid.size() ? p.pos.avoid[i] : p.pos.item;
        check_reference(d, idx, p, "avoid", p.avoid[i], where);
    }

    if (p.start && p.leaves && *p.leaves <= *p.start) {
        d.error(p.pos.leaves, fmt::format("{} leaves on {}, not after starting on {}", p.id, p.leaves->iso(), p.start->iso()),
                "'leaves' must be later than 'start'");
    }
    if (p.left_reason && !p.leaves) {
        d.error(p.pos.left_reason, fmt::format("{} has a left_reason but no 'leaves' date", p.id),
                "add 'leaves: YYYY-MM-DD' (their first day no longer on staff), or remove 'left_reason'");
    }
    if (p.start && *p.start > program.term.end && program.term.end > program.term.start) {
        d.warning(p.pos.start, fmt::format("{} starts on {}, after the term ends on {}", p.id, p.start->iso(),
                                           program.term.end.iso()),
                  "check the year of 'start'");
    }
    if (!p.has(Role::mentor)) {
        if (p.capacity) {
            d.warning(p.pos.capacity, fmt::format("{} has a capacity but is not a mentor", p.id),
                      "add 'mentor' to their roles, or remove 'capacity'");
        }
        if (p.trained) {
            d.warning(p.pos.trained, fmt::format("{} has a training date but is not a mentor", p.id),
                      "add 'mentor' to their roles, or remove 'trained'");
        }
    }
    // Someone who left before the current term (history kept for retention) is never paired
    // or scheduled again: what only pairing and scheduling need is not asked of them.
    if (left_before_term(p, program)) return;
    if (p.has(Role::mentor) && program.matching.require_trained && !p.trained && p.pos.trained.line == 0) {
        // (A training date that was written but did not parse is already an error of its own.)
        d.warning(p.pos.id, fmt::format("mentor {} has no training date and will not be paired", p.id),
                  "add 'trained: YYYY-MM-DD' once trained, or set matching.require_trained = false");
    }
    // Observations go where the observed one teaches: without teaching periods, anywhere.
    if (p.teaches.empty() && p.has(Role::mentee) && program.cadence.observations > 0) {
        d.warning(p.pos.id, fmt::format("mentee {} has no teaching periods: observations of them are placed in their "
                                        "mentor's free time, not while they teach", p.id),
                  "list the periods they teach, e.g. teaches: [\"tue 09:00-09:50\"]");
    }
    if (p.teaches.empty() && p.has(Role::mentor) && program.cadence.observe_mentor > 0) {
        d.warning(p.pos.id, fmt::format("mentor {} has no teaching periods: their mentees' visits are placed in the "
                                        "mentees' free time, not while {} teaches", p.id, p.id),
                  "list the periods they teach, e.g. teaches: [\"tue 09:00-09:50\"]");
    }
}

}  // namespace

void check_term(Diagnostics& d, const Term& term, std::string_view name, SourcePos start_pos, SourcePos end_pos,
                const std::vector<SourcePos>& holidays, const std::vector<SourcePos>& breaks) {
    const bool term_ok = term.end > term.start;
    if (!term_ok && end_pos.line > 0 && start_pos.line > 0) {
        d.error(end_pos, fmt::format("the {} ends on {}, not after it starts on {}", name, term.end.iso(), term.start.iso()),
                "term.end must be later than term.start; check the years");
    }
    if (term_ok && term.end - term.start + 1 > max_term_days) {
        d.error(end_pos,
                fmt::format("the {} runs {} days, from {} to {}; a term is at most {} days", name, term.end - term.start + 1,
                            term.start.iso(), term.end.iso(), max_term_days),
                "check the years of term.start and term.end; a longer program is several terms");
    }
    std::unordered_set<int> seen;
    for (std::size_t i = 0; i < term.holidays.size(); ++i) {
        const Date h = term.holidays[i];
        const SourcePos where = holidays.at(i);
        if (term_ok && (h < term.start || h > term.end)) {
            d.error(where, fmt::format("holiday {} is outside the {} ({} to {})", h.iso(), name, term.start.iso(), term.end.iso()),
                    "remove it, or check its year");
        } else if (h.weekday() >= 5) {
            d.warning(where, fmt::format("holiday {} is a weekend day", h.iso()), "weekends are never school days; check the date");
        }
        if (!seen.insert(h.days()).second) {
            d.warning(where, fmt::format("holiday {} is listed twice", h.iso()), "remove the repeat");
        }
    }
    for (std::size_t i = 0; i < term.breaks.size(); ++i) {
        const Break& b = term.breaks[i];
        const SourcePos where = breaks.at(i);
        const std::string label = b.name.empty() ? std::string("a break") : fmt::format("break '{}'", b.name);
        if (b.end < b.start) {
            d.error(where, fmt::format("{} ends on {}, before it starts on {}", label, b.end.iso(), b.start.iso()),
                    "a break's end is its last day off and cannot be before its start");
        } else if (term_ok && (b.start < term.start || b.end > term.end)) {
            d.error(where, fmt::format("{} ({} to {}) is not inside the {} ({} to {})", label, b.start.iso(), b.end.iso(),
                                       name, term.start.iso(), term.end.iso()),
                    "check the break's dates and years");
        }
        for (std::size_t j = 0; j < i; ++j) {
            const Break& o = term.breaks[j];
            if (b.start <= o.end && o.start <= b.end) {
                d.warning(where, fmt::format("{} overlaps '{}'", label, o.name), "merge the two breaks, or fix the dates");
            }
        }
    }
}

std::vector<Diagnostic> validate_program(const Program& program) {
    Diagnostics d(program.source);
    check_term(d, program.term, "term", program.pos.term_start, program.pos.term_end, program.pos.holidays, program.pos.breaks);
    check_past_terms(d, program);
    return d.take();
}

namespace {

// Values that differ only in case or spacing are compared as one (fold_value); say so, once per
// pair of spellings, at the first person who writes the second.
class Spellings {
public:
    Spellings(Diagnostics& d, std::string_view field) : d_(d), field_(field) {}
    void add(const Person& p, const std::string& value) {
        // Most values are written folded: only the others need a folded copy.
        const std::string_view key = is_folded(value) ? std::string_view(value) : folded_.emplace_back(fold_value(value));
        const auto [it, fresh] = first_.try_emplace(key, First{value, &p});
        if (fresh || it->second.spelling == value || !told_.emplace(it->second.spelling, value).second) return;
        d_.warning(p.pos.item, fmt::format("{} '{}' of {} and '{}' of {} differ only in case or spacing; they count as one",
                                           field_, value, p.id, it->second.spelling, it->second.by->id),
                   fmt::format("write '{}' the same way everywhere", it->second.spelling));
    }

private:
    struct First {
        std::string_view spelling;
        const Person* by;
    };
    Diagnostics& d_;
    std::string_view field_;
    std::deque<std::string> folded_;                          // keys that differ from their value
    std::unordered_map<std::string_view, First> first_;       // folded value -> first spelling
    std::set<std::pair<std::string_view, std::string_view>> told_;
};

void check_spellings(Diagnostics& d, const Roster& roster) {
    Spellings subjects(d, "subject"), languages(d, "language"), focus(d, "focus"), schools(d, "school");
    for (const Person& p : roster.people) {
        for (const std::string& v : p.subjects) subjects.add(p, v);
        for (const std::string& v : p.languages) languages.add(p, v);
        for (const std::string& v : p.focus) focus.add(p, v);
        if (!p.school.empty()) schools.add(p, p.school);
    }
}

// Mentors and mentees without a school are of one school together: fine when nobody has one,
// a likely slip when others do.
void check_schools(Diagnostics& d, const Roster& roster) {
    std::vector<const Person*> without;
    int with = 0;
    for (const Person& p : roster.people) {
        if (!p.has(Role::mentor) && !p.has(Role::mentee)) continue;
        if (p.school.empty()) without.push_back(&p);
        else ++with;
    }
    if (with == 0 || without.empty()) return;
    std::string names;
    for (std::size_t i = 0; i < without.size() && i < 3; ++i) names += (i ? ", " : "") + without[i]->id;
    if (without.size() > 3) names += fmt::format(" and {} more", without.size() - 3);
    d.warning(without.front()->pos.item,
              fmt::format("{} of {} mentors and mentees have no school ({}); they are paired only with each other "
                          "(or online) while matching.same_school is not \"any\"",
                          without.size(), without.size() + static_cast<std::size_t>(with), names),
              "give everyone a 'school', or nobody");
}

}  // namespace

std::vector<Diagnostic> validate_roster(const Roster& roster, const Program& program) {
    Diagnostics d(roster.source);
    Index idx(roster);
    std::unordered_map<std::string_view, const Person*> first;
    first.reserve(roster.people.size());
    for (const auto& p : roster.people) {
        const auto [it, fresh] = first.emplace(p.id, &p);
        if (!fresh) {
            d.error(p.pos.id, fmt::format("duplicate id '{}'", p.id),
                    fmt::format("the first '{}' is at line {}; ids must be unique", p.id, it->second->pos.id.line));
        }
    }
    for (const auto& p : roster.people) check_person(d, idx, p, program);
    check_spellings(d, roster);
    check_schools(d, roster);
    return d.take();
}

}  // namespace mentor
