#include "mentor/domain/participation.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/domain/pairing.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/assignment.hpp"
#include "mentor/domain/text.hpp"
#include "candidates.hpp"
#include "pairing_internal.hpp"

namespace mentor {

void sort_pairs(std::vector<Pair>& pairs) {
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        return std::tie(a.mentee, a.start, a.mentor) < std::tie(b.mentee, b.start, b.mentor);
    });
}

std::string summarize(const Score& s) {
    std::vector<std::size_t> order(criterion_count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s.points[a] > s.points[b]; });
    std::string out;
    for (std::size_t c : order) {
        if (s.points[c] <= 0) continue;
        if (!out.empty()) out += ", ";
        out += fmt::format("{} {}", criterion_name(static_cast<Criterion>(c)), format_points(s.points[c]));
    }
    return out.empty() ? "no criterion scored" : out;
}


PersonIndex::PersonIndex(const Roster& roster) : by_id(roster.people.size()) {
    std::iota(by_id.begin(), by_id.end(), 0);
    std::sort(by_id.begin(), by_id.end(), [&](int a, int b) {
        return roster.people[static_cast<std::size_t>(a)].id < roster.people[static_cast<std::size_t>(b)].id;
    });
    for (int i : by_id) index.emplace(roster.people[static_cast<std::size_t>(i)].id, i);
}

int PersonIndex::find(const std::string& id) const {
    const auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
}

Review review_existing(const Roster& roster, Date today, const std::vector<Pair>& existing, const Compatibility& rules,
                       const PersonIndex& people, bool peer, PairingPlan& plan) {
    Review out;
    out.load.assign(roster.people.size(), 0);
    out.paired.assign(roster.people.size(), 0);
    auto mark = [&](int m, int e) {
        if (m >= 0) ++out.load[static_cast<std::size_t>(m)];
        if (e >= 0) out.paired[static_cast<std::size_t>(e)] = 1;
        if (peer && m >= 0) out.paired[static_cast<std::size_t>(m)] = 1;
    };
    for (const Pair& old : existing) {
        Pair p = old;
        if (p.has_ended(today)) {
            plan.pairs.push_back(std::move(p));
            continue;
        }
        const int m = people.find(p.mentor), e = people.find(p.mentee);
        if (p.locked) {
            for (const auto& [who, i] : {std::pair{p.mentor, m}, std::pair{p.mentee, e}}) {
                if (i < 0 || !roster.people[static_cast<std::size_t>(i)].is_present(today)) {
                    plan.notes.push_back(fmt::format("locked pair {} - {} kept although {} is no longer on staff", p.mentor,
                                                     p.mentee, who));
                }
            }
            mark(m, e);
            ++plan.kept;
            plan.pairs.push_back(std::move(p));
            continue;
        }
        std::string reason;
        Date end = today;
        const auto role_gone = [&](int i, const std::string& id, Role role) -> std::string {
            if (i < 0) return fmt::format("{} is no longer in the roster", id);
            const Person& who = roster.people[static_cast<std::size_t>(i)];
            if (peer && who.cohort.empty()) return fmt::format("{} is no longer in a cohort", id);
            if (!peer && !who.has(role)) return fmt::format("{} is no longer a {}", id, role_name(role));
            return {};
        };
        reason = role_gone(m, p.mentor, Role::mentor);
        if (reason.empty()) reason = role_gone(e, p.mentee, Role::mentee);
        if (reason.empty()) {
            for (int i : {m, e}) {
                const Person& who = roster.people[static_cast<std::size_t>(i)];
                if (reason.empty() && !who.is_present(today)) {
                    const bool not_started = who.start && *who.start > today;
                    reason = not_started ? fmt::format("{} starts only on {}", who.id, who.start->iso())
                                         : fmt::format("{} left", who.id);
                    if (!not_started && who.leaves) end = *who.leaves;
                }
            }
            if (reason.empty()) {
                const auto rule = rules.excluded(m, e);
                if (rule && (*rule == Rule::evaluator || *rule == Rule::avoid)) reason = rules.explain(*rule, m, e);
            }
        }
        if (!reason.empty()) {
            const Date at = std::max(end, p.start);
            p.end = p.end ? std::min(*p.end, at) : at;
            p.why = "ended: " + reason;
            ++plan.ended;
            plan.pairs.push_back(std::move(p));
            continue;
        }
        mark(m, e);
        ++plan.kept;
        plan.pairs.push_back(std::move(p));
    }
    return out;
}

