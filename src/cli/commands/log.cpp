// mentor log: append one entry (check-in, observation, workshop, ...) to the journal.
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.hpp"
#include "journal_support.hpp"
#include "mentor/io/editor.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/write_format.hpp"

namespace mentor {

namespace {

struct LogOptions {
    std::string person;
    std::string kind = "check-in";
    std::string date;
    int minutes = -1;
    std::vector<std::string> goals;
    std::string message;
    bool has_message = false;
    bool is_private = false;
    bool is_shared = false;
    std::string as;
    std::string observer;
    std::string class_name;
    std::vector<std::string> focus;
    std::vector<std::string> attendees;
    std::vector<std::string> with;
    bool dry_run = false;
    std::string format = "text";
};

// The text from -m, else standard input when it is not a terminal, else $VISUAL or $EDITOR.
std::string read_text(Context& ctx, const LogOptions& opt, const std::string& about) {
    if (opt.has_message) return opt.message;
    if (ctx.in != nullptr && !ctx.in_is_tty) {
        std::ostringstream text;
        text << ctx.in->rdbuf();
        return text.str();
    }
    std::string editor = ctx.getenv("VISUAL");
    if (editor.empty()) editor = ctx.getenv("EDITOR");
    if (editor.empty()) {
        throw UsageError("no text for the entry: give -m TEXT, pipe it on standard input, or set $EDITOR",
                         "for example: mentor log ID -m \"Planned the unit on fractions\"");
    }
    return edit_text(editor, fmt::format("\n# Write the {} above this line.\n# Lines starting with '#' are left out; "
                                         "an empty text writes nothing.\n", about));
}

int run_log(Context& ctx, const LogOptions& opt) {
    ProgramStore store = ctx.store();
    store.valid_except_entries();  // one person's typo stops only the entries that involve them
    const std::optional<EntryKind> kind = parse_kind(opt.kind);
    if (!kind || is_goal_event(*kind)) {
        throw UsageError(fmt::format("--kind '{}' is not a kind of entry", opt.kind),
                         "kinds are " + loggable_kind_names() + "; goals have `mentor goal`");
    }
    const Date today = ctx.today(store);
    // `mentor log g1,g2` and `mentor log g1 --with g2` name the mentees of a group session.
    std::vector<std::string> people = split_ids({opt.person});
    for (const std::string& id : split_ids(opt.with)) people.push_back(id);
    if (people.empty()) throw UsageError("PERSON is empty", "name the other person of your pair, or yourself");
    LogRequest r{people.front(), *kind, today, today, {}, {}, split_ids(opt.goals), {}, opt.observer,
                 opt.class_name, opt.focus, split_ids(opt.attendees), {people.begin() + 1, people.end()}};
    if (!opt.date.empty()) r.date = date_option(opt.date, "--date");
    if (store.roster().find(r.person)) r.writer = find_user(ctx, store, opt.as);
    if (opt.minutes >= 0) r.minutes = opt.minutes;
    if (opt.is_private || opt.is_shared) r.is_private = opt.is_private;
    Entry e = planned_entry(plan_log_entry(r, store.program(), store.roster(), store.pairs(),
                                           r.goals.empty() ? std::vector<Goal>{} : store.goals()));
    check_people_of(ctx, store, e);
    e.ran = who_ran(ctx, store.roster(), store.dir(), opt.as, e.by);

    e.text = clean_entry_text(read_text(ctx, opt, entry_about(e)));
    require_entry_text(e.text);
    const Appended done = store.append(e, opt.dry_run);
    if (opt.format == "json") {
        ctx.out << format_appended_json(e, done, opt.dry_run);
        warn_unsealed(ctx, done);
        return exit_code::ok;
    }
    const std::string length = e.minutes > 0 ? fmt::format(", {} min", e.minutes) : std::string();
    ctx.out << fmt::format("{} {} {} {}{}, {} ({}{})\n", opt.dry_run ? "would log" : "logged", kind_name(e.kind),
                           done.id, entry_subject(e), length,
                           e.is_private ? (done.sealed ? "private, sealed" : "private") : "shared", e.date.iso(),
                           opt.dry_run ? "" : ", " + done.file);
    warn_unsealed(ctx, done);
    return exit_code::ok;
}

}  // namespace

Runner add_log(CLI::App& parent) {
    auto opt = std::make_shared<LogOptions>();
    CLI::App* cmd = parent.add_subcommand("log", "Add an entry to the journal: a check-in, an observation, ...");
    cmd->add_option("PERSON", opt->person, "Whom the entry is about: the other person of your pair, or yourself; ID,ID,... for a group session")
        ->required();
    cmd->add_option("--kind", opt->kind,
                    "check-in (default), observation, co-teaching, inquiry, workshop, training or note")
        ->option_text("KIND");
    cmd->add_option("--date", opt->date, "The day it happened (default: today)")->option_text("DATE");
    cmd->add_option("--minutes", opt->minutes, "How long it took (default for a pair: the program's meeting length)")
        ->option_text("N")
        ->check(CLI::Range(0, 24 * 60));
    cmd->add_option("--goal", opt->goals, "A goal the entry worked on (repeatable)")->option_text("ID");
    cmd->add_option("-m,--message", opt->message, "The text (else standard input, else $VISUAL or $EDITOR)")
        ->option_text("TEXT");
    auto* priv = cmd->add_flag("--private", opt->is_private, "Only the people of the pair may read the text");
    auto* shared = cmd->add_flag("--shared", opt->is_shared, "Anyone may read the text");
    priv->excludes(shared);
    cmd->add_option("--as", opt->as, "Write as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    cmd->add_option("--observer", opt->observer, "Observations: who watched (default: the mentor)")->option_text("ID");
    cmd->add_option("--class", opt->class_name, "Observations: the class or period")->option_text("TEXT");
    cmd->add_option("--focus", opt->focus, "A focus area of the entry (repeatable)")->option_text("AREA");
    cmd->add_option("--attendee", opt->attendees, "Workshops: who came (repeatable, or comma-separated)")
        ->option_text("ID");
    cmd->add_option("--with", opt->with, "A group session: a further mentee who took part (repeatable, or comma-separated)")
        ->option_text("ID");
    cmd->add_flag("--dry-run", opt->dry_run, "Show the entry without writing it");
    add_format_option(*cmd, opt->format, {"text", "json"}, "Output format: text, or json with the new entry's id");
    return [opt, cmd](Context& ctx) {
        opt->has_message = cmd->count("--message") > 0;
        return run_log(ctx, *opt);
    };
}

}  // namespace mentor
