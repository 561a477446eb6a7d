// What a pairing run changed, and why each candidate of a person is or is not allowed.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "mentor/domain/pairing.hpp"

namespace mentor {

PairingDiff diff_pairs(const std::vector<Pair>& before, const std::vector<Pair>& after) {
    using Key = std::tuple<std::string_view, std::string_view, Date>;
    std::map<Key, bool> was_active;
    for (const Pair& p : before) was_active[{p.mentor, p.mentee, p.start}] = p.active();
    PairingDiff diff;
    for (const Pair& p : after) {
        const auto it = was_active.find({p.mentor, p.mentee, p.start});
        if (it == was_active.end()) diff.added.push_back(p);
        else if (it->second && !p.active()) diff.ended.push_back(p);
    }
    return diff;
}

Program with_mode(const Program& program, std::string_view mode) {
    Program p = program;
    if (mode == "one-to-one") p.mode = Mode::one_to_one;
    else if (mode == "peer") p.mode = Mode::peer;
    else if (mode == "stable") p.mode = Mode::stable;
    return p;
}

Explanation explain_candidates(const Roster& roster, const Program& program, Date today,
                               const std::vector<Pair>& existing, const Person& person,
                               const std::vector<RecordedSlot>& recorded) {
    const bool peer = program.mode == Mode::peer;
    const bool as_mentee = peer || person.has(Role::mentee) || !person.has(Role::mentor);
    Explanation e;
    e.id = person.id;
    e.role = peer ? "peer" : as_mentee ? "mentee" : "mentor";
    if (peer && person.cohort.empty()) {
        e.error = fmt::format("{} has no cohort, and peer mode pairs people within a cohort", person.id);
        e.hint = "give them a 'cohort' in the roster";
        return e;
    }
    if (!peer && !person.has(Role::mentee) && !person.has(Role::mentor)) {
        e.error = fmt::format("{} is neither a mentor nor a mentee", person.id);
        e.hint = "only mentors and mentees are paired";
        return e;
    }
    std::vector<std::pair<std::string, std::string>> earlier;
    for (const Pair& p : existing) {
        if (!p.active()) earlier.emplace_back(p.mentor, p.mentee);
    }
    Compatibility compat(roster, program, today, earlier, peer);
    const PairingPlan plan = plan_pairs(roster, program, today, existing, recorded);
    // The standing slots of the pairs kept, as the pairing run saw them.
    {
        std::vector<std::tuple<std::string, std::string, Date>> kept;
        const PairingDiff diff = diff_pairs(existing, plan.pairs);
        for (const Pair& p : plan.pairs) {
            const bool made_now = std::any_of(diff.added.begin(), diff.added.end(), [&](const Pair& a) {
                return a.mentor == p.mentor && a.mentee == p.mentee && a.start == p.start;
            });
            // A mentee's own pair is what is being explained: its slot is theirs to give up.
            if (as_mentee && !peer && p.mentee == person.id) continue;
            if (p.active() && !made_now) kept.emplace_back(p.mentor, p.mentee, p.start);
        }
        const std::vector<SlotUnit> units = slot_units(roster, program.cadence, kept);
        const std::vector<UnitSlot> slots = plan_standing_slots(roster, program.cadence, units, recorded);
        std::vector<std::vector<WeeklySlot>> standing(roster.people.size());
        const RosterIndex index(roster);
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (!slots[i].slot) continue;
            std::vector<std::string> ids{units[i].mentor};
            ids.insert(ids.end(), units[i].mentees.begin(), units[i].mentees.end());
            for (const std::string& id : ids) {
                if (const Person* p = index.find(id)) standing[static_cast<std::size_t>(p - roster.people.data())].push_back(*slots[i].slot);
            }
        }
        compat.set_standing(std::move(standing));
    }
    for (const Pair& p : plan.pairs) {
        if (!p.active()) continue;
        if (as_mentee && p.mentee == person.id) e.current.push_back(p.mentor);
        if ((!as_mentee || peer) && p.mentor == person.id) e.current.push_back(p.mentee);
    }
    for (const auto& u : plan.unmatched) {
        if (u.id == person.id) e.unmatched_reason = u.reason;
    }
    const int who = static_cast<int>(&person - roster.people.data());
    const Role other = as_mentee ? Role::mentor : Role::mentee;
    for (std::size_t i = 0; i < roster.people.size(); ++i) {
        const Person& p = roster.people[i];
        if (p.id == person.id) continue;
        if (peer ? p.cohort != person.cohort : !p.has(other)) continue;
        const int j = static_cast<int>(i);
        const int mentor = as_mentee ? j : who, mentee = as_mentee ? who : j;
        CandidateLine c;
        c.id = p.id;
        c.rule = compat.excluded(mentor, mentee);
        if (c.rule) c.reason = compat.explain(*c.rule, mentor, mentee);
        else c.score = compat.score(mentor, mentee);
        const std::string& mentor_id = roster.people[static_cast<std::size_t>(mentor)].id;
        const std::string& mentee_id = roster.people[static_cast<std::size_t>(mentee)].id;
        for (const auto& [cm, ce, why] : plan.time_conflicts) {
            if (!c.rule && cm == mentor_id && ce == mentee_id) {
                c.rule = Rule::time_taken;
                c.reason = why;
            }
        }
        e.candidates.push_back(std::move(c));
    }
    std::sort(e.candidates.begin(), e.candidates.end(), [](const CandidateLine& a, const CandidateLine& b) {
        if (a.rule.has_value() != b.rule.has_value()) return !a.rule.has_value();
        if (!a.rule && a.score.total() != b.score.total()) return a.score.total() > b.score.total();
        return a.id < b.id;
    });
    return e;
}

}  // namespace mentor
