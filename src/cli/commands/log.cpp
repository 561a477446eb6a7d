// mentor log: append one entry (check-in, observation, workshop, ...) to the journal.
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "journal_support.hpp"
#include "mentor/domain/goals.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/journal_file.hpp"
#include "mentor/io/process.hpp"

namespace mentor {

namespace fs = std::filesystem;

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
    bool dry_run = false;
};

std::string editor_text(const Context& ctx, const std::string& about) {
    std::string editor = ctx.getenv("VISUAL");
    if (editor.empty()) editor = ctx.getenv("EDITOR");
    if (editor.empty()) {
        throw UsageError("no text for the entry: give -m TEXT, pipe it on standard input, or set $EDITOR",
                         "for example: mentor log ID -m \"Planned the unit on fractions\"");
    }
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    std::string tmpl = (dir / "mentor-log-XXXXXX.txt").string();
    const int fd = ::mkstemps(tmpl.data(), 4);
    if (fd < 0) throw SystemError("cannot create a temporary file for the editor");
    ::close(fd);
    const std::string skeleton = fmt::format(
        "\n# Write the {} above this line.\n# Lines starting with '#' are left out; an empty text writes nothing.\n",
        about);
    write_file_atomic(tmpl, skeleton);
    const int status = run_attached({"/bin/sh", "-c", editor + " \"$@\"", editor, tmpl});
    std::string text;
    try {
        text = read_file(tmpl);
    } catch (const SystemError&) {
        fs::remove(tmpl, ec);
        throw;
    }
    fs::remove(tmpl, ec);
    if (status != 0) {
        throw SystemError(fmt::format("the editor '{}' failed (exit status {}); nothing was written", editor, status));
    }
    std::string kept;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        if (text[at] != '#') {
            kept.append(text, at, nl - at);
            kept += '\n';
        }
        at = nl + 1;
    }
    return kept;
}

std::string read_text(Context& ctx, const LogOptions& opt, const std::string& about) {
    if (opt.has_message) return opt.message;
    if (ctx.in != nullptr && !ctx.in_is_tty) {
        std::string text;
        char buf[1 << 14];
        while (ctx.in->read(buf, sizeof buf) || ctx.in->gcount() > 0) {
            text.append(buf, static_cast<std::size_t>(ctx.in->gcount()));
        }
        return text;
    }
    return editor_text(ctx, about);
}

