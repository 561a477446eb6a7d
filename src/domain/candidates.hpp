#pragma once
// A mentee's best mentors, found without scoring every mentor: the mentors are grouped in a
// tree by the features the score reads (school, subjects, grades, free time, focus), each node
// knowing the union of its mentors' features; from those, an upper bound of the score any
// mentor under the node reaches with a given mentee. Not part of the public interface.
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "mentor/domain/compatibility.hpp"

namespace mentor {

class CandidateIndex {
public:
    /// Nodes still to look at, with their bounds: a max-heap of (bound, -node).
    using Frontier = std::vector<std::pair<int, int>>;

    /// `mentors[j]`: the roster index of column j; `room[j]`: the places column j has left.
    /// Mentors without room, or whom a rule of the mentor alone excludes (can_mentor), are in
    /// no node: they can take no one.
    CandidateIndex(const Compatibility& compat, const std::vector<int>& mentors, const std::vector<int>& room);

    /// The columns whose ranked preferences name `mentee` or are named by it: the preference
    /// criterion scores only there, so they are scored outright (sorted, among the mentors the
    /// school rule allows and who have room).
    void preferred(int mentee, std::vector<int>& cols) const;
    /// Fills `f` with the top nodes the school rule lets `mentee` have, each with its bound.
    void start(int mentee, Frontier& f) const;
    /// The highest bound in `f`, -1 when it is empty.
    static int top(const Frontier& f) { return f.empty() ? -1 : f.front().first; }
    /// Takes the node of the highest bound from `f`: an inner node's children go into `f` (those
    /// that hold no mentor the rules of time allow are dropped), a leaf's columns are appended
    /// to `cols`.
    void expand(int mentee, Frontier& f, std::vector<int>& cols) const;

    /// An upper bound of the total score of `mentee` with any mentor under `node`, ignoring the
    /// preference criterion (see `preferred`); -1 when the rules of time exclude every one of them.
    int bound(int mentee, int node) const;
    /// How many nodes the tree has.
    int nodes() const { return static_cast<int>(nodes_.size()); }

    /// Why `mentee` (present, taking part) can have none of the candidates the school rule
    /// gives it (`candidates`, as SchoolCandidates lists them): the first rule that excludes
    /// each, as `Compatibility::excluded` says, counted into `by_rule`, and how many it allows.
    /// Whole nodes whose windows cannot meet the mentee's for `min_shared_minutes` are counted
    /// at once; the few mentors a rule of the pair itself names (self, evaluator, avoid) and
    /// those in no node are asked one by one.
    void count_rules(int mentee, const std::vector<int>& candidates, std::map<Rule, int>& by_rule, int& allowed) const;

private:
    struct Node {
        std::vector<int> subjects, focus, languages, strengths;  // unions, sorted
        std::vector<int> schools;                                // sorted
        std::uint16_t grades = 0;                                // union of grade bits
        bool any_survey = false;
        bool all_available = true;           // every mentor says when they are free
        bool any_years = false;              // someone says how many years they taught
        int max_years = 0;                   // the most years of those who say
        std::vector<Window> windows;         // union, merged
        WeekSpans fit;                       // union of the mentors' free spans long enough to meet, merged
        std::array<int, 7> most_fitting{};   // per weekday: the most fitting free spans one mentor has
        int first = 0, count = 0;            // children in kids_, or columns in cols_
        int lo = 0, hi = 0;                  // every column under the node: cols_[lo, hi)
        bool leaf = false;
    };

    const Compatibility& compat_;
    const std::vector<int>& mentors_;
    std::vector<Node> nodes_;
    std::vector<int> kids_;
    std::vector<int> cols_;
    std::vector<int> roots_all_;     // per school (interned): node of all its mentors, -1 if none
    std::vector<int> roots_online_;  // per school: node of its online mentors (same_school = "prefer")
    std::vector<char> usable_;       // per column
    std::vector<int> col_of_person_; // roster index -> column, -1
    std::vector<std::vector<int>> preferred_by_;  // roster index of a mentee -> columns whose list names them
    std::vector<std::vector<int>> named_by_;      // roster index -> columns of mentors who avoid them or whom they evaluate
    std::vector<int> pos_all_, pos_online_;       // per column: its place in cols_ under each kind of root, -1

    void count_node(int mentee, int node, const std::vector<int>& named, std::map<Rule, int>& by_rule, int& allowed) const;

    int build(std::vector<int> cols, int level);
    void summarize(Node& n, const std::vector<int>& cols) const;
    bool school_allows(int mentee, int col) const;
    void push(int mentee, int node, Frontier& f) const;
};

}  // namespace mentor
