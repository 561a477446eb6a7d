// The next school year: the current term becomes history, pairs continue or end.
#include "mentor/domain/rollover.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "mentor/domain/school_year.hpp"
#include "mentor/domain/terms.hpp"

namespace mentor {

namespace {

// The person leaves by the first day of the new term, and after the old one began.
bool leaves_at_turn(const Person& p, const Term& old_term, const Term& new_term) {
    return p.leaves && old_term.start < *p.leaves && *p.leaves <= new_term.start;
}

bool by_mentee(const RolloverPair& a, const RolloverPair& b) {
    return std::tie(a.mentee, a.mentor) < std::tie(b.mentee, b.mentor);
}

}  // namespace

RolloverPlan plan_rollover(const Program& program, const Roster& roster, std::vector<Pair> pairs) {
    RolloverPlan plan;
    const Term& old_term = program.term;
    plan.old_term.name = school_year_name(school_year_of(program, old_term.end));
    plan.old_term.term = old_term;
    // The school year after the old one: default_school_year plans the one starting in the
    // August after its July 1st.
    const SchoolYear next = default_school_year(Date::from_ymd(old_term.end.year(), 7, 1));
    plan.new_term.start = std::max(next.start, old_term.end + 1);
    plan.new_term.end = next.end;
    plan.new_term.holidays = next.holidays;
    plan.new_term.breaks = next.breaks;

    plan.next = program;
    plan.next.past_terms.push_back(plan.old_term);
    plan.next.term = plan.new_term;

    const RosterIndex people(roster);
    const Date last_day = old_term.end, first_new = plan.new_term.start;
    apply_duration(pairs, plan.next);
    for (Pair& p : pairs) {
        if (!p.is_current(last_day)) continue;
        RolloverPair r{p.mentor, p.mentee, 1, {}};
        const Person* mentor = people.find(p.mentor);
        const Person* mentee = people.find(p.mentee);
        const Person* leaving = nullptr;
        for (const Person* who : {mentee, mentor}) {
            if (!leaving && who && who->leaves && *who->leaves <= first_new) leaving = who;
        }
        if (p.runs_out && *p.runs_out <= first_new) {
            r.why = fmt::format("its duration ({}) ran out", format_duration(program.duration));
            p.end = std::max(p.start + 1, std::min(*p.runs_out, last_day + 1));
            p.why = fmt::format("ended: its duration ({}) ran out", format_duration(program.duration));
            plan.ending.push_back(std::move(r));
        } else if (leaving) {
            // Not written here: `mentor pair` ends a leaver's pairs on the day they leave, as
            // it always does; the step only keeps them out of the new year.
            r.why = fmt::format("{} leaves on {}", leaving->id, leaving->leaves->iso());
            plan.ending.push_back(std::move(r));
        } else {
            r.mentee_year = mentee ? year_in_program(plan.next, *mentee, first_new) : 0;
            plan.continuing.push_back(std::move(r));
        }
    }
    sort_pairs(pairs);
    plan.pairs = std::move(pairs);
    std::sort(plan.continuing.begin(), plan.continuing.end(), by_mentee);
    std::sort(plan.ending.begin(), plan.ending.end(), by_mentee);

    for (const Person& p : roster.people) {
        if (leaves_at_turn(p, old_term, plan.new_term)) {
            if (p.has(Role::mentor)) plan.mentors_leaving.push_back(p.id);
            if (p.has(Role::mentee)) plan.mentees_leaving.push_back(p.id);
        } else if (p.has(Role::mentee) && p.is_present(first_new) && year_in_program(plan.next, p, first_new) >= 2) {
            plan.second_years.push_back(p.id);
        }
    }
    for (auto* list : {&plan.mentors_leaving, &plan.mentees_leaving, &plan.second_years}) std::sort(list->begin(), list->end());
    return plan;
}

namespace {

void term_lines(std::string& out, const Term& t) {
    out += fmt::format("start = {}\nend = {}\n", t.start.iso(), t.end.iso());
    out += "holidays = [";
    for (std::size_t i = 0; i < t.holidays.size(); ++i) out += (i ? ", " : "") + t.holidays[i].iso();
    out += "]\nbreaks = [\n";
    for (const Break& b : t.breaks) {
        std::string name;
        for (char c : b.name) {
            if (c == '"' || c == '\\') name += '\\';
            name += c;
        }
        out += fmt::format("  {{ name = \"{}\", start = {}, end = {} }},\n", name, b.start.iso(), b.end.iso());
    }
    out += "]\n";
}

}  // namespace

std::string rollover_toml(const RolloverPlan& plan) {
    std::string out = "[term]\n";
    term_lines(out, plan.new_term);
    out += fmt::format("\n[[past_terms]]\nname = \"{}\"\n", plan.old_term.name);
    term_lines(out, plan.old_term.term);
    return out;
}

}  // namespace mentor
