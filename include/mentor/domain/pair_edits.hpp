#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mentor/domain/entry_plan.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/pairing.hpp"

namespace mentor {

/// What `mentor pair assign|lock|unlock|end` would write: the whole record after the edit
/// (sorted), the pair as it now stands, whether anything changed, or why the edit is refused.
struct PairEdit {
    std::vector<Pair> pairs;
    Pair pair;
    bool changed = false;
    std::optional<Refusal> refusal;
};

/// The longest reason `pair end --reason` takes, in bytes.
inline constexpr std::size_t max_end_reason = 200;

/// Splits a PAIR argument, `MENTOR,MENTEE` in either order, into its two ids; nothing when it
/// does not name exactly two.
std::optional<std::pair<std::string, std::string>> split_pair_argument(std::string_view text);

/// The pair of `a` and `b` (either order) that has not ended on `today` (current, or starting
/// later; the latest start when there are several), or a refusal that says so.
std::variant<std::size_t, Refusal> find_open_pair(const std::vector<Pair>& pairs, const std::string& a,
                                                   const std::string& b, Date today);

/// Locks (`lock` true) or unlocks the open pair of `a` and `b`: `mentor pair` never changes a
/// locked pair, and its duration does not run out. Locking a locked pair changes nothing.
PairEdit set_pair_lock(const std::vector<Pair>& pairs, const std::string& a, const std::string& b, Date today,
                       bool lock);

/// Ends the open pair of `a` and `b` on `end` (the first day it no longer holds, not before its
/// start), with `reason` as its why ("ended: REASON"). The reason is one line of text.
PairEdit end_pair(const std::vector<Pair>& pairs, const std::string& a, const std::string& b, Date end,
                  std::string_view reason, Date today);

/// A pair made by hand, from `start`: locked, scored as `mentor pair` would score it, and
/// refused when a rule of the program forbids it, when either person is not in the roster or
/// lacks the role, when the mentee already has a pair then, or when the mentor is at capacity.
PairEdit assign_pair(const Roster& roster, const Program& program, const std::vector<Pair>& pairs,
                     const std::string& mentor, const std::string& mentee, Date start);

}  // namespace mentor
