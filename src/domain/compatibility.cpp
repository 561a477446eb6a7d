#include "mentor/domain/compatibility.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/needs.hpp"
#include "mentor/domain/participation.hpp"
#include "mentor/domain/text.hpp"
#include "score_parts.hpp"

namespace mentor {

using score_parts::coverage;
using score_parts::merge_windows;
using score_parts::overlap_minutes;

std::string_view criterion_name(Criterion c) { return weight_names[static_cast<std::size_t>(c)]; }

int Score::total() const {
    int t = 0;
    for (int p : points) t += p;
    return t;
}

std::string format_points(int hundredths) {
    const int sign = hundredths < 0 ? -1 : 1;
    const int a = hundredths * sign;
    return fmt::format("{}{}.{:02}", sign < 0 ? "-" : "", a / 100, a % 100);
}

namespace {

class Interner {
public:
    // Values are compared as folded (fold_value): "Math" and " math" are one subject.
    int id(const std::string& s) {
        const auto [it, fresh] = ids_.emplace(fold_value(s), static_cast<int>(ids_.size()));
        return it->second;
    }
    std::vector<int> ids(const std::vector<std::string>& xs) {
        std::vector<int> out;
        out.reserve(xs.size());
        for (const auto& x : xs) out.push_back(id(x));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    std::unordered_map<std::string, int> ids_;
};

bool contains(const std::vector<int>& sorted, int x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

std::uint64_t key(int mentor, int mentee) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(mentor)) << 32) | static_cast<std::uint32_t>(mentee);
}

}  // namespace

Compatibility::Compatibility(const Roster& roster, const Program& program, Date day,
                             const std::vector<std::pair<std::string, std::string>>& earlier, bool peer)
    : roster_(roster), program_(program), day_(day), peer_(peer) {
    std::unordered_map<std::string_view, int> index;
    index.reserve(roster.people.size());
    for (std::size_t i = 0; i < roster.people.size(); ++i) index.emplace(roster.people[i].id, static_cast<int>(i));
    auto find = [&](const std::string& id) {
        const auto it = index.find(id);
        return it == index.end() ? -1 : it->second;
    };
    Interner subjects, focus, languages, schools, questions, areas;
    features_.resize(roster.people.size());
    for (std::size_t i = 0; i < roster.people.size(); ++i) {
        const Person& p = roster.people[i];
        Features& f = features_[i];
        f.subjects = subjects.ids(p.subjects);
        f.focus = focus.ids(p.focus);
        f.languages = languages.ids(p.languages);
        for (int g : p.grades) f.grades = static_cast<std::uint16_t>(f.grades | (1u << g));
        f.school = schools.id(p.school);  // people without a school are of one school together
        f.windows = merge_windows(p.availability);
        f.free = free_time(p);
        for (const auto& [q, a] : p.survey) f.survey.emplace_back(questions.id(q), a);
        std::sort(f.survey.begin(), f.survey.end());
        for (std::size_t r = 0; r < p.prefers.size(); ++r) {
            const int other = find(p.prefers[r]);
            if (other >= 0) f.prefers.emplace_back(other, static_cast<int>(r));
        }
        f.prefers_count = static_cast<int>(p.prefers.size());
        std::sort(f.prefers.begin(), f.prefers.end());
        for (const auto& a : p.avoid) {
            const int other = find(a);
            if (other >= 0) f.avoid.push_back(other);
        }
        std::sort(f.avoid.begin(), f.avoid.end());
        f.supervisor = p.supervisor.empty() ? -1 : find(p.supervisor);
        f.strengths = areas.ids(p.strengths);
        f.top_needs = areas.ids(top_needs(p, program.needs));
    }
    for (const auto& [mentor, mentee] : earlier) {
        const int a = find(mentor), b = find(mentee);
        if (a >= 0 && b >= 0) {
            earlier_.insert(key(a, b));
            if (peer_) earlier_.insert(key(b, a));
        }
    }
    double max = 0;
    for (std::size_t c = 0; c < criterion_count; ++c) {
        weights_[c] = std::max(0.0, weight_by_name(program.matching.weights, weight_names[c]));
        max += weights_[c];
    }
    max_total_ = static_cast<int>(std::lround(max * 100)) + static_cast<int>(criterion_count);
}

