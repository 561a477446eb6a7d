// The one model of free time, and the standing slot of every pair or group.
#include "mentor/domain/free_time.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

namespace mentor {

namespace {

bool covered(const WeekSpans& w, WeeklySlot s, int minutes) {
    if (s.weekday < 0 || s.weekday > 6) return false;
    for (const Span& x : w[static_cast<std::size_t>(s.weekday)]) {
        if (x.lo <= s.start && s.start + minutes <= x.hi) return true;
    }
    return false;
}

std::string and_list(const std::vector<std::string>& xs) {
    std::string out;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (i > 0) out += i + 1 == xs.size() ? " and " : ", ";
        out += xs[i];
    }
    return out;
}

}  // namespace

WeekSpans week_spans(const std::vector<Window>& windows) {
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

WeekSpans intersect_spans(const WeekSpans& a, const WeekSpans& b) {
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

WeekSpans subtract_spans(const WeekSpans& a, const WeekSpans& b) {
    WeekSpans out;
    for (std::size_t d = 0; d < 7; ++d) {
        for (Span s : a[d]) {
            for (const Span& cut : b[d]) {
                if (cut.hi <= s.lo || cut.lo >= s.hi) continue;
                if (cut.lo > s.lo) out[d].push_back({s.lo, cut.lo});
                s.lo = std::max(s.lo, cut.hi);
                if (s.lo >= s.hi) break;
            }
            if (s.lo < s.hi) out[d].push_back(s);
        }
    }
    return out;
}

WeekSpans free_time(const Person& p) {
    const WeekSpans open = week_spans(p.availability);
    return p.teaches.empty() ? open : subtract_spans(open, week_spans(p.teaches));
}

WeekSpans teaching_time(const Person& p) { return week_spans(p.teaches); }

std::vector<int> fitting_starts(const std::vector<Span>& spans, int minutes) {
    std::vector<int> out;
    for (const Span& s : spans) {
        for (int t = s.lo; t + minutes <= s.hi; t += 5) out.push_back(t);
    }
    return out;
}

int fitting_windows(const WeekSpans& w, int minutes) {
    int n = 0;
    for (const auto& day : w) {
        for (const Span& s : day) n += s.hi - s.lo >= minutes ? 1 : 0;
    }
    return n;
}

std::vector<SlotUnit> slot_units(const Roster& roster, const Cadence& cadence,
                                 const std::vector<std::tuple<std::string, std::string, Date>>& pairs) {
    const RosterIndex index(roster);
    std::map<std::string, std::vector<std::pair<std::string, Date>>> by_mentor;
    for (const auto& [mentor, mentee, start] : pairs) by_mentor[mentor].emplace_back(mentee, start);
    std::vector<SlotUnit> out;
    for (auto& [mentor, mentees] : by_mentor) {
        std::sort(mentees.begin(), mentees.end());
        const Person* m = index.find(mentor);
        if (m && mentees.size() >= 2 && cadence.groups(*m)) {
            SlotUnit u{mentor, {}, mentees.front().second};
            for (const auto& [e, start] : mentees) {
                if (u.mentees.empty() || u.mentees.back() != e) u.mentees.push_back(e);
                u.start = std::min(u.start, start);
            }
            out.push_back(std::move(u));
            continue;
        }
        for (const auto& [e, start] : mentees) out.push_back({mentor, {e}, start});
    }
    return out;
}

std::vector<UnitSlot> plan_standing_slots(const Roster& roster, const Cadence& cadence,
                                          const std::vector<SlotUnit>& units,
                                          const std::vector<RecordedSlot>& recorded) {
    const RosterIndex index(roster);
    const int minutes = cadence.minutes;
    std::map<std::pair<std::string_view, std::string_view>, std::vector<std::pair<WeeklySlot, int>>> uses;
    for (const RecordedSlot& r : recorded) uses[{r.mentee, r.mentor}].emplace_back(r.slot, r.count);

    struct State {
        std::vector<std::string_view> people;
        WeekSpans common;
        int options = 0;
        std::optional<WeeklySlot> fixed;
    };
    std::vector<State> states(units.size());
    std::vector<UnitSlot> out(units.size());
    // Standing slots per person: (weekday, lo, hi).
    std::unordered_map<std::string_view, std::vector<std::tuple<int, int, int>>> booked;
    auto book = [&](const State& s, WeeklySlot w) {
        for (std::string_view who : s.people) booked[who].emplace_back(w.weekday, w.start, w.start + minutes);
    };
    for (std::size_t i = 0; i < units.size(); ++i) {
        const SlotUnit& u = units[i];
        State& s = states[i];
        std::vector<std::string> missing;
        const Person* m = index.find(u.mentor);
        if (!m) missing.push_back(u.mentor);
        std::optional<WeekSpans> common;
        if (m) common = free_time(*m);
        s.people.push_back(u.mentor);
        for (const std::string& e : u.mentees) {
            s.people.push_back(e);
            const Person* p = index.find(e);
            if (!p) missing.push_back(e);
            else if (common) common = intersect_spans(*common, free_time(*p));
        }
        if (!missing.empty()) {
            out[i].reason = fmt::format("{} not in the roster", and_list(missing) + (missing.size() == 1 ? " is" : " are"));
            s.people.clear();
            continue;
        }
        s.common = *common;
        for (const auto& day : s.common) s.options += static_cast<int>(fitting_starts(day, minutes).size());
        std::map<WeeklySlot, int> count;
        for (const std::string& e : u.mentees) {
            const auto it = uses.find({e, u.mentor});
            if (it == uses.end()) continue;
            for (const auto& [slot, n] : it->second) count[slot] += n;
        }
        int best = 0;
        for (const auto& [slot, n] : count) {
            if (n > best && covered(s.common, slot, minutes)) best = n, s.fixed = slot;
        }
        if (s.fixed) {
            out[i].slot = s.fixed;
            out[i].recorded = true;
            book(s, *s.fixed);
        }
    }
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (!states[i].fixed && !states[i].people.empty()) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(units[a].start, states[a].options) < std::tie(units[b].start, states[b].options);
    });
    const int max_per_day = std::max(1, cadence.max_per_day);
    for (std::size_t i : order) {
        const State& s = states[i];
        std::optional<std::tuple<int, int, int>> best;  // load, weekday, start
        bool day_full = false;
        for (int wd = 0; wd < 7; ++wd) {
            int load = 0;
            bool full = false;
            for (std::string_view who : s.people) {
                const auto it = booked.find(who);
                if (it == booked.end()) continue;
                int n = 0;
                for (const auto& b : it->second) n += std::get<0>(b) == wd ? 1 : 0;
                load += n;
                full = full || n >= max_per_day;
            }
            for (int start : fitting_starts(s.common[static_cast<std::size_t>(wd)], minutes)) {
                bool clash = false;
                for (std::string_view who : s.people) {
                    const auto it = booked.find(who);
                    if (it == booked.end()) continue;
                    for (const auto& [d, lo, hi] : it->second) {
                        clash = clash || (d == wd && lo < start + minutes && start < hi);
                    }
                }
                if (clash) continue;
                if (full) {
                    day_full = true;
                    continue;
                }
                const std::tuple<int, int, int> key{load, wd, start};
                if (!best || key < *best) best = key;
            }
        }
        if (best) {
            out[i].slot = WeeklySlot{std::get<1>(*best), std::get<2>(*best)};
            book(s, *out[i].slot);
            continue;
        }
        if (s.options == 0) {
            out[i].reason = units[i].mentees.size() == 1
                                ? fmt::format("no common free window of {} minutes", minutes)
                                : fmt::format("no free window of {} minutes common to {}", minutes,
                                              and_list([&] {
                                                  std::vector<std::string> ids{units[i].mentor};
                                                  ids.insert(ids.end(), units[i].mentees.begin(), units[i].mentees.end());
                                                  return ids;
                                              }()));
            continue;
        }
        std::vector<std::string> whose;
        for (std::string_view who : s.people) {
            const auto it = booked.find(who);
            if (it == booked.end() || it->second.empty()) continue;
            const std::size_t n = it->second.size();
            whose.push_back(fmt::format("{}'s {} standing meeting{}", who, n, n == 1 ? "" : "s"));
        }
        out[i].reason = fmt::format("no free {}-minute window left after {}{}", minutes, and_list(whose),
                                    day_full ? fmt::format(" (at most {} a day)", max_per_day) : std::string());
    }
    return out;
}

}  // namespace mentor