int run_log(Context& ctx, const LogOptions& opt) {
    const ProgramDir dir = ctx.program_dir();
    const LoadedProgram loaded = load_valid_program(dir);
    const Date today = ctx.today();
    const std::optional<EntryKind> kind = parse_kind(opt.kind);
    if (!kind || is_goal_event(*kind)) {
        throw UsageError(fmt::format("--kind '{}' is not a kind of entry", opt.kind),
                         "kinds are " + loggable_kind_names() + "; goals have `mentor goal`");
    }
    const Date date = opt.date.empty() ? today : date_option(opt.date, "--date");
    if (date > today) {
        throw UsageError(fmt::format("--date {} is in the future (today is {})", date.iso(), today.iso()),
                         "log what happened once it has happened");
    }
    require_person(loaded.roster, opt.person);
    const std::string writer = require_user(ctx, loaded.roster, dir, opt.as);
    const LogTarget target = resolve_log_target(loaded.roster, loaded.pairs, opt.person, writer, *kind, date);
    if (!target.error.empty()) throw UsageError(target.error, target.hint);

    Entry e;
    e.date = date;
    e.kind = *kind;
    e.by = writer;
    e.mentor = target.mentor;
    e.mentee = target.mentee;
    e.person = target.person;
    e.is_private = opt.is_private || (!opt.is_shared && loaded.program.private_by_default);
    e.focus = opt.focus;

    if (*kind == EntryKind::observation) {
        e.observer = opt.observer.empty() ? e.mentor : opt.observer;
        if (e.observer != e.mentor && e.observer != e.mentee) {
            throw UsageError(fmt::format("--observer {} is not part of the pair {}/{}", e.observer, e.mentor, e.mentee),
                             "the observer is the mentor (the default) or the mentee");
        }
        e.observed = e.observer == e.mentor ? e.mentee : e.mentor;
        e.class_name = opt.class_name;
    } else if (!opt.observer.empty() || !opt.class_name.empty()) {
        throw UsageError("--observer and --class describe an observation", "add --kind observation");
    }
    if (*kind == EntryKind::workshop) {
        for (const std::string& a : split_ids(opt.attendees)) {
            require_person(loaded.roster, a);
            if (std::find(e.attendees.begin(), e.attendees.end(), a) == e.attendees.end()) e.attendees.push_back(a);
        }
        std::sort(e.attendees.begin(), e.attendees.end());
        if (opt.minutes < 0) {
            throw UsageError("a workshop needs its length: --minutes N", "stipends pay workshop hours, so say how long");
        }
    } else if (!opt.attendees.empty()) {
        throw UsageError("--attendee lists who came to a workshop", "add --kind workshop");
    }
    if (opt.minutes >= 0) {
        if (opt.minutes > 24 * 60) throw UsageError(fmt::format("--minutes {} is more than a day", opt.minutes));
        e.minutes = opt.minutes;
    } else if (needs_pair(*kind)) {
        e.minutes = loaded.program.meeting_minutes;
    }

    if (!opt.goals.empty()) {
        const ParsedJournal goal_events = read_journal(dir, JournalScope{{}, {}, true});
        const std::vector<Goal> goals = fold_goals(goal_events.entries);
        for (const std::string& id : split_ids(opt.goals)) {
            const Goal& g = require_goal(goals, id);
            if (g.owner != e.mentee && g.owner != e.mentor && g.owner != e.person) {
                throw UsageError(fmt::format("goal {} belongs to {}, who is not part of this entry", id, g.owner),
                                 "`mentor goal list --person ID` shows a person's goals");
            }
            if (std::find(e.goals.begin(), e.goals.end(), id) == e.goals.end()) e.goals.push_back(id);
        }
    }

    const std::string about =
        e.has_pair() ? fmt::format("{} of {} (mentor) and {} (mentee) on {}", kind_name(e.kind), e.mentor, e.mentee,
                                   date.iso())
                     : fmt::format("{} of {} on {}", kind_name(e.kind), e.person, date.iso());
    // Without trailing blank lines and spaces, nor leading blank lines; only whitespace becomes empty.
    e.text = std::string(trim_start(trim_end(read_text(ctx, opt, about), "\n\r \t"), "\n\r"));
    if (e.text.empty()) {
        throw InputError("the entry's text is empty; nothing was written",
                         "give the text with -m TEXT, on standard input, or in the editor");
    }

    const Appended done = append_entry(dir, e, opt.dry_run);
    std::string length = e.minutes > 0 ? fmt::format(", {} min", e.minutes) : std::string();
    ctx.out << fmt::format("{} {} {} {}{}, {} ({}{})\n", opt.dry_run ? "would log" : "logged", kind_name(e.kind),
                           done.id, e.has_pair() ? e.mentor + "/" + e.mentee : e.person, length,
                           e.is_private ? "private" : "shared", date.iso(),
                           opt.dry_run ? "" : ", " + done.file);
    return exit_code::ok;
}

}  // namespace

Runner add_log(CLI::App& parent) {
    auto opt = std::make_shared<LogOptions>();
    CLI::App* cmd = parent.add_subcommand("log", "Add an entry to the journal: a check-in, an observation, ...");
    cmd->add_option("PERSON", opt->person, "Whom the entry is about: the other person of your pair, or yourself")
        ->required();
    cmd->add_option("--kind", opt->kind,
                    "check-in (default), observation, co-teaching, inquiry, workshop, training or note")
        ->option_text("KIND");
    cmd->add_option("--date", opt->date, "The day it happened (default: today)")->option_text("DATE");
    cmd->add_option("--minutes", opt->minutes, "How long it took (default for a pair: the program's meeting length)")
        ->option_text("N")
        ->check(CLI::NonNegativeNumber);
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
    cmd->add_flag("--dry-run", opt->dry_run, "Show the entry without writing it");
    return [opt, cmd](Context& ctx) {
        opt->has_message = cmd->count("--message") > 0;
        return run_log(ctx, *opt);
    };
}

}  // namespace mentor
