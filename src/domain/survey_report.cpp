// Response rates and mean ratings of the program's surveys, never for a group too small to hide a person.
#include "mentor/domain/survey_report.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace mentor {

namespace {

struct Tally {
    int asked = 0;
    int answered = 0;
    std::vector<double> sums;
    std::vector<int> counts;
};

SurveyGroup group_of(const std::string& key, const Tally& t, const SurveyConfig& s, int min_group) {
    SurveyGroup g{key, t.asked, t.answered, {}};
    if (s.kind != SurveyKind::feedback) return g;
    for (std::size_t q = 0; q < s.questions.size(); ++q) {
        if (s.questions[q].type != QuestionType::scale) continue;
        QuestionFigures f{s.questions[q].id, t.counts.empty() ? 0 : t.counts[q], std::nullopt};
        if (f.answers >= min_group) f.mean = t.sums[q] / f.answers;
        g.questions.push_back(std::move(f));
    }
    return g;
}

std::optional<double> number(const std::string& text) {
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return v;
}

}  // namespace

std::vector<SurveyFigures> compute_survey_figures(const Program& program, const Roster& roster,
                                                  const std::vector<Pair>& pairs,
                                                  const std::vector<std::vector<SurveyAnswer>>& answers, Date today) {
    std::vector<SurveyFigures> out;
    const int min_group = program.privacy.min_group;
    for (std::size_t i = 0; i < program.surveys.size(); ++i) {
        const SurveyConfig& s = program.surveys[i];
        if (s.opens && today < *s.opens) continue;
        SurveyFigures f;
        f.id = s.id, f.title = s.title, f.kind = s.kind, f.who = s.who, f.opens = s.opens, f.closes = s.closes;
        f.open = s.is_open(today);
        f.as_of = s.closes && *s.closes < today ? *s.closes : today;
        f.min_group = min_group;
        std::map<std::string, std::string> mentor_of;
        for (const Pair& p : pairs) {
            if (p.is_current(f.as_of)) mentor_of.emplace(p.mentee, p.mentor);
        }
        // Each asked person's answers, as numbers by question index.
        std::map<std::string, std::vector<std::optional<double>>> by_person;
        for (const SurveyAnswer& a : i < answers.size() ? answers[i] : std::vector<SurveyAnswer>{}) {
            auto& row = by_person[a.person];
            row.resize(s.questions.size());
            for (std::size_t q = 0; q < s.questions.size(); ++q) {
                if (s.questions[q].id == a.question && s.questions[q].type == QuestionType::scale) row[q] = number(a.answer);
            }
        }
        Tally all;
        std::map<std::string, Tally> schools, mentors;
        auto add = [&](Tally& t, const std::vector<std::optional<double>>* row) {
            if (t.sums.empty()) t.sums.assign(s.questions.size(), 0), t.counts.assign(s.questions.size(), 0);
            ++t.asked;
            if (!row) return;
            ++t.answered;
            for (std::size_t q = 0; q < row->size(); ++q) {
                if ((*row)[q]) t.sums[q] += *(*row)[q], ++t.counts[q];
            }
        };
        for (const Person& p : roster.people) {
            if (!s.asks(p) || !p.is_present(f.as_of)) continue;
            const auto it = by_person.find(p.id);
            const auto* row = it == by_person.end() ? nullptr : &it->second;
            add(all, row);
            add(schools[p.school.empty() ? "-" : p.school], row);
            if (s.who == SurveyAudience::mentees) {
                const auto m = mentor_of.find(p.id);
                if (m != mentor_of.end()) add(mentors[m->second], row);
            }
        }
        f.program = group_of("", all, s, min_group);
        for (const auto& [key, t] : schools) {
            if (t.answered >= min_group) f.schools.push_back(group_of(key, t, s, min_group));
            else ++f.schools_hidden;
        }
        for (const auto& [key, t] : mentors) {
            if (t.answered >= min_group) f.mentors.push_back(group_of(key, t, s, min_group));
            else ++f.mentors_hidden;
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace mentor
