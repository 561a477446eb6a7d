#include "mentor/io/icalendar.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

namespace mentor {

namespace {

constexpr std::size_t fold_at = 75;

// A UTC instant as an iCalendar local date-time in the given offset (for VTIMEZONE's DTSTART).
std::string stamp_of(std::int64_t local_seconds) {
    const std::int64_t days = local_seconds >= 0 ? local_seconds / 86400 : -((-local_seconds + 86399) / 86400);
    const std::int64_t rest = local_seconds - days * 86400;
    const Date d = Date::from_days(static_cast<int>(days));
    return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", d.year(), d.month(), d.day(), rest / 3600, rest / 60 % 60,
                       rest % 60);
}

// +0530, -0600, or with seconds -055036.
std::string utc_offset(int seconds) {
    const char sign = seconds < 0 ? '-' : '+';
    const int a = std::abs(seconds);
    if (a % 60 != 0) return fmt::format("{}{:02}{:02}{:02}", sign, a / 3600, a / 60 % 60, a % 60);
    return fmt::format("{}{:02}{:02}", sign, a / 3600, a / 60 % 60);
}

void observance(std::string& out, const std::string& tz_start, const ZoneType& from, const ZoneType& to) {
    const char* kind = to.dst ? "DAYLIGHT" : "STANDARD";
    out += ical_line(fmt::format("BEGIN:{}", kind));
    out += ical_line("DTSTART:" + tz_start);
    out += ical_line("TZOFFSETFROM:" + utc_offset(from.offset));
    out += ical_line("TZOFFSETTO:" + utc_offset(to.offset));
    if (!to.abbr.empty()) out += ical_line("TZNAME:" + ical_escape(to.abbr));
    out += ical_line(fmt::format("END:{}", kind));
}

std::string vtimezone(const TimeZone& zone, Date first, Date last) {
    const std::int64_t from = static_cast<std::int64_t>(first.days() - 1) * 86400;
    const std::int64_t to = static_cast<std::int64_t>(last.days() + 2) * 86400;
    std::string out;
    out += ical_line("BEGIN:VTIMEZONE");
    out += ical_line("TZID:" + zone.name());
    out += ical_line("X-LIC-LOCATION:" + zone.name());
    // The observance in effect when the range starts, then every change inside it.
    if (const auto before = zone.last_transition(from)) {
        observance(out, stamp_of(before->at + before->before.offset), before->before, before->after);
    } else {
        const ZoneType t = zone.at(from);
        observance(out, "19700101T000000", t, t);
    }
    for (const ZoneTransition& t : zone.transitions(from + 1, to)) {
        observance(out, stamp_of(t.at + t.before.offset), t.before, t.after);
    }
    out += ical_line("END:VTIMEZONE");
    return out;
}

}  // namespace

namespace {

void append_uid(std::string& out, std::string_view program_id, const Meeting& m) {
    out += program_id;
    out += '+';
    out += m.mentee;
    out += '+';
    out += m.mentor;
    out += '+';
    out += meeting_kind_name(m.kind);
    out += '+';
    if (m.kind == MeetingKind::meeting) {
        const Date d = Date::from_days(m.key);
        fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    } else {
        fmt::format_to(std::back_inserter(out), "{}", m.key);
    }
    out += "@mentor";
}

}  // namespace

