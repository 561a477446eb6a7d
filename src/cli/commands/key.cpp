// mentor key init | list | reseal: key pairs for sealed private notes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "journal_support.hpp"
#include "sealed_support.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/key_format.hpp"

namespace mentor {

namespace {

struct KeyOptions {
    std::string as;
    bool fresh = false;
    bool dry_run = false;
    std::string format = "text";
};

int run_init(Context& ctx, const KeyOptions& opt) {
    ProgramStore store = ctx.store();
    const std::string id = require_person(store.roster(), require_user(ctx, store, opt.as)).id;
    const std::filesystem::path path = ctx.secret_key_path(id);
    if (path.empty()) throw InputError("neither $XDG_DATA_HOME nor $HOME is set", "set one: the secret key goes there");
    const std::string shown_key = ctx.secret_key_shown(id);
    const auto& keys = store.public_keys().keys;
    const auto pub = keys.find(id);
    const std::string pub_name = store.shown("keys/" + id + ".pub");
    std::optional<SecretKey> key;
    if (!opt.fresh) {
        const SecretKeyFile file = store.read_secret_key(path, shown_key);
        if (file.state != SecretKeyFile::State::missing) key = require_secret_key(ctx, store, id);
    }
    if (key) {
        if (pub != keys.end() && pub->second.key_id == key->pub.key_id) {
            ctx.out << fmt::format("{} already has key {} ({}); nothing to do\n", id, key->pub.key_id, pub_name);
            return exit_code::ok;
        }
        if (pub != keys.end()) {
            throw InputError(fmt::format("{} holds key {}, but your secret key {} is {}", pub_name, pub->second.key_id,
                                         shown_key, key->pub.key_id),
                             "copy the secret key that matches it here, or run `mentor key init --new` to replace both "
                             "(notes sealed for the old key then need `mentor key reseal` by their other reader)");
        }
        store.write_public_key(key->pub);
        ctx.out << fmt::format("wrote {} for {}'s key {} from {}\n  commit it: git add {}\n", pub_name, id,
                               key->pub.key_id, shown_key, pub_name);
        return exit_code::ok;
    }
    if (pub != keys.end() && !opt.fresh) {
        throw InputError(fmt::format("{} exists, but there is no secret key at {}", pub_name, shown_key),
                         "copy your secret key there from the machine that made it, or run `mentor key init --new` "
                         "to replace it (notes sealed for the old key then need `mentor key reseal` by their other reader)");
    }
    const SecretKey fresh = generate_key_pair(id);
    if (!store.write_secret_key(path, fresh, opt.fresh)) {
        throw InputError(fmt::format("{} appeared while this key was made", shown_key), "run `mentor key init` again");
    }
    store.write_public_key(fresh.pub);
    ctx.out << fmt::format("created key {} for {}\n  secret key: {} (mode 0600; never share or commit it)\n"
                           "  public key: {}\n  commit it: git add {}\n",
                           fresh.pub.key_id, id, shown_key, pub_name, pub_name);
    return exit_code::ok;
}

int run_list(Context& ctx, const KeyOptions& opt) {
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    const LoadedKeys& keys = store.public_keys();
    std::map<std::string, KeyRow> rows;
    for (const auto& [id, k] : keys.keys) rows[id] = {id, k.key_id, false};
    for (const Pair& p : store.pairs()) {
        if (!p.is_current(today)) continue;
        for (const std::string& id : {p.mentor, p.mentee}) {
            KeyRow& r = rows[id];
            r.person = id;
            r.paired = true;
        }
    }
    std::vector<KeyRow> list;
    for (auto& [id, r] : rows) {
        if (!keys.keys.empty() || !r.key_id.empty()) list.push_back(std::move(r));
    }
    ctx.out << format_key_list(list, format_option(opt.format));
    print_diagnostics(ctx, keys.diagnostics);
    return keys.diagnostics.empty() ? exit_code::ok : exit_code::bad_data;
}

int run_reseal(Context& ctx, const KeyOptions& opt) {
    ProgramStore store = ctx.store();
    const std::string id = require_person(store.roster(), require_user(ctx, store, opt.as)).id;
    const SecretKey key = require_secret_key(ctx, store, id);
    store.valid();
    int unopened = 0, keyless = 0;
    std::string lines;
    const auto changed = store.rewrite_entries([&](Entry& e) {
        if (e.sealed.empty() || std::none_of(e.sealed.to.begin(), e.sealed.to.end(), [&](const auto& r) { return r.id == id; })) {
            return false;
        }
        std::optional<std::string> text = opened_text(e, key);
        if (!text) return ++unopened, false;
        const SealReaders readers = store.seal_readers(e);
        if (!readers.keyless.empty()) return ++keyless, false;
        std::vector<SealedText::Recipient> want;
        for (const PublicKey* k : readers.keys) want.push_back({k->id, k->key_id, {}});
        const bool same = want.size() == e.sealed.to.size() &&
                          std::equal(want.begin(), want.end(), e.sealed.to.begin(), [](const auto& a, const auto& b) {
                              return a.id == b.id && a.key_id == b.key_id;
                          });
        if (same) return false;
        e.text = std::move(*text);
        seal_entry(e, readers.keys);
        std::string to;
        for (const auto& r : e.sealed.to) to += (to.empty() ? "" : ", ") + r.id;
        lines += fmt::format("  {} {} {} [{}]: for {}\n", e.date.iso(), kind_name(e.kind), entry_subject(e), e.id, to);
        return true;
    }, opt.dry_run);
    int total = 0;
    for (const auto& [file, n] : changed) total += n;
    ctx.out << fmt::format("{} {} {}{}\n", opt.dry_run ? "would reseal" : "resealed", total, total == 1 ? "entry" : "entries",
                           total == 0 ? ": every note you read is sealed for its readers' current keys" : ":");
    ctx.out << lines;
    if (unopened > 0) {
        ctx.out << fmt::format("{} {} for {} do not open with key {}: another reader must reseal them\n", unopened,
                               unopened == 1 ? "note" : "notes", id, key.pub.key_id);
    }
    if (keyless > 0) {
        ctx.out << fmt::format("{} {} left as sealed: one of their readers has no key now\n", keyless,
                               keyless == 1 ? "note" : "notes");
    }
    return exit_code::ok;
}

}  // namespace

Runner add_key(CLI::App& parent) {
    auto opt = std::make_shared<KeyOptions>();
    CLI::App* cmd = parent.add_subcommand("key", "Key pairs that seal private notes to the people of the pair");
    cmd->require_subcommand(1);
    CLI::App* init = cmd->add_subcommand("init", "Make your key pair: the secret key stays on this machine, keys/ID.pub is committed");
    init->add_option("--as", opt->as, "Make the key of this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    init->add_flag("--new", opt->fresh, "Replace your key pair (notes sealed for the old key need `mentor key reseal`)");
    CLI::App* list = cmd->add_subcommand("list", "Who has a key, and who in a current pair has none");
    add_format_option(*list, opt->format, {"text", "json"});
    CLI::App* reseal = cmd->add_subcommand("reseal", "Seal the notes you can read again, for their readers' current keys");
    reseal->add_option("--as", opt->as, "Reseal as this person (default: $MENTOR_USER, else git's user.email)")
        ->option_text("ID");
    reseal->add_flag("--dry-run", opt->dry_run, "Show what would be resealed without writing it");
    return [opt, init, list](Context& ctx) {
        if (init->parsed()) return run_init(ctx, *opt);
        if (list->parsed()) return run_list(ctx, *opt);
        return run_reseal(ctx, *opt);
    };
}

}  // namespace mentor