std::optional<Rule> Compatibility::excluded(int mentor, int mentee) const {
    int overlap = -1;
    return excluded(mentor, mentee, overlap);
}

Score Compatibility::score(int mentor, int mentee) const { return score(mentor, mentee, -1); }

std::optional<Rule> Compatibility::assess(int mentor, int mentee, Score& out) const {
    int overlap = -1;  // weekly minutes in common: worked out once, used by the rule and the score
    if (auto rule = excluded(mentor, mentee, overlap)) return rule;
    out = score(mentor, mentee, overlap);
    return std::nullopt;
}

bool Compatibility::can_mentor(int mentor) const {
    const Person& m = roster_.people[static_cast<std::size_t>(mentor)];
    if (!m.is_present(day_)) return false;
    if (peer_) return takes_part(m, program_);
    if (program_.matching.require_trained && (!m.trained || *m.trained > day_)) return false;
    return m.not_qualified.empty() && program_.matching.capacity_of(m) > 0;
}

std::optional<Rule> Compatibility::excluded(int mentor, int mentee, int& overlap) const {
    if (mentor == mentee) return Rule::self;
    const Person& m = roster_.people[static_cast<std::size_t>(mentor)];
    const Person& e = roster_.people[static_cast<std::size_t>(mentee)];
    if (!m.is_present(day_) || !e.is_present(day_)) return Rule::not_present;
    if (!takes_part(e, program_) || (peer_ && !takes_part(m, program_))) return Rule::opted_out;
    if (!peer_) {
        if (program_.matching.require_trained && (!m.trained || *m.trained > day_)) return Rule::untrained;
        if (!m.not_qualified.empty()) return Rule::not_qualified;
        if (program_.matching.capacity_of(m) <= 0) return Rule::no_capacity;
    }
    const Features& fm = features_[static_cast<std::size_t>(mentor)];
    const Features& fe = features_[static_cast<std::size_t>(mentee)];
    if (program_.matching.exclude_supervisor && (fe.supervisor == mentor || fm.supervisor == mentee)) return Rule::evaluator;
    if (contains(fm.avoid, mentee) || contains(fe.avoid, mentor)) return Rule::avoid;
    const bool same_school = fm.school == fe.school;
    if (!same_school && program_.matching.same_school != SameSchool::any) {
        if (program_.matching.same_school == SameSchool::require) return Rule::school;
        if (!(m.online && e.online)) return Rule::school;  // "prefer": across schools only online
    }
    if (program_.matching.min_shared_minutes > 0) {
        overlap = overlap_minutes(fm.windows, fe.windows);
        if (overlap < program_.matching.min_shared_minutes) return Rule::no_common_time;
    }
    if (!forbidden_.empty() && forbidden_.count(key(mentor, mentee))) return Rule::time_taken;
    // Time is checked once someone of the two says when they are free.
    if (!m.availability.empty() || !e.availability.empty()) {
        const WeekSpans common = intersect_spans(fm.free, fe.free);
        if (fitting_windows(common, program_.cadence.minutes) == 0) return Rule::no_window;
        if (!standing_.empty() && fitting_windows(open_time(mentor, mentee, common), program_.cadence.minutes) == 0) {
            return Rule::time_taken;
        }
    }
    if (!program_.matching.allow_repeat && !earlier_.empty() && earlier_.count(key(mentor, mentee))) return Rule::earlier_pair;
    return std::nullopt;
}

double Compatibility::preference_share(int who, int other) const {
    const Features& f = features_[static_cast<std::size_t>(who)];
    const auto it = std::lower_bound(f.prefers.begin(), f.prefers.end(), std::pair{other, -1});
    if (it == f.prefers.end() || it->first != other || f.prefers_count == 0) return 0.0;
    return static_cast<double>(f.prefers_count - it->second) / static_cast<double>(f.prefers_count);
}