void append_ical_address(std::string& out, std::string_view property, std::string_view name, std::string_view email,
                         std::string_view params) {
    out += property;
    out += ";CN=\"";
    for (const char c : name) out += c == '"' ? '\'' : c;  // a quoted parameter cannot hold a quote
    out += '"';
    out += params;
    out += ":mailto:";
    for (const char c : email) {
        // Characters an address may hold that a URI must escape (RFC 6068).
        if (c == '%' || c == '?' || c == '#' || c == '/' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`') {
            fmt::format_to(std::back_inserter(out), "%{:02X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
            out += c;
        }
    }
}

std::string meeting_uid(std::string_view program_id, const Meeting& m) {
    std::string out;
    append_uid(out, program_id, m);
    return out;
}

std::string ical_escape(std::string_view text) {
    std::string out;
    append_ical_escaped(out, text);
    return out;
}

void append_ical_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r':
                if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
                break;
            case '\t': out += c; break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
        }
    }
}

std::string ical_line(std::string_view line) {
    std::string out;
    append_ical_line(out, line);
    return out;
}

void append_ical_line(std::string& out, std::string_view line) {
    std::size_t limit = fold_at;
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Never split a UTF-8 character: back up to the first byte of the one at the cut.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = fold_at - 1;  // a continuation line starts with the space
    }
    out.append(line);
    out += "\r\n";
}

std::string person_calendar_name(const Program& program, const Person& person) {
    return fmt::format("{}: {}", program.name, person.name);
}

std::string format_icalendar(const std::vector<Meeting>& meetings, const Program& program, const Roster& roster,
                             const TimeZone& zone, std::string_view calendar_name, std::string_view method) {
    std::vector<const Meeting*> order;
    order.reserve(meetings.size());
    for (const Meeting& m : meetings) order.push_back(&m);
    std::sort(order.begin(), order.end(), [](const Meeting* a, const Meeting* b) {
        return std::tie(a->date, a->start, a->mentee, a->mentor, a->kind, a->key) <
               std::tie(b->date, b->start, b->mentee, b->mentor, b->kind, b->key);
    });
    std::unordered_map<std::string_view, const Person*> people;
    for (const Person& p : roster.people) people.emplace(p.id, &p);
    auto email_of = [&](const std::string& id) -> std::string_view {
        const auto it = people.find(id);
        return it == people.end() ? std::string_view{} : std::string_view(it->second->email);
    };
    auto name_of = [&](const std::string& id) -> const std::string& {
        const auto it = people.find(id);
        return it == people.end() || it->second->name.empty() ? id : it->second->name;
    };

    Date first = program.term.start, last = program.term.end;
    for (const Meeting* m : order) {
        first = std::min(first, m->date);
        last = std::max(last, m->date);
    }
    const std::string tzid = ";TZID=" + zone.name() + ":";
    const std::string dtstamp = fmt::format("DTSTAMP:{:04}{:02}{:02}T000000Z", program.term.start.year(),
                                            program.term.start.month(), program.term.start.day());
    const std::string cadence = program.cadence.every_days == 7    ? "Weekly"
                                : program.cadence.every_days == 14 ? "Fortnightly"
                                : program.cadence.every_days % 7 == 0 ? fmt::format("Every {} weeks", program.cadence.every_days / 7)
                                                              : fmt::format("Every {} days", program.cadence.every_days);

    std::string out;
    out.reserve(order.size() * 560 + 8192);
    out += ical_line("BEGIN:VCALENDAR");
    out += ical_line("VERSION:2.0");
    out += ical_line("PRODID:-//mentor//mentor calendar//EN");
    out += ical_line("CALSCALE:GREGORIAN");
    if (!method.empty()) out += ical_line(fmt::format("METHOD:{}", method));
    out += ical_line("X-WR-CALNAME:" + ical_escape(calendar_name));
    out += ical_line("X-WR-TIMEZONE:" + zone.name());
    out += vtimezone(zone, first, last);
    // Tens of thousands of events: each property is built in one reused buffer, then folded
    // straight into the output.
    std::string line;
    auto put = [&](std::string_view text) { append_ical_line(out, text); };
    auto put_text = [&](std::string_view name, std::string_view text) {
        line.assign(name);
        line += ':';
        append_ical_escaped(line, text);
        put(line);
    };
    std::string summary, description;
    for (const Meeting* m : order) {
        const std::string& mentor = name_of(m->mentor);
        const std::string& mentee = name_of(m->mentee);
        const bool meeting = m->kind == MeetingKind::meeting;
        summary.clear();
        description.clear();
        if (meeting) {
            fmt::format_to(std::back_inserter(summary), "Mentoring meeting: {} with {}", mentor, mentee);
        } else if (m->kind == MeetingKind::visit) {
            fmt::format_to(std::back_inserter(summary), "Classroom visit: {} visits {}'s class", mentee, mentor);
        } else {
            fmt::format_to(std::back_inserter(summary), "Classroom observation: {} observes {}", mentor, mentee);
        }
        fmt::format_to(std::back_inserter(description), "{}\nMentor: {} ({})\nMentee: {} ({})\n", program.name, mentor,
                       m->mentor, mentee, m->mentee);
        if (meeting) {
            const Date week = Date::from_days(m->key);
            fmt::format_to(std::back_inserter(description), "{} mentoring meeting, {} {:04}-{:02}-{:02}.", cadence,
                           program.cadence.every_days % 7 == 0 ? "week of" : "period from", week.year(), week.month(),
                           week.day());
        } else if (m->kind == MeetingKind::visit) {
            fmt::format_to(std::back_inserter(description),
                           "Classroom visit {} of {}: the mentee watches the mentor teach.", m->key,
                           std::max(program.cadence.observe_mentor, m->key));
        } else {
            fmt::format_to(std::back_inserter(description),
                           "Classroom observation {} of {}: the mentor observes the mentee's class.", m->key,
                           std::max(program.cadence.observations, m->key));
        }
        const int year = m->date.year(), month = m->date.month(), mday = m->date.day();
        put("BEGIN:VEVENT");
        line.assign("UID:");
        append_uid(line, program.id, *m);
        put(line);
        put(dtstamp);
        line.assign("SEQUENCE:");
        line += std::to_string(m->rev);
        put(line);
        for (const auto& [name, at] : {std::pair<const char*, int>{"DTSTART", m->start}, {"DTEND", m->end()}}) {
            line.assign(name);
            line += tzid;
            fmt::format_to(std::back_inserter(line), "{:04}{:02}{:02}T{:02}{:02}00", year, month, mday, at / 60, at % 60);
            put(line);
        }
        put_text("SUMMARY", summary);
        put_text("DESCRIPTION", description);
        // An organizer and attendees make mail clients offer the event as an invitation.
        if (!program.remind.from.empty()) {
            line.clear();
            append_ical_address(line, "ORGANIZER", program.name, program.remind.from, "");
            put(line);
        }
        for (const std::string* id : {&m->mentor, &m->mentee}) {
            if (email_of(*id).empty()) continue;
            line.clear();
            append_ical_address(line, "ATTENDEE", name_of(*id), email_of(*id), ";ROLE=REQ-PARTICIPANT");
            put(line);
        }
        put(meeting ? "CATEGORIES:Mentoring,Meeting" : "CATEGORIES:Mentoring,Observation");
        put(m->cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        put(m->cancelled ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
        put("END:VEVENT");
    }
    out += ical_line("END:VCALENDAR");
    return out;
}

}  // namespace mentor
