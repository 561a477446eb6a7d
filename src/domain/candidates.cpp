#include "candidates.hpp"

#include <algorithm>
#include <map>

#include "mentor/domain/free_time.hpp"
#include "score_parts.hpp"

namespace mentor {

namespace {

// Groups smaller than this are leaves: their mentors are scored together.
constexpr std::size_t leaf_size = 3;
// The levels under a school: subjects, grades, free time, focus.
constexpr int levels = 4;

void add_sorted(std::vector<int>& into, const std::vector<int>& more) {
    std::vector<int> out;
    out.reserve(into.size() + more.size());
    std::set_union(into.begin(), into.end(), more.begin(), more.end(), std::back_inserter(out));
    into = std::move(out);
}

bool fits_in(const std::vector<Span>& a, const std::vector<Span>& b, int minutes) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const int lo = std::max(a[i].lo, b[j].lo), hi = std::min(a[i].hi, b[j].hi);
        if (hi - lo >= minutes && hi > lo) return true;
        if (a[i].hi < b[j].hi) ++i; else ++j;
    }
    return false;
}

}  // namespace

CandidateIndex::CandidateIndex(const Compatibility& compat, const std::vector<int>& mentors, const std::vector<int>& room)
    : compat_(compat), mentors_(mentors) {
    const auto& features = compat_.features_;
    const Program& program = compat_.program_;
    col_of_person_.assign(features.size(), -1);
    usable_.assign(mentors.size(), 0);
    preferred_by_.resize(features.size());
    int schools = 0;
    for (const auto& f : features) schools = std::max(schools, f.school + 1);
    std::vector<std::vector<int>> all(static_cast<std::size_t>(schools)), online(static_cast<std::size_t>(schools));
    const bool prefer = program.matching.same_school == SameSchool::prefer;
    for (std::size_t j = 0; j < mentors.size(); ++j) {
        const int m = mentors[j];
        col_of_person_[static_cast<std::size_t>(m)] = static_cast<int>(j);
        if (room[j] <= 0 || !compat_.can_mentor(m)) continue;
        usable_[j] = 1;
        const auto& fm = features[static_cast<std::size_t>(m)];
        all[static_cast<std::size_t>(fm.school)].push_back(static_cast<int>(j));
        if (prefer && compat_.roster_.people[static_cast<std::size_t>(m)].online) {
            online[static_cast<std::size_t>(fm.school)].push_back(static_cast<int>(j));
        }
        for (const auto& [other, rank] : fm.prefers) preferred_by_[static_cast<std::size_t>(other)].push_back(static_cast<int>(j));
    }
    named_by_.resize(features.size());
    for (std::size_t j = 0; j < mentors.size(); ++j) {
        const auto& fm = features[static_cast<std::size_t>(mentors[j])];
        for (int other : fm.avoid) named_by_[static_cast<std::size_t>(other)].push_back(static_cast<int>(j));
        if (fm.supervisor >= 0) named_by_[static_cast<std::size_t>(fm.supervisor)].push_back(static_cast<int>(j));
    }
    roots_all_.assign(static_cast<std::size_t>(schools), -1);
    roots_online_.assign(static_cast<std::size_t>(schools), -1);
    pos_all_.assign(mentors.size(), -1);
    pos_online_.assign(mentors.size(), -1);
    for (std::size_t s = 0; s < all.size(); ++s) {
        const std::size_t first = cols_.size();
        if (!all[s].empty()) roots_all_[s] = build(std::move(all[s]), 0);
        for (std::size_t i = first; i < cols_.size(); ++i) pos_all_[static_cast<std::size_t>(cols_[i])] = static_cast<int>(i);
        const std::size_t middle = cols_.size();
        if (!online[s].empty()) roots_online_[s] = build(std::move(online[s]), 0);
        for (std::size_t i = middle; i < cols_.size(); ++i) pos_online_[static_cast<std::size_t>(cols_[i])] = static_cast<int>(i);
    }
}

