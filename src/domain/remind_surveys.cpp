// Reminders of the surveys that are open: to those who have not answered, and the response
// rate in the coordinators' digest.
#include <set>

#include "remind_builder.hpp"

namespace mentor::remind_detail {

void survey_reminders(Builder& b, const std::vector<std::vector<SurveyAnswer>>& answers) {
    const Program& program = b.in.program;
    for (std::size_t i = 0; i < program.surveys.size(); ++i) {
        const SurveyConfig& s = program.surveys[i];
        if (!s.is_open(b.today)) continue;
        std::set<std::string_view> answered;
        if (i < answers.size()) {
            for (const SurveyAnswer& a : answers[i]) answered.insert(a.person);
        }
        const std::string title = s.title.empty() ? s.id : s.title;
        const std::string until = s.closes ? fmt::format(", open until {}", s.closes->iso()) : std::string();
        int asked = 0, done = 0;
        for (const Person& p : b.in.roster.people) {
            if (!s.asks(p) || !p.is_present(b.today)) continue;
            ++asked;
            if (answered.count(p.id)) {
                ++done;
                continue;
            }
            Reminder r;
            r.section = ReminderSection::coming;
            r.kind = "survey";
            r.subject = s.id;
            r.person = p.id;
            r.date = s.opens.value_or(b.today);
            r.text = fmt::format("Please answer the survey \"{}\"{}", title, until);
            b.add(p.id, r);
        }
        Reminder d;
        d.section = ReminderSection::digest;
        d.kind = "survey-responses";
        d.subject = s.id;
        d.date = b.today;
        d.text = fmt::format("Survey \"{}\": {} of {} answered ({}%){}", title, done, asked,
                             asked > 0 ? (done * 100 + asked / 2) / asked : 0, until);
        b.to_coordinators(d, {});
    }
}

}  // namespace mentor::remind_detail
