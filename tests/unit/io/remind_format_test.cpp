#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/remind_format.hpp"

using namespace mentor;
using test::day;

namespace {

Reminder item(std::string recipient, ReminderSection section, std::string kind, std::string text,
              std::string command = {}) {
    Reminder r;
    r.recipient = std::move(recipient);
    r.section = section;
    r.kind = std::move(kind);
    r.date = day("2026-11-24");
    r.text = std::move(text);
    r.command = std::move(command);
    r.key = r.kind + ":x:2026-11-24";
    return r;
}

struct World {
    Roster roster;
    std::vector<Reminder> items;
    Program program = test::program();
    World() {
        Person jdoe = test::mentor("jdoe");
        jdoe.name = "Jane \"JD\" Doe";
        jdoe.email = "jdoe@example.org";
        Person kb = test::person("kb", {Role::coordinator});
        kb.name = "Kim B";
        roster = test::roster({jdoe, kb});
        program.id = "lincoln";
        program.name = "Lincoln induction";
        program.remind.repeat_days = 1;
        Reminder coming = item("jdoe", ReminderSection::coming, "meeting", "check-in with asmith Tue 24 Nov 15:30");
        coming.mentor = "jdoe";
        coming.mentee = "asmith";
        Reminder late = item("jdoe", ReminderSection::late, "late-pair", "no check-in with bcho for 21 days",
                             "mentor log bcho check-in");
        Reminder gone = item("nobody", ReminderSection::late, "late-pair", "not in the roster");
        Reminder digest = item("kb", ReminderSection::digest, "digest-late", "2 pairs are late");
        digest.person = "kb";
        Reminder goal = item("kb", ReminderSection::late, "goal-overdue", "goal g7kd2x is overdue");
        goal.goal = "g7kd2x";
        items = {coming, late, gone, digest, goal};
    }
};

}  // namespace

TEST_CASE("group_reminders: one group per recipient in order, people not in the roster left out") {
    const World w;
    const auto groups = group_reminders(w.items, w.roster);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].person->id == "jdoe");
    REQUIRE(groups[0].items.size() == 2);
    CHECK(groups[0].items[0] == &w.items[0]);
    CHECK(groups[0].items[1] == &w.items[1]);
    CHECK(groups[1].person->id == "kb");
    CHECK(groups[1].items.size() == 2);
    CHECK(group_reminders({}, w.roster).empty());
}

TEST_CASE("format_reminders_text: name, id and email, then the items under their sections, late first") {
    const World w;
    CHECK(format_reminders_text(group_reminders(w.items, w.roster)) ==
          "Jane \"JD\" Doe (jdoe) <jdoe@example.org>\n"
          "  Late:\n"
          "    - no check-in with bcho for 21 days\n"
          "      mentor log bcho check-in\n"
          "  Coming up:\n"
          "    - check-in with asmith Tue 24 Nov 15:30\n"
          "\n"
          "Kim B (kb)\n"
          "  Late:\n"
          "    - goal g7kd2x is overdue\n"
          "  Coordinator digest:\n"
          "    - 2 pairs are late\n");
    CHECK(format_reminders_text({}).empty());
}

TEST_CASE("format_reminders_json: recipients with their items; the optional keys only when set") {
    const World w;
    std::vector<Reminder> one = {w.items[0]};
    CHECK(format_reminders_json(group_reminders(one, w.roster)) ==
          "[\n"
          "  {\n"
          "    \"version\": 1,\n"
          "    \"recipient\": \"jdoe\",\n"
          "    \"name\": \"Jane \\\"JD\\\" Doe\",\n"
          "    \"email\": \"jdoe@example.org\",\n"
          "    \"items\": [\n"
          "      {\n"
          "        \"section\": \"" + std::string(section_name(ReminderSection::coming)) + "\",\n"
          "        \"kind\": \"meeting\",\n"
          "        \"date\": \"2026-11-24\",\n"
          "        \"key\": \"meeting:x:2026-11-24\",\n"
          "        \"text\": \"check-in with asmith Tue 24 Nov 15:30\",\n"
          "        \"command\": \"\",\n"
          "        \"mentor\": \"jdoe\",\n"
          "        \"mentee\": \"asmith\"\n"
          "      }\n"
          "    ]\n"
          "  }\n"
          "]\n");
    const std::string all = format_reminders_json(group_reminders(w.items, w.roster));
    CHECK(all.find("\"email\": \"\",") != std::string::npos);        // kb has none: still there, empty
    CHECK(all.find("\"goal\": \"g7kd2x\"") != std::string::npos);
    CHECK(all.find("\"person\": \"kb\"") != std::string::npos);
    CHECK(all.find("nobody") == std::string::npos);
}

