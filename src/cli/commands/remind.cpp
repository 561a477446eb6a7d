// mentor remind: what is late and what is coming, for each person, as text, JSON or mail,
// printed or sent; each reminder at most once per [remind] repeat_days.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/terms.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/icalendar.hpp"
#include "mentor/io/process.hpp"
#include "mentor/io/remind_format.hpp"

namespace mentor {

namespace {

struct RemindOptions {
    std::optional<int> days;
    std::string format = "text";
    bool send = false;
    bool dry_run = false;
    bool attach_calendar = false;
};

// Each person's message, with their coming meetings attached as a calendar when asked for.
class Messages {
public:
    Messages(ProgramStore& store, const ReminderMail& mail, Date today, int days, bool attach)
        : store_(store), mail_(mail), today_(today), days_(days), attach_(attach) {}

    std::string of(const RecipientReminders& g) {
        if (!attach_) return mail_.message(g);
        const std::vector<Meeting> coming = coming_meetings(store_.schedule().meetings, g.person->id, today_, days_);
        if (coming.empty()) return mail_.message(g);
        if (!zone_) zone_ = store_.time_zone();  // read once, and only when someone has a meeting
        const Program& program = store_.program();
        return mail_.message(g, format_icalendar(coming, program, store_.roster(), *zone_,
                                                 person_calendar_name(program, *g.person), "PUBLISH"));
    }

private:
    ProgramStore& store_;
    const ReminderMail& mail_;
    Date today_;
    int days_;
    bool attach_;
    std::optional<TimeZone> zone_;
};

// Mail needs an address; those without one are told on standard error and not counted as sent.
bool warn_without_email(Context& ctx, const RecipientReminders& g) {
    if (!g.person->email.empty()) return false;
    ctx.err << fmt::format("mentor: warning: {} has no email address; their reminders are not mailed\n", g.person->id);
    return true;
}

// Sends each message through [remind] sendmail; returns the groups that were sent.
std::vector<const RecipientReminders*> send_all(Context& ctx, ProgramStore& store, Messages& mail,
                                                const std::vector<RecipientReminders>& groups) {
    const Program& program = store.program();
    const auto [sendmail, from] = ctx.sendmail(program, store.shown("program.toml"));  // config.toml's, else program.toml's
    const auto argv = split_words(sendmail);
    if (!argv || argv->empty()) {
        throw InputError(fmt::format("{}: sendmail {}", from, argv ? "is empty" : "has an unclosed quote: " + sendmail),
                         argv ? "set it to a command such as \"/usr/sbin/sendmail -t -oi\" or \"msmtp -t\""
                              : "close the quote, or leave quotes out");
    }
    std::vector<const RecipientReminders*> sent;
    for (const RecipientReminders& g : groups) {
        const ProcessResult r = run_process(*argv, mail.of(g));
        if (r.status == 0) {
            sent.push_back(&g);
            continue;
        }
        std::string why = r.status == -1 ? r.error : fmt::format("exit status {}", r.status);
        std::string detail = r.err;
        while (!detail.empty() && (detail.back() == '\n' || detail.back() == '\r')) detail.pop_back();
        if (!detail.empty()) why += ": " + detail;
        ctx.err << fmt::format("mentor: error: mail to {} <{}> failed: {} ({})\n", g.person->id, g.person->email,
                               argv->front(), why);
    }
    return sent;
}

int run_remind(Context& ctx, const RemindOptions& opt) {
    if (opt.days && *opt.days < 0) throw UsageError(fmt::format("--days {} is negative", *opt.days), "give 0 or more days");
    if (opt.days && *opt.days > 365) {
        throw UsageError(fmt::format("--days {} is more than a year", *opt.days), "give at most 365 days, as [remind] horizon_days");
    }
    if (opt.send && opt.format != "mail" && opt.format != "text") {
        throw UsageError("--send sends mail; it does not take --format " + opt.format, "leave out --format");
    }
    if (opt.attach_calendar && !opt.send && opt.format != "mail") {
        throw UsageError("--attach-calendar attaches to mail; it does not go with --format " + opt.format,
                         "add --format mail (or --send)");
    }
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    const Program& program = store.program();
    const int days = opt.days.value_or(program.remind.horizon_days);
    const bool mail = opt.send || opt.format == "mail";
    if (mail && program.remind.from.empty()) {
        throw InputError(fmt::format("{}: [remind] from is not set; mail needs a sender address", store.shown("program.toml")),
                         "add from = \"induction@school.example.org\" under [remind]");
    }
    // Only the months that hold the pairs' meetings needed, and goals from a year before the term on.
    const Date recent = today - (program.cadence.every_days + program.cadence.grace_days);
    const ParsedJournal meetings =
        store.latest_pair_meetings(store.pairs(), contacts_since(widest_cadence(program), store.pairs(), today), recent, today);
    const std::vector<Goal> goals = fold_goals(store.journal(JournalQuery::goal_events_from(goals_since(program.term))).entries);
    const RemindHistory history = store.remind_history();
    std::vector<std::vector<SurveyAnswer>> survey_answers;  // surveys open today: who has not answered
    for (const SurveyConfig& s : program.surveys) {
        survey_answers.push_back(s.is_open(today) ? store.survey_answers(s.id) : std::vector<SurveyAnswer>{});
    }
    const std::vector<Reminder> due = without_repeats(
        due_reminders({program, store.roster(), store.pairs(), store.schedule().meetings, meetings.entries, goals, today, days},
                      survey_answers),
        history, today, program.remind.repeat_days);
    std::vector<RecipientReminders> groups = group_reminders(due, store.roster());
    if (mail) std::erase_if(groups, [&](const RecipientReminders& g) { return warn_without_email(ctx, g); });
    if (groups.empty()) return exit_code::ok;  // cron stays quiet

    const ReminderMail mail_of(program, today, days, store.utc_offset(today, reminder_mail_minutes));
    Messages messages(store, mail_of, today, days, opt.attach_calendar);
    std::vector<const RecipientReminders*> given;
    if (opt.send && !opt.dry_run) {
        given = send_all(ctx, store, messages, groups);
    } else {
        if (mail) for (const RecipientReminders& g : groups) ctx.out << mail_of.mbox(messages.of(g));
        else ctx.out << (opt.format == "json" ? format_reminders_json(groups) : format_reminders_text(groups));
        for (const RecipientReminders& g : groups) given.push_back(&g);
    }
    std::vector<Reminder> sent;
    for (const RecipientReminders* g : given) {
        for (const Reminder* item : g->items) sent.push_back(*item);
    }
    if (!opt.dry_run && !sent.empty()) {
        store.write_remind_history(record_sent(history, sent, today, program.remind.repeat_days));
    }
    if (given.size() == groups.size()) return exit_code::ok;
    ctx.err << "  hint: check [remind] sendmail in program.toml; the others were sent and will not be repeated\n";
    return exit_code::system;
}

}  // namespace

Runner add_remind(CLI::App& parent) {
    auto opt = std::make_shared<RemindOptions>();
    CLI::App* cmd = parent.add_subcommand("remind", "Print or send what is late and coming for each person (for cron)");
    cmd->add_option("--days", opt->days, "Look this many days ahead, today included (default: [remind] horizon_days)")
        ->option_text("N");
    add_format_option(*cmd, opt->format, {"text", "json", "mail"},
                      "Output format: text, json or mail (an mbox stream of complete messages)");
    cmd->add_flag("--send", opt->send, "Send each person's mail through [remind] sendmail instead of printing");
    cmd->add_flag("--dry-run", opt->dry_run,
                  "Print what would be printed or sent, and do not record it as sent");
    cmd->add_flag("--attach-calendar", opt->attach_calendar,
                  "With mail: attach each person's coming meetings as an iCalendar file (mentor-ID.ics)");
    return [opt](Context& ctx) { return run_remind(ctx, *opt); };
}

}  // namespace mentor