std::array<double, criterion_count> Compatibility::shares(int mentor, int mentee, int overlap) const {
    const Person& m = roster_.people[static_cast<std::size_t>(mentor)];
    const Person& e = roster_.people[static_cast<std::size_t>(mentee)];
    const Features& fm = features_[static_cast<std::size_t>(mentor)];
    const Features& fe = features_[static_cast<std::size_t>(mentee)];
    std::array<double, criterion_count> s{};
    s[0] = coverage(fe.subjects, fm.subjects);
    s[1] = score_parts::grade_share(fe.grades, fm.grades);
    s[2] = fm.school == fe.school ? 1.0 : 0.0;
    // Room to meet: one window a meeting fits in gives half the points, two or more all of them.
    (void)overlap;
    s[3] = score_parts::availability_share(fitting_windows(intersect_spans(fm.free, fe.free), program_.cadence.minutes));
    s[4] = coverage(fe.focus, fm.focus);
    if (!fm.survey.empty() && !fe.survey.empty()) {
        double sum = 0;
        int n = 0;
        std::size_t i = 0, j = 0;
        while (i < fm.survey.size() && j < fe.survey.size()) {
            if (fm.survey[i].first < fe.survey[j].first) ++i;
            else if (fe.survey[j].first < fm.survey[i].first) ++j;
            else {
                sum += std::max(0.0, 1.0 - std::abs(fm.survey[i].second - fe.survey[j].second) / 4.0);
                ++n; ++i; ++j;
            }
        }
        s[5] = n ? sum / n : 0.0;
    }
    s[6] = coverage(fe.languages, fm.languages);
    if (m.years && e.years) {
        const double gap = *m.years - *e.years;
        s[7] = peer_ ? std::max(0.0, 1.0 - std::abs(gap) / 5.0) : score_parts::experience_share(*m.years, *e.years);
    }
    s[8] = (preference_share(mentee, mentor) + preference_share(mentor, mentee)) / 2.0;
    s[9] = coverage(fe.top_needs, fm.strengths);
    return s;
}

Score Compatibility::score(int mentor, int mentee, int overlap) const {
    std::array<double, criterion_count> s = shares(mentor, mentee, overlap);
    if (peer_) {
        // Pairs of equals: the same score whichever of the two is named first.
        const auto back = shares(mentee, mentor, overlap);
        for (std::size_t c = 0; c < criterion_count; ++c) s[c] = (s[c] + back[c]) / 2.0;
    }
    Score out;
    for (std::size_t c = 0; c < criterion_count; ++c) {
        out.points[c] = score_parts::points(weights_[c], s[c]);
    }
    return out;
}

void Compatibility::set_standing(std::vector<std::vector<WeeklySlot>> per_person) { standing_ = std::move(per_person); }

void Compatibility::forbid(int mentor, int mentee, std::string why) {
    forbidden_[key(mentor, mentee)] = std::move(why);
    if (peer_) forbidden_[key(mentee, mentor)] = forbidden_[key(mentor, mentee)];
}

WeekSpans Compatibility::open_time(int mentor, int mentee, const WeekSpans& common) const {
    WeekSpans taken;
    const int minutes = program_.cadence.minutes;
    for (int who : {mentor, mentee}) {
        if (static_cast<std::size_t>(who) >= standing_.size()) continue;
        std::array<int, 7> per_day{};
        for (const WeeklySlot& s : standing_[static_cast<std::size_t>(who)]) {
            const auto d = static_cast<std::size_t>(s.weekday);
            taken[d].push_back({s.start, s.start + minutes});
            if (++per_day[d] >= program_.cadence.max_per_day) taken[d].push_back({0, 24 * 60});
        }
    }
    for (auto& day : taken) {
        std::sort(day.begin(), day.end(), [](const Span& a, const Span& b) { return a.lo < b.lo; });
    }
    return subtract_spans(common, taken);
}

int Compatibility::shared_minutes(int a, int b) const {
    return overlap_minutes(features_[static_cast<std::size_t>(a)].windows, features_[static_cast<std::size_t>(b)].windows);
}

