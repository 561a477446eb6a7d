// Internal to the reminders (remind.cpp, remind_goals.cpp): what their steps share.
#pragma once
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "mentor/domain/remind.hpp"
#include "mentor/domain/text.hpp"

namespace mentor::remind_detail {

/// The input, the reminders so far, and the window they are computed for.
struct Builder {
    const RemindInput& in;
    RosterIndex people;
    std::vector<const Person*> coordinators;
    std::vector<Reminder> out;
    Date today;
    Date horizon_end;  ///< inclusive; before today when days is 0
    Date missed_from;  ///< the first day a meeting without a log counts as missed
    bool in_term;

    explicit Builder(const RemindInput& input)
        : in(input),
          people(input.roster),
          today(input.today),
          horizon_end(input.today + (input.days - 1)),
          missed_from(input.today - (input.program.cadence.every_days + input.program.cadence.grace_days)),
          in_term(input.program.term.start <= input.today && input.today <= input.program.term.end) {
        for (const Person& p : in.roster.people) {
            if (p.has(Role::coordinator)) coordinators.push_back(&p);
        }
    }

    const Person* find(std::string_view id) const { return people.find(id); }
    /// "Ana Smith (asmith)", or the id alone for someone not in the roster.
    std::string who(std::string_view id) const {
        const Person* p = find(id);
        return p ? fmt::format("{} ({})", p->name, id) : std::string(id);
    }
    bool present(std::string_view id) const {
        const Person* p = find(id);
        return p && p->is_present(in.today);
    }

    void add(const std::string& recipient, const Reminder& r) {
        if (!present(recipient)) return;
        Reminder& added = out.emplace_back(r);
        added.recipient = recipient;
        added.key = fmt::format("{}:{}:{}", r.kind, r.subject, r.date.iso());
    }

    /// The coordinators a digest item concerning these schools goes to: those of one of the
    /// schools, and those with no school.
    void to_coordinators(const Reminder& r, std::initializer_list<std::string_view> schools) {
        for (const Person* c : coordinators) {
            const bool concerned = c->school.empty() || std::any_of(schools.begin(), schools.end(), [&](std::string_view s) {
                                       return !s.empty() && fold_value(s) == fold_value(c->school);
                                   });
            if (concerned) add(c->id, r);
        }
    }
    std::string school_of(std::string_view id) const {
        const Person* p = find(id);
        return p ? p->school : std::string();
    }
};

/// Goals and milestones of the current term: due soon, or overdue; to the owner and their mentors.
void goal_reminders(Builder& b);

/// Surveys open today: to each person asked who has not answered, and the response rate to
/// the coordinators.
void survey_reminders(Builder& b, const std::vector<std::vector<SurveyAnswer>>& answers);

}  // namespace mentor::remind_detail