SchoolCandidates::SchoolCandidates(const Roster& roster, const Program& program, const std::vector<int>& mentor_people)
    : everyone_(program.matching.same_school == SameSchool::any), total_(static_cast<int>(mentor_people.size())) {
    for (std::size_t j = 0; j < mentor_people.size(); ++j) {
        const Person& p = roster.people[static_cast<std::size_t>(mentor_people[j])];
        const int pos = static_cast<int>(j);
        all_.push_back(pos);
        by_school_[fold_value(p.school)].push_back(pos);
        if (p.online && program.matching.same_school == SameSchool::prefer) online_.push_back(pos);
    }
}

const std::vector<int>& SchoolCandidates::of(const Person& mentee, std::vector<int>& scratch) const {
    static const std::vector<int> none;
    if (everyone_) return all_;
    const auto it = by_school_.find(fold_value(mentee.school));
    const std::vector<int>& local = it == by_school_.end() ? none : it->second;
    if (!mentee.online || online_.empty()) return local;
    scratch.clear();
    std::set_union(local.begin(), local.end(), online_.begin(), online_.end(), std::back_inserter(scratch));
    return scratch;
}

std::string absence(const Person& p, Date today) {
    return p.start && *p.start > today ? fmt::format("starts on {}", p.start->iso())
                                       : fmt::format("left on {}", p.leaves ? p.leaves->iso() : "?");
}

std::string rule_counts(const std::map<Rule, int>& counts) {
    std::vector<std::pair<int, Rule>> order;
    for (const auto& [rule, n] : counts) order.emplace_back(-n, rule);
    std::sort(order.begin(), order.end());
    std::string out;
    for (const auto& [neg, rule] : order) {
        if (!out.empty()) out += ", ";
        out += fmt::format("{} {}", -neg, rule_name(rule));
    }
    return out;
}

void apply_time(Compatibility& compat, const Roster& roster, const Program& program, const PersonIndex& people,
                const PairingPlan& plan, const TimeRules& time, Date today) {
    std::vector<std::tuple<std::string, std::string, Date>> kept;
    for (const Pair& p : plan.pairs) {
        if (!p.has_ended(today)) kept.emplace_back(p.mentor, p.mentee, p.start);
    }
    const std::vector<SlotUnit> units = slot_units(roster, program.cadence, kept);
    const std::vector<UnitSlot> slots = plan_standing_slots(roster, program.cadence, units, time.recorded);
    std::vector<std::vector<WeeklySlot>> standing(roster.people.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (!slots[i].slot) continue;
        std::vector<std::string> ids{units[i].mentor};
        ids.insert(ids.end(), units[i].mentees.begin(), units[i].mentees.end());
        for (const std::string& id : ids) {
            const int who = people.find(id);
            if (who >= 0) standing[static_cast<std::size_t>(who)].push_back(*slots[i].slot);
        }
    }
    compat.set_standing(std::move(standing));
    for (const auto& [mentor, mentee, why] : time.forbidden) {
        const int m = people.find(mentor), e = people.find(mentee);
        if (m >= 0 && e >= 0) compat.forbid(m, e, why);
    }
}

