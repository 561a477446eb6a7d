#include "schedule_windows.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace mentor::detail {

WeekSpans merge_windows(const std::vector<Window>& windows) {
    WeekSpans out;
    for (const Window& w : windows) {
        if (w.weekday >= 0 && w.weekday < 7 && w.end > w.start) {
            out[static_cast<std::size_t>(w.weekday)].push_back({w.start, w.end});
        }
    }
    for (auto& day : out) {
        std::sort(day.begin(), day.end(), [](const Span& a, const Span& b) { return a.lo < b.lo; });
        std::vector<Span> merged;
        for (const Span& s : day) {
            if (!merged.empty() && s.lo <= merged.back().hi) {
                merged.back().hi = std::max(merged.back().hi, s.hi);
            } else {
                merged.push_back(s);
            }
        }
        day = std::move(merged);
    }
    return out;
}

WeekSpans intersect(const WeekSpans& a, const WeekSpans& b) {
    WeekSpans out;
    for (std::size_t d = 0; d < 7; ++d) {
        std::size_t i = 0, j = 0;
        while (i < a[d].size() && j < b[d].size()) {
            const int lo = std::max(a[d][i].lo, b[d][j].lo), hi = std::min(a[d][i].hi, b[d][j].hi);
            if (hi > lo) out[d].push_back({lo, hi});
            if (a[d][i].hi < b[d][j].hi) ++i; else ++j;
        }
    }
    return out;
}

bool covers(const WeekSpans& w, int weekday, int lo, int hi) {
    if (weekday < 0 || weekday > 6) return false;
    for (const Span& s : w[static_cast<std::size_t>(weekday)]) {
        if (s.lo <= lo && hi <= s.hi) return true;
    }
    return false;
}

std::vector<int> starts_in(const std::vector<Span>& spans, int minutes) {
    std::vector<int> out;
    for (const Span& s : spans) {
        for (int t = s.lo; t + minutes <= s.hi; t += 5) out.push_back(t);
    }
    return out;
}

std::vector<std::string> near_misses(const std::string& mentor_id, const WeekSpans& mentor, const std::string& mentee_id,
                                     const WeekSpans& mentee, int minutes, std::size_t limit) {
    struct Miss {
        int shortfall, weekday, a_lo, b_lo;
        std::string text;
    };
    std::vector<Miss> misses;
    auto window = [](int day, const Span& s) { return format_window({day, s.lo, s.hi}); };
    for (int d = 0; d < 7; ++d) {
        const auto day = static_cast<std::size_t>(d);
        for (const Span& a : mentor[day]) {
            for (const Span& b : mentee[day]) {
                const int overlap = std::min(a.hi, b.hi) - std::max(a.lo, b.lo);
                if (overlap >= minutes) continue;
                const std::string pair = fmt::format("{} {} vs {} {}", mentor_id, window(d, a), mentee_id, window(d, b));
                if (overlap > 0) {
                    misses.push_back({minutes - overlap, d, a.lo, b.lo,
                                      fmt::format("{}: {} minutes in common, {} short", pair, overlap, minutes - overlap)});
                } else if (overlap == 0) {
                    misses.push_back({minutes, d, a.lo, b.lo, fmt::format("{}: back to back, no time in common", pair)});
                } else {
                    misses.push_back({minutes - overlap, d, a.lo, b.lo, fmt::format("{}: {} minutes apart", pair, -overlap)});
                }
            }
        }
    }
    std::sort(misses.begin(), misses.end(), [](const Miss& x, const Miss& y) {
        return std::tie(x.shortfall, x.weekday, x.a_lo, x.b_lo) < std::tie(y.shortfall, y.weekday, y.a_lo, y.b_lo);
    });
    std::vector<std::string> out;
    for (const Miss& m : misses) {
        if (out.size() == limit) break;
        out.push_back(m.text);
    }
    if (out.empty()) {
        auto days = [](const WeekSpans& w) {
            std::string s;
            for (int d = 0; d < 7; ++d) {
                if (w[static_cast<std::size_t>(d)].empty()) continue;
                if (!s.empty()) s += ", ";
                s += weekday_name(d);
            }
            return s.empty() ? std::string("no free time") : s;
        };
        bool any_day = false;
        for (std::size_t d = 0; d < 7; ++d) any_day = any_day || (!mentor[d].empty() && !mentee[d].empty());
        if (!any_day) out.push_back(fmt::format("no free day in common: {} {}; {} {}", mentor_id, days(mentor), mentee_id, days(mentee)));
    }
    return out;
}

Occupancy::Occupancy(int people, Date first, Date last)
    : people_(std::max(0, people)), first_(first.days()), days_(std::max(0, last - first + 1)),
      head_(static_cast<std::size_t>(std::max(0, people)) * static_cast<std::size_t>(days_), 0) {}

std::int64_t Occupancy::slot(int person, Date day) const {
    const int d = day.days() - first_;
    if (d < 0 || d >= days_ || person < 0 || person >= people_) return -1;
    return static_cast<std::int64_t>(person) * days_ + d;
}

bool Occupancy::is_free(int person, Date day, int lo, int hi, int max_per_day) const {
    const std::int64_t s = slot(person, day);
    if (s < 0) return true;
    int count = 0;
    for (std::uint32_t n = head_[static_cast<std::size_t>(s)]; n != 0; n = nodes_[n - 1].next) {
        const Node& node = nodes_[n - 1];
        if (node.lo < hi && lo < node.hi) return false;
        ++count;
    }
    return count < max_per_day;
}

void Occupancy::add(int person, Date day, int lo, int hi) {
    const std::int64_t s = slot(person, day);
    if (s < 0) return;
    auto& head = head_[static_cast<std::size_t>(s)];
    nodes_.push_back({lo, hi, head});
    head = static_cast<std::uint32_t>(nodes_.size());
}

}  // namespace mentor::detail
