// The rules of what may be written to the journal: log entries and goal events.
#include "mentor/domain/entry_plan.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/domain/text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/suggest.hpp"

namespace mentor {

namespace {

Refusal refuse(std::string message, std::string hint = {}) { return {std::move(message), std::move(hint), false}; }

std::optional<Refusal> future_date(Date date, Date today, const char* hint) {
    if (date <= today) return std::nullopt;
    return refuse(fmt::format("--date {} is in the future (today is {})", date.iso(), today.iso()), hint);
}

std::optional<Refusal> no_writer(const std::string& writer) {
    if (!writer.empty()) return std::nullopt;
    return refuse("who is writing? mentor could not tell",
                  "pass --as ID, set MENTOR_USER=ID, or set `git config user.email` to your email in the roster");
}

void add_unique(std::vector<std::string>& to, const std::string& id) {
    if (std::find(to.begin(), to.end(), id) == to.end()) to.push_back(id);
}

// Observations say who watched whom; workshops who came and for how long.
std::optional<Refusal> add_details(const LogRequest& r, const Roster& roster, Entry& e) {
    if (r.kind == EntryKind::observation) {
        e.observer = r.observer.empty() ? e.mentor : r.observer;
        if (e.observer != e.mentor && e.observer != e.mentee) {
            return refuse(fmt::format("--observer {} is not part of the pair {}/{}", e.observer, e.mentor, e.mentee),
                          "the observer is the mentor (the default) or the mentee");
        }
        e.observed = e.observer == e.mentor ? e.mentee : e.mentor;
        e.class_name = r.class_name;
    } else if (!r.observer.empty() || !r.class_name.empty()) {
        return refuse("--observer and --class describe an observation", "add --kind observation");
    }
    if (r.kind == EntryKind::workshop) {
        for (const std::string& a : r.attendees) {
            if (auto unknown = unknown_person(roster, a)) return unknown;
            add_unique(e.attendees, a);
        }
        std::sort(e.attendees.begin(), e.attendees.end());
        if (!r.minutes) return refuse("a workshop needs its length: --minutes N", "stipends pay workshop hours, so say how long");
    } else if (!r.attendees.empty()) {
        return refuse("--attendee lists who came to a workshop", "add --kind workshop");
    }
    return std::nullopt;
}

}  // namespace

std::optional<Refusal> unknown_person(const Roster& roster, const std::string& id) {
    if (roster.find(id) != nullptr) return std::nullopt;
    std::vector<std::string_view> ids;
    ids.reserve(roster.people.size());
    for (const Person& p : roster.people) ids.push_back(p.id);
    const std::string best = closest_match(id, ids);
    return Refusal{fmt::format("no person '{}' in {}", id, roster.source),
                   best.empty() ? "`mentor roster list` shows every id" : fmt::format("did you mean '{}'?", best), true};
}

std::optional<Refusal> unknown_goal(const std::vector<Goal>& goals, const std::string& id) {
    if (find_goal(goals, id) != nullptr) return std::nullopt;
    std::vector<std::string_view> ids;
    for (const Goal& g : goals) ids.push_back(g.id);
    const std::string best = closest_match(id, ids);
    return Refusal{fmt::format("no goal '{}' in the journal", id),
                   best.empty() ? "`mentor goal list --all` shows every goal" : fmt::format("did you mean '{}'?", best),
                   true};
}

EntryPlan plan_log_entry(const LogRequest& r, const Program& program, const Roster& roster,
                         const std::vector<Pair>& pairs, const std::vector<Goal>& goals) {
    EntryPlan plan;
    if ((plan.refusal = future_date(r.date, r.today, "log what happened once it has happened"))) return plan;
    if ((plan.refusal = unknown_person(roster, r.person))) return plan;
    if ((plan.refusal = no_writer(r.writer))) return plan;
    const LogTarget target = resolve_log_target(roster, pairs, r.person, r.writer, r.kind, r.date);
    if (!target.error.empty()) return {{}, refuse(target.error, target.hint)};

    Entry& e = plan.entry;
    e.date = r.date;
    e.kind = r.kind;
    e.by = r.writer;
    e.mentor = target.mentor;
    e.mentee = target.mentee;
    e.person = target.person;
    e.is_private = r.is_private.value_or(program.privacy.private_by_default);
    e.focus = r.focus;
    if ((plan.refusal = add_details(r, roster, e))) return plan;
    if (r.minutes) {
        if (*r.minutes > 24 * 60) return {{}, refuse(fmt::format("--minutes {} is more than a day", *r.minutes))};
        e.minutes = *r.minutes;
    } else if (needs_pair(r.kind)) {
        e.minutes = program.cadence.minutes;
    }
    for (const std::string& id : r.goals) {
        if ((plan.refusal = unknown_goal(goals, id))) return plan;
        const Goal& g = *find_goal(goals, id);
        if (g.owner != e.mentee && g.owner != e.mentor && g.owner != e.person) {
            return {{}, refuse(fmt::format("goal {} belongs to {}, who is not part of this entry", id, g.owner),
                               "`mentor goal list --person ID` shows a person's goals")};
        }
        add_unique(e.goals, id);
    }
    return plan;
}

std::string clean_entry_text(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && (s[start] == '\n' || s[start] == '\r')) ++start;
    return s.substr(start);
}