std::vector<std::tuple<std::string, std::string, std::string>> pairs_without_time(const Roster& roster,
                                                                                 const Program& program,
                                                                                 const std::vector<Pair>& existing,
                                                                                 const PairingPlan& plan,
                                                                                 const std::vector<RecordedSlot>& recorded,
                                                                                 Date today) {
    std::set<std::pair<std::string_view, std::string_view>> before;
    for (const Pair& p : existing) {
        if (!p.has_ended(today)) before.emplace(p.mentor, p.mentee);
    }
    std::vector<std::tuple<std::string, std::string, Date>> current;
    std::map<std::pair<std::string_view, std::string_view>, const Pair*> made;
    for (const Pair& p : plan.pairs) {
        if (p.has_ended(today)) continue;
        current.emplace_back(p.mentor, p.mentee, p.start);
        if (!before.count({p.mentor, p.mentee})) made[{p.mentor, p.mentee}] = &p;
    }
    const std::vector<SlotUnit> units = slot_units(roster, program.cadence, current);
    const std::vector<UnitSlot> slots = plan_standing_slots(roster, program.cadence, units, recorded);
    const RosterIndex index(roster);
    std::vector<std::tuple<std::string, std::string, std::string>> out;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (slots[i].slot) continue;
        bool timed = false;  // time is checked once someone says when they are free
        const Person* m = index.find(units[i].mentor);
        timed = m && !m->availability.empty();
        const Pair* drop = nullptr;
        for (const std::string& id : units[i].mentees) {
            const Person* e = index.find(id);
            timed = timed || (e && !e->availability.empty());
            const auto it = made.find({units[i].mentor, id});
            if (it != made.end() && (!drop || it->second->score <= drop->score)) drop = it->second;
        }
        if (timed && drop) out.emplace_back(drop->mentor, drop->mentee, slots[i].reason);
    }
    return out;
}

namespace {

PairingPlan plan_one_to_one(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                            const std::vector<RecordedSlot>& recorded, int max_candidates);

// Pairs `existing` (whose durations are applied) under the rules of time, in the program's mode.
PairingPlan plan_in_mode(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                         const std::vector<RecordedSlot>& recorded, int max_candidates) {
    if (program.mode == Mode::peer || program.mode == Mode::stable) {
        // Solve, drop the new pairs left without a standing slot, solve again.
        TimeRules time{recorded, {}};
        for (;;) {
            PairingPlan plan = program.mode == Mode::peer ? plan_peer_pairs(roster, program, today, existing, time)
                                                          : plan_stable_pairs(roster, program, today, existing, time);
            const auto drop = pairs_without_time(roster, program, existing, plan, recorded, today);
            if (drop.empty()) {
                plan.time_conflicts = time.forbidden;
                std::sort(plan.time_conflicts.begin(), plan.time_conflicts.end());
                return plan;
            }
            time.forbidden.insert(time.forbidden.end(), drop.begin(), drop.end());
        }
    }
    return plan_one_to_one(roster, program, today, existing, recorded, max_candidates);
}

}  // namespace

PairingPlan plan_pairs(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                       const std::vector<RecordedSlot>& recorded, int max_candidates) {
    // Pairs whose duration ran out by today end in the record, with the reason.
    std::vector<Pair> record = existing;
    apply_duration(record, program);
    const int ran_out = record_ran_out(record, program.duration, today);
    PairingPlan plan = plan_in_mode(roster, program, today, record, recorded, max_candidates);
    plan.ended += ran_out;
    apply_duration(plan.pairs, program);
    plan.current = static_cast<int>(std::count_if(plan.pairs.begin(), plan.pairs.end(), [&](const Pair& p) { return !p.has_ended(today); }));
    return plan;
}

