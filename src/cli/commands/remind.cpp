// mentor remind: what is late and what is coming, for each person, as text, JSON or mail,
// printed or sent; each reminder at most once per [remind] repeat_days.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iterator>
#include <set>

#include "commands.hpp"
#include "mentor/domain/remind.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/journal_file.hpp"
#include "mentor/io/mail.hpp"
#include "mentor/io/process.hpp"
#include "mentor/io/remind_format.hpp"
#include "mentor/io/remind_state.hpp"
#include "mentor/io/schedule_store.hpp"
#include "mentor/io/tzif.hpp"

namespace mentor {

namespace {

/// Reminder mail is dated at this local time of the day it is about.
constexpr int mail_minutes = 7 * 60;

struct RemindOptions {
    std::optional<int> days;
    std::string format = "text";
    bool send = false;
    bool dry_run = false;
};

/// The offset from UTC, in seconds, of the program's zone at `minutes` local time on `day`.
int local_offset(const std::string& zone, Date day, int minutes) {
    try {
        const TimeZone tz = load_time_zone(zone);
        const std::int64_t local = static_cast<std::int64_t>(day.days()) * 86400 + minutes * 60;
        int offset = tz.at(local).offset;
        offset = tz.at(local - offset).offset;
        return offset;
    } catch (const SystemError&) {
        return 0;  // no tz database: the Date header says UTC
    }
}

/// The domain of an address, for message ids: `lincoln.example.org`.
std::string domain_of(const std::string& address) {
    const std::size_t at = address.rfind('@');
    return at == std::string::npos ? std::string("mentor.invalid") : address.substr(at + 1);
}

/// Builds each group's message in turn and hands it to `use` (one at a time: a district's
/// mail is not held in memory at once).
template <typename Use>
void for_each_message(const std::vector<RecipientReminders>& groups, const Program& program, Date today, int days,
                      Use use) {
    const std::string date = rfc5322_date(today, mail_minutes, local_offset(program.timezone, today, mail_minutes));
    const std::string domain = domain_of(program.remind_from);
    MailParts parts;
    parts.from = {program.name, program.remind_from};
    parts.date = date;
    for (const RecipientReminders& g : groups) {
        parts.to = {g.person->name, g.person->email};
        parts.subject = reminder_subject(g, program, today);
        parts.body = reminder_body(g, program, today, days);
        // Short enough for one header line: the day, and a hash of who, when and what.
        parts.message_id = fmt::format("{:04}{:02}{:02}.{:016x}@{}", today.year(), today.month(), today.day(),
                                       fnv1a64(g.person->id + "\n" + today.iso() + "\n" + parts.body), domain);
        use(g, build_message(parts));
    }
}

/// The pairs' meetings due_reminders needs, read a month at a time from today backwards: the
/// window for missed meetings first, then earlier months only while some pair active today has
/// no meeting in what was read and started before it.
ParsedJournal read_pair_meetings(const ProgramDir& dir, const Program& program, const std::vector<Pair>& pairs,
                                 Date today) {
    const Date since = contacts_since(program, pairs, today);
    std::set<std::pair<std::string_view, std::string_view>> pending;
    for (const Pair& p : pairs) {
        if (p.start <= today && (!p.end || today < *p.end)) pending.emplace(p.mentor, p.mentee);
    }
    auto month_start = [](Date d) { return d - (d.day() - 1); };
    Date hi = today;
    Date lo = std::max(since, std::min(month_start(today), today - (program.every_days + program.grace_days)));
    ParsedJournal all;
    while (true) {
        JournalScope scope{lo, hi, false};
        scope.pair_meetings_only = true;
        ParsedJournal part = read_journal(dir, scope);
        for (const Entry& e : part.entries) pending.erase({e.mentor, e.mentee});
        // A pair that started within what was read has had all its meetings read.
        for (const Pair& p : pairs) {
            if (lo <= p.start) pending.erase({p.mentor, p.mentee});
        }
        std::move(part.entries.begin(), part.entries.end(), std::back_inserter(all.entries));
        std::move(part.diagnostics.begin(), part.diagnostics.end(), std::back_inserter(all.diagnostics));
        std::move(part.sources.begin(), part.sources.end(), std::back_inserter(all.sources));
        if (pending.empty() || lo <= since) break;
        hi = lo - 1;
        lo = std::max(since, month_start(hi));
    }
    return all;
}

/// `[remind] sendmail` as argv: words split at blanks; single or double quotes keep blanks in
/// a word; a backslash keeps the next character. No shell is involved.
std::vector<std::string> split_command(const std::string& command) {
    std::vector<std::string> argv;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (std::size_t i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote == '"' && i + 1 < command.size()) {
                word += command[++i];
            } else {
                word += c;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\' && i + 1 < command.size()) {
            word += command[++i];
            in_word = true;
        } else if (c == ' ' || c == '\t') {
            if (in_word) argv.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quote) {
        throw InputError(fmt::format("program.toml: [remind] sendmail has an unclosed quote: {}", command),
                         "close the quote, or leave quotes out");
    }
    if (in_word) argv.push_back(word);
    return argv;
}

int run_remind(Context& ctx, const RemindOptions& opt) {
    if (opt.days && *opt.days < 0) throw UsageError(fmt::format("--days {} is negative", *opt.days), "give 0 or more days");
    if (opt.send && opt.format != "mail" && opt.format != "text") {
        throw UsageError("--send sends mail; it does not take --format " + opt.format, "leave out --format");
    }
    const Date today = ctx.today();
    const ProgramDir dir = ctx.program_dir();
    const LoadedProgram loaded = load_valid_program(dir);
    const Program& program = loaded.program;
    const int days = opt.days.value_or(program.remind_horizon_days);
    const bool mail = opt.send || opt.format == "mail";
    if (mail && program.remind_from.empty()) {
        throw InputError(fmt::format("{}: [remind] from is not set; mail needs a sender address", dir.shown("program.toml")),
                         "add from = \"induction@school.example.org\" under [remind]");
    }
    const LoadedSchedule schedule = load_valid_schedule(dir, loaded);

    // Only the months that hold the pairs' meetings needed, and the goal files from a year
    // before the term on: five years of history are not read.
    ParsedJournal journal = read_pair_meetings(dir, program, loaded.pairs, today);
    if (has_errors(journal.diagnostics)) throw InputError(std::move(journal.diagnostics));
    ParsedJournal goal_events = read_journal(dir, JournalScope{goals_since(program), {}, true});
    if (has_errors(goal_events.diagnostics)) throw InputError(std::move(goal_events.diagnostics));
    const std::vector<Goal> goals = fold_goals(goal_events.entries);

    std::vector<Reminder> due = due_reminders(
        {program, loaded.roster, loaded.pairs, schedule.meetings, journal.entries, goals, today, days});
    const std::filesystem::path state_path = remind_state_path(dir);
    const RemindHistory history = read_remind_state(state_path);
    std::vector<Reminder> fresh = without_repeats(std::move(due), history, today, program.remind_repeat_days);

    std::vector<RecipientReminders> groups = group_reminders(fresh, loaded.roster);
    if (mail) {
        // Mail needs an address; the others are told on standard error and not counted as sent.
        std::erase_if(groups, [&](const RecipientReminders& g) {
            if (!g.person->email.empty()) return false;
            ctx.err << fmt::format("mentor: warning: {} has no email address; their reminders are not mailed\n",
                                   g.person->id);
            return true;
        });
    }
    if (groups.empty()) return exit_code::ok;  // cron stays quiet

    std::vector<Reminder> sent;
    const auto record = [&](const RecipientReminders& g) {
        for (const Reminder* item : g.items) sent.push_back(*item);
    };
    int status = exit_code::ok;
    if (opt.send && !opt.dry_run) {
        const std::vector<std::string> argv = split_command(program.sendmail);
        if (argv.empty()) {
            throw InputError(fmt::format("{}: [remind] sendmail is empty", dir.shown("program.toml")),
                             "set it to a command such as \"/usr/sbin/sendmail -t -oi\" or \"msmtp -t\"");
        }
        for_each_message(groups, program, today, days, [&](const RecipientReminders& g, const std::string& text) {
            const ProcessResult r = run_process(argv, text);
            if (r.status == 0) {
                record(g);
                return;
            }
            status = exit_code::system;
            std::string why = r.status == -1 ? r.error : fmt::format("exit status {}", r.status);
            std::string detail = r.err;
            while (!detail.empty() && (detail.back() == '\n' || detail.back() == '\r')) detail.pop_back();
            if (!detail.empty()) why += ": " + detail;
            ctx.err << fmt::format("mentor: error: mail to {} <{}> failed: {} ({})\n", g.person->id, g.person->email,
                                   argv.front(), why);
        });
    } else {
        if (mail) {
            for_each_message(groups, program, today, days, [&](const RecipientReminders&, const std::string& text) {
                ctx.out << mbox_entry(text, program.remind_from, today, mail_minutes);
            });
        } else if (opt.format == "json") {
            ctx.out << format_reminders_json(groups);
        } else {
            ctx.out << format_reminders_text(groups);
        }
        for (const RecipientReminders& g : groups) record(g);
    }
    if (!opt.dry_run && !sent.empty()) {
        write_remind_state(state_path, record_sent(history, sent, today, program.remind_repeat_days));
    }
    if (status != exit_code::ok) {
        ctx.err << "  hint: check [remind] sendmail in program.toml; the others were sent and will not be repeated\n";
    }
    return status;
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
    return [opt](Context& ctx) { return run_remind(ctx, *opt); };
}

}  // namespace mentor
