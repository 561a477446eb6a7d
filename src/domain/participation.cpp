// Mandatory participation as a compliance rule: every mentee on staff has a mentor.
#include "mentor/domain/participation_rule.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/participation.hpp"

namespace mentor {

std::optional<ComplianceRule> participation_rule(const Program& program, const Roster& roster, const Report& r) {
    if (program.participation != Participation::mandatory) return std::nullopt;
    ComplianceRule rule{"participation", "every mentee on staff has a mentor (participation is mandatory)", {}, {}};
    for (const Person& p : roster.people) {
        if (!p.has(Role::mentee) || !p.is_present(r.until) || !takes_part(p, program)) continue;
        const auto u = std::find_if(r.unmatched.begin(), r.unmatched.end(), [&](const UnmatchedMentee& x) { return x.id == p.id; });
        RuleResult x{p.id, p.name, "has a mentor", 0, RuleResult::Status::met};
        if (u != r.unmatched.end()) {
            x.status = RuleResult::Status::not_met;
            x.number = u->days_waiting;
            x.value = fmt::format("no mentor, waiting {} day{}", u->days_waiting, u->days_waiting == 1 ? "" : "s");
        }
        rule.results.push_back(std::move(x));
    }
    std::sort(rule.results.begin(), rule.results.end(), [](const RuleResult& a, const RuleResult& b) { return a.person < b.person; });
    return rule;
}

}  // namespace mentor
