#include "mentor/domain/journal.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

// Lowercase letters and digits without the ones that read like others (i, l, o, u).
constexpr std::string_view id_alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

// FNV-1a, 64 bits: small, stable across platforms and releases, good enough to spread ids.
struct Hash {
    std::uint64_t h = fnv1a64_basis;
    void bytes(std::string_view s) {
        h = fnv1a64(s, h);
        h = fnv1a64("\xff", h);  // field separator, so ("ab","c") and ("a","bc") differ
    }
    void number(std::int64_t v) { bytes(fmt::format("{}", v)); }
};

std::string encode(std::uint64_t h, std::size_t length) {
    // Mix the bits once more so that nearby inputs do not share prefixes.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    std::string out;
    for (std::size_t i = 0; i < length; ++i) {
        out += id_alphabet[h & 31];
        h >>= 5;
    }
    return out;
}

void hash_entry(Hash& h, const Entry& e) {
    h.number(e.date.days());
    h.bytes(kind_name(e.kind));
    for (const std::string* s : {&e.by, &e.mentor, &e.mentee, &e.person, &e.observer, &e.observed, &e.class_name,
                                 &e.goal, &e.text, &e.definition.what, &e.definition.measure}) {
        h.bytes(*s);
    }
    for (const std::string& s : e.focus) h.bytes(s);
    for (const std::string& s : e.attendees) h.bytes(s);
    for (const std::string& s : e.mentees) h.bytes(s);
    for (const std::string& s : e.goals) h.bytes(s);
    for (const std::string& s : e.supersedes) h.bytes(s);
    h.number(e.minutes);
    if (e.value) h.bytes(fmt::format("{}", *e.value));
}

bool is_coordinator(const Roster& roster, std::string_view id) {
    const Person* p = roster.find(id);
    return p != nullptr && p->has(Role::coordinator);
}

std::string pair_name(const Pair& p) { return fmt::format("{} (mentor) and {} (mentee)", p.mentor, p.mentee); }

}  // namespace

std::optional<EntryKind> parse_kind(std::string_view name) {
    if (const auto k = entry_kind_names.parse(name)) return k;
    if (name == "checkin") return EntryKind::check_in;
    if (name == "collaborative-inquiry") return EntryKind::inquiry;
    if (name == "coteaching") return EntryKind::co_teaching;
    return std::nullopt;
}

std::string loggable_kind_names() {
    std::string out;
    for (EntryKind k : all_entry_kinds) {
        if (is_goal_event(k)) continue;
        if (!out.empty()) out += ", ";
        out += kind_name(k);
    }
    return out;
}

bool is_goal_value(double v) { return std::isfinite(v) && v >= -max_goal_value && v <= max_goal_value; }

std::optional<Milestone> parse_milestone(std::string_view text) {
    if (text.size() < 10) return std::nullopt;
    const std::optional<Date> date = parse_date(text.substr(0, 10));
    if (!date) return std::nullopt;
    Milestone m{*date, std::nullopt, {}};
    std::string_view rest = text.substr(10);
    if (!rest.empty() && rest.front() == '=') {
        rest.remove_prefix(1);
        const std::size_t end = std::min(rest.find(' '), rest.size());
        double v = 0;
        const auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + end, v);
        if (ec != std::errc() || ptr != rest.data() + end || end == 0 || !is_goal_value(v)) return std::nullopt;
        m.value = v;
        rest.remove_prefix(end);
    }
    if (!rest.empty()) {
        if (rest.front() != ' ') return std::nullopt;
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        m.text = std::string(rest);
    }
    return m;
}

std::string format_milestone(const Milestone& m) {
    std::string out = m.date.iso();
    if (m.value) out += fmt::format("={}", *m.value);
    if (!m.text.empty()) out += " " + m.text;
    return out;
}

namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::span<const std::string> entry_mentees(const Entry& e) {
    if (!e.mentees.empty()) return e.mentees;
    if (!e.has_pair() || e.mentee.empty()) return {};
    return {&e.mentee, 1};
}

bool Entry::involves(std::string_view who) const {
    if (who.empty()) return false;
    if (by == who || mentor == who || mentee == who || person == who || observer == who || observed == who) {
        return true;
    }
    return contains(attendees, who) || contains(mentees, who);
}

