#include "mentor/domain/goals.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

namespace mentor {

namespace {

// +1 when the goal is to go up (target above baseline), -1 when down, 0 when unknown.
int direction(const GoalDefinition& d) {
    if (!d.baseline || !d.target || *d.baseline == *d.target) return d.target ? 1 : 0;
    return *d.target > *d.baseline ? 1 : -1;
}

bool at_least(double value, double goal, int dir) { return dir >= 0 ? value >= goal : value <= goal; }

}  // namespace

std::optional<double> Goal::latest() const {
    if (progress.empty()) return std::nullopt;
    return progress.back().value;
}

GoalStatus Goal::status(Date today) const {
    if (dropped) return GoalStatus::dropped;
    if (done) return GoalStatus::met;
    if (definition.due && *definition.due < today) return GoalStatus::missed;
    return GoalStatus::active;
}

std::vector<Goal> fold_goals(const std::vector<Entry>& entries) {
    std::vector<Goal> goals;
    std::unordered_map<std::string_view, std::size_t> index;
    // Definitions first, so that an event written (or merged) before its goal's definition
    // in the file still applies.
    for (const Entry& e : entries) {
        if (e.kind != EntryKind::goal_add || index.count(e.goal) != 0) continue;
        Goal g;
        g.id = e.goal;
        g.owner = e.person;
        g.by = e.by;
        g.added = e.date;
        g.definition = e.definition;
        g.focus = e.focus;
        g.add_entry = e.id;
        goals.push_back(std::move(g));
    }
    for (std::size_t i = 0; i < goals.size(); ++i) index.emplace(goals[i].id, i);

    for (const Entry& e : entries) {
        if (!is_goal_event(e.kind) || e.kind == EntryKind::goal_add) continue;
        const auto it = index.find(e.goal);
        if (it == index.end()) continue;
        Goal& g = goals[it->second];
        switch (e.kind) {
            case EntryKind::goal_progress:
                if (e.value) g.progress.push_back({e.date, *e.value, e.id});
                break;
            case EntryKind::goal_done:
                g.done = true;
                g.dropped = false;
                g.closed = e.date;
                break;
            case EntryKind::goal_drop:
                g.dropped = true;
                g.done = false;
                g.closed = e.date;
                break;
            default: break;
        }
    }
    for (Goal& g : goals) {
        std::stable_sort(g.progress.begin(), g.progress.end(),
                         [](const Progress& a, const Progress& b) { return a.date < b.date; });
    }
    // Sort an index rather than the goals themselves, which are large to move.
    std::vector<std::size_t> order(goals.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const Goal& a = goals[x];
        const Goal& b = goals[y];
        if (a.owner != b.owner) return a.owner < b.owner;
        if (a.added != b.added) return a.added < b.added;
        return a.id < b.id;
    });
    std::vector<Goal> sorted;
    sorted.reserve(goals.size());
    for (std::size_t i : order) sorted.push_back(std::move(goals[i]));
    return sorted;
}

const Goal* find_goal(const std::vector<Goal>& goals, std::string_view id) {
    for (const Goal& g : goals) {
        if (g.id == id) return &g;
    }
    return nullptr;
}

PaceEstimate estimate_pace(const Goal& g, Date today) {
    const GoalDefinition& d = g.definition;
    if (!d.target) return {Pace::unknown, std::nullopt};
    const int dir = direction(d);
    const std::optional<double> latest = g.latest();
    if (latest && at_least(*latest, *d.target, dir)) return {Pace::reached, *d.target};
    if (!latest) return {Pace::no_data, std::nullopt};
    if (!d.baseline || !d.due) return {Pace::unknown, std::nullopt};

    // The straight line from the baseline on the day the goal was added to the target on the
    // due date, read on the day of the latest value (or today, if the value is older).
    const Date when = std::max(g.progress.back().date, std::min(today, *d.due));
    const int span = *d.due - g.added;
    double expected = *d.target;
    if (span > 0) {
        const double t = std::clamp(static_cast<double>(when - g.added) / span, 0.0, 1.0);
        expected = *d.baseline + (*d.target - *d.baseline) * t;
    }
    // A tenth of the way from baseline to target counts as "ahead"; less is on track.
    const double tolerance = std::abs(*d.target - *d.baseline) * 0.1;
    const double gap = (*latest - expected) * (dir >= 0 ? 1 : -1);
    Pace pace = Pace::on_track;
    if (gap < -1e-9) pace = Pace::behind;
    else if (gap > tolerance) pace = Pace::ahead;
    return {pace, expected};
}

bool milestone_reached(const Goal& g, const Milestone& m) {
    const std::optional<double> latest = g.latest();
    if (!m.value || !latest) return g.done;
    return at_least(*latest, *m.value, direction(g.definition));
}

std::vector<std::string> smart_warnings(const GoalDefinition& d, const Term& term) {
    std::vector<std::string> out;
    if (d.measure.empty() && !d.target) {
        out.push_back("not measurable: it has no measure and no target");
    } else if (d.measure.empty()) {
        out.push_back("not measurable: it has no measure (what is counted or scored?)");
    } else if (!d.target) {
        out.push_back("not measurable: it has no target value");
    }
    if (!d.due) {
        out.push_back("not time-bound: it has no due date");
    } else if (*d.due < term.start || *d.due > term.end) {
        out.push_back(fmt::format("not time-bound: its due date {} is outside the term ({} to {})", d.due->iso(),
                                  term.start.iso(), term.end.iso()));
    }
    for (const Milestone& m : d.milestones) {
        if (d.due && m.date > *d.due) {
            out.push_back(fmt::format("milestone {} comes after the due date {}", m.date.iso(), d.due->iso()));
        }
    }
    return out;
}

std::string format_value(double v) {
    if (std::abs(v - std::round(v)) < 1e-9) return fmt::format("{}", static_cast<long long>(std::llround(v)));
    std::string s = fmt::format("{:.4f}", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace mentor
