#include "mentor/domain/journal_check.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"

namespace mentor {

JournalFileFacts journal_file_facts(const std::vector<Entry>& entries, const std::vector<std::uint64_t>& content) {
    JournalFileFacts out;
    out.ids.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        out.ids.push_back({e.id, i < content.size() ? content[i] : 0, e.line, e.cols.id});
        if (e.kind == EntryKind::goal_add) out.goal_adds.push_back({e.goal, e.line, e.cols.goal});
        if (is_goal_event(e.kind) && e.kind != EntryKind::goal_add) {
            out.goal_refs.push_back({e.goal, e.line, e.cols.goal, true});
        }
        for (const std::string& g : e.goals) out.goal_refs.push_back({g, e.line, e.cols.goals, false});
    }
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
    for (const JournalFileFacts::Id& x : facts.ids) {
        const auto [it, fresh] = ids_.emplace(x.id, Seen{here, x.line, x.content});
        if (fresh) continue;
        const Seen& first = it->second;
        if (first.content == x.content) {
            out.push_back({Severity::warning, file, {x.line, x.col},
                           fmt::format("entry {} appears twice (also {} line {})", x.id, files_[first.file], first.line),
                           "delete one of the two identical lines"});
        } else {
            out.push_back({Severity::error, file, {x.line, x.col},
                           fmt::format("id {} is used by two entries (also {} line {})", x.id, files_[first.file],
                                       first.line),
                           "give one of them another id; ids name entries for good"});
        }
    }
    // A goal may be defined in a later file than an entry that works on it: decided at the end.
    for (const JournalFileFacts::GoalRef& r : facts.goal_refs) {
        if (goals_.count(r.goal) == 0) pending_.push_back({here, r});
    }
}

void JournalCrossCheck::finish(std::vector<Diagnostic>& out) {
    for (const Pending& p : pending_) {
        if (goals_.count(p.ref.goal) == 0) out.push_back(undefined_goal(files_[p.file], p.ref));
    }
    pending_.clear();
}

}  // namespace mentor
