#pragma once
// The parts of a compatibility score that the score of one pair (compatibility.cpp) and the
// bound of a group of mentors (candidates.cpp) both compute: one formula each, so that a bound
// computed from a group's features is never below the score of one of its members.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "mentor/domain/availability.hpp"

namespace mentor::score_parts {

/// How many values two sorted lists share.
inline std::size_t common(const std::vector<int>& a, const std::vector<int>& b) {
    std::size_t n = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else { ++n; ++i; ++j; }
    }
    return n;
}

/// Share of `wanted` that `offered` covers; 0 when nothing is wanted. Grows with `offered`.
inline double coverage(const std::vector<int>& wanted, const std::vector<int>& offered) {
    return wanted.empty() ? 0.0 : static_cast<double>(common(wanted, offered)) / static_cast<double>(wanted.size());
}

/// Grade closeness of two sets of grades (bit g for grade g): 1 for a grade in common, a third
/// less per grade between the closest two. Grows with either set.
inline double grade_share(std::uint16_t mentee, std::uint16_t mentor) {
    if (!mentee || !mentor) return 0.0;
    const unsigned e = mentee;
    const unsigned m = mentor;
    int best = 12;
    for (unsigned a = 0; a <= 12; ++a) {
        if (!((e >> a) & 1u)) continue;
        for (unsigned b = 0; b <= 12; ++b) {
            if ((m >> b) & 1u) best = std::min(best, a > b ? static_cast<int>(a - b) : static_cast<int>(b - a));
        }
    }
    return std::max(0.0, 1.0 - best / 3.0);
}

/// Room to meet: one window a meeting fits in gives half the points, two or more all of them.
inline double availability_share(int fitting_windows) { return std::min(1.0, fitting_windows / 2.0); }

/// A mentor's experience over a mentee's: five years more gives all the points.
inline double experience_share(int mentor_years, int mentee_years) {
    const double gap = mentor_years - mentee_years;
    return std::clamp(gap / 5.0, 0.0, 1.0);
}

/// Points, in hundredths, of a criterion of weight `weight` met to `share`.
inline int points(double weight, double share) { return static_cast<int>(std::lround(weight * share * 100.0)); }

/// Windows sorted, those of a weekday that touch merged into one.
inline std::vector<Window> merge_windows(std::vector<Window> ws) {
    std::sort(ws.begin(), ws.end());
    std::vector<Window> out;
    for (const auto& w : ws) {
        if (!out.empty() && out.back().weekday == w.weekday && w.start <= out.back().end) {
            out.back().end = std::max(out.back().end, w.end);
        } else {
            out.push_back(w);
        }
    }
    return out;
}

/// Minutes two merged lists of windows have in common.
inline int overlap_minutes(const std::vector<Window>& a, const std::vector<Window>& b) {
    int total = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].weekday != b[j].weekday) {
            if (a[i].weekday < b[j].weekday) ++i; else ++j;
            continue;
        }
        const int lo = std::max(a[i].start, b[j].start), hi = std::min(a[i].end, b[j].end);
        if (hi > lo) total += hi - lo;
        if (a[i].end < b[j].end) ++i; else ++j;
    }
    return total;
}

}  // namespace mentor::score_parts
