// Peer mode: pairs of equals inside each cohort, by maximum-weight matching on a general graph.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "mentor/domain/participation.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/domain/general_matching.hpp"
#include "pairing_internal.hpp"

namespace mentor {

PairingPlan plan_peer_pairs(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                            const TimeRules& time) {
    PairingPlan plan;
    const PersonIndex people(roster);
    const Compatibility rules(roster, program, today, {}, true);
    const Review review = review_existing(roster, today, existing, rules, people, true, plan);

    std::vector<std::pair<std::string, std::string>> earlier;
    for (const Pair& p : plan.pairs) {
        if (p.has_ended(today)) earlier.emplace_back(p.mentor, p.mentee);
    }
    Compatibility compat(roster, program, today, earlier, true);
    apply_time(compat, roster, program, people, plan, time, today);
    const Date start = std::max(today, program.term.start);

    // Cohorts in name order, members in id order: the result cannot depend on the roster's order.
    std::map<std::string, std::vector<int>> cohorts;
    for (int i : people.by_id) {
        const Person& p = roster.people[static_cast<std::size_t>(i)];
        if (!p.cohort.empty() && !review.paired[static_cast<std::size_t>(i)] && takes_part(p, program) &&
            !left_before_term(p, program)) {
            cohorts[p.cohort].push_back(i);
        }
    }
    for (const auto& [cohort, all] : cohorts) {
        std::vector<int> members;
        for (int i : all) {
            const Person& p = roster.people[static_cast<std::size_t>(i)];
            if (p.is_present(today)) {
                members.push_back(i);
            } else {
                plan.unmatched.push_back({p.id, absence(p, today)});
            }
        }
        const int n = static_cast<int>(members.size());
        // One more pair must outweigh any loss of score: most pairs first, then the best total.
        const std::int64_t big = static_cast<std::int64_t>(compat.max_total() + 1) * (n + 1);
        std::vector<WeightedEdge> edges;
        std::vector<std::map<Rule, int>> excluded_by(members.size());
        std::vector<int> allowed(members.size(), 0);
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                const int pa = members[static_cast<std::size_t>(a)], pb = members[static_cast<std::size_t>(b)];
                if (const auto rule = compat.excluded(pa, pb)) {
                    ++excluded_by[static_cast<std::size_t>(a)][*rule];
                    ++excluded_by[static_cast<std::size_t>(b)][*rule];
                    continue;
                }
                ++allowed[static_cast<std::size_t>(a)];
                ++allowed[static_cast<std::size_t>(b)];
                edges.push_back({a, b, big + compat.score(pa, pb).total()});
            }
        }
        const std::vector<int> mate = max_weight_matching(n, edges);
        std::vector<std::pair<int, int>> made;  // member positions, first < second
        for (int a = 0; a < n; ++a) {
            const int b = mate[static_cast<std::size_t>(a)];
            if (b <= a) continue;
            made.emplace_back(a, b);
            const int pa = members[static_cast<std::size_t>(a)], pb = members[static_cast<std::size_t>(b)];
            const Score s = compat.score(pa, pb);
            plan.pairs.push_back({roster.people[static_cast<std::size_t>(pa)].id, roster.people[static_cast<std::size_t>(pb)].id,
                                  start, std::nullopt, s.total(), false, summarize(s)});
            ++plan.added;
        }
        // Whoever is left over joins the pair they fit best, as a trio, or waits.
        std::vector<char> has_third(made.size(), 0);
        for (int a = 0; a < n; ++a) {
            if (mate[static_cast<std::size_t>(a)] >= 0) continue;
            const int pa = members[static_cast<std::size_t>(a)];
            const Person& odd = roster.people[static_cast<std::size_t>(pa)];
            int best = -1, best_total = -1;
            if (program.matching.peer_odd == PeerOdd::trio) {
                for (std::size_t k = 0; k < made.size(); ++k) {
                    if (has_third[k]) continue;
                    const int x = members[static_cast<std::size_t>(made[k].first)];
                    const int y = members[static_cast<std::size_t>(made[k].second)];
                    if (compat.excluded(pa, x) || compat.excluded(pa, y)) continue;
                    const int total = compat.score(x, pa).total() + compat.score(y, pa).total();
                    if (total > best_total) {
                        best_total = total;
                        best = static_cast<int>(k);
                    }
                }
            }
            if (best >= 0) {
                has_third[static_cast<std::size_t>(best)] = 1;
                const int x = members[static_cast<std::size_t>(made[static_cast<std::size_t>(best)].first)];
                const int y = members[static_cast<std::size_t>(made[static_cast<std::size_t>(best)].second)];
                const Score s = compat.score(x, pa);
                plan.pairs.push_back({roster.people[static_cast<std::size_t>(x)].id, odd.id, start, std::nullopt, s.total(), false,
                                      fmt::format("trio with {} and {}: {}", roster.people[static_cast<std::size_t>(x)].id,
                                                  roster.people[static_cast<std::size_t>(y)].id, summarize(s))});
                ++plan.added;
                continue;
            }
            std::string reason;
            if (n == 1) {
                reason = fmt::format("the only one in cohort {} without a pair", cohort);
            } else if (allowed[static_cast<std::size_t>(a)] == 0) {
                reason = fmt::format("every peer in cohort {} is excluded ({})", cohort,
                                     rule_counts(excluded_by[static_cast<std::size_t>(a)]));
            } else if (program.matching.peer_odd == PeerOdd::unmatched) {
                reason = fmt::format("odd one out of cohort {} (matching.peer_odd = \"unmatched\")", cohort);
            } else {
                reason = fmt::format("every allowed peer in cohort {} is already paired, and no pair can take a third", cohort);
            }
            plan.unmatched.push_back({odd.id, reason});
        }
    }
    plan.proven_optimal = true;  // every allowed pair of every cohort was an edge of the matching
    std::sort(plan.unmatched.begin(), plan.unmatched.end(), [](const Unmatched& a, const Unmatched& b) { return a.id < b.id; });
    sort_pairs(plan.pairs);
    return plan;
}

}  // namespace mentor
