// The program store's keys: keys/ID.pub in the program, secret keys outside it, and the
// journal rewrites that sealing and re-sealing make.
#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_names.hpp"
#include "mentor/io/journal_text.hpp"
#include "mentor/io/key_files.hpp"
#include "mentor/io/store.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

// Whether the entry is about `id` (not only written by them).
bool is_about(const Entry& e, const std::string& id) {
    if (!e.has_pair()) return e.person == id;
    const auto mentees = entry_mentees(e);
    return e.mentor == id || std::find(mentees.begin(), mentees.end(), id) != mentees.end();
}

}  // namespace

const LoadedKeys& ProgramStore::public_keys() {
    if (keys_) return *keys_;
    keys_.emplace();
    for (const std::string& name : disk_->list(keys_dir())) {
        if (name.size() <= 4 || name.compare(name.size() - 4, 4, ".pub") != 0) continue;
        const std::string id = name.substr(0, name.size() - 4);
        Diagnostics d(shown("keys/" + name));
        if (!is_valid_id(id)) {
            d.error({1, 1}, fmt::format("'{}' is not a person's id", id), "a public key file is keys/ID.pub");
        } else if (std::optional<PublicKey> k = parse_public_key(disk_->read(keys_dir() / name), id, d)) {
            keys_->keys.emplace(id, std::move(*k));
        }
        for (Diagnostic& x : d.take()) keys_->diagnostics.push_back(std::move(x));
    }
    return *keys_;
}

SealReaders ProgramStore::seal_readers(const Entry& e) {
    SealReaders out;
    const auto& keys = public_keys().keys;
    for (const std::string& id : text_readers(e)) {
        const auto it = keys.find(id);
        if (it != keys.end()) out.keys.push_back(&it->second);
        else if (is_about(e, id)) out.keyless.push_back(id);
    }
    return out;
}

void ProgramStore::write_public_key(const PublicKey& k) {
    disk_->make_dir(keys_dir());
    disk_->write(keys_dir() / (k.id + ".pub"), format_public_key(k));
    keys_.reset();
}

SecretKeyFile ProgramStore::read_secret_key(const fs::path& path, const std::string& shown_as) const {
    SecretKeyFile out;
    const PrivateFile f = read_private_file(path);
    if (!f.exists) return out;
    out.mode = f.mode;
    if (f.loose()) {
        out.state = SecretKeyFile::State::loose;
        return out;
    }
    Diagnostics d(shown_as);
    out.key = parse_secret_key(f.content, d);
    out.diagnostics = d.take();
    out.state = out.key ? SecretKeyFile::State::ok : SecretKeyFile::State::invalid;
    return out;
}

bool ProgramStore::write_secret_key(const fs::path& path, const SecretKey& k, bool replace) {
    return write_private_file(path, format_secret_key(k), replace);
}

std::vector<std::pair<std::string, int>> ProgramStore::rewrite_entries(const std::function<bool(Entry&)>& change,
                                                                       bool dry_run) {
    std::vector<std::pair<std::string, int>> out;
    for (const std::string& name : journal_files()) {
        if (!journal_file_span(name)) continue;
        int changed = 0;
        disk_->replace_locked(journal_dir() / name, [&](std::string_view text) -> std::optional<std::string> {
            changed = 0;
            std::string next;
            next.reserve(text.size());
            int number = 0;
            std::size_t at = 0;
            while (at < text.size()) {
                const std::size_t nl = text.find('\n', at);
                const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
                const std::string_view line = text.substr(at, end - at);
                const std::string_view rest = text.substr(end, nl == std::string_view::npos ? 0 : 1);
                at = end + 1;
                ++number;
                Entry e;
                Diagnostics ignored(name);
                if (!line.empty() && line.front() != '#' && line.back() != '\r' &&
                    parse_entry_line(line, number, ignored, e) && change(e)) {
                    ++changed;
                    next += format_entry_line(e);
                    if (rest.empty()) next.pop_back();
                    continue;
                }
                next += line;
                next += rest;
            }
            if (changed == 0) return std::nullopt;
            return next;
        }, dry_run);
        if (changed > 0) out.emplace_back(shown("journal/" + name), changed);
    }
    journal_files_.reset();
    goal_events_.reset();
    goals_.reset();
    return out;
}

}  // namespace mentor