bool can_read_text(const Entry& e, std::string_view viewer) {
    if (!e.is_private) return true;
    if (viewer.empty()) return false;
    if (e.by == viewer) return true;
    if (e.has_pair()) return e.mentor == viewer || e.mentee == viewer || contains(e.mentees, viewer);
    return e.person == viewer;
}

std::vector<std::string> text_readers(const Entry& e) {
    std::vector<std::string> out;
    if (!e.by.empty()) out.push_back(e.by);
    if (e.has_pair()) {
        out.push_back(e.mentor);
        for (const std::string& m : entry_mentees(e)) out.push_back(m);
    } else if (!e.person.empty()) {
        out.push_back(e.person);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string make_entry_id(const Entry& e, std::uint64_t salt) {
    Hash h;
    hash_entry(h, e);
    h.number(static_cast<std::int64_t>(salt));
    return encode(h.h, 10);
}

std::string make_goal_id(const Entry& goal_add, std::uint64_t salt) {
    Hash h;
    h.bytes("goal");
    hash_entry(h, goal_add);
    h.number(static_cast<std::int64_t>(salt));
    return "g" + encode(h.h, 6);
}

bool EntryFilter::matches(const Entry& e) const {
    if (since && e.date < *since) return false;
    if (until && e.date > *until) return false;
    if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), e.kind) == kinds.end()) return false;
    if (!person.empty() && !e.involves(person)) return false;
    if (!mentor.empty() && (e.mentor != mentor || (e.mentee != mentee && !contains(e.mentees, mentee)))) return false;
    if (!goal.empty() && e.goal != goal && std::find(e.goals.begin(), e.goals.end(), goal) == e.goals.end()) {
        return false;
    }
    return true;
}

LogTarget resolve_log_target(const Roster& roster, const std::vector<Pair>& pairs, std::string_view person,
                             std::string_view writer, EntryKind kind, Date date) {
    LogTarget t;
    const bool coordinator = is_coordinator(roster, writer);
    const bool self = person == writer;

    if (kind == EntryKind::workshop || kind == EntryKind::training) {
        if (!self && !coordinator) {
            t.error = fmt::format("{} cannot log a {} for {}", writer, kind_name(kind), person);
            t.hint = kind == EntryKind::workshop
                         ? "a workshop is logged by the person who led it (or a coordinator): `mentor log " +
                               std::string(writer) + " --kind workshop --attendee ID ...`"
                         : "a training is logged by the person who attended it (or a coordinator)";
            return t;
        }
        t.person = std::string(person);
        return t;
    }

    // The pairs that are about `person` on that day, and among them those the writer is part of.
    std::vector<const Pair*> about;
    std::vector<const Pair*> ever;
    for (const Pair& p : pairs) {
        if (p.mentor != person && p.mentee != person) continue;
        ever.push_back(&p);
        if (p.is_current(date)) about.push_back(&p);
    }
    std::vector<const Pair*> mine;
    for (const Pair* p : about) {
        if (self || p->mentor == writer || p->mentee == writer) mine.push_back(p);
    }
    if (mine.empty() && coordinator) mine = about;

    if (mine.size() == 1) {
        t.mentor = mine[0]->mentor;
        t.mentee = mine[0]->mentee;
        return t;
    }
    if (mine.size() > 1) {
        std::string others;
        for (const Pair* p : mine) {
            const std::string& other = p->mentor == person ? p->mentee : p->mentor;
            if (!others.empty()) others += ", ";
            others += other;
        }
        t.error = fmt::format("{} is in {} pairs on {}: say which one", person, mine.size(), date.iso());
        t.hint = fmt::format("name the other person of the pair instead: `mentor log ID` with ID one of {}", others);
        return t;
    }

    // No pair fits. A note about oneself, or by a coordinator, needs none.
    if (kind == EntryKind::note && (self || coordinator)) {
        t.person = std::string(person);
        return t;
    }
    if (!about.empty()) {
        const Pair& p = *about.front();
        t.error = fmt::format("{} is not part of the pair of {}", writer, pair_name(p));
        t.hint = "only the people of a pair (or a coordinator) log for it; use `--as ID` to write as someone else";
        return t;
    }
    for (const Pair* p : ever) {
        if (self || p->mentor == writer || p->mentee == writer || coordinator) {
            if (date < p->start) {
                t.error = fmt::format("the pair of {} starts on {}, after {}", pair_name(*p), p->start.iso(),
                                      date.iso());
            } else {
                // The end is the first day the pair no longer holds: name its last day.
                t.error = fmt::format("the pair of {} had its last day on {}, before {}", pair_name(*p), (*p->ends() - 1).iso(),
                                      date.iso());
            }
            t.hint = "check --date, or see `mentor pairs --all`";
            return t;
        }
    }
    t.error = fmt::format("{} has no pair{} on {}", person,
                          self ? std::string() : fmt::format(" with {}", writer), date.iso());
    t.hint = needs_pair(kind) ? "a " + std::string(kind_name(kind)) +
                                    " belongs to a pair; see `mentor pairs`, or log a `--kind note` about yourself"
                              : "see `mentor pairs`";
    return t;
}

