// Mentor selection: who may mentor under the program's criteria, and why not.
#include "mentor/domain/selection.hpp"
#include "mentor/domain/terms.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"

namespace mentor {

bool MentorScreen::qualified() const {
    return std::all_of(criteria.begin(), criteria.end(), [](const ScreenCriterion& c) { return c.met; });
}

SelectionEvidence gather_selection_evidence(const Program& program, const std::vector<Pair>& pairs,
                                            const std::vector<Entry>& entries, const std::vector<SurveyAnswer>& rating_answers,
                                            Date day) {
    SelectionEvidence out;
    for (const Entry& e : entries) {
        if (e.kind == EntryKind::training && e.date <= day && !e.person.empty()) out.training_minutes[e.person] += e.minutes;
    }
    for (const SurveyAnswer& a : rating_answers) {
        if (a.question != program.selection.rating_question) continue;
        const auto answered = parse_date(std::string_view(a.submitted).substr(0, 10));
        double v = 0;
        const auto [ptr, ec] = std::from_chars(a.answer.data(), a.answer.data() + a.answer.size(), v);
        if (!answered || ec != std::errc{} || ptr != a.answer.data() + a.answer.size()) continue;
        for (const Pair& p : pairs) {
            if (p.mentee == a.person && p.is_current(*answered)) {
                auto& r = out.ratings[p.mentor];
                r.first += v;
                ++r.second;
            }
        }
    }
    return out;
}

std::vector<MentorScreen> screen_mentors(const Roster& roster, const Program& program, Date day,
                                         const SelectionEvidence& evidence) {
    const Selection& s = program.selection;
    std::vector<MentorScreen> out;
    for (const Person& p : roster.people) {
        if (!p.has(Role::mentor) || left_before_term(p, program)) continue;
        MentorScreen m{p.id, p.name, {}};
        if (program.matching.require_trained) {
            const bool ok = p.trained && *p.trained <= day;
            m.criteria.push_back({"trained", ok,
                                  p.trained ? fmt::format("trained on {}{}", p.trained->iso(), ok ? "" : " (not yet)")
                                            : std::string("no mentor training date")});
        }
        if (s.min_years) {
            const bool ok = p.years && *p.years >= *s.min_years;
            m.criteria.push_back({"min_years", ok,
                                  p.years ? fmt::format("{} years of teaching (at least {})", *p.years, *s.min_years)
                                          : fmt::format("no years in the roster (at least {})", *s.min_years)});
        }
        if (s.min_training_hours) {
            const auto it = evidence.training_minutes.find(p.id);
            const int minutes = it == evidence.training_minutes.end() ? 0 : it->second;
            const bool ok = minutes >= *s.min_training_hours * 60;
            m.criteria.push_back({"min_training_hours", ok,
                                  fmt::format("{}h{:02} of training logged (at least {} hours)", minutes / 60, minutes % 60,
                                              *s.min_training_hours)});
        }
        if (s.recommendation) {
            const bool ok = !p.recommended_by.empty();
            m.criteria.push_back({"recommendation", ok,
                                  ok ? fmt::format("recommended by {}", p.recommended_by) : std::string("no recommended_by")});
        }
        if (!s.subjects.empty()) {
            std::string found;
            for (const auto& mine : p.subjects) {
                for (const auto& wanted : s.subjects) {
                    if (found.empty() && fold_value(mine) == fold_value(wanted)) found = mine;
                }
            }
            m.criteria.push_back({"subjects", !found.empty(),
                                  found.empty() ? fmt::format("teaches none of {}", fmt::join(s.subjects, ", "))
                                                : fmt::format("teaches {}", found)});
        }
        if (s.min_rating) {
            const auto it = evidence.ratings.find(p.id);
            const int n = it == evidence.ratings.end() ? 0 : it->second.second;
            if (n < program.privacy.min_group) {
                m.criteria.push_back({"min_rating", true,
                                      fmt::format("rated by {} {}, fewer than {}: not judged", n, n == 1 ? "mentee" : "mentees", program.privacy.min_group)});
            } else {
                const double mean = it->second.first / n;
                m.criteria.push_back({"min_rating", mean >= *s.min_rating,
                                      fmt::format("rated {:.2f} by {} {} (at least {})", mean, n, n == 1 ? "mentee" : "mentees", *s.min_rating)});
            }
        }
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const MentorScreen& a, const MentorScreen& b) { return a.id < b.id; });
    return out;
}

void mark_unqualified(Roster& roster, const std::vector<MentorScreen>& screens) {
    for (Person& p : roster.people) {
        const auto it = std::lower_bound(screens.begin(), screens.end(), p.id,
                                         [](const MentorScreen& m, const std::string& id) { return m.id < id; });
        if (it == screens.end() || it->id != p.id) continue;
        p.not_qualified.clear();
        for (const ScreenCriterion& c : it->criteria) {
            if (!c.met && c.key != "trained") p.not_qualified.push_back(fmt::format("{} ({})", c.detail, c.key));
        }
    }
}

}  // namespace mentor
