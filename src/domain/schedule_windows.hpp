#pragma once
// Free time as merged spans per weekday, and who is busy when: the scheduler's building blocks.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "mentor/domain/availability.hpp"
#include "mentor/domain/date.hpp"

namespace mentor::detail {

/// A span of minutes after midnight, [lo, hi).
struct Span {
    int lo = 0;
    int hi = 0;
};

/// Free time of a week: per weekday (0 = Monday), disjoint spans in order.
using WeekSpans = std::array<std::vector<Span>, 7>;

/// The union of a person's windows, per weekday.
WeekSpans merge_windows(const std::vector<Window>& windows);

/// Time free in both.
WeekSpans intersect(const WeekSpans& a, const WeekSpans& b);

/// Whether [lo, hi) lies inside one span of `weekday`.
bool covers(const WeekSpans& w, int weekday, int lo, int hi);

/// The starts a meeting of `minutes` can take inside the spans of one weekday: every five
/// minutes from each span's start, earliest first.
std::vector<int> starts_in(const std::vector<Span>& spans, int minutes);

/// Closest windows of two people that almost make a common window of `minutes`, best first.
std::vector<std::string> near_misses(const std::string& mentor_id, const WeekSpans& mentor, const std::string& mentee_id,
                                     const WeekSpans& mentee, int minutes, std::size_t limit);

/// Meetings per person per day over a range of days: overlap and daily-count queries in a
/// few steps (a short list per person and day), without scanning other days or people.
class Occupancy {
public:
    Occupancy(int people, Date first, Date last);

    /// True when `person` has no meeting overlapping [lo, hi) on `day` and fewer than
    /// `max_per_day` meetings that day. Days and people outside the range are always free.
    bool is_free(int person, Date day, int lo, int hi, int max_per_day) const;
    /// Records a meeting; ignored outside the range of days and people.
    void add(int person, Date day, int lo, int hi);

private:
    struct Node {
        int lo, hi;
        std::uint32_t next;
    };
    int people_ = 0;
    int first_ = 0;
    int days_ = 0;
    std::vector<std::uint32_t> head_;  // person * days_ + day -> 1 + index into nodes_, 0 when none
    std::vector<Node> nodes_;
    std::int64_t slot(int person, Date day) const;
};

}  // namespace mentor::detail
