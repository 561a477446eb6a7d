// Corrections of journal entries: the versions `supersedes=` links, and which one counts.
#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "mentor/domain/journal.hpp"

namespace mentor {

namespace {

// The versions of each entry: entries linked by `supersedes` (in either direction) share a
// group. Ids that name no entry link nothing.
class Versions {
public:
    explicit Versions(const std::vector<Entry>& entries) : entries_(entries), parent_(entries.size()) {
        std::iota(parent_.begin(), parent_.end(), std::size_t{0});
        index_.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i) index_.emplace(entries[i].id, i);
        superseded_.assign(entries.size(), false);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            for (const std::string& old : entries[i].supersedes) {
                const auto it = index_.find(old);
                if (it == index_.end() || it->second == i) continue;
                superseded_[it->second] = true;
                unite(i, it->second);
            }
        }
    }

    std::size_t group(std::size_t i) {
        while (parent_[i] != i) {
            parent_[i] = parent_[parent_[i]];
            i = parent_[i];
        }
        return i;
    }

    std::optional<std::size_t> find(std::string_view id) const {
        const auto it = index_.find(id);
        if (it == index_.end()) return std::nullopt;
        return it->second;
    }

    bool superseded(std::size_t i) const { return superseded_[i]; }

    /// Orders versions by id (then by where they were read).
    bool id_before(std::size_t a, std::size_t b) const {
        return entries_[a].id != entries_[b].id ? entries_[a].id < entries_[b].id : a < b;
    }

    /// The current versions of every group with more than one version, the one that counts
    /// first: those nothing supersedes, by id descending; for a cycle (nothing is current),
    /// its greatest id.
    std::map<std::size_t, std::vector<std::size_t>> heads() {
        std::map<std::size_t, std::vector<std::size_t>> members;
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            if (group(i) != i || has_links(i)) members[group(i)].push_back(i);
        }
        std::map<std::size_t, std::vector<std::size_t>> out;
        for (auto& [g, all] : members) {
            if (all.size() < 2) continue;
            std::vector<std::size_t> current;
            for (std::size_t i : all) {
                if (!superseded_[i]) current.push_back(i);
            }
            if (current.empty()) current.push_back(*std::max_element(all.begin(), all.end(), [&](std::size_t a, std::size_t b) { return id_before(a, b); }));
            std::sort(current.begin(), current.end(), [&](std::size_t a, std::size_t b) { return id_before(b, a); });
            out.emplace(g, std::move(current));
        }
        return out;
    }

private:
    bool has_links(std::size_t i) const { return superseded_[i] || !entries_[i].supersedes.empty(); }
    void unite(std::size_t a, std::size_t b) {
        a = group(a);
        b = group(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }

    const std::vector<Entry>& entries_;
    std::vector<std::size_t> parent_;
    std::vector<bool> superseded_;
    std::unordered_map<std::string_view, std::size_t> index_;
};

bool has_any_correction(const std::vector<Entry>& entries) {
    return std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.is_correction(); });
}

}  // namespace

std::vector<const Entry*> current_versions(const std::vector<Entry>& entries, std::string_view id) {
    Versions v(entries);
    const std::optional<std::size_t> at = v.find(id);
    if (!at) return {};
    const auto heads = v.heads();
    const auto it = heads.find(v.group(*at));
    if (it == heads.end()) return {&entries[*at]};
    std::vector<const Entry*> out;
    for (std::size_t i : it->second) out.push_back(&entries[i]);
    return out;
}

void keep_current_versions(std::vector<Entry>& entries) {
    if (!has_any_correction(entries)) return;
    std::vector<bool> keep(entries.size(), true);
    {
        Versions v(entries);
        const auto heads = v.heads();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto it = heads.find(v.group(i));
            if (it != heads.end() && i != it->second.front()) keep[i] = false;
        }
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!keep[i]) continue;
        if (out != i) entries[out] = std::move(entries[i]);
        ++out;
    }
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(out), entries.end());
}

std::string correction_refusal(const Entry& original, const Entry& correction, bool coordinator) {
    const std::string& w = correction.by;
    const bool own = w == original.by || w == original.mentor || w == original.mentee || w == original.person ||
                     w == original.observer || w == original.observed ||
                     std::find(original.mentees.begin(), original.mentees.end(), w) != original.mentees.end();
    if (!own && !coordinator) {
        return fmt::format("{} neither wrote entry {} nor is it about them, and is not a coordinator", w, original.id);
    }
    if (correction.kind != original.kind) {
        return fmt::format("a correction of entry {} is a {}, not a {}", original.id, kind_name(original.kind),
                           kind_name(correction.kind));
    }
    if (correction.mentor != original.mentor || correction.mentee != original.mentee ||
        correction.mentees != original.mentees || correction.person != original.person ||
        correction.observer != original.observer || correction.observed != original.observed ||
        correction.goal != original.goal) {
        return fmt::format("a correction of entry {} names other people or another goal", original.id);
    }
    if (original.is_private && has_text(original) && text_readers(correction) != text_readers(original)) {
        return fmt::format("entry {} is private to {}: a correction by {} would be read by {}", original.id,
                           fmt::join(text_readers(original), ", "), w, fmt::join(text_readers(correction), ", "));
    }
    return {};
}

std::vector<Diagnostic> check_corrections(const std::vector<Entry>& entries,
                                          const std::function<bool(std::string_view)>& is_coordinator) {
    std::vector<Diagnostic> out;
    if (!has_any_correction(entries)) return out;
    Versions v(entries);
    for (const Entry& e : entries) {
        for (const std::string& old : e.supersedes) {
            const std::optional<std::size_t> at = v.find(old);
            if (!at) {
                out.push_back({Severity::error, std::string(e.file), {e.line, e.cols.supersedes},
                               fmt::format("supersedes={}: there is no entry {} in this file", old, old),
                               "a correction is written to the file of the entry it corrects; restore that entry, "
                               "or correct the id"});
                continue;
            }
            if (entries[*at].id == e.id) {
                out.push_back({Severity::error, std::string(e.file), {e.line, e.cols.supersedes},
                               fmt::format("entry {} supersedes itself", e.id), "name the entry it corrects"});
                continue;
            }
            std::string why = correction_refusal(entries[*at], e, is_coordinator(e.by));
            if (!why.empty()) {
                out.push_back({Severity::error, std::string(e.file), {e.line, e.cols.by}, std::move(why),
                               "a correction is written by `mentor journal fix` as the entry's writer, one of its "
                               "people, or a coordinator, and changes no one it is about"});
            }
        }
    }
    for (const auto& [g, current] : v.heads()) {
        std::size_t superseded = 0;
        for (std::size_t i : current) superseded += v.superseded(i) ? 1U : 0U;
        const Entry& first = entries[current.front()];
        if (superseded > 0) {
            out.push_back({Severity::error, std::string(first.file), {first.line, first.cols.supersedes},
                           fmt::format("the corrections of entry {} form a cycle: each supersedes another", first.id),
                           "remove supersedes= from the first version"});
        } else if (current.size() > 1) {
            std::vector<std::string> ids;
            for (std::size_t i : current) ids.push_back(entries[i].id);
            std::sort(ids.begin(), ids.end());
            out.push_back({Severity::warning, std::string(first.file), {first.line, first.cols.id},
                           fmt::format("{} are corrections of one entry made apart (each on its own clone): {} "
                                       "counts, the greater id", fmt::join(ids, " and "), first.id),
                           fmt::format("run `mentor journal fix {}` with the right values: it supersedes both", first.id)});
        }
    }
    return out;
}

}  // namespace mentor