int CandidateIndex::build(std::vector<int> cols, int level) {
    const auto& features = compat_.features_;
    const int minutes = compat_.program_.cadence.minutes;
    const int lo = static_cast<int>(cols_.size());
    std::vector<int> kids;
    while (cols.size() >= leaf_size && level < levels) {
        std::map<std::vector<int>, std::vector<int>> groups;
        for (int col : cols) {
            const auto& f = features[static_cast<std::size_t>(mentors_[static_cast<std::size_t>(col)])];
            std::vector<int> key;
            switch (level) {
                case 0: key = f.subjects; break;
                case 1: key = {f.grades}; break;
                case 2:
                    for (const Window& w : f.windows) key.insert(key.end(), {w.weekday, w.start, w.end});
                    key.push_back(-1);
                    for (std::size_t d = 0; d < 7; ++d) {
                        for (const Span& s : f.free[d]) {
                            if (s.hi - s.lo >= minutes) key.insert(key.end(), {static_cast<int>(d), s.lo, s.hi});
                        }
                    }
                    break;
                default: key = f.focus; break;
            }
            groups[key].push_back(col);
        }
        ++level;
        if (groups.size() == 1) continue;  // nothing to tell apart at this level
        for (auto& [key, group] : groups) kids.push_back(build(std::move(group), level));
        break;
    }
    Node n;
    summarize(n, cols);
    n.lo = lo;
    if (kids.empty()) {
        n.leaf = true;
        n.first = static_cast<int>(cols_.size());
        n.count = static_cast<int>(cols.size());
        cols_.insert(cols_.end(), cols.begin(), cols.end());
    } else {
        n.first = static_cast<int>(kids_.size());
        n.count = static_cast<int>(kids.size());
        kids_.insert(kids_.end(), kids.begin(), kids.end());
    }
    n.hi = static_cast<int>(cols_.size());
    nodes_.push_back(std::move(n));
    return static_cast<int>(nodes_.size()) - 1;
}

void CandidateIndex::summarize(Node& n, const std::vector<int>& cols) const {
    const int minutes = compat_.program_.cadence.minutes;
    std::array<std::vector<Span>, 7> fit;
    for (int col : cols) {
        const int m = mentors_[static_cast<std::size_t>(col)];
        const auto& f = compat_.features_[static_cast<std::size_t>(m)];
        const Person& p = compat_.roster_.people[static_cast<std::size_t>(m)];
        add_sorted(n.subjects, f.subjects);
        add_sorted(n.focus, f.focus);
        add_sorted(n.languages, f.languages);
        add_sorted(n.strengths, f.strengths);
        add_sorted(n.schools, {f.school});
        n.grades = static_cast<std::uint16_t>(n.grades | f.grades);
        n.any_survey = n.any_survey || !f.survey.empty();
        n.all_available = n.all_available && !p.availability.empty();
        if (p.years) n.max_years = n.any_years ? std::max(n.max_years, *p.years) : *p.years, n.any_years = true;
        n.windows.insert(n.windows.end(), f.windows.begin(), f.windows.end());
        for (std::size_t d = 0; d < 7; ++d) {
            int fitting = 0;
            for (const Span& s : f.free[d]) {
                if (s.hi - s.lo < minutes) continue;
                fit[d].push_back(s);
                ++fitting;
            }
            n.most_fitting[d] = std::max(n.most_fitting[d], fitting);
        }
    }
    n.windows = score_parts::merge_windows(std::move(n.windows));
    for (std::size_t d = 0; d < 7; ++d) {
        std::sort(fit[d].begin(), fit[d].end(), [](const Span& a, const Span& b) { return a.lo < b.lo; });
        for (const Span& s : fit[d]) {
            if (!n.fit[d].empty() && s.lo <= n.fit[d].back().hi) n.fit[d].back().hi = std::max(n.fit[d].back().hi, s.hi);
            else n.fit[d].push_back(s);
        }
    }
}

bool CandidateIndex::school_allows(int mentee, int col) const {
    const Program& program = compat_.program_;
    if (program.matching.same_school == SameSchool::any) return true;
    const int m = mentors_[static_cast<std::size_t>(col)];
    if (compat_.features_[static_cast<std::size_t>(m)].school == compat_.features_[static_cast<std::size_t>(mentee)].school) return true;
    return program.matching.same_school == SameSchool::prefer && compat_.roster_.people[static_cast<std::size_t>(m)].online &&
           compat_.roster_.people[static_cast<std::size_t>(mentee)].online;
}

