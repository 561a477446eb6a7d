// mentor journal fix: correct an entry by appending a new version of it (`supersedes=ID`).
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.hpp"
#include "journal_support.hpp"
#include "sealed_support.hpp"
#include "mentor/domain/entry_plan.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

struct FixOptions {
    std::string id;
    std::string date;
    int minutes = -1;
    std::vector<std::string> goals;
    bool no_goals = false;
    std::string message;
    bool has_message = false;
    bool is_private = false;
    bool is_shared = false;
    std::string class_name;
    bool has_class = false;
    double value = 0;
    bool has_value = false;
    std::string as;
    bool dry_run = false;
};

// The fields a correction may change, for telling whether it changes anything.
bool same_content(const Entry& a, const Entry& b) {
    return a.date == b.date && a.minutes == b.minutes && a.goals == b.goals && a.text == b.text &&
           a.is_private == b.is_private && a.class_name == b.class_name && a.value == b.value;
}

int run_fix(Context& ctx, const FixOptions& opt) {
    if (opt.date.empty() && opt.minutes < 0 && opt.goals.empty() && !opt.no_goals && !opt.has_message &&
        !opt.is_private && !opt.is_shared && !opt.has_class && !opt.has_value) {
        throw UsageError("nothing to correct",
                         "give what changes: --date, --minutes, --goal, --no-goals, -m, --private, --shared, --class "
                         "or --value");
    }
    ProgramStore store = ctx.store();
    store.valid_except_entries();
    const Roster& roster = store.roster();
    JournalQuery everything = JournalQuery::everything();
    everything.history = true;
    ParsedJournal journal = store.journal(everything);
    const auto named = std::find_if(journal.entries.begin(), journal.entries.end(),
                                    [&](const Entry& e) { return e.id == opt.id; });
    if (named == journal.entries.end()) {
        throw NotFoundError(fmt::format("there is no journal entry {}", opt.id),
                            "`mentor journal` shows each entry's id in brackets");
    }
    // Versions of an entry live in its file.
    std::vector<Entry> file;
    for (const Entry& e : journal.entries) {
        if (e.file == named->file) file.push_back(e);
    }
    const std::vector<const Entry*> heads = current_versions(file, opt.id);
    Entry latest = *heads.front();
    if (heads.size() > 1 || heads.front()->id != opt.id) {
        std::vector<std::string> ids;
        for (const Entry* h : heads) ids.push_back(h->id);
        ctx.err << fmt::format("mentor: note: entry {} was corrected: this corrects {}\n", opt.id, fmt::join(ids, " and "));
    }
    if (latest.kind == EntryKind::goal_add) {
        throw InputError(fmt::format("entry {} defines goal {}: a goal's definition is not corrected", latest.id,
                                     latest.goal),
                         fmt::format("drop it (`mentor goal drop {}`) and add it again", latest.goal));
    }

    const std::string writer = find_user(ctx, store, opt.as);
    Entry c = latest;
    c.id.clear();
    c.file = {};
    c.line = 0;
    c.cols = {};
    c.ran.clear();
    c.sealed = {};
    c.by = writer;
    c.supersedes.clear();
    for (const Entry* h : heads) c.supersedes.push_back(h->id);
    std::sort(c.supersedes.begin(), c.supersedes.end());

    if (!opt.date.empty()) {
        c.date = date_option(opt.date, "--date");
        if (journal_file_name(c) != journal_file_name(latest)) {
            throw UsageError(fmt::format("--date {} is not in the month of entry {} ({})", c.date.iso(), latest.id,
                                         latest.date.iso()),
                             fmt::format("a correction is written to its entry's file, {}; to move an entry to "
                                         "another month, move its line by hand (keeping its id)",
                                         store.shown("journal/" + journal_file_name(latest))));
        }
    }
    if (opt.minutes >= 0) c.minutes = opt.minutes;
    if (opt.no_goals) c.goals.clear();
    if (!opt.goals.empty()) {
        c.goals = split_ids(opt.goals);
        for (const std::string& g : c.goals) require_goal(store.goals(), g);
    }
    if (opt.is_private || opt.is_shared) c.is_private = opt.is_private;
    if (opt.has_class) {
        if (c.kind != EntryKind::observation) throw UsageError("--class is for observations", {});
        c.class_name = opt.class_name;
    }
    if (opt.has_value) {
        if (c.kind != EntryKind::goal_progress) throw UsageError("--value is for goal-progress entries", {});
        if (!is_goal_value(opt.value)) throw UsageError("--value must be a number from -1e9 to 1e9", {});
        c.value = opt.value;
    }
    if (opt.has_message) {
        c.text = clean_entry_text(opt.message);
        require_entry_text(c.text);
    } else if (!latest.sealed.empty()) {
        // The text is kept: a sealed one must be opened first, by one of its readers.
        std::vector<Entry> one{latest};
        if (open_sealed(ctx, store, one, writer) || one.front().text.empty()) {
            throw InputError(fmt::format("the text of entry {} is sealed, and {}'s key does not open it", latest.id,
                                         writer),
                             "give the corrected text with -m, or let one of its readers correct it");
        }
        c.text = one.front().text;
        latest.text = c.text;
    }
    const Person* me = roster.find(writer);
    const std::string refusal = correction_refusal(latest, c, me != nullptr && me->has(Role::coordinator));
    if (!refusal.empty()) {
        throw InputError(refusal, "an entry is corrected by its writer, one of the people it is about, or a "
                                  "coordinator; use `--as ID` to write as someone else");
    }
    if (same_content(c, latest)) {
        throw InputError(fmt::format("the correction changes nothing of entry {}", latest.id),
                         "`mentor journal --history` shows the entry as it stands");
    }
    check_people_of(ctx, store, c);
    // A sealed text stays sealed: refuse to write it plain because a reader lost their key.
    if (!latest.sealed.empty() && c.is_private && !c.text.empty()) {
        const SealReaders readers = store.seal_readers(c);
        if (!readers.keyless.empty() || readers.keys.empty()) {
            throw InputError(fmt::format("entry {} is sealed, and {} has no key now: its correction would be plain",
                                         latest.id, fmt::join(readers.keyless, ", ")),
                             "each reader runs `mentor key init` and commits keys/ID.pub, then correct it");
        }
    }
    c.ran = who_ran(ctx, roster, store.dir(), opt.as, c.by);
    const Appended done = store.append(c, opt.dry_run);
    const std::string length = c.minutes > 0 ? fmt::format(", {} min", c.minutes) : std::string();
    ctx.out << fmt::format("{} {} {} with {}: {}{}, {} ({}{})\n", opt.dry_run ? "would correct" : "corrected",
                           kind_name(c.kind), fmt::join(c.supersedes, ","), done.id, entry_subject(c), length,
                           c.is_private ? (done.sealed ? "private, sealed" : "private") : "shared", c.date.iso(),
                           opt.dry_run ? "" : ", " + done.file);
    warn_unsealed(ctx, done);
    return exit_code::ok;
}

}  // namespace