std::string goal_permission(const Roster& roster, const std::vector<Pair>& pairs, std::string_view owner,
                            std::string_view writer, Date date) {
    if (owner == writer || is_coordinator(roster, writer)) return {};
    for (const Pair& p : pairs) {
        if (p.mentee == owner && p.mentor == writer && p.is_current(date)) return {};
    }
    return fmt::format("{} is neither {} nor their mentor on {}, nor a coordinator", writer, owner, date.iso());
}

HeldMeetings held_meetings(const std::vector<Entry>& entries, Date from, Date until) {
    HeldMeetings out;
    std::map<MeetingId, std::size_t> index;
    std::vector<std::pair<std::size_t, std::size_t>> links;  // meetings one group session joins
    for (const Entry& e : entries) {
        if (e.kind != EntryKind::check_in || e.date < from || until < e.date) continue;
        std::size_t first = out.meetings.size();
        bool have_first = false;
        for (const std::string& mentee : entry_mentees(e)) {
            const MeetingId id{e.date, e.mentor, mentee};
            const auto [it, fresh] = index.emplace(id, out.meetings.size());
            if (fresh) out.meetings.push_back({id, 0, {}, 0});
            HeldMeeting& m = out.meetings[it->second];
            m.minutes = std::max(m.minutes, e.minutes);
            m.notes.push_back(&e);
            if (!have_first) {
                first = it->second;
                have_first = true;
            } else {
                links.emplace_back(first, it->second);
            }
        }
    }
    // Meetings joined by a group session are one session: union-find over their indexes.
    std::vector<std::size_t> parent(out.meetings.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    const auto root = [&parent](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const auto& [a, b] : links) parent[root(a)] = root(b);
    // Sorted by MeetingId, so that sessions come out by date, mentor and first mentee.
    std::vector<HeldMeeting> sorted;
    sorted.reserve(out.meetings.size());
    std::vector<std::size_t> roots;
    roots.reserve(out.meetings.size());
    for (const auto& [id, i] : index) {
        roots.push_back(root(i));
        sorted.push_back(std::move(out.meetings[i]));
    }
    out.meetings = std::move(sorted);
    std::map<std::size_t, std::size_t> session_of_root;
    for (std::size_t i = 0; i < out.meetings.size(); ++i) {
        HeldMeeting& m = out.meetings[i];
        const auto [it, fresh] = session_of_root.emplace(roots[i], out.sessions.size());
        if (fresh) out.sessions.push_back({m.id.date, m.id.mentor, {}, 0});
        Session& s = out.sessions[it->second];
        s.mentees.push_back(m.id.mentee);
        s.minutes = std::max(s.minutes, m.minutes);
        m.session = it->second;
    }
    return out;
}

std::vector<const Entry*> in_date_order(const std::vector<Entry>& entries) {
    std::vector<const Entry*> out;
    out.reserve(entries.size());
    for (const Entry& e : entries) out.push_back(&e);
    std::stable_sort(out.begin(), out.end(), [](const Entry* a, const Entry* b) { return a->date < b->date; });
    return out;
}

}  // namespace mentor

