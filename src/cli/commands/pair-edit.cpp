// mentor pair assign MENTOR MENTEE | lock PAIR | unlock PAIR | end PAIR --reason TEXT:
// edits of pairs.tsv by hand, each written under a lock through the store, each with --dry-run.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/pair_edits.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

struct EditOptions {
    std::string pair;     // MENTOR,MENTEE (lock, unlock, end)
    std::string mentor;   // assign
    std::string mentee;
    std::string date;
    std::string reason;
    bool dry_run = false;
};

enum class What { assign, lock, unlock, end };

std::pair<std::string, std::string> pair_argument(const std::string& text) {
    auto ids = split_pair_argument(text);
    if (!ids) throw UsageError(fmt::format("'{}' does not name a pair", text), "write MENTOR,MENTEE (either order)");
    return *ids;
}

int run_edit(Context& ctx, const EditOptions& opt, What what) {
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    const Date day = opt.date.empty() ? today : date_option(opt.date, "--date");
    std::pair<std::string, std::string> ids{opt.mentor, opt.mentee};
    if (what != What::assign) ids = pair_argument(opt.pair);
    for (const std::string& id : {ids.first, ids.second}) (void)require_person(store.roster(), id);
    PairEdit edit;
    store.edit_pairs(
        [&](const std::vector<Pair>& now) -> std::optional<std::vector<Pair>> {
            switch (what) {
                case What::assign: edit = assign_pair(store.roster(), store.program(), now, ids.first, ids.second, day); break;
                case What::lock: edit = set_pair_lock(now, ids.first, ids.second, today, true); break;
                case What::unlock: edit = set_pair_lock(now, ids.first, ids.second, today, false); break;
                case What::end: edit = end_pair(now, ids.first, ids.second, day, opt.reason, today); break;
            }
            if (edit.refusal) throw_refusal(*edit.refusal);
            if (!edit.changed) return std::nullopt;
            return edit.pairs;
        },
        opt.dry_run);
    const Pair& p = edit.pair;
    std::string said;
    switch (what) {
        case What::assign: said = fmt::format("assigned {} / {} from {}, locked ({})", p.mentor, p.mentee, p.start.iso(), p.why); break;
        case What::lock: said = fmt::format("{} {} / {}", edit.changed ? "locked" : "already locked:", p.mentor, p.mentee); break;
        case What::unlock: said = fmt::format("{} {} / {}", edit.changed ? "unlocked" : "not locked:", p.mentor, p.mentee); break;
        case What::end: said = fmt::format("ended {} / {} on {} ({})", p.mentor, p.mentee, p.end->iso(), p.why); break;
    }
    const char* tail = !edit.changed ? "; nothing to write" : opt.dry_run ? "; dry run, nothing written" : "";
    ctx.out << fmt::format("{}: {}{}\n", store.shown("pairs.tsv"), said, tail);
    return exit_code::ok;
}

CLI::App* add_edit(CLI::App& pair, const std::string& name, const std::string& help, EditOptions& opt) {
    CLI::App* cmd = pair.add_subcommand(name, help);
    cmd->add_flag("--dry-run", opt.dry_run, "Show what would change, write nothing");
    return cmd;
}

}  // namespace

Runner add_pair_edits(CLI::App& pair) {
    std::vector<std::pair<CLI::App*, What>> commands;
    auto opt = std::make_shared<EditOptions>();

    CLI::App* assign = add_edit(pair, "assign", "Pair a mentee with a mentor by hand (the pair is locked)", *opt);
    assign->add_option("MENTOR", opt->mentor, "The mentor")->required();
    assign->add_option("MENTEE", opt->mentee, "The mentee")->required();
    assign->add_option("--date", opt->date, "The pair's first day (default: today)")->option_text("DATE");
    commands.emplace_back(assign, What::assign);

    CLI::App* lock = add_edit(pair, "lock", "Lock a pair: `mentor pair` never changes it, its duration never runs out", *opt);
    lock->add_option("PAIR", opt->pair, "MENTOR,MENTEE (either order)")->required();
    commands.emplace_back(lock, What::lock);

    CLI::App* unlock = add_edit(pair, "unlock", "Unlock a pair: `mentor pair` may end it again", *opt);
    unlock->add_option("PAIR", opt->pair, "MENTOR,MENTEE (either order)")->required();
    commands.emplace_back(unlock, What::unlock);

    CLI::App* end = add_edit(pair, "end", "End a pair on a day, saying why", *opt);
    end->add_option("PAIR", opt->pair, "MENTOR,MENTEE (either order)")->required();
    end->add_option("--date", opt->date, "The first day the pair no longer holds (default: today)")->option_text("DATE");
    end->add_option("--reason", opt->reason, "Why the pair ends, one line")->option_text("TEXT")->required();
    commands.emplace_back(end, What::end);

    return [=](Context& ctx) {
        for (const auto& [cmd, what] : commands) {
            if (cmd->parsed()) return run_edit(ctx, *opt, what);
        }
        return -1;  // none of them: the caller runs `pair` itself
    };
}

}  // namespace mentor