namespace {

PairingPlan plan_one_to_one(const Roster& roster, const Program& program, Date today, const std::vector<Pair>& existing,
                            const std::vector<RecordedSlot>& recorded, int max_candidates) {
    PairingPlan plan;
    // Work in id order so that the roster's order cannot change the result.
    const PersonIndex people(roster);
    const std::vector<int>& by_id = people.by_id;

    // 1. The record so far: history stays; current pairs are kept unless affected. (The
    // no-repeat rule comes with the history, below.)
    const Compatibility rules(roster, program, today, {});
    const Review review = review_existing(roster, today, existing, rules, people, false, plan);
    const std::vector<int>& load = review.load;
    const std::vector<char>& paired = review.paired;

    // Pairs that have ended are not made again (unless matching.allow_repeat).
    std::vector<std::pair<std::string, std::string>> earlier;
    for (const Pair& p : plan.pairs) {
        if (p.has_ended(today)) earlier.emplace_back(p.mentor, p.mentee);
    }
    Compatibility compat(roster, program, today, earlier);

    // The standing slots of the pairs kept are taken: a new pair needs time outside them.
    std::vector<std::tuple<std::string, std::string, Date>> kept;
    for (const Pair& p : plan.pairs) {
        if (!p.has_ended(today)) kept.emplace_back(p.mentor, p.mentee, p.start);
    }
    {
        const std::vector<SlotUnit> units = slot_units(roster, program.cadence, kept);
        const std::vector<UnitSlot> slots = plan_standing_slots(roster, program.cadence, units, recorded);
        std::vector<std::vector<WeeklySlot>> standing(roster.people.size());
        bool any = false;
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (!slots[i].slot) continue;
            for (const std::string* id : [&] {
                     std::vector<const std::string*> ids{&units[i].mentor};
                     for (const std::string& e : units[i].mentees) ids.push_back(&e);
                     return ids;
                 }()) {
                const int who = people.find(*id);
                if (who < 0) continue;
                standing[static_cast<std::size_t>(who)].push_back(*slots[i].slot);
                any = true;
            }
        }
        if (any) compat.set_standing(std::move(standing));
    }