void CandidateIndex::preferred(int mentee, std::vector<int>& cols) const {
    cols.clear();
    const auto& fe = compat_.features_[static_cast<std::size_t>(mentee)];
    for (const auto& [other, rank] : fe.prefers) {
        const int col = col_of_person_[static_cast<std::size_t>(other)];
        if (col >= 0) cols.push_back(col);
    }
    const auto& by = preferred_by_[static_cast<std::size_t>(mentee)];
    cols.insert(cols.end(), by.begin(), by.end());
    std::erase_if(cols, [&](int col) { return !usable_[static_cast<std::size_t>(col)] || !school_allows(mentee, col); });
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
}

void CandidateIndex::start(int mentee, Frontier& f) const {
    f.clear();
    const Program& program = compat_.program_;
    const int own = compat_.features_[static_cast<std::size_t>(mentee)].school;
    for (std::size_t s = 0; s < roots_all_.size(); ++s) {
        const bool same = static_cast<int>(s) == own;
        if (same || program.matching.same_school == SameSchool::any) {
            if (roots_all_[s] >= 0) push(mentee, roots_all_[s], f);
        } else if (program.matching.same_school == SameSchool::prefer && roots_online_[s] >= 0 &&
                   compat_.roster_.people[static_cast<std::size_t>(mentee)].online) {
            push(mentee, roots_online_[s], f);
        }
    }
}

void CandidateIndex::push(int mentee, int node, Frontier& f) const {
    const int b = bound(mentee, node);
    if (b < 0) return;
    f.emplace_back(b, -node);
    std::push_heap(f.begin(), f.end());
}

void CandidateIndex::expand(int mentee, Frontier& f, std::vector<int>& cols) const {
    std::pop_heap(f.begin(), f.end());
    const Node& n = nodes_[static_cast<std::size_t>(-f.back().second)];
    f.pop_back();
    if (n.leaf) {
        cols.insert(cols.end(), cols_.begin() + n.first, cols_.begin() + n.first + n.count);
        return;
    }
    for (int i = n.first; i < n.first + n.count; ++i) push(mentee, kids_[static_cast<std::size_t>(i)], f);
}

void CandidateIndex::count_rules(int mentee, const std::vector<int>& candidates, std::map<Rule, int>& by_rule,
                                 int& allowed) const {
    const auto count_one = [&](int col) {
        if (const auto rule = compat_.excluded(mentors_[static_cast<std::size_t>(col)], mentee)) ++by_rule[*rule];
        else ++allowed;
    };
    // The mentors a rule of the pair names: the mentee themself, whom they avoid or who avoids
    // them, who evaluates them or whom they evaluate. Their places in cols_, sorted.
    const auto& fe = compat_.features_[static_cast<std::size_t>(mentee)];
    std::vector<int> named_cols = named_by_[static_cast<std::size_t>(mentee)];
    for (int who : fe.avoid) named_cols.push_back(col_of_person_[static_cast<std::size_t>(who)]);
    for (int who : {mentee, fe.supervisor}) {
        if (who >= 0) named_cols.push_back(col_of_person_[static_cast<std::size_t>(who)]);
    }
    std::erase(named_cols, -1);
    std::sort(named_cols.begin(), named_cols.end());
    named_cols.erase(std::unique(named_cols.begin(), named_cols.end()), named_cols.end());
    std::vector<int> named;  // places in cols_
    for (int col : named_cols) {
        for (int pos : {pos_all_[static_cast<std::size_t>(col)], pos_online_[static_cast<std::size_t>(col)]}) {
            if (pos >= 0) named.push_back(pos);
        }
    }
    std::sort(named.begin(), named.end());
    // Candidates in no node (no room, or a rule of the mentor alone) and the named ones: one by one.
    for (int col : candidates) {
        if (!usable_[static_cast<std::size_t>(col)] || std::binary_search(named_cols.begin(), named_cols.end(), col)) count_one(col);
    }
    const Program& program = compat_.program_;
    const int own = fe.school;
    for (std::size_t s = 0; s < roots_all_.size(); ++s) {
        int root = -1;
        if (static_cast<int>(s) == own || program.matching.same_school == SameSchool::any) root = roots_all_[s];
        else if (program.matching.same_school == SameSchool::prefer && compat_.roster_.people[static_cast<std::size_t>(mentee)].online)
            root = roots_online_[s];
        if (root >= 0) count_node(mentee, root, named, by_rule, allowed);
    }
}

