// What a report's figures derive (shares, counts, totals) and the money arithmetic of stipends.
#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/report.hpp"

namespace mentor {

std::optional<int> PairFigures::adherence_percent() const {
    if (planned <= 0) return std::nullopt;
    return std::min(held, planned) * 100 / planned;
}

int ComplianceRule::met() const {
    return static_cast<int>(std::count_if(results.begin(), results.end(),
                                          [](const RuleResult& r) { return r.status == RuleResult::Status::met; }));
}

int ComplianceRule::not_met() const {
    return static_cast<int>(std::count_if(results.begin(), results.end(),
                                          [](const RuleResult& r) { return r.status == RuleResult::Status::not_met; }));
}

std::optional<int> Report::adherence_percent() const {
    if (planned <= 0) return std::nullopt;
    int capped = 0;
    for (const PairFigures& p : pairs) capped += std::min(p.held, p.planned);
    return capped * 100 / planned;
}

int Report::at_risk() const {
    return static_cast<int>(std::count_if(pairs.begin(), pairs.end(), [](const PairFigures& p) { return !p.risks.empty(); }));
}

std::int64_t Report::stipend_total_cents() const {
    std::int64_t total = 0;
    for (const Stipend& s : stipends) total += s.total_cents();
    return total;
}

std::int64_t pay_cents(std::int64_t minutes, std::int64_t rate_cents, std::int64_t factor_hundredths) {
    // minutes/60 hours x rate x factor/100, in cents; half a cent rounds up.
    const std::int64_t scaled = minutes * rate_cents * factor_hundredths;
    return (scaled + 3000) / 6000;
}

std::string format_cents(std::int64_t cents) {
    const bool negative = cents < 0;
    const std::int64_t a = negative ? -cents : cents;
    return fmt::format("{}{}.{:02}", negative ? "-" : "", a / 100, a % 100);
}

}  // namespace mentor