    // 2. Who is to be placed, and who can take them.
    std::vector<int> mentees, mentors;
    for (int i : by_id) {
        const Person& p = roster.people[static_cast<std::size_t>(i)];
        if (p.has(Role::mentee) && !paired[static_cast<std::size_t>(i)] && takes_part(p, program) &&
            !left_before_term(p, program)) mentees.push_back(i);
        if (p.has(Role::mentor) && p.is_present(today)) mentors.push_back(i);
    }
    AssignmentProblem problem;
    // Column j of the problem is mentors[j].
    for (int m : mentors) {
        const int room = program.matching.capacity_of(roster.people[static_cast<std::size_t>(m)]) - load[static_cast<std::size_t>(m)];
        problem.capacity.push_back(std::max(0, room));
    }
    // Only the mentors the school rule allows are candidates: a district is a sparse problem.
    std::set<std::pair<std::size_t, int>> forbidden;  // (mentee row, mentor column): no standing slot left
    std::vector<int> time_excluded(mentees.size(), 0);
    const SchoolCandidates school_candidates(roster, program, mentors);
    // Each mentee starts with its best `max_candidates` mentors (more on ties), found without
    // scoring everyone: the candidate index bounds the score of whole groups of mentors, and
    // groups are opened best bound first until no group left can beat the mentors found. The
    // groups never opened stay in the mentee's frontier with their bounds; after each solve,
    // the duals say whether a bound could still improve the result, and such groups are opened
    // and solved again, until none can: the result is the exact optimum.
    const std::size_t keep = static_cast<std::size_t>(std::max(1, max_candidates));
    std::optional<CandidateIndex> groups;  // built when a mentee has more than `keep` candidates
    std::vector<std::vector<std::pair<int, std::int64_t>>> rows(mentees.size());
    std::vector<CandidateIndex::Frontier> frontier(mentees.size());
    std::vector<std::vector<int>> preferred(mentees.size());  // columns scored outright, sorted
    std::vector<int> cols, scratch;
    Score score;
    // Scores the columns of a group opened for row k; returns whether an arc was added.
    const auto score_cols = [&](std::size_t k, const std::vector<int>& group) {
        bool any = false;
        for (int col : group) {
            if (std::binary_search(preferred[k].begin(), preferred[k].end(), col)) continue;
            if (!forbidden.empty() && forbidden.count({k, col})) continue;
            if (compat.assess(mentors[static_cast<std::size_t>(col)], mentees[k], score)) continue;
            rows[k].emplace_back(col, score.total());
            any = true;
        }
        return any;
    };
    bool pruned = false;
    std::vector<std::int64_t> best;  // min-heap of the best `keep` scores found
    for (std::size_t k = 0; k < mentees.size(); ++k) {
        const int e = mentees[k];
        const Person& pe = roster.people[static_cast<std::size_t>(e)];
        if (!pe.is_present(today)) continue;  // rule not-present: no mentor can take them today
        const std::vector<int>& candidates = school_candidates.of(pe, scratch);
        if (candidates.size() <= keep) {  // few enough to score them all
            score_cols(k, candidates);
            continue;
        }
        if (!groups) groups.emplace(compat, mentors, problem.capacity);
        groups->preferred(e, preferred[k]);
        for (int col : preferred[k]) {
            if (!compat.assess(mentors[static_cast<std::size_t>(col)], e, score)) rows[k].emplace_back(col, score.total());
        }
        groups->start(e, frontier[k]);
        best.clear();
        std::size_t seen = 0;
        const auto note = [&] {
            for (; seen < rows[k].size(); ++seen) {
                best.push_back(rows[k][seen].second);
                std::push_heap(best.begin(), best.end(), std::greater<>());
                if (best.size() > keep) {
                    std::pop_heap(best.begin(), best.end(), std::greater<>());
                    best.pop_back();
                }
            }
        };
        note();
        while (!frontier[k].empty() && (best.size() < keep || CandidateIndex::top(frontier[k]) > best.front())) {
            cols.clear();
            groups->expand(e, frontier[k], cols);
            score_cols(k, cols);
            note();
        }
        pruned = pruned || !frontier[k].empty();
        std::sort(rows[k].begin(), rows[k].end());
    }
    AssignmentResult result;
    const Date start = std::max(today, program.term.start);
    for (;;) {
    for (;;) {
        problem.row_start.clear();
        problem.arc_col.clear();
        problem.arc_gain.clear();
        for (const auto& r : rows) problem.add_row(r);
        result = solve_assignment(problem, compat.max_total());
        if (!pruned) break;
        bool added = false;
        for (std::size_t k = 0; k < mentees.size(); ++k) {
            // Groups whose bound cannot improve anything need no second look.
            bool grew = false;
            while (!frontier[k].empty() && result.might_improve(static_cast<int>(k), CandidateIndex::top(frontier[k]))) {
                cols.clear();
                groups->expand(mentees[k], frontier[k], cols);
                grew = score_cols(k, cols) || grew;
            }
            if (grew) {
                std::sort(rows[k].begin(), rows[k].end());
                added = true;
            }
        }
        ++plan.solver_rounds;
        if (!added) break;
    }
    // Every pair made needs a standing slot of its own, in the plan `mentor schedule` follows.
    // A new pair without one is not made, and the rest is solved again.
    std::vector<std::tuple<std::string, std::string, Date>> all_pairs = kept;
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> new_row;  // (mentor, mentee) -> row
    for (std::size_t k = 0; k < mentees.size(); ++k) {
        const int col = result.col_of_row[k];
        if (col < 0) continue;
        const Person& m = roster.people[static_cast<std::size_t>(mentors[static_cast<std::size_t>(col)])];
        const Person& e = roster.people[static_cast<std::size_t>(mentees[k])];
        all_pairs.emplace_back(m.id, e.id, start);
        new_row[{m.id, e.id}] = k;
    }
    const std::vector<SlotUnit> units = slot_units(roster, program.cadence, all_pairs);
    const std::vector<UnitSlot> slots = plan_standing_slots(roster, program.cadence, units, recorded);
    const RosterIndex index(roster);
    bool repaired = false;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (slots[i].slot) continue;
        bool timed = false;  // time is checked once someone says when they are free
        for (const std::string& id : units[i].mentees) {
            const Person* e = index.find(id);
            timed = timed || (e && !e->availability.empty());
        }
        const Person* m = index.find(units[i].mentor);
        timed = timed || (m && !m->availability.empty());
        if (!timed) continue;
        // The new pair of the unit with the lowest score goes.
        std::optional<std::size_t> drop;
        std::int64_t lowest = 0;
        for (const std::string& id : units[i].mentees) {
            const auto it = new_row.find({units[i].mentor, id});
            if (it == new_row.end()) continue;
            const std::size_t k = it->second;
            const int col = result.col_of_row[k];
            const auto arc = std::find_if(rows[k].begin(), rows[k].end(), [&](const auto& a) { return a.first == col; });
            const std::int64_t gain = arc == rows[k].end() ? 0 : arc->second;
            if (!drop || gain <= lowest) drop = k, lowest = gain;
        }
        if (!drop) continue;
        const std::size_t k = *drop;
        const int col = result.col_of_row[k];
        forbidden.insert({k, col});
        std::erase_if(rows[k], [&](const auto& a) { return a.first == col; });
        ++time_excluded[k];
        plan.time_conflicts.emplace_back(units[i].mentor, roster.people[static_cast<std::size_t>(mentees[k])].id, slots[i].reason);
        repaired = true;
    }
    if (!repaired) break;
    }
    std::sort(plan.time_conflicts.begin(), plan.time_conflicts.end());
    plan.proven_optimal = true;

    for (std::size_t k = 0; k < mentees.size(); ++k) {
        const int e = mentees[k];
        const Person& pe = roster.people[static_cast<std::size_t>(e)];
        const int col = result.col_of_row[k];
        if (col >= 0) {
            const int m = mentors[static_cast<std::size_t>(col)];
            const Score s = compat.score(m, e);
            plan.pairs.push_back({roster.people[static_cast<std::size_t>(m)].id, pe.id, start, std::nullopt, s.total(), false,
                                  summarize(s)});
            ++plan.added;
            continue;
        }
        std::string reason;
        // Why nobody took them: every candidate's rule, or how many were allowed (counted here,
        // for the unmatched only: the search above scores only the mentors that can matter).
        std::map<Rule, int> excluded_by;
        int allowed = 0;
        if (pe.is_present(today) && !mentors.empty()) {
            const std::vector<int>& candidates = school_candidates.of(pe, scratch);
            if (const int left_out = school_candidates.left_out(candidates.size()); left_out > 0) {
                excluded_by[Rule::school] += left_out;
            }
            if (candidates.size() <= keep) {
                for (int c : candidates) {
                    if (const auto rule = compat.excluded(mentors[static_cast<std::size_t>(c)], e)) ++excluded_by[*rule];
                    else ++allowed;
                }
            } else {
                if (!groups) groups.emplace(compat, mentors, problem.capacity);
                groups->count_rules(e, candidates, excluded_by, allowed);
            }
        }
        if (!pe.is_present(today)) {
            reason = absence(pe, today);
        } else if (mentors.empty()) {
            reason = "there is no mentor on staff";
        } else if (allowed - time_excluded[k] == 0) {
            if (time_excluded[k] > 0) excluded_by[Rule::time_taken] += time_excluded[k];
            reason = fmt::format("every mentor is excluded ({})", rule_counts(excluded_by));
        } else {
            const int left = allowed - time_excluded[k];
            reason = left == 1 ? std::string("the one allowed mentor is full")
                               : fmt::format("all {} allowed mentors are full", left);
        }
        plan.unmatched.push_back({pe.id, reason});
    }
    sort_pairs(plan.pairs);
    return plan;
}

}  // namespace

}  // namespace mentor