std::string Compatibility::explain(Rule rule, int mentor, int mentee) const {
    const Person& m = roster_.people[static_cast<std::size_t>(mentor)];
    const Person& e = roster_.people[static_cast<std::size_t>(mentee)];
    switch (rule) {
        case Rule::self: return "the same person";
        case Rule::not_present: {
            const Person& away = m.is_present(day_) ? e : m;
            if (away.start && *away.start > day_) return fmt::format("{} starts on {}", away.id, away.start->iso());
            return fmt::format("{} left on {}", away.id, away.leaves ? away.leaves->iso() : std::string("?"));
        }
        case Rule::untrained:
            return m.trained ? fmt::format("{} is trained only from {}", m.id, m.trained->iso())
                             : fmt::format("{} has no mentor training date", m.id);
        case Rule::no_capacity: return fmt::format("{} has capacity 0", m.id);
        case Rule::evaluator:
            return e.supervisor == m.id ? fmt::format("{} evaluates {}", m.id, e.id) : fmt::format("{} evaluates {}", e.id, m.id);
        case Rule::avoid: {
            const bool by_mentee = std::find(e.avoid.begin(), e.avoid.end(), m.id) != e.avoid.end();
            return by_mentee ? fmt::format("{} avoids {}", e.id, m.id) : fmt::format("{} avoids {}", m.id, e.id);
        }
        case Rule::school:
            if (program_.matching.same_school == SameSchool::require) {
                return fmt::format("different schools ({} and {}), and matching.same_school is \"require\"",
                                   m.school.empty() ? "none" : m.school, e.school.empty() ? "none" : e.school);
            }
            return fmt::format("different schools ({} and {}) and {} does not meet online",
                               m.school.empty() ? "none" : m.school, e.school.empty() ? "none" : e.school,
                               m.online ? e.id : m.id);
        case Rule::no_common_time:
            return fmt::format("{} minutes a week in common, fewer than matching.min_shared_minutes = {}",
                               shared_minutes(mentor, mentee), program_.matching.min_shared_minutes);
        case Rule::no_window: {
            const WeekSpans common =
                intersect_spans(features_[static_cast<std::size_t>(mentor)].free, features_[static_cast<std::size_t>(mentee)].free);
            int longest = 0;
            for (const auto& day : common) {
                for (const Span& s : day) longest = std::max(longest, s.hi - s.lo);
            }
            const bool teaching = !m.teaches.empty() || !e.teaches.empty();
            return longest == 0 ? fmt::format("no free time in common{}", teaching ? " outside teaching periods" : "")
                                : fmt::format("no common free window of {} minutes (the longest is {} minutes)",
                                              program_.cadence.minutes, longest);
        }
        case Rule::time_taken: {
            if (const auto it = forbidden_.find(key(mentor, mentee)); it != forbidden_.end()) return it->second;
            std::vector<std::string> whose;
            for (const Person* p : {&m, &e}) {
                const auto i = static_cast<std::size_t>(p == &m ? mentor : mentee);
                const std::size_t n = i < standing_.size() ? standing_[i].size() : 0;
                if (n > 0) whose.push_back(fmt::format("{}'s {} standing meeting{}", p->id, n, n == 1 ? "" : "s"));
            }
            std::string list;
            for (std::size_t i = 0; i < whose.size(); ++i) list += (i ? " and " : "") + whose[i];
            return fmt::format("no free {}-minute window left after {}", program_.cadence.minutes, list);
        }
        case Rule::earlier_pair: return "paired before, and matching.allow_repeat is false";
        case Rule::not_qualified: {
            std::string why;
            for (const auto& r : m.not_qualified) why += (why.empty() ? "" : "; ") + r;
            return fmt::format("{} does not meet [selection]: {}", m.id, why);
        }
        case Rule::opted_out: {
            const Person& out = takes_part(e, program_) ? m : e;
            return out.participates ? fmt::format("{} does not take part (participates: false)", out.id)
                                    : fmt::format("{} has not opted in (participation is \"optional\")", out.id);
        }
    }
    return {};
}

}  // namespace mentor
