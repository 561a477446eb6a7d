// Edits of the pairs record by hand: assign, lock, unlock and end one pair.
#include "mentor/domain/pair_edits.hpp"

#include <fmt/format.h>

#include "mentor/domain/compatibility.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

Refusal refuse(std::string message, std::string hint = {}, bool not_found = false) {
    return Refusal{std::move(message), std::move(hint), not_found};
}

PairEdit refused(Refusal r) {
    PairEdit e;
    e.refusal = std::move(r);
    return e;
}

PairEdit with_changed(std::vector<Pair> pairs, std::size_t i, bool changed) {
    PairEdit e;
    e.pair = pairs[i];
    e.changed = changed;
    sort_pairs(pairs);
    e.pairs = std::move(pairs);
    return e;
}

}  // namespace

std::optional<std::pair<std::string, std::string>> split_pair_argument(std::string_view text) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    const std::string_view a = trim(text.substr(0, comma)), b = trim(text.substr(comma + 1));
    if (a.empty() || b.empty() || b.find(',') != std::string_view::npos) return std::nullopt;
    return std::pair{std::string(a), std::string(b)};
}

std::variant<std::size_t, Refusal> find_open_pair(const std::vector<Pair>& pairs, const std::string& a,
                                                   const std::string& b, Date today) {
    std::optional<std::size_t> found;
    bool ended = false;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const Pair& p = pairs[i];
        if (!((p.mentor == a && p.mentee == b) || (p.mentor == b && p.mentee == a))) continue;
        if (p.has_ended(today)) {
            ended = true;
            continue;
        }
        if (!found || pairs[*found].start < p.start) found = i;
    }
    if (found) return *found;
    return refuse(fmt::format("{} and {} have no {}pair", a, b, ended ? "current " : ""),
                  ended ? "their pair has ended; `mentor pairs --all --person " + a + "` shows it"
                        : "`mentor pairs --person " + a + "` lists the pairs of " + a,
                  true);
}

PairEdit set_pair_lock(const std::vector<Pair>& pairs, const std::string& a, const std::string& b, Date today,
                       bool lock) {
    const auto found = find_open_pair(pairs, a, b, today);
    if (const Refusal* r = std::get_if<Refusal>(&found)) return refused(*r);
    const std::size_t i = std::get<std::size_t>(found);
    std::vector<Pair> out = pairs;
    const bool changed = out[i].locked != lock;
    out[i].locked = lock;
    return with_changed(std::move(out), i, changed);
}

PairEdit end_pair(const std::vector<Pair>& pairs, const std::string& a, const std::string& b, Date end,
                  std::string_view reason, Date today) {
    const std::string_view why = trim(reason);
    if (why.empty()) return refused(refuse("--reason is empty", "say why the pair ends, e.g. --reason \"moved school\""));
    if (const auto fault = find_text_fault(why, Controls::none)) {
        return refused(refuse(fmt::format("--reason: {}", fault->message), "the reason is one line of plain text"));
    }
    if (why.size() > max_end_reason) {
        return refused(refuse(fmt::format("--reason is {} bytes long", why.size()),
                              fmt::format("keep it under {} bytes; the journal is the place for the story", max_end_reason)));
    }
    const auto found = find_open_pair(pairs, a, b, today);
    if (const Refusal* r = std::get_if<Refusal>(&found)) return refused(*r);
    const std::size_t i = std::get<std::size_t>(found);
    std::vector<Pair> out = pairs;
    Pair& p = out[i];
    if (end < p.start) {
        return refused(refuse(fmt::format("--date {} is before the pair started ({})", end.iso(), p.start.iso()),
                              "the end is the first day the pair no longer holds"));
    }
    p.end = end;
    p.why = fmt::format("ended: {}", why);
    return with_changed(std::move(out), i, true);
}

PairEdit assign_pair(const Roster& roster, const Program& program, const std::vector<Pair>& pairs,
                     const std::string& mentor, const std::string& mentee, Date start) {
    for (const std::string& id : {mentor, mentee}) {
        if (auto r = unknown_person(roster, id)) return refused(*r);
    }
    if (mentor == mentee) return refused(refuse(fmt::format("{} cannot mentor themselves", mentor)));
    const Person& a = *roster.find(mentor);
    const Person& b = *roster.find(mentee);
    const bool peer = program.mode == Mode::peer;
    if (!peer && !a.has(Role::mentor)) {
        return refused(refuse(fmt::format("{} is not a mentor", mentor), "add `mentor` to their roles in roster.yaml"));
    }
    if (!peer && !b.has(Role::mentee)) {
        return refused(refuse(fmt::format("{} is not a mentee", mentee), "add `mentee` to their roles in roster.yaml"));
    }
    int mentees = 0;
    for (const Pair& p : pairs) {
        const bool holds = p.is_current(start) || (start < p.start && !p.has_ended(start));
        if (!holds) continue;
        if (p.mentee == mentee || (peer && (p.mentor == mentee || p.mentee == mentor))) {
            const std::string& who = (p.mentee == mentee || p.mentor == mentee) ? mentee : mentor;
            return refused(refuse(fmt::format("{} already has a pair ({} and {}, from {})", who, p.mentor, p.mentee,
                                              p.start.iso()),
                                  fmt::format("end it first: mentor pair end {},{} --date {} --reason TEXT", p.mentor,
                                              p.mentee, start.iso())));
        }
        if (p.mentor == mentor) ++mentees;
    }
    if (!peer && mentees >= program.matching.capacity_of(a)) {
        return refused(refuse(fmt::format("{} already mentors {} (capacity {})", mentor, mentees,
                                          program.matching.capacity_of(a)),
                              "raise their capacity in roster.yaml, or end one of their pairs first"));
    }
    std::vector<std::pair<std::string, std::string>> earlier;
    for (const Pair& p : pairs) {
        if (p.has_ended(start)) earlier.emplace_back(p.mentor, p.mentee);
    }
    const Compatibility compat(roster, program, start, earlier, peer);
    const int ia = static_cast<int>(&a - roster.people.data()), ib = static_cast<int>(&b - roster.people.data());
    Score score;
    if (const auto rule = compat.assess(ia, ib, score)) {
        return refused(refuse(compat.explain(*rule, ia, ib),
                              fmt::format("a pair made by hand keeps the program's rules (rule '{}'); "
                                          "`mentor pair explain {}` lists who is allowed",
                                          rule_name(*rule), mentee)));
    }
    std::vector<Pair> out = pairs;
    Pair p;
    p.mentor = mentor;
    p.mentee = mentee;
    p.start = start;
    p.score = score.total();
    p.locked = true;
    p.why = "assigned by hand: " + summarize(score);
    out.push_back(p);
    return with_changed(std::move(out), out.size() - 1, true);
}

}  // namespace mentor