namespace mentor {

std::vector<Diagnostic> validate_pairs(const std::vector<Pair>& pairs, const Roster& roster, const Program& program,
                                       const std::string& source) {
    Diagnostics d(source);
    std::unordered_map<std::string_view, const Person*> people;
    for (const Person& p : roster.people) people.emplace(p.id, &p);
    std::map<std::string_view, std::vector<const Pair*>> mentors_of;
    std::map<std::string_view, std::vector<const Pair*>> mentees_of;
    for (const Pair& p : pairs) {
        const SourcePos where{p.line, 1};
        const auto m = people.find(p.mentor);
        const auto e = people.find(p.mentee);
        // Pairs the record leaves open: `mentor pair` ends those of people who left or may not be paired.
        const bool open = !p.end;
        // Someone who left the roster: `mentor pair` ends the pair, so this is not an error.
        if (e == people.end() && open) {
            d.warning(where, fmt::format("mentee '{}' is not in the roster", p.mentee),
                    "run `mentor pair` to end pairs of people who left, or fix the id");
        }
        if (m == people.end() && open) {
            d.warning({p.line, static_cast<int>(p.mentee.size()) + 2}, fmt::format("mentor '{}' is not in the roster", p.mentor),
                    "run `mentor pair` to end pairs of people who left, or fix the id");
        }
        // Pairs of peers (made in peer mode: the first is no mentor) may form trios and have no capacity.
        const bool peer = program.mode == Mode::peer || (m != people.end() && !m->second->has(Role::mentor));
        if (!peer) {
            mentors_of[p.mentee].push_back(&p);
            mentees_of[p.mentor].push_back(&p);
        }
        if (open && m != people.end() && e != people.end() && program.matching.exclude_supervisor &&
            (e->second->supervisor == p.mentor || m->second->supervisor == p.mentee)) {
            // `mentor pair` ends such a pair, so it is a warning: an error would block that very fix.
            d.warning(where, fmt::format("{} is paired with {}, who evaluates them; mentoring must stay non-evaluative",
                                       e->second->supervisor == p.mentor ? p.mentee : p.mentor,
                                       e->second->supervisor == p.mentor ? p.mentor : p.mentee),
                    "run `mentor pair` to end this pair and find another mentor");
        }
    }
    // Pairs current on the same day: two mentors of one mentee, or more mentees than a mentor takes.
    // The pairs current when `p` starts are those that overlap it there. Only overlaps with a pair
    // the record leaves open count: ended pairs overlapping each other are history, checked when
    // they were made (a capacity lowered since does not make them wrong).
    const auto current_at_start = [](const std::vector<const Pair*>& list, const Pair& p) {
        std::vector<const Pair*> out;
        for (const Pair* q : list) {
            if (q->is_current(p.start)) out.push_back(q);
        }
        return out;
    };
    for (const auto& [mentee, list] : mentors_of) {
        for (const Pair* p : list) {
            for (const Pair* q : list) {
                if (q->line >= p->line || (p->end && q->end) || !(q->is_current(p->start) || p->is_current(q->start))) continue;
                d.error({p->line, 1}, fmt::format("{} has two current mentors, {} (line {}) and {}", mentee, q->mentor,
                                                  q->line, p->mentor),
                        "give one of the two pairs an end date");
                break;
            }
        }
    }
    for (const auto& [mentor, list] : mentees_of) {
        if (program.mode == Mode::peer) break;  // peers have no capacity
        const auto m = people.find(mentor);
        if (m == people.end()) continue;
        const int cap = program.matching.capacity_of(*m->second);
        for (const Pair* p : list) {
            const auto at_once = current_at_start(list, *p);
            const bool open = std::any_of(at_once.begin(), at_once.end(), [](const Pair* q) { return !q->end; });
            if (!open || static_cast<int>(at_once.size()) <= cap) continue;
            const Pair* last = *std::max_element(at_once.begin(), at_once.end(), [](const Pair* a, const Pair* b) { return a->line < b->line; });
            d.error({last->line, 1}, fmt::format("{} has {} current mentees, more than their capacity of {}", mentor,
                                                 at_once.size(), cap),
                    fmt::format("raise capacity for {} in the roster, or end one of the pairs", mentor));
            break;
        }
    }
    return d.take();
}

}  // namespace mentor
