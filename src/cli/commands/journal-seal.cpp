// mentor journal seal: seal the plain private entries whose readers all have keys.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

struct SealOptions {
    bool dry_run = false;
};

int run_seal(Context& ctx, const SealOptions& opt) {
    ProgramStore store = ctx.store();
    store.valid();
    if (store.public_keys().keys.empty()) {
        throw InputError(fmt::format("{} holds no keys: there is nobody to seal for", store.shown("keys/")),
                         "each person runs `mentor key init` and commits keys/ID.pub");
    }
    std::map<std::string, int> keyless;
    const auto changed = store.rewrite_entries([&](Entry& e) {
        if (!e.is_private || e.text.empty() || !e.sealed.empty()) return false;
        const SealReaders readers = store.seal_readers(e);
        for (const std::string& id : readers.keyless) ++keyless[id];
        if (!readers.keyless.empty() || readers.keys.empty()) return false;
        seal_entry(e, readers.keys);
        return true;
    }, opt.dry_run);
    int total = 0;
    for (const auto& [file, n] : changed) {
        ctx.out << fmt::format("{} {} {} in {}\n", opt.dry_run ? "would seal" : "sealed", n, n == 1 ? "entry" : "entries", file);
        total += n;
    }
    if (total == 0) ctx.out << "nothing to seal: every private text whose readers have keys is sealed\n";
    for (const auto& [id, n] : keyless) {
        ctx.out << fmt::format("left plain: {} private {} that {} reads: {} has no key\n", n, n == 1 ? "entry" : "entries",
                               id, id);
    }
    if (total > 0 && !opt.dry_run) {
        ctx.out << "git history still holds the plain text: see \"Git history\" in mentor-key(1)\n";
    }
    return exit_code::ok;
}

}  // namespace

Runner add_journal_seal(CLI::App& journal, CLI::App*& sub) {
    auto opt = std::make_shared<SealOptions>();
    sub = journal.add_subcommand("seal", "Seal the plain private entries whose readers all have keys");
    sub->add_flag("--dry-run", opt->dry_run, "Show what would be sealed without writing it");
    return [opt](Context& ctx) { return run_seal(ctx, *opt); };
}

}  // namespace mentor
