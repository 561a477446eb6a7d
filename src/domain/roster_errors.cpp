// Which person's roster entry an error lies in: what lets one person's typo stop only the
// entries that involve that person.
#include "mentor/domain/roster_errors.hpp"

#include <algorithm>

namespace mentor {

std::optional<std::map<std::string, std::vector<Diagnostic>>> errors_by_person(const Roster& roster,
                                                                             const std::vector<Diagnostic>& errors) {
    std::vector<std::pair<int, const Person*>> starts;
    for (const Person& p : roster.people) {
        if (p.pos.item.line > 0) starts.emplace_back(p.pos.item.line, &p);
    }
    std::sort(starts.begin(), starts.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::map<std::string, std::vector<Diagnostic>> out;
    for (const Diagnostic& d : errors) {
        if (d.severity != Severity::error) continue;
        // The last entry starting at or before the error's line.
        const auto after = std::upper_bound(starts.begin(), starts.end(), d.pos.line,
                                            [](int line, const auto& s) { return line < s.first; });
        if (d.pos.line <= 0 || after == starts.begin()) return std::nullopt;
        // Left of the entry's keys: a key of the file itself (`people:` or a stray one), after
        // the last entry or between two.
        const Person& owner = *std::prev(after)->second;
        if (d.pos.col > 0 && d.pos.col < owner.pos.item.col) return std::nullopt;
        out[owner.id].push_back(d);
    }
    return out;
}

std::vector<std::string> troubled_people_in(const Entry& e, const std::map<std::string, std::vector<Diagnostic>>& troubled) {
    std::vector<std::string> out;
    for (const auto& [id, diags] : troubled) {
        if (e.involves(id)) out.push_back(id);
    }
    return out;
}

}  // namespace mentor