Runner add_journal_fix(CLI::App& journal, CLI::App*& sub) {
    auto opt = std::make_shared<FixOptions>();
    sub = journal.add_subcommand("fix", "Correct an entry: append a new version that supersedes it");
    sub->add_option("ID", opt->id, "The entry to correct (its id, as `mentor journal` shows it)")->required();
    sub->add_option("--date", opt->date, "The day it happened, in the same month")->option_text("DATE");
    sub->add_option("--minutes", opt->minutes, "How long it took")->option_text("N")->check(CLI::Range(0, 24 * 60));
    auto* goal = sub->add_option("--goal", opt->goals, "The goals it worked on, replacing the old ones (repeatable)")
                     ->option_text("ID");
    auto* no_goals = sub->add_flag("--no-goals", opt->no_goals, "It worked on no goal");
    goal->excludes(no_goals);
    sub->add_option("-m,--message", opt->message, "The corrected text (default: the text as it is)")
        ->option_text("TEXT");
    auto* priv = sub->add_flag("--private", opt->is_private, "Only the people it is about may read the text");
    auto* shared = sub->add_flag("--shared", opt->is_shared, "Anyone may read the text");
    priv->excludes(shared);
    sub->add_option("--class", opt->class_name, "Observations: the class or period")->option_text("TEXT");
    sub->add_option("--value", opt->value, "Goal progress: the measured value")->option_text("N");
    sub->add_option("--as", opt->as, "Write as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    sub->add_flag("--dry-run", opt->dry_run, "Show the correction without writing it");
    return [opt, sub](Context& ctx) {
        opt->has_message = sub->count("--message") > 0;
        opt->has_class = sub->count("--class") > 0;
        opt->has_value = sub->count("--value") > 0;
        return run_fix(ctx, *opt);
    };
}

}  // namespace mentor