namespace mentor {

std::vector<Diagnostic> validate_journal(const std::vector<Entry>& entries, const Roster& roster,
                                         const std::vector<Pair>& pairs, bool pairs_recorded) {
    std::vector<Diagnostic> out;
    std::unordered_set<std::string_view> people;
    for (const Person& p : roster.people) people.insert(p.id);
    std::unordered_set<std::string> pair_keys;
    for (const Pair& p : pairs) pair_keys.insert(p.mentor + '\t' + p.mentee);
    std::unordered_map<std::string_view, const Entry*> goals;
    for (const Entry& e : entries) {
        if (e.kind != EntryKind::goal_add) continue;
        const auto [it, fresh] = goals.emplace(e.goal, &e);
        if (!fresh) {
            out.push_back({Severity::error, std::string(e.file), {e.line, e.cols.goal},
                           fmt::format("goal {} is defined twice (first in {} line {})", e.goal, it->second->file,
                                       it->second->line),
                           "give one of them another id, and its events too"});
        }
    }
    std::unordered_map<std::string_view, const Entry*> ids;
    auto error = [&](const Entry& e, int col, std::string message, std::string hint) {
        out.push_back({Severity::error, std::string(e.file), {e.line, col}, std::move(message), std::move(hint)});
    };
    auto person = [&](const Entry& e, const std::string& id, int col, std::string_view field) {
        if (!id.empty() && people.count(id) == 0) {
            error(e, col, fmt::format("{} '{}' is not in the roster", field, id),
                  "add them to roster.yaml, or correct the id");
        }
    };
    for (const Entry& e : entries) {
        const auto [it, fresh] = ids.emplace(e.id, &e);
        if (!fresh) {
            const Entry& first = *it->second;
            Entry a = first, b = e;
            a.file = b.file;
            a.line = b.line;
            a.cols = b.cols;
            if (a == b) {
                out.push_back({Severity::warning, std::string(e.file), {e.line, e.cols.id},
                               fmt::format("entry {} appears twice (also {} line {})", e.id, first.file, first.line),
                               "delete one of the two identical lines"});
            } else {
                error(e, e.cols.id, fmt::format("id {} is used by two entries (also {} line {})", e.id, first.file,
                                                first.line),
                      "give one of them another id; ids name entries for good");
            }
        }
        person(e, e.by, e.cols.by, "by");
        person(e, e.mentor, e.cols.mentor, "mentor");
        person(e, e.mentee, e.cols.mentee, "mentee");
        person(e, e.person, e.cols.person, "person");
        person(e, e.observer, e.cols.observer, "observer");
        person(e, e.observed, e.cols.observed, "observed");
        for (const std::string& a : e.attendees) person(e, a, e.cols.attendees, "attendee");
        for (const std::string& m : e.mentees) person(e, m, e.cols.mentees, "mentee");
        for (const std::string& mentee : entry_mentees(e)) {
            if (pairs_recorded && people.count(e.mentor) && people.count(mentee) &&
                pair_keys.count(e.mentor + '\t' + mentee) == 0) {
                out.push_back({Severity::warning, std::string(e.file), {e.line, e.is_group_session() ? e.cols.mentees : e.cols.mentor},
                               fmt::format("{} and {} were never paired in pairs.tsv", e.mentor, mentee),
                               e.is_group_session() ? "a group session's mentees are the mentor's mentees; check mentees="
                                                    : "check mentor= and mentee=; a pair's history stays in pairs.tsv once made"});
            }
        }
        if (is_goal_event(e.kind) && e.kind != EntryKind::goal_add && goals.count(e.goal) == 0) {
            error(e, e.cols.goal, fmt::format("goal {} is not defined in the journal", e.goal),
                  "a goal is defined by its goal-add entry; see `mentor goal list --all`");
        }
        for (const std::string& g : e.goals) {
            if (goals.count(g) == 0) {
                error(e, e.cols.goals, fmt::format("goal {} is not defined in the journal", g),
                      "see `mentor goal list --all` for the goal ids");
            }
        }
    }
    // Corrections link the entries of one file.
    if (std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.is_correction(); })) {
        std::map<std::string_view, std::vector<Entry>> by_file;
        for (const Entry& e : entries) by_file[e.file].push_back(e);
        for (auto& [file, part] : by_file) {
            for (Diagnostic& d : check_corrections(part, [&](std::string_view id) { return is_coordinator(roster, id); })) {
                out.push_back(std::move(d));
            }
        }
    }
    return out;
}

}  // namespace mentor
