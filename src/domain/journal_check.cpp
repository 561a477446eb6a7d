#include "mentor/domain/journal_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"

namespace mentor {

std::uint64_t journal_id_hash(std::string_view id) { return fast_hash64(id, 0x6964); }

JournalFileFacts journal_file_facts(const std::vector<Entry>& entries, const std::vector<std::uint64_t>& content) {
    JournalFileFacts out;
    out.ids.reserve(entries.size());
    out.id_hashes.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        out.ids.push_back({e.id, i < content.size() ? content[i] : 0, e.line, e.cols.id});
        out.id_hashes.push_back(journal_id_hash(e.id));
        if (e.kind == EntryKind::goal_add) out.goal_adds.push_back({e.goal, e.line, e.cols.goal});
        if (is_goal_event(e.kind) && e.kind != EntryKind::goal_add) {
            out.goal_refs.push_back({e.goal, e.line, e.cols.goal, true});
        }
        for (const std::string& g : e.goals) out.goal_refs.push_back({g, e.line, e.cols.goals, false});
    }
    std::sort(out.id_hashes.begin(), out.id_hashes.end());
    return out;
}

JournalPeople::JournalPeople(const Roster& roster, const std::vector<Pair>& pairs, bool pairs_recorded)
    : pairs_recorded_(pairs_recorded) {
    std::vector<std::string> ids;
    std::vector<std::string> coordinators;
    for (const Person& p : roster.people) {
        people_.insert(p.id);
        ids.push_back(p.id);
        if (p.has(Role::coordinator)) coordinators.push_back(p.id);
    }
    coordinators_.insert(coordinators.begin(), coordinators.end());
    std::vector<std::string> keys;
    for (const Pair& p : pairs) {
        std::string key = p.mentor + '\t' + p.mentee;
        if (pair_keys_.insert(key).second) keys.push_back(std::move(key));
    }
    // Sets, hashed in a fixed order: the roster's order changes no check.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::sort(keys.begin(), keys.end());
    std::uint64_t h = fnv1a64(pairs_recorded ? "pairs recorded\n" : "no pairs record\n");
    for (const std::string& id : ids) h = fnv1a64("\n", fnv1a64(id, h));
    h = fnv1a64("--\n", h);
    for (const std::string& k : keys) h = fnv1a64("\n", fnv1a64(k, h));
    // Who may correct an entry depends on who coordinates.
    std::sort(coordinators.begin(), coordinators.end());
    h = fnv1a64("-- coordinators\n", h);
    for (const std::string& c : coordinators) h = fnv1a64("\n", fnv1a64(c, h));
    fingerprint_ = h;
}

std::vector<Diagnostic> JournalPeople::check_entries(const std::vector<Entry>& entries) const {
    std::vector<Diagnostic> out;
    auto known = [&](const std::string& id) { return people_.count(id) > 0; };
    auto person = [&](const Entry& e, const std::string& id, int col, std::string_view field) {
        if (!id.empty() && !known(id)) {
            out.push_back({Severity::error, std::string(e.file), {e.line, col},
                           fmt::format("{} '{}' is not in the roster", field, id),
                           "add them to roster.yaml, or correct the id"});
        }
    };
    for (const Entry& e : entries) {
        person(e, e.by, e.cols.by, "by");
        person(e, e.mentor, e.cols.mentor, "mentor");
        person(e, e.mentee, e.cols.mentee, "mentee");
        person(e, e.person, e.cols.person, "person");
        person(e, e.observer, e.cols.observer, "observer");
        person(e, e.observed, e.cols.observed, "observed");
        for (const std::string& a : e.attendees) person(e, a, e.cols.attendees, "attendee");
        for (const std::string& m : e.mentees) person(e, m, e.cols.mentees, "mentee");
        for (const std::string& mentee : entry_mentees(e)) {
            if (pairs_recorded_ && known(e.mentor) && known(mentee) &&
                pair_keys_.count(e.mentor + '\t' + mentee) == 0) {
                out.push_back({Severity::warning, std::string(e.file),
                               {e.line, e.is_group_session() ? e.cols.mentees : e.cols.mentor},
                               fmt::format("{} and {} were never paired in pairs.tsv", e.mentor, mentee),
                               e.is_group_session() ? "a group session's mentees are the mentor's mentees; check mentees="
                                                    : "check mentor= and mentee=; a pair's history stays in pairs.tsv once made"});
            }
        }
    }
    for (Diagnostic& d : check_corrections(entries, [&](std::string_view id) {
             return coordinators_.count(std::string(id)) > 0;
         })) {
        out.push_back(std::move(d));
    }
    return out;
}

namespace {

Diagnostic undefined_goal(const std::string& file, const JournalFileFacts::GoalRef& r) {
    return {Severity::error, file, {r.line, r.col}, fmt::format("goal {} is not defined in the journal", r.goal),
            r.event ? "a goal is defined by its goal-add entry; see `mentor goal list --all`"
                    : "see `mentor goal list --all` for the goal ids"};
}

}  // namespace

