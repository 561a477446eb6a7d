#include "sealed_support.hpp"

#include <set>

#include <fmt/format.h>

#include "mentor/io/error.hpp"

namespace mentor {

namespace {

std::string loose_message(const Context& ctx, const std::string& id, unsigned mode) {
    return fmt::format("{} may be read by others (mode {:04o}); mentor does not use an exposed secret key",
                       ctx.secret_key_shown(id), mode);
}

std::string loose_hint(const Context& ctx, const std::string& id) {
    return fmt::format("run `chmod 600 {}`; if others could read it, make a new key with `mentor key init --new`",
                       ctx.secret_key_shown(id));
}

}  // namespace

bool open_sealed(Context& ctx, ProgramStore& store, std::vector<Entry>& entries, const std::string& viewer) {
    if (viewer.empty()) return false;
    std::vector<Entry*> mine;
    for (Entry& e : entries) {
        if (e.sealed.empty()) continue;
        for (const SealedText::Recipient& r : e.sealed.to) {
            if (r.id == viewer) mine.push_back(&e);
        }
    }
    if (mine.empty()) return false;
    const std::filesystem::path path = ctx.secret_key_path(viewer);
    const SecretKeyFile file = path.empty() ? SecretKeyFile{} : store.read_secret_key(path, ctx.secret_key_shown(viewer));
    auto note = [&ctx](const std::string& message, const std::string& hint) {
        ctx.err << fmt::format("mentor: warning: {}\n  hint: {}\n", message, hint);
    };
    const std::string count = fmt::format("{} sealed {}", mine.size(), mine.size() == 1 ? "entry" : "entries");
    switch (file.state) {
        case SecretKeyFile::State::missing:
            note(fmt::format("{} for {} shown as (private text): no secret key at {}", count, viewer,
                             ctx.secret_key_shown(viewer)),
                 "copy your secret key there from the machine where you ran `mentor key init`");
            return false;
        case SecretKeyFile::State::loose:
            note(loose_message(ctx, viewer, file.mode), loose_hint(ctx, viewer));
            return false;
        case SecretKeyFile::State::invalid:
            for (Diagnostic d : file.diagnostics) {
                d.severity = Severity::warning;
                print_diagnostics(ctx, {d});
            }
            return false;
        case SecretKeyFile::State::ok: break;
    }
    const SecretKey& key = *file.key;
    if (key.pub.id != viewer) {
        note(fmt::format("{} holds {}'s key, not {}'s", ctx.secret_key_shown(viewer), key.pub.id, viewer),
             fmt::format("a secret key file is named after its owner: {}", ctx.secret_key_shown(key.pub.id)));
        return false;
    }
    std::vector<Diagnostic> broken;
    int other_key = 0;
    for (Entry* e : mine) {
        std::string why;
        switch (open_entry(*e, key, why)) {
            case Opened::broken:
                broken.push_back({Severity::error, std::string(e->file), {e->line, e->sealed.col},
                                  fmt::format("entry {}: {}", e->id, why),
                                  "restore the line from git (`git log -p` on the file), or ask a reader to log it again"});
                break;
            case Opened::other_key: ++other_key; break;
            default: break;
        }
    }
    if (other_key > 0) {
        note(fmt::format("{} sealed {} for {} {} sealed for an earlier key, not {}", other_key,
                         other_key == 1 ? "entry" : "entries", viewer, other_key == 1 ? "was" : "were", key.pub.key_id),
             "another reader of them can run `mentor key reseal` to seal them for your current key");
    }
    print_diagnostics(ctx, broken);
    return !broken.empty();
}

SecretKey require_secret_key(Context& ctx, ProgramStore& store, const std::string& id) {
    const std::filesystem::path path = ctx.secret_key_path(id);
    if (path.empty()) throw InputError("neither $XDG_DATA_HOME nor $HOME is set", "set one, so mentor can find your secret key");
    SecretKeyFile file = store.read_secret_key(path, ctx.secret_key_shown(id));
    switch (file.state) {
        case SecretKeyFile::State::missing:
            throw InputError(fmt::format("{} has no secret key at {}", id, ctx.secret_key_shown(id)),
                             "run `mentor key init`, or copy your secret key there from the machine that made it");
        case SecretKeyFile::State::loose: throw InputError(loose_message(ctx, id, file.mode), loose_hint(ctx, id));
        case SecretKeyFile::State::invalid: throw InputError(std::move(file.diagnostics));
        case SecretKeyFile::State::ok: break;
    }
    if (file.key->pub.id != id) {
        throw InputError(fmt::format("{} holds {}'s key, not {}'s", ctx.secret_key_shown(id), file.key->pub.id, id),
                         "a secret key file is named after its owner");
    }
    return std::move(*file.key);
}

std::vector<Diagnostic> key_diagnostics(ProgramStore& store, Date today) {
    const LoadedKeys& keys = store.public_keys();
    std::vector<Diagnostic> out = keys.diagnostics;
    for (const auto& [id, k] : keys.keys) {
        if (!store.roster().find(id)) {
            out.push_back({Severity::warning, store.shown("keys/" + id + ".pub"), {1, 1},
                           fmt::format("{} is not in the roster", id), "remove the key file of someone who left"});
        }
    }
    if (keys.keys.empty()) return out;
    std::set<std::string> keyless;
    for (const Pair& p : store.pairs()) {
        if (!p.is_current(today)) continue;
        for (const std::string& id : {p.mentor, p.mentee}) {
            if (!keys.keys.count(id)) keyless.insert(id);
        }
    }
    for (const std::string& id : keyless) {
        out.push_back({Severity::warning, store.shown("keys/"), {},
                       fmt::format("{} is in a current pair but has no key: private notes of that pair stay unsealed", id),
                       fmt::format("{} runs `mentor key init` and commits keys/{}.pub", id, id)});
    }
    return out;
}

}  // namespace mentor
