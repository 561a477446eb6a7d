#include <catch2/catch.hpp>

#include "builders.hpp"
// Internal to the scheduler; included by path, as its functions are the scheduler's rules.
#include "../../../src/domain/schedule_windows.hpp"

using namespace mentor;
using namespace mentor::detail;
using test::day;

namespace {

std::vector<std::pair<int, int>> spans(const std::vector<Span>& s) {
    std::vector<std::pair<int, int>> out;
    for (const Span& x : s) out.emplace_back(x.lo, x.hi);
    return out;
}

int hm(int h, int m) { return h * 60 + m; }

}  // namespace

TEST_CASE("merge_windows: overlapping and touching windows merge, per weekday, in order") {
    const WeekSpans w = merge_windows({{0, hm(15, 0), hm(16, 0)},
                                       {0, hm(7, 30), hm(8, 0)},
                                       {0, hm(15, 30), hm(17, 0)},   // overlaps
                                       {0, hm(17, 0), hm(17, 30)},   // touches
                                       {0, hm(15, 45), hm(16, 15)},  // inside
                                       {2, hm(12, 0), hm(12, 30)}});
    CHECK(spans(w[0]) == std::vector<std::pair<int, int>>{{hm(7, 30), hm(8, 0)}, {hm(15, 0), hm(17, 30)}});
    CHECK(spans(w[2]) == std::vector<std::pair<int, int>>{{hm(12, 0), hm(12, 30)}});
    CHECK(w[1].empty());
    CHECK(w[6].empty());
}

TEST_CASE("merge_windows: empty, inverted and out-of-week windows are ignored") {
    const WeekSpans w = merge_windows({{0, 600, 600}, {0, 700, 650}, {7, 600, 700}, {-1, 600, 700}, {6, 60, 120}});
    for (std::size_t d = 0; d < 6; ++d) CHECK(w[d].empty());
    CHECK(spans(w[6]) == std::vector<std::pair<int, int>>{{60, 120}});
}

TEST_CASE("intersect: only the time free in both, split where either is busy") {
    const WeekSpans a = merge_windows({{1, hm(8, 0), hm(12, 0)}, {1, hm(13, 0), hm(16, 0)}, {3, hm(9, 0), hm(10, 0)}});
    const WeekSpans b = merge_windows({{1, hm(9, 0), hm(14, 0)}, {1, hm(15, 0), hm(18, 0)}, {4, hm(9, 0), hm(10, 0)}});
    const WeekSpans both = intersect(a, b);
    CHECK(spans(both[1]) == std::vector<std::pair<int, int>>{{hm(9, 0), hm(12, 0)}, {hm(13, 0), hm(14, 0)}, {hm(15, 0), hm(16, 0)}});
    CHECK(both[3].empty());
    CHECK(both[4].empty());
    // Back to back is not time in common.
    const WeekSpans c = merge_windows({{1, hm(12, 0), hm(13, 0)}});
    CHECK(intersect(a, c)[1].empty());
    // Symmetric.
    CHECK(spans(intersect(b, a)[1]) == spans(both[1]));
}

TEST_CASE("covers: a meeting must fit inside one span, end included, not across a gap") {
    const WeekSpans w = merge_windows({{0, hm(15, 0), hm(16, 0)}, {0, hm(16, 30), hm(17, 0)}});
    CHECK(covers(w, 0, hm(15, 0), hm(15, 45)));
    CHECK(covers(w, 0, hm(15, 15), hm(16, 0)));
    CHECK_FALSE(covers(w, 0, hm(15, 30), hm(16, 15)));
    CHECK_FALSE(covers(w, 0, hm(15, 50), hm(16, 40)));   // across the gap
    CHECK_FALSE(covers(w, 0, hm(14, 55), hm(15, 40)));
    CHECK_FALSE(covers(w, 1, hm(15, 0), hm(15, 45)));
    CHECK_FALSE(covers(w, -1, hm(15, 0), hm(15, 45)));
    CHECK_FALSE(covers(w, 7, hm(15, 0), hm(15, 45)));
}

TEST_CASE("starts_in: every five minutes from each span's start while the meeting fits, earliest first") {
    CHECK(starts_in({{hm(15, 0), hm(16, 0)}}, 45) == std::vector<int>{hm(15, 0), hm(15, 5), hm(15, 10), hm(15, 15)});
    CHECK(starts_in({{600, 647}, {700, 746}}, 45) == std::vector<int>{600, 700});
    CHECK(starts_in({{600, 640}}, 45).empty());
    CHECK(starts_in({}, 45).empty());
}

