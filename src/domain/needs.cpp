// Needs assessment: ratings from surveys and `mentor needs`, the highest needs of a mentee,
// and the program's needs summed for planning workshops.
#include "mentor/domain/needs.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "mentor/domain/suggest.hpp"

namespace mentor {

namespace {

std::optional<int> whole(std::string_view text) {
    int v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return v;
}

std::size_t area_rank(const NeedsSettings& needs, const std::string& area) {
    return static_cast<std::size_t>(std::find(needs.areas.begin(), needs.areas.end(), area) - needs.areas.begin());
}

}  // namespace

std::vector<std::string> top_needs(const Person& p, const NeedsSettings& needs) {
    std::vector<std::pair<std::string, int>> rated;
    for (const auto& [area, level] : p.needs) {
        if (level > 1) rated.emplace_back(area, level);
    }
    std::sort(rated.begin(), rated.end(), [&](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        const auto ra = area_rank(needs, a.first), rb = area_rank(needs, b.first);
        return ra != rb ? ra < rb : a.first < b.first;
    });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < rated.size() && static_cast<int>(i) < needs.top; ++i) out.push_back(rated[i].first);
    return out;
}

void apply_survey_answers(Roster& roster, const Program& program, const std::vector<std::vector<SurveyAnswer>>& answers,
                          const std::vector<SurveyAnswer>& manual) {
    // person -> area -> (submitted, level): the latest rating wins.
    std::map<std::string, std::map<std::string, std::pair<std::string, int>>> needs;
    std::map<std::string, std::map<std::string, std::pair<std::string, double>>> survey;
    auto add_need = [&](const SurveyAnswer& a) {
        if (area_rank(program.needs, a.question) == program.needs.areas.size()) return;
        const auto level = whole(a.answer);
        if (!level || *level < 1 || *level > program.needs.scale) return;
        auto& slot = needs[a.person][a.question];
        if (a.submitted >= slot.first) slot = {a.submitted, *level};
    };
    for (std::size_t i = 0; i < program.surveys.size() && i < answers.size(); ++i) {
        const SurveyConfig& s = program.surveys[i];
        for (const SurveyAnswer& a : answers[i]) {
            const SurveyQuestion* q = s.question(a.question);
            if (!q || q->type != QuestionType::scale) continue;
            if (s.kind == SurveyKind::needs) {
                add_need(a);
            } else if (s.kind == SurveyKind::compatibility) {
                double v = 0;
                const auto [ptr, ec] = std::from_chars(a.answer.data(), a.answer.data() + a.answer.size(), v);
                if (ec != std::errc{} || ptr != a.answer.data() + a.answer.size()) continue;
                auto& slot = survey[a.person][a.question];
                if (a.submitted >= slot.first) slot = {a.submitted, v};
            }
        }
    }
    for (const SurveyAnswer& a : manual) add_need(a);
    for (Person& p : roster.people) {
        if (const auto it = needs.find(p.id); it != needs.end()) {
            p.needs.clear();
            for (const auto& [area, x] : it->second) p.needs.emplace_back(area, x.second);
        }
        if (const auto it = survey.find(p.id); it != survey.end()) {
            for (const auto& [q, x] : it->second) {
                const auto same = std::find_if(p.survey.begin(), p.survey.end(), [&](const auto& e) { return e.first == q; });
                if (same != p.survey.end()) same->second = x.second;
                else p.survey.emplace_back(q, x.second);
            }
            std::sort(p.survey.begin(), p.survey.end());
        }
    }
}

std::optional<NeedsSummary> summarize_needs(const Roster& roster, const Program& program, Date day) {
    if (program.needs.areas.empty()) return std::nullopt;
    std::map<std::string, NeedsGroup> groups;
    auto blank = [&](const std::string& key) {
        NeedsGroup g;
        g.key = key;
        for (const auto& a : program.needs.areas) g.areas.push_back({a, 0, 0, 0});
        return g;
    };
    for (const Person& p : roster.people) {
        if (!p.has(Role::mentee) || !p.is_present(day)) continue;
        const std::vector<std::string> top = top_needs(p, program.needs);
        std::vector<std::string> keys{""};
        keys.push_back("school:" + (p.school.empty() ? std::string("-") : p.school));
        keys.push_back("cohort:" + (p.cohort.empty() ? std::string("-") : p.cohort));
        for (const std::string& key : keys) {
            auto [it, fresh] = groups.try_emplace(key, blank(key));
            NeedsGroup& g = it->second;
            ++g.mentees;
            if (!p.needs.empty()) ++g.rated;
            for (AreaNeeds& a : g.areas) {
                const auto r = std::find_if(p.needs.begin(), p.needs.end(), [&](const auto& n) { return n.first == a.area; });
                if (r != p.needs.end()) ++a.rated, a.total += r->second;
                if (std::find(top.begin(), top.end(), a.area) != top.end()) ++a.top;
            }
        }
    }
    NeedsSummary out;
    if (groups.empty()) groups.emplace("", blank(""));
    for (auto& [key, g] : groups) out.groups.push_back(std::move(g));
    return out;
}

std::vector<std::pair<std::string, int>> parse_needs_ratings(const std::vector<std::string>& words, const NeedsSettings& needs,
                                                             std::string& error, std::string& hint) {
    std::vector<std::pair<std::string, int>> out;
    std::vector<std::string_view> areas(needs.areas.begin(), needs.areas.end());
    for (const std::string& w : words) {
        const auto eq = w.find('=');
        if (eq == std::string::npos || eq == 0) {
            error = fmt::format("'{}' is not AREA=LEVEL", w);
            hint = fmt::format("e.g. {}=3", needs.areas.empty() ? std::string("assessment") : needs.areas.front());
            return {};
        }
        const std::string area = w.substr(0, eq);
        if (area_rank(needs, area) == needs.areas.size()) {
            const std::string best = closest_match(area, areas);
            error = fmt::format("'{}' is not an area of [needs]", area);
            hint = best.empty() ? fmt::format("the areas: {}", fmt::join(needs.areas, ", ")) : fmt::format("did you mean '{}'?", best);
            return {};
        }
        const auto level = whole(std::string_view(w).substr(eq + 1));
        if (!level || *level < 1 || *level > needs.scale) {
            error = fmt::format("the level of {} is '{}', not a whole number from 1 to {}", area, w.substr(eq + 1), needs.scale);
            hint = fmt::format("1 is no need, {} the most need ([needs] scale)", needs.scale);
            return {};
        }
        if (std::any_of(out.begin(), out.end(), [&](const auto& x) { return x.first == area; })) {
            error = fmt::format("{} is rated twice", area);
            hint = "give each area once";
            return {};
        }
        out.emplace_back(area, *level);
    }
    return out;
}

}  // namespace mentor