void CandidateIndex::count_node(int mentee, int node, const std::vector<int>& named, std::map<Rule, int>& by_rule,
                                int& allowed) const {
    const Node& n = nodes_[static_cast<std::size_t>(node)];
    const auto named_in = [&](int lo, int hi) {
        return static_cast<int>(std::lower_bound(named.begin(), named.end(), hi) - std::lower_bound(named.begin(), named.end(), lo));
    };
    const int min_shared = compat_.program_.matching.min_shared_minutes;
    const auto& fe = compat_.features_[static_cast<std::size_t>(mentee)];
    if (min_shared > 0 && score_parts::overlap_minutes(n.windows, fe.windows) < min_shared) {
        // Present, trained, qualified, with capacity, of a school the rule allows, and named by
        // no rule of the pair: the first rule that excludes each is no-common-time.
        const int others = n.hi - n.lo - named_in(n.lo, n.hi);
        if (others > 0) by_rule[Rule::no_common_time] += others;
        return;
    }
    if (n.leaf) {
        for (int pos = n.lo; pos < n.hi; ++pos) {
            if (named_in(pos, pos + 1)) continue;
            const int col = cols_[static_cast<std::size_t>(pos)];
            if (const auto rule = compat_.excluded(mentors_[static_cast<std::size_t>(col)], mentee)) ++by_rule[*rule];
            else ++allowed;
        }
        return;
    }
    for (int i = n.first; i < n.first + n.count; ++i) count_node(mentee, kids_[static_cast<std::size_t>(i)], named, by_rule, allowed);
}

int CandidateIndex::bound(int mentee, int node) const {
    using namespace score_parts;
    const Node& n = nodes_[static_cast<std::size_t>(node)];
    const auto& fe = compat_.features_[static_cast<std::size_t>(mentee)];
    const Person& e = compat_.roster_.people[static_cast<std::size_t>(mentee)];
    const Program& program = compat_.program_;
    const int minutes = program.cadence.minutes;
    // The rules of time, for the node as a whole: its mentors' windows together, and their free
    // spans long enough to meet in together, are all the time any one of them has.
    if (program.matching.min_shared_minutes > 0 && overlap_minutes(n.windows, fe.windows) < program.matching.min_shared_minutes) {
        return -1;
    }
    // A fitting span common to a mentor and the mentee is one of the mentee's fitting spans
    // met by one of the mentor's: on a day, at most (the mentee's) + (the mentor's) - 1 of them.
    int windows = 0;
    for (std::size_t d = 0; d < 7; ++d) {
        if (n.most_fitting[d] == 0 || !fits_in(n.fit[d], fe.free[d], minutes)) continue;
        int mine = 0;
        for (const Span& s : fe.free[d]) mine += s.hi - s.lo >= minutes ? 1 : 0;
        windows += mine + n.most_fitting[d] - 1;
    }
    if (windows == 0 && (!e.availability.empty() || n.all_available)) return -1;  // rule no-window, for all of them
    const auto& w = compat_.weights_;
    int total = 0;
    total += points(w[0], coverage(fe.subjects, n.subjects));
    total += points(w[1], grade_share(fe.grades, n.grades));
    total += points(w[2], std::binary_search(n.schools.begin(), n.schools.end(), fe.school) ? 1.0 : 0.0);
    total += points(w[3], availability_share(windows));
    total += points(w[4], coverage(fe.focus, n.focus));
    total += points(w[5], !fe.survey.empty() && n.any_survey ? 1.0 : 0.0);
    total += points(w[6], coverage(fe.languages, n.languages));
    total += points(w[7], e.years && n.any_years ? experience_share(n.max_years, *e.years) : 0.0);
    // w[8], preference: only between people who name each other, scored outright (`preferred`).
    total += points(w[9], coverage(fe.top_needs, n.strengths));
    return total;
}

}  // namespace mentor