TEST_CASE("near_misses: closest first, saying how short, apart or back to back") {
    const WeekSpans mentor = merge_windows({{0, hm(15, 0), hm(15, 30)}, {2, hm(8, 0), hm(8, 30)}, {3, hm(7, 0), hm(7, 30)}});
    const WeekSpans mentee = merge_windows({{0, hm(15, 10), hm(16, 0)}, {2, hm(8, 30), hm(9, 0)}, {3, hm(8, 0), hm(9, 0)}});
    const auto misses = near_misses("jdoe", mentor, "asmith", mentee, 45, 5);
    CHECK(misses == std::vector<std::string>{
                        "jdoe mon 15:00-15:30 vs asmith mon 15:10-16:00: 20 minutes in common, 25 short",
                        "jdoe wed 08:00-08:30 vs asmith wed 08:30-09:00: back to back, no time in common",
                        "jdoe thu 07:00-07:30 vs asmith thu 08:00-09:00: 30 minutes apart",
                    });
    CHECK(near_misses("jdoe", mentor, "asmith", mentee, 45, 1).size() == 1);
}

TEST_CASE("near_misses: windows that fit are not misses; no day in common is said once") {
    const WeekSpans fits = merge_windows({{0, hm(15, 0), hm(16, 0)}});
    CHECK(near_misses("a", fits, "b", fits, 45, 3).empty());
    const WeekSpans mon = merge_windows({{0, hm(15, 0), hm(16, 0)}});
    const WeekSpans fri = merge_windows({{4, hm(15, 0), hm(16, 0)}});
    CHECK(near_misses("a", mon, "b", fri, 45, 3) == std::vector<std::string>{"no free day in common: a mon; b fri"});
    CHECK(near_misses("a", mon, "b", WeekSpans{}, 45, 3) == std::vector<std::string>{"no free day in common: a mon; b no free time"});
}

TEST_CASE("Occupancy: overlaps and the daily limit, per person and day") {
    Occupancy o(3, day("2026-11-23"), day("2026-11-27"));
    const Date mon = day("2026-11-23"), tue = day("2026-11-24");
    CHECK(o.is_free(0, mon, 900, 945, 2));
    o.add(0, mon, 900, 945);
    CHECK_FALSE(o.is_free(0, mon, 900, 945, 2));
    CHECK_FALSE(o.is_free(0, mon, 930, 1000, 2));
    CHECK_FALSE(o.is_free(0, mon, 880, 905, 2));
    CHECK(o.is_free(0, mon, 945, 990, 2));   // back to back is fine
    CHECK(o.is_free(0, mon, 855, 900, 2));
    CHECK(o.is_free(1, mon, 900, 945, 2));   // another person
    CHECK(o.is_free(0, tue, 900, 945, 2));   // another day
    CHECK_FALSE(o.is_free(0, mon, 600, 645, 1));  // the daily limit is reached
    o.add(0, mon, 600, 645);
    CHECK_FALSE(o.is_free(0, mon, 1200, 1245, 2));
    CHECK(o.is_free(0, mon, 1200, 1245, 3));
}

TEST_CASE("Occupancy: days and people outside the range are always free, and adding there is ignored") {
    Occupancy o(2, day("2026-11-23"), day("2026-11-27"));
    const Date before = day("2026-11-22"), after = day("2026-11-28");
    o.add(0, before, 900, 945);
    o.add(0, after, 900, 945);
    o.add(-1, day("2026-11-24"), 900, 945);
    CHECK(o.is_free(0, before, 900, 945, 0));
    CHECK(o.is_free(0, after, 900, 945, 1));
    CHECK(o.is_free(0, day("2026-11-24"), 900, 945, 1));
    CHECK(o.is_free(1, day("2026-11-24"), 900, 945, 1));
    o.add(1, day("2026-11-27"), 900, 945);  // the last day is inside
    CHECK_FALSE(o.is_free(1, day("2026-11-27"), 900, 945, 5));
    // A person past the last one is outside too: nothing is written beyond the table.
    o.add(2, day("2026-11-23"), 900, 945);
    o.add(7, day("2026-11-27"), 900, 945);
    CHECK(o.is_free(2, day("2026-11-23"), 900, 945, 1));
    CHECK(o.is_free(7, day("2026-11-27"), 900, 945, 1));
    CHECK(o.is_free(0, day("2026-11-23"), 900, 945, 1));
    Occupancy none(0, day("2026-11-23"), day("2026-11-27"));
    none.add(0, day("2026-11-23"), 900, 945);
    CHECK(none.is_free(0, day("2026-11-23"), 900, 945, 1));
}
