// Stable mode: mentee-proposing deferred acceptance over ranked preferences, with capacities.
#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/participation.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/domain/stable_matching.hpp"
#include "pairing_internal.hpp"

namespace mentor {

namespace {

// A ranked list: the person's own `prefers` (those allowed, in that order) when they wrote
// one, else everyone allowed, best score first, then by id.
std::vector<int> ranking(const Person& who, const std::vector<std::pair<int, int>>& allowed /* index, score */,
                         const std::vector<int>& index_of_person, const PersonIndex& people) {
    std::vector<int> out;
    if (!who.prefers.empty()) {
        for (const auto& id : who.prefers) {
            const int person = people.find(id);
            if (person < 0) continue;
            const int idx = index_of_person[static_cast<std::size_t>(person)];
            if (idx < 0) continue;
            const bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const auto& a) { return a.first == idx; });
            if (ok) out.push_back(idx);
        }
        return out;
    }
    std::vector<std::pair<int, int>> sorted = allowed;
    std::sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        return a.first < b.first;  // indices follow id order
    });
    for (const auto& [idx, score] : sorted) out.push_back(idx);
    return out;
}

}  // namespace

PairingPlan plan_stable_pairs(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                              const TimeRules& time) {
    PairingPlan plan;
    const PersonIndex people(roster);
    const Compatibility rules(roster, program, today, {});
    const Review review = review_existing(roster, today, existing, rules, people, false, plan);
    std::vector<std::pair<std::string, std::string>> earlier;
    for (const Pair& p : plan.pairs) {
        if (p.has_ended(today)) earlier.emplace_back(p.mentor, p.mentee);
    }
    Compatibility compat(roster, program, today, earlier);
    apply_time(compat, roster, program, people, plan, time, today);

    std::vector<int> mentees, mentors;
    for (int i : people.by_id) {
        const Person& p = roster.people[static_cast<std::size_t>(i)];
        if (p.has(Role::mentee) && !review.paired[static_cast<std::size_t>(i)] && takes_part(p, program) &&
            !left_before_term(p, program)) mentees.push_back(i);
        if (p.has(Role::mentor) && p.is_present(today)) mentors.push_back(i);
    }
    std::vector<int> mentee_index(roster.people.size(), -1), mentor_index(roster.people.size(), -1);
    for (std::size_t k = 0; k < mentees.size(); ++k) mentee_index[static_cast<std::size_t>(mentees[k])] = static_cast<int>(k);
    for (std::size_t k = 0; k < mentors.size(); ++k) mentor_index[static_cast<std::size_t>(mentors[k])] = static_cast<int>(k);

    // Allowed pairs both ways, with their scores. Only the mentors the school rule allows are
    // looked at (the same as scoring them all and excluding the rest, but a district is sparse).
    const SchoolCandidates school_candidates(roster, program, mentors);
    std::vector<std::vector<std::pair<int, int>>> mentee_allowed(mentees.size()), mentor_allowed(mentors.size());
    std::vector<std::map<Rule, int>> excluded_by(mentees.size());
    Score s;
    std::vector<int> scratch;
    for (std::size_t k = 0; k < mentees.size(); ++k) {
        const Person& pe = roster.people[static_cast<std::size_t>(mentees[k])];
        const std::vector<int>* candidates = &school_candidates.of(pe, scratch);
        const int left_out = school_candidates.left_out(candidates->size());
        if (left_out > 0) excluded_by[k][Rule::school] += left_out;
        for (const int jj : *candidates) {
            const auto j = static_cast<std::size_t>(jj);
            if (const auto rule = compat.assess(mentors[j], mentees[k], s)) {
                ++excluded_by[k][*rule];
                continue;
            }
            mentee_allowed[k].emplace_back(static_cast<int>(j), s.total());
            mentor_allowed[j].emplace_back(static_cast<int>(k), s.total());
        }
    }
    StableInstance instance;
    for (std::size_t k = 0; k < mentees.size(); ++k) {
        instance.proposer_prefs.push_back(
            ranking(roster.people[static_cast<std::size_t>(mentees[k])], mentee_allowed[k], mentor_index, people));
    }
    for (std::size_t j = 0; j < mentors.size(); ++j) {
        const Person& m = roster.people[static_cast<std::size_t>(mentors[j])];
        instance.receiver_prefs.push_back(ranking(m, mentor_allowed[j], mentee_index, people));
        instance.capacity.push_back(std::max(0, program.matching.capacity_of(m) - review.load[static_cast<std::size_t>(mentors[j])]));
    }
    const StableResult result = deferred_acceptance(instance);
    plan.blocking_pairs = static_cast<int>(result.blocking_pairs.size());
    for (const auto& b : result.blocking_pairs) {
        plan.notes.push_back(fmt::format("blocking pair: {} and {} would both rather be together",
                                         roster.people[static_cast<std::size_t>(mentees[static_cast<std::size_t>(b.proposer)])].id,
                                         roster.people[static_cast<std::size_t>(mentors[static_cast<std::size_t>(b.receiver)])].id));
    }

    const Date start = std::max(today, program.term.start);
    for (std::size_t k = 0; k < mentees.size(); ++k) {
        const Person& pe = roster.people[static_cast<std::size_t>(mentees[k])];
        const int j = result.receiver_of[k];
        if (j >= 0) {
            const int m = mentors[static_cast<std::size_t>(j)];
            const Score sc = compat.score(m, mentees[k]);
            const auto& list = instance.proposer_prefs[k];
            const auto rank = std::find(list.begin(), list.end(), j) - list.begin() + 1;
            plan.pairs.push_back({roster.people[static_cast<std::size_t>(m)].id, pe.id, start, std::nullopt, sc.total(), false,
                                  fmt::format("choice {} of {}; {}", rank, list.size(), summarize(sc))});
            ++plan.added;
            continue;
        }
        std::string reason;
        if (!pe.is_present(today)) {
            reason = absence(pe, today);
        } else if (mentee_allowed[k].empty()) {
            reason = mentors.empty() ? std::string("there is no mentor on staff")
                                     : fmt::format("every mentor is excluded ({})", rule_counts(excluded_by[k]));
        } else if (instance.proposer_prefs[k].empty()) {
            reason = "none of the mentors in 'prefers' is allowed";
        } else {
            reason = fmt::format("every mentor it ranks ({}) is full with mentees they rank higher, or does not rank it",
                                 instance.proposer_prefs[k].size());
        }
        plan.unmatched.push_back({pe.id, reason});
    }
    plan.proven_optimal = false;  // stable, not score-optimal: a different objective
    sort_pairs(plan.pairs);
    return plan;
}

}  // namespace mentor
