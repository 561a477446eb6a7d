// Reminders of goals and their milestones.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "remind_builder.hpp"

namespace mentor::remind_detail {

namespace {

// What is said of one goal: its names, its latest value, and who hears of it.
struct GoalNotice {
    const Goal& g;
    std::vector<std::string> to;
    std::string now;          ///< "latest 42" or "no progress yet"
    std::string name;         ///< goal ID "WHAT" of OWNER
    std::string capitalised;  ///< the same, capitalised

    void send(Builder& b, Reminder r) const {
        r.subject = g.id;
        r.person = g.owner;
        r.goal = g.id;
        for (const std::string& id : to) b.add(id, r);
    }
};

// A goal's milestones that passed unreached, or come within the horizon.
void milestone_items(Builder& b, const GoalNotice& n, Date goals_from) {
    const Goal& g = n.g;
    for (const Milestone& m : g.definition.milestones) {
        if (m.date < goals_from) continue;
        const std::string value = m.value ? fmt::format(" ({})", format_value(*m.value)) : std::string();
        const std::string label = m.text.empty() ? std::string() : fmt::format(" \"{}\"", m.text);
        Reminder r;
        r.date = m.date;
        if (m.date < b.today) {
            // Without a value there is nothing to measure a milestone by once it has passed.
            if (!m.value || milestone_reached(g, m)) continue;
            r.section = ReminderSection::late;
            r.kind = "milestone-overdue";
            r.text = fmt::format("Milestone{}{} of {} was due {} and is not reached ({})", label, value, n.name,
                                 short_day(m.date), n.now);
            r.command = fmt::format("mentor goal progress {} VALUE", g.id);
        } else if (m.date <= b.horizon_end) {
            if (m.value && milestone_reached(g, m)) continue;
            r.section = ReminderSection::coming;
            r.kind = "milestone-due";
            r.text = fmt::format("Milestone{}{} of {} is due {} ({})", label, value, n.name, short_day(m.date), n.now);
            r.command = fmt::format("mentor goal progress {} VALUE", g.id);
        } else {
            continue;
        }
        n.send(b, r);
    }
}

// One goal's items: overdue (and nothing else), or due soon, then its milestones.
void goal_items(Builder& b, const GoalNotice& n, GoalStatus status, Date goals_from) {
    const Goal& g = n.g;
    const std::optional<Date> due = g.definition.due;
    if (due && status == GoalStatus::missed) {
        Reminder r;
        r.section = ReminderSection::late;
        r.kind = "goal-overdue";
        r.date = *due;
        r.text = fmt::format("{} was due {} and is not marked met ({})", n.capitalised, short_day(*due), n.now);
        r.command = fmt::format("mentor goal done {}", g.id);
        n.send(b, r);
        return;
    }
    if (due && b.today <= *due && *due <= b.horizon_end) {
        Reminder r;
        r.section = ReminderSection::coming;
        r.kind = "goal-due";
        r.date = *due;
        const std::string target =
            g.definition.target ? fmt::format("target {}, ", format_value(*g.definition.target)) : std::string();
        r.text = fmt::format("{} is due {} ({}{})", n.capitalised, short_day(*due), target, n.now);
        r.command = fmt::format("mentor goal progress {} VALUE", g.id);
        n.send(b, r);
    }
    milestone_items(b, n, goals_from);
}

}  // namespace

void goal_reminders(Builder& b) {
    std::unordered_map<std::string_view, std::vector<std::string_view>> mentors_of;  // current mentors of a mentee
    for (const Pair& p : b.in.pairs) {
        if (p.is_current(b.today)) mentors_of[p.mentee].push_back(p.mentor);
    }
    const Date goals_from = goals_since(b.in.program.term);
    for (const Goal& g : b.in.goals) {
        const GoalStatus status = g.status(b.today);
        if (status == GoalStatus::met || status == GoalStatus::dropped) continue;
        const std::optional<Date> due = g.definition.due;
        if (due && *due < goals_from) continue;
        // Most goals have nothing due: look before formatting anything.
        const bool overdue = due && status == GoalStatus::missed;
        const bool due_soon = due && b.today <= *due && *due <= b.horizon_end;
        const bool milestones = std::any_of(g.definition.milestones.begin(), g.definition.milestones.end(),
                                            [&](const Milestone& m) { return goals_from <= m.date && m.date <= b.horizon_end; });
        if (!overdue && !due_soon && !milestones) continue;
        GoalNotice n{g, {g.owner}, {}, {}, {}};
        if (auto it = mentors_of.find(g.owner); it != mentors_of.end()) {
            for (std::string_view m : it->second) {
                if (std::find(n.to.begin(), n.to.end(), m) == n.to.end()) n.to.emplace_back(m);
            }
        }
        const std::optional<double> latest = g.latest();
        n.now = latest ? fmt::format("latest {}", format_value(*latest)) : std::string("no progress yet");
        n.name = fmt::format("goal {} \"{}\" of {}", g.id, g.definition.what, b.who(g.owner));
        n.capitalised = "G" + n.name.substr(1);
        goal_items(b, n, status, goals_from);
    }
}

}  // namespace mentor::remind_detail