std::optional<Refusal> entry_text_refusal(std::string_view text) {
    const std::optional<TextFault> f = find_text_fault(text, Controls::lines);
    if (!f) return std::nullopt;
    return Refusal{fmt::format("the entry's text: {} (at character {})", f->message, char_column(text, f->offset)),
                   "write the text in UTF-8, without control characters; nothing was written"};
}

namespace {

// A new goal: its definition and an id no goal has.
std::optional<Refusal> define_goal(const GoalEventRequest& r, const std::vector<Goal>& goals, Entry& e) {
    e.definition = r.definition;
    std::sort(e.definition.milestones.begin(), e.definition.milestones.end(),
              [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    e.focus = r.focus;
    if (e.definition.what.empty()) return refuse("a goal needs --what TEXT", "say the goal in one sentence");
    if (!r.goal.empty()) {
        if (!is_valid_id(r.goal)) {
            return refuse(fmt::format("--id '{}' is not a valid id", r.goal), "use lowercase letters, digits, '-', '_' and '.'");
        }
        if (find_goal(goals, r.goal)) return refuse(fmt::format("goal {} already exists", r.goal));
        e.goal = r.goal;
        return std::nullopt;
    }
    for (std::uint64_t salt = 0;; ++salt) {
        e.goal = make_goal_id(e, salt);
        if (!find_goal(goals, e.goal)) return std::nullopt;
    }
}

// Progress, done and drop: an open goal, not dated before it was added.
std::optional<Refusal> change_goal(const GoalEventRequest& r, const Goal& g, Entry& e) {
    e.goal = g.id;
    if (e.date < g.added) {
        return refuse(fmt::format("--date {} is before goal {} was added ({})", e.date.iso(), g.id, g.added.iso()));
    }
    if (g.dropped || g.done) {
        return refuse(fmt::format("goal {} is already {}", g.id, goal_status_name(g.status(r.today))),
                      "add a new goal with `mentor goal add`");
    }
    if (r.kind == EntryKind::goal_progress) e.value = r.value;
    return std::nullopt;
}

}  // namespace

EntryPlan plan_goal_event(const GoalEventRequest& r, const Program& program, const Roster& roster,
                          const std::vector<Pair>& pairs, const std::vector<Goal>& goals) {
    EntryPlan plan;
    const bool adding = r.kind == EntryKind::goal_add;
    if (adding) {
        if ((plan.refusal = unknown_person(roster, r.owner))) return plan;
    } else if ((plan.refusal = unknown_goal(goals, r.goal))) {
        return plan;
    }
    for (const std::optional<double>& v : {r.definition.baseline, r.definition.target, std::optional<double>(r.value)}) {
        if (v && !is_goal_value(*v)) {
            return {{}, refuse(fmt::format("{} is not a goal value", *v),
                               "goal values are finite numbers from -1e9 to 1e9")};
        }
    }
    const Goal* goal = adding ? nullptr : find_goal(goals, r.goal);
    const std::string owner = adding ? r.owner : goal->owner;
    if ((plan.refusal = future_date(r.date, r.today, "record it on the day it happens"))) return plan;
    if ((plan.refusal = no_writer(r.writer))) return plan;
    Entry& e = plan.entry;
    e.date = r.date;
    e.kind = r.kind;
    e.by = r.writer;
    e.person = owner;
    const std::string denied = goal_permission(roster, pairs, owner, e.by, r.date);
    if (!denied.empty()) {
        return {{}, refuse(denied, "a goal is written by its owner, the owner's mentor, or a coordinator; --as ID")};
    }
    e.is_private = r.is_private.value_or(program.privacy.private_by_default);
    e.text = r.text;
    plan.refusal = adding ? define_goal(r, goals, e) : change_goal(r, *goal, e);
    return plan;
}

}  // namespace mentor