TEST_CASE("format_reminders_json: nothing to say is empty output, not []") {
    CHECK(format_reminders_json({}).empty());
    const World w;
    std::vector<Reminder> strangers = {w.items[2]};
    CHECK(format_reminders_json(group_reminders(strangers, w.roster)).empty());
}

TEST_CASE("reminder_subject: the program, the day and the count of each section present") {
    const World w;
    const auto groups = group_reminders(w.items, w.roster);
    CHECK(reminder_subject(groups[0], w.program, day("2026-11-23")) ==
          "[lincoln] Reminders for " + short_day(day("2026-11-23")) + ": 1 late, 1 coming up");
    CHECK(reminder_subject(groups[1], w.program, day("2026-11-23")) ==
          "[lincoln] Reminders for " + short_day(day("2026-11-23")) + ": 1 late, 1 in the digest");
}

TEST_CASE("reminder_body: greeting, the horizon, the sections without indent, and the repeat rule") {
    const World w;
    const auto groups = group_reminders(w.items, w.roster);
    const std::string today = short_day(day("2026-11-23"));
    CHECK(reminder_body(groups[0], w.program, day("2026-11-23"), 7) ==
          "Hello Jane \"JD\" Doe,\n\n"
          "Here is what the Lincoln induction has for you as of " + today + " (looking 7 days ahead).\n\n"
          "Late:\n"
          "  - no check-in with bcho for 21 days\n"
          "    mentor log bcho check-in\n"
          "Coming up:\n"
          "  - check-in with asmith Tue 24 Nov 15:30\n"
          "\n-- \nSent by mentor remind. The same reminder is not repeated within 1 day.\n");
    const std::string one_day = reminder_body(groups[1], w.program, day("2026-11-23"), 1);
    CHECK(one_day.find("(looking 1 day ahead).") != std::string::npos);
    const std::string no_horizon = reminder_body(groups[1], w.program, day("2026-11-23"), 0);
    CHECK(no_horizon.find("looking") == std::string::npos);
    CHECK(no_horizon.find("as of " + today + ".\n") != std::string::npos);
}

TEST_CASE("ReminderMail: a calendar goes along as mentor-ID.ics; without one the message is plain") {
    World w;
    w.program.remind.from = "induction@example.org";
    const std::vector<RecipientReminders> groups = group_reminders(w.items, w.roster);
    REQUIRE(groups.front().person->id == "jdoe");
    const ReminderMail mail(w.program, day("2026-11-23"), 7, -6 * 3600);
    const std::string plain = mail.message(groups.front());
    CHECK(mail.message(groups.front(), "") == plain);
    CHECK(plain.find("Content-Type: text/plain; charset=utf-8\n") != std::string::npos);
    const std::string ics = "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";
    const std::string with = mail.message(groups.front(), ics);
    CHECK(with.find("Content-Type: multipart/mixed; boundary=") != std::string::npos);
    CHECK(with.find("Content-Type: text/calendar; charset=utf-8; method=PUBLISH; name=\"mentor-jdoe.ics\"\n") !=
          std::string::npos);
    CHECK(with.find("Content-Disposition: attachment; filename=\"mentor-jdoe.ics\"\n") != std::string::npos);
    // The text part holds the plain message's body.
    const std::string body = plain.substr(plain.find("\n\n") + 2);
    CHECK(with.find("\n\n" + body + "\n--=_mentor_") != std::string::npos);
    // Another message, another id.
    const auto id_of = [](const std::string& m) { return m.substr(m.find("Message-ID: "), 50); };
    CHECK(id_of(with) != id_of(plain));
    CHECK(with == mail.message(groups.front(), ics));
}
