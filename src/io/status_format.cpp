// How `mentor status` is shown: text for a terminal, JSON for scripts.
#include "mentor/io/status_format.hpp"

#include <fmt/format.h>

#include "mentor/io/meetings_format.hpp"

namespace mentor {

namespace {

std::string hhmm(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

std::string who(const RosterIndex& people, const std::string& id) {
    const Person* p = people.find(id);
    return p && !p->name.empty() ? fmt::format("{} ({})", p->name, id) : id;
}

std::string meeting_text(const Meeting& m, const std::string& person, const RosterIndex& people) {
    const bool mine_as_mentor = m.mentor == person;
    const std::string other = who(people, mine_as_mentor ? m.mentee : m.mentor);
    switch (m.kind) {
        case MeetingKind::observation:
            return mine_as_mentor ? fmt::format("you observe {} (observation {})", other, m.key)
                                  : fmt::format("{} observes you (observation {})", other, m.key);
        case MeetingKind::visit:
            return mine_as_mentor ? fmt::format("{} visits your class (visit {})", other, m.key)
                                  : fmt::format("you visit {}'s class (visit {})", other, m.key);
        case MeetingKind::meeting: break;
    }
    return fmt::format("meeting with {}", other);
}

void reminder_lines(std::string& out, const std::vector<Reminder>& items) {
    for (const Reminder& r : items) {
        out += "  - " + r.text + "\n";
        if (!r.command.empty()) out += "    " + r.command + "\n";
    }
}

std::string status_text(const PersonStatus& s, const Roster& roster, Date today, int repeat_days) {
    const RosterIndex people(roster);
    std::string out = fmt::format("{}, as of {} {}\n", who(people, s.person), short_day(today), today.year());
    if (!s.pairs.empty()) {
        out += "\nPairs:\n";
        for (const StatusPair& p : s.pairs) {
            out += fmt::format("  - {}, your {}, since {}; ", who(people, p.other), p.as_mentor ? "mentee" : "mentor",
                               p.pair->start.iso());
            out += p.last_met ? fmt::format("last met {}\n", p.last_met->iso()) : std::string("no meeting logged yet\n");
        }
    }
    if (!s.next.empty()) {
        out += "\nNext meetings:\n";
        for (const Meeting& m : s.next) {
            out += fmt::format("  - {} {}-{}: {}\n", short_day(m.date), hhmm(m.start), hhmm(m.end()),
                               meeting_text(m, s.person, people));
        }
    }
    if (!s.unlogged.empty()) {
        out += "\nNot logged yet:\n";
        reminder_lines(out, s.unlogged);
    }
    if (!s.goals.empty()) {
        out += "\nGoals due:\n";
        reminder_lines(out, s.goals);
    }
    out += "\nA reminder today would say:\n";
    if (s.reminder.empty()) {
        out += s.due == 0 ? std::string("  nothing: all is in order\n")
                          : fmt::format("  nothing new: what is due was sent in the last {} days\n", repeat_days);
    } else {
        reminder_lines(out, s.reminder);
    }
    return out;
}

void reminder_array(JsonWriter& w, const std::vector<Reminder>& items) {
    w.begin_array();
    for (const Reminder& r : items) {
        w.begin_object();
        w.key("section");
        w.value(section_name(r.section));
        w.key("kind");
        w.value(r.kind);
        w.key("date");
        w.value(r.date.iso());
        w.key("text");
        w.value(r.text);
        w.key("command");
        if (r.command.empty()) w.null();
        else w.value(r.command);
        w.end_object();
    }
    w.end_array();
}

std::string status_json(const PersonStatus& s, const Roster& roster, Date today) {
    const RosterIndex people(roster);
    const Person* me = people.find(s.person);
    JsonWriter w;
    w.begin_object();
    w.key("version");
    w.value(1);
    w.key("person");
    w.value(s.person);
    w.key("name");
    w.value(me ? me->name : std::string());
    w.key("today");
    w.value(today.iso());
    w.key("pairs");
    w.begin_array();
    for (const StatusPair& p : s.pairs) {
        w.begin_object();
        w.key("mentor");
        w.value(p.pair->mentor);
        w.key("mentee");
        w.value(p.pair->mentee);
        w.key("start");
        w.value(p.pair->start.iso());
        w.key("last_met");
        if (p.last_met) w.value(p.last_met->iso());
        else w.null();
        w.end_object();
    }
    w.end_array();
    w.key("next_meetings");
    w.begin_array();
    for (const Meeting& m : s.next) {
        w.begin_object();
        w.key("mentor");
        w.value(m.mentor);
        w.key("mentee");
        w.value(m.mentee);
        w.key("kind");
        w.value(meeting_kind_name(m.kind));
        w.key("key");
        w.value(format_meeting_key(m));
        w.key("start");
        w.value(iso_local(m.date, m.start));
        w.key("end");
        w.value(iso_local(m.date, m.end()));
        w.end_object();
    }
    w.end_array();
    w.key("not_logged");
    reminder_array(w, s.unlogged);
    w.key("goals_due");
    reminder_array(w, s.goals);
    w.key("reminder");
    reminder_array(w, s.reminder);
    w.end_object();
    return w.finish();
}

}  // namespace

std::string format_status(const PersonStatus& status, const Roster& roster, Date today, int repeat_days, Format format) {
    return format == Format::json ? status_json(status, roster, today) : status_text(status, roster, today, repeat_days);
}

}  // namespace mentor