void JournalCrossCheck::add(const std::string& file, const JournalFileFacts& facts, std::vector<Diagnostic>& out) {
    const std::size_t here = files_.size();
    files_.push_back(file);
    for (const JournalFileFacts::GoalAdd& g : facts.goal_adds) {
        const auto [it, fresh] = goals_.emplace(g.goal, std::pair{here, g.line});
        if (!fresh) {
            out.push_back({Severity::error, file, {g.line, g.col},
                           fmt::format("goal {} is defined twice (first in {} line {})", g.goal,
                                       files_[it->second.first], it->second.second),
                           "give one of them another id, and its events too"});
        }
    }
    runs_.push_back(hashes_.size());
    hashes_.insert(hashes_.end(), facts.id_hashes.begin(), facts.id_hashes.end());
    exact_.push_back(facts.ids.size() == facts.id_hashes.size() ? facts.ids : std::vector<JournalFileFacts::Id>{});
    // A goal may be defined in a later file than an entry that works on it: decided at the end.
    for (const JournalFileFacts::GoalRef& r : facts.goal_refs) {
        if (goals_.count(r.goal) == 0) pending_.push_back({here, r});
    }
}

namespace {

// The sorted runs of `v` (starting at `runs`) merged into one sorted array, pairwise.
std::vector<std::uint64_t> merge_runs(std::vector<std::uint64_t> v, std::vector<std::size_t> runs) {
    std::vector<std::uint64_t> other(v.size());
    if (runs.empty()) return v;
    runs.push_back(v.size());
    while (runs.size() > 2) {
        std::vector<std::size_t> merged;
        for (std::size_t r = 0; r + 1 < runs.size(); r += 2) {
            merged.push_back(runs[r]);
            const std::size_t mid = runs[r + 1];
            const std::size_t end = r + 2 < runs.size() ? runs[r + 2] : mid;
            std::merge(v.begin() + static_cast<std::ptrdiff_t>(runs[r]), v.begin() + static_cast<std::ptrdiff_t>(mid),
                       v.begin() + static_cast<std::ptrdiff_t>(mid), v.begin() + static_cast<std::ptrdiff_t>(end),
                       other.begin() + static_cast<std::ptrdiff_t>(runs[r]));
        }
        merged.push_back(v.size());
        v.swap(other);
        runs = std::move(merged);
    }
    return v;
}

}  // namespace

void JournalCrossCheck::finish(std::vector<Diagnostic>& out, const ExactIds& exact) {
    // Ids used twice: the hashes that occur more than once, then the exact ids of the files
    // that hold one of them, in the order they were read (the first use is the one named).
    const std::vector<std::uint64_t> all = merge_runs(hashes_, runs_);
    std::vector<std::uint64_t> twice;
    for (std::size_t i = 1; i < all.size(); ++i) {
        if (all[i] == all[i - 1] && (twice.empty() || twice.back() != all[i])) twice.push_back(all[i]);
    }
    if (!twice.empty()) {
        std::unordered_map<std::string, Seen> seen;
        for (std::size_t f = 0; f < files_.size(); ++f) {
            const auto run = hashes_.begin() + static_cast<std::ptrdiff_t>(runs_[f]);
            const auto run_end = f + 1 < runs_.size() ? hashes_.begin() + static_cast<std::ptrdiff_t>(runs_[f + 1]) : hashes_.end();
            const bool involved = std::any_of(twice.begin(), twice.end(), [&](std::uint64_t h) {
                return std::binary_search(run, run_end, h);
            });
            if (!involved) continue;
            std::vector<JournalFileFacts::Id> ids = std::move(exact_[f]);
            if (ids.empty() && exact) ids = exact(f);
            for (const JournalFileFacts::Id& x : ids) {
                if (!std::binary_search(twice.begin(), twice.end(), journal_id_hash(x.id))) continue;
                const auto [it, fresh] = seen.emplace(x.id, Seen{f, x.line, x.content});
                if (fresh) continue;
                const Seen& first = it->second;
                if (first.content == x.content) {
                    out.push_back({Severity::warning, files_[f], {x.line, x.col},
                                   fmt::format("entry {} appears twice (also {} line {})", x.id, files_[first.file],
                                               first.line),
                                   "delete one of the two identical lines"});
                } else {
                    out.push_back({Severity::error, files_[f], {x.line, x.col},
                                   fmt::format("id {} is used by two entries (also {} line {})", x.id, files_[first.file],
                                               first.line),
                                   "give one of them another id; ids name entries for good"});
                }
            }
        }
    }
    hashes_.clear();
    runs_.clear();
    exact_.clear();
    for (const Pending& p : pending_) {
        if (goals_.count(p.ref.goal) == 0) out.push_back(undefined_goal(files_[p.file], p.ref));
    }
    pending_.clear();
}

}  // namespace mentor
