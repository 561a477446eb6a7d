// How reminders are shown: text grouped by person, JSON, and the body of a reminder mail.
#include "mentor/io/remind_format.hpp"

#include <fmt/format.h>

#include "mentor/io/mail.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace {

constexpr ReminderSection sections[] = {ReminderSection::late, ReminderSection::coming, ReminderSection::digest};

std::string section_title(ReminderSection s) {
    switch (s) {
        case ReminderSection::late: return "Late";
        case ReminderSection::coming: return "Coming up";
        case ReminderSection::digest: return "Coordinator digest";
    }
    return "";
}

/// The items of a group under their section titles, indented by `indent`.
std::string section_lines(const RecipientReminders& g, const std::string& indent) {
    std::string out;
    for (ReminderSection s : sections) {
        bool first = true;
        for (const Reminder* r : g.items) {
            if (r->section != s) continue;
            if (first) out += indent + section_title(s) + ":\n";
            first = false;
            out += indent + "  - " + r->text + "\n";
            if (!r->command.empty()) out += indent + "    " + r->command + "\n";
        }
    }
    return out;
}

int count(const RecipientReminders& g, ReminderSection s) {
    int n = 0;
    for (const Reminder* r : g.items) n += r->section == s ? 1 : 0;
    return n;
}

}  // namespace

std::vector<RecipientReminders> group_reminders(const std::vector<Reminder>& items, const Roster& roster) {
    const RosterIndex people(roster);
    std::vector<RecipientReminders> out;
    for (const Reminder& r : items) {
        const Person* person = people.find(r.recipient);
        if (!person) continue;
        if (out.empty() || out.back().person != person) out.push_back({person, {}});
        out.back().items.push_back(&r);
    }
    return out;
}

std::string format_reminders_text(const std::vector<RecipientReminders>& groups) {
    std::string out;
    for (const RecipientReminders& g : groups) {
        if (!out.empty()) out += "\n";
        out += fmt::format("{} ({})", g.person->name, g.person->id);
        if (!g.person->email.empty()) out += fmt::format(" <{}>", g.person->email);
        out += "\n" + section_lines(g, "  ");
    }
    return out;
}

std::string format_reminders_json(const std::vector<RecipientReminders>& groups) {
    if (groups.empty()) return {};
    JsonWriter w;
    w.begin_array();
    for (const RecipientReminders& g : groups) {
        w.begin_object();
        w.key("recipient");
        w.value(g.person->id);
        w.key("name");
        w.value(g.person->name);
        w.key("email");
        w.value(g.person->email);
        w.key("items");
        w.begin_array();
        for (const Reminder* item : g.items) {
            const Reminder& r = *item;
            w.begin_object();
            w.key("section");
            w.value(section_name(r.section));
            w.key("kind");
            w.value(r.kind);
            w.key("date");
            w.value(r.date.iso());
            w.key("key");
            w.value(r.key);
            w.key("text");
            w.value(r.text);
            w.key("command");
            w.value(r.command);
            const std::pair<const char*, const std::string*> optional[] = {
                {"mentor", &r.mentor}, {"mentee", &r.mentee}, {"person", &r.person}, {"goal", &r.goal}};
            for (const auto& [name, field] : optional) {
                if (field->empty()) continue;
                w.key(name);
                w.value(*field);
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    return w.finish();
}

std::string reminder_subject(const RecipientReminders& g, const Program& program, Date today) {
    std::vector<std::string> parts;
    if (const int n = count(g, ReminderSection::late)) parts.push_back(fmt::format("{} late", n));
    if (const int n = count(g, ReminderSection::coming)) parts.push_back(fmt::format("{} coming up", n));
    if (const int n = count(g, ReminderSection::digest)) parts.push_back(fmt::format("{} in the digest", n));
    return fmt::format("[{}] Reminders for {}: {}", program.id, short_day(today), fmt::join(parts, ", "));
}

std::string reminder_body(const RecipientReminders& g, const Program& program, Date today, int days) {
    std::string out = fmt::format("Hello {},\n\n", g.person->name);
    out += fmt::format("Here is what the {} has for you as of {}", program.name, short_day(today));
    if (days > 0) out += fmt::format(" (looking {} day{} ahead)", days, days == 1 ? "" : "s");
    out += ".\n\n";
    out += section_lines(g, "");
    out += "\n-- \nSent by mentor remind. The same reminder is not repeated within ";
    out += fmt::format("{} day{}.\n", program.remind.repeat_days, program.remind.repeat_days == 1 ? "" : "s");
    return out;
}

namespace {

// The domain of an address, for message ids: `lincoln.example.org`.
std::string domain_of(const std::string& address) {
    const std::size_t at = address.rfind('@');
    return at == std::string::npos ? std::string("mentor.invalid") : address.substr(at + 1);
}

}  // namespace

ReminderMail::ReminderMail(const Program& program, Date today, int days, int utc_offset)
    : program_(program),
      today_(today),
      days_(days),
      date_(rfc5322_date(today, reminder_mail_minutes, utc_offset)),
      domain_(domain_of(program.remind.from)) {}

std::string ReminderMail::message(const RecipientReminders& g, std::string_view calendar) const {
    MailParts parts;
    parts.from = {program_.name, program_.remind.from};
    parts.date = date_;
    parts.to = {g.person->name, g.person->email};
    parts.subject = reminder_subject(g, program_, today_);
    parts.body = reminder_body(g, program_, today_, days_);
    // Short enough for one header line: the day, and a hash of who, when and what.
    std::uint64_t hash = fnv1a64(g.person->id + "\n" + today_.iso() + "\n" + parts.body);
    if (!calendar.empty()) {
        hash = fnv1a64(calendar, hash);
        parts.attachments.push_back({"text/calendar; charset=utf-8; method=PUBLISH",
                                     fmt::format("mentor-{}.ics", g.person->id), std::string(calendar)});
    }
    parts.message_id = fmt::format("{:04}{:02}{:02}.{:016x}@{}", today_.year(), today_.month(), today_.day(), hash,
                                   domain_);
    return build_message(parts);
}

std::string ReminderMail::mbox(std::string_view message) const {
    return mbox_entry(message, program_.remind.from, today_, reminder_mail_minutes);
}

}  // namespace mentor
