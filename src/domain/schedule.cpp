// Planning meetings and observations: keep what is valid, place only what is missing.
#include "mentor/domain/schedule.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "schedule_windows.hpp"

namespace mentor {

using detail::Occupancy;
using detail::WeekSpans;

namespace {

bool identity_less(const Meeting& a, const Meeting& b) {
    return std::tie(a.mentee, a.mentor, a.kind, a.key) < std::tie(b.mentee, b.mentor, b.kind, b.key);
}

bool time_less(const Meeting& a, const Meeting& b) {
    return std::tie(a.date, a.start, a.mentee, a.mentor, a.kind, a.key) <
           std::tie(b.date, b.start, b.mentee, b.mentor, b.kind, b.key);
}

bool same_slot(const Meeting& a, const Meeting& b) {
    return a.date == b.date && a.start == b.start && a.minutes == b.minutes;
}

// One current pair and what the planner knows about it.
struct PairState {
    const Pair* pair = nullptr;
    const Person* mentor = nullptr;
    const Person* mentee = nullptr;
    int mentor_slot = -1;
    int mentee_slot = -1;
    Date first;  // first day the pair can meet (start of pair, term and both people)
    Date last;   // last day (end of term, the day before either leaves)
    WeekSpans mentor_free;
    WeekSpans common;
    int options = 0;                                // weekly check-in slots: fewer places first
    std::vector<int> meeting_days;                  // check-ins kept, sorted at placement time
    std::vector<int> meeting_keys;
    std::vector<std::pair<int, int>> meeting_slots; // (weekday, start) of kept check-ins
    std::vector<int> observation_days;
    std::vector<int> observation_keys;
};

std::string period_noun(int every_days) {
    if (every_days == 7) return "week";
    if (every_days % 7 == 0) return fmt::format("{}-week period", every_days / 7);
    return fmt::format("{}-day period", every_days);
}

std::string plural(int n, const std::string& noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

class Planner {
public:
    Planner(const Roster& roster, const Program& program, const std::vector<Pair>& pairs, Date today);
    SchedulePlan run(const std::vector<Meeting>& existing);

private:
    const Program& program_;
    Date today_;
    Date first_;  // first day meetings may be placed: today or the term's start
    Date last_;   // the term's last day
    int minutes_;
    std::vector<char> school_;  // school day flags from first_ to last_
    std::vector<PairState> pairs_;
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> pair_index_;  // (mentee, mentor)
    std::unordered_map<std::string_view, int> slot_of_;
    std::vector<std::string> missing_person_;  // per pair: who is not in the roster
    Occupancy occupancy_;
    std::vector<Meeting> out_;
    std::vector<Meeting> placed_;
    std::map<std::tuple<std::string, std::string, MeetingKind, int>, std::string> why_;
    std::vector<ScheduleProblem> problems_;

    PairState* find_pair(const Meeting& m);
    bool usable(const PairState& p, Date d) const {
        return d >= first_ && d <= last_ && d >= p.first && d <= p.last && school_[static_cast<std::size_t>(d - first_)];
    }
    bool both_free(const PairState& p, Date d, int start) const {
        return occupancy_.is_free(p.mentor_slot, d, start, start + minutes_, program_.cadence.max_per_day) &&
               occupancy_.is_free(p.mentee_slot, d, start, start + minutes_, program_.cadence.max_per_day);
    }
    void occupy(const PairState& p, const Meeting& m) {
        occupancy_.add(p.mentor_slot, m.date, m.start, m.end());
        occupancy_.add(p.mentee_slot, m.date, m.start, m.end());
    }
    void remember(PairState& p, const Meeting& m);
    std::string invalid_reason(const PairState& p, const Meeting& m) const;
    void place_meetings(PairState& p);
    void place_observations(PairState& p);
    Meeting make(const PairState& p, MeetingKind kind, int key, Date d, int start) const;
};

Planner::Planner(const Roster& roster, const Program& program, const std::vector<Pair>& pairs, Date today)
    : program_(program), today_(today), first_(std::max(today, program.term.start)), last_(program.term.end),
      minutes_(program.cadence.minutes), occupancy_(0, first_, first_ - 1) {
    for (Date d = first_; d <= last_; d = d + 1) school_.push_back(program.term.is_school_day(d) ? 1 : 0);
    std::unordered_map<std::string_view, const Person*> people;
    for (const Person& p : roster.people) people.emplace(p.id, &p);

    std::vector<const Pair*> current;
    for (const Pair& p : pairs) {
        if (!p.has_ended(today)) current.push_back(&p);
    }
    // Of two records of the same two people, the one that lasts longest (then the earliest) is scheduled.
    std::sort(current.begin(), current.end(), [](const Pair* a, const Pair* b) {
        if (const int c = a->mentee.compare(b->mentee)) return c < 0;
        if (const int c = a->mentor.compare(b->mentor)) return c < 0;
        const Date far = Date::from_days(std::numeric_limits<int>::max());
        const Date ea = a->ends().value_or(far), eb = b->ends().value_or(far);
        return ea != eb ? eb < ea : a->start < b->start;
    });
    int slots = 0;
    auto slot = [&](const std::string& id) {
        auto [it, fresh] = slot_of_.emplace(id, slots);
        if (fresh) ++slots;
        return it->second;
    };
    for (const Pair* p : current) {
        if (pair_index_.count({p->mentee, p->mentor})) continue;
        PairState s;
        s.pair = p;
        const auto mentor = people.find(p->mentor), mentee = people.find(p->mentee);
        std::string missing;
        if (mentor == people.end()) missing = p->mentor;
        else if (mentee == people.end()) missing = p->mentee;
        if (missing.empty()) {
            s.mentor = mentor->second;
            s.mentee = mentee->second;
            s.mentor_slot = slot(p->mentor);
            s.mentee_slot = slot(p->mentee);
            s.first = std::max({p->start, program.term.start, s.mentor->start.value_or(p->start),
                                s.mentee->start.value_or(p->start)});
            s.last = program.term.end;
            if (const auto ends = p->ends()) s.last = std::min(s.last, *ends - 1);
            if (s.mentor->leaves) s.last = std::min(s.last, *s.mentor->leaves - 1);
            if (s.mentee->leaves) s.last = std::min(s.last, *s.mentee->leaves - 1);
            s.mentor_free = detail::merge_windows(s.mentor->availability);
            s.common = detail::intersect(s.mentor_free, detail::merge_windows(s.mentee->availability));
            for (const auto& day : s.common) s.options += static_cast<int>(detail::starts_in(day, minutes_).size());
        }
        pair_index_.emplace(std::make_pair(std::string_view(p->mentee), std::string_view(p->mentor)), pairs_.size());
        pairs_.push_back(std::move(s));
        missing_person_.push_back(std::move(missing));
    }
    occupancy_ = Occupancy(slots, first_, last_);
}

PairState* Planner::find_pair(const Meeting& m) {
    const auto it = pair_index_.find({m.mentee, m.mentor});
    if (it == pair_index_.end() || !missing_person_[it->second].empty()) return nullptr;
    return &pairs_[it->second];
}

void Planner::remember(PairState& p, const Meeting& m) {
    if (m.kind == MeetingKind::meeting) {
        p.meeting_days.push_back(m.date.days());
        p.meeting_keys.push_back(m.key);
        p.meeting_slots.emplace_back(m.date.weekday(), m.start);
    } else {
        p.observation_days.push_back(m.date.days());
        p.observation_keys.push_back(m.key);
    }
}

// Why a future meeting cannot stay where it is; empty when it can.
std::string Planner::invalid_reason(const PairState& p, const Meeting& m) const {
    if (m.date > last_ || m.date < p.first || m.date > p.last) {
        return fmt::format("{} is outside the days the pair can meet", m.date.iso());
    }
    if (!school_[static_cast<std::size_t>(m.date - first_)]) return fmt::format("{} is not a school day", m.date.iso());
    if (m.minutes != minutes_) return fmt::format("meetings now last {} minutes", minutes_);
    const int wd = m.date.weekday();
    if (m.kind == MeetingKind::meeting) {
        if (period_start(m.date, program_.cadence.every_days) != m.key) return "it is outside its cadence period";
        if (!detail::covers(p.common, wd, m.start, m.end())) {
            return fmt::format("{} {}-{} is not free for both {} and {}", weekday_name(wd), format_clock(m.start),
                               format_clock(m.end()), p.mentor->id, p.mentee->id);
        }
    } else {
        if (m.key > program_.cadence.observations) return fmt::format("the program now asks for {} observations", program_.cadence.observations);
        if (!detail::covers(p.mentor_free, wd, m.start, m.end())) {
            return fmt::format("{} {}-{} is not free for {}", weekday_name(wd), format_clock(m.start), format_clock(m.end()),
                               p.mentor->id);
        }
        for (int other : p.observation_days) {
            if (std::abs(other - m.date.days()) < program_.cadence.observation_spacing_days) {
                return fmt::format("it is less than {} days from another observation", program_.cadence.observation_spacing_days);
            }
        }
    }
    if (!occupancy_.is_free(p.mentor_slot, m.date, m.start, m.end(), program_.cadence.max_per_day)) {
        return fmt::format("{} is busy or has {} meetings that day", p.mentor->id, program_.cadence.max_per_day);
    }
    if (!occupancy_.is_free(p.mentee_slot, m.date, m.start, m.end(), program_.cadence.max_per_day)) {
        return fmt::format("{} is busy or has {} meetings that day", p.mentee->id, program_.cadence.max_per_day);
    }
    return {};
}

Meeting Planner::make(const PairState& p, MeetingKind kind, int key, Date d, int start) const {
    Meeting m;
    m.mentee = p.pair->mentee;
    m.mentor = p.pair->mentor;
    m.kind = kind;
    m.key = key;
    m.date = d;
    m.start = start;
    m.minutes = minutes_;
    return m;
}

void Planner::place_meetings(PairState& p) {
    const int every = std::max(program_.cadence.every_days, 1);
    const Date from = std::max(p.first, first_), to = std::min(p.last, last_);
    if (from > to) return;
    std::sort(p.meeting_days.begin(), p.meeting_days.end());
    std::sort(p.meeting_keys.begin(), p.meeting_keys.end());

    // The periods that have a school day left and no meeting yet.
    struct Need {
        int start;
        Date lo, hi;
    };
    std::vector<Need> needs;
    int periods = 0;
    for (int ps = period_start(from, every); ps <= to.days(); ps += every) {
        const Date lo = std::max(from, Date::from_days(ps)), hi = std::min(to, Date::from_days(ps + every - 1));
        bool open = false;
        for (Date d = lo; d <= hi && !open; d = d + 1) open = usable(p, d);
        if (!open) continue;
        ++periods;
        const auto day = std::lower_bound(p.meeting_days.begin(), p.meeting_days.end(), ps);
        const bool has_day = day != p.meeting_days.end() && *day < ps + every;
        if (has_day || std::binary_search(p.meeting_keys.begin(), p.meeting_keys.end(), ps)) continue;
        needs.push_back({ps, lo, hi});
    }
    if (needs.empty()) return;
    if (p.options == 0) {
        problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::meeting,
                             fmt::format("no common free window of {} minutes", minutes_),
                             detail::near_misses(p.mentor->id, p.mentor_free, p.mentee->id,
                                                 detail::merge_windows(p.mentee->availability), minutes_, 3)});
        return;
    }

    // The first day of weekday `wd` in [lo, hi], if any.
    auto on_weekday = [](Date lo, Date hi, int wd) -> std::optional<Date> {
        const Date d = lo + (wd - lo.weekday() + 7) % 7;
        if (d > hi) return std::nullopt;
        return d;
    };

    // The standing slot: the one the pair's kept check-ins use most, if still common; else the
    // weekly slot free in the most periods that need a meeting.
    std::optional<std::pair<int, int>> standing;
    {
        std::map<std::pair<int, int>, int> uses;
        for (const auto& s : p.meeting_slots) {
            if (detail::covers(p.common, s.first, s.second, s.second + minutes_)) ++uses[s];
        }
        int best = 0;
        for (const auto& [slot, n] : uses) {
            if (n > best) best = n, standing = slot;
        }
    }
    if (!standing) {
        int best = -1;
        for (int wd = 0; wd < 7; ++wd) {
            for (int start : detail::starts_in(p.common[static_cast<std::size_t>(wd)], minutes_)) {
                int fits = 0;
                for (const Need& n : needs) {
                    const auto d = on_weekday(n.lo, n.hi, wd);
                    if (d && usable(p, *d) && both_free(p, *d, start)) ++fits;
                }
                if (fits > best) best = fits, standing = std::make_pair(wd, start);
            }
        }
    }

    struct Miss {
        Date week;
        bool closed;
    };
    std::vector<Miss> misses;
    for (const Need& n : needs) {
        const auto standing_day = on_weekday(n.lo, n.hi, standing->first);
        if (standing_day && usable(p, *standing_day) && both_free(p, *standing_day, standing->second)) {
            const Meeting m = make(p, MeetingKind::meeting, n.start, *standing_day, standing->second);
            occupy(p, m);
            placed_.push_back(m);
            continue;
        }
        // Another common slot of the same period, as close as possible to the standing one.
        const Date anchor = standing_day.value_or(n.lo);
        std::vector<std::tuple<int, int, int, int, Date>> options;  // distance, before, time distance, start, day
        for (Date d = n.lo; d <= n.hi; d = d + 1) {
            if (!usable(p, d)) continue;
            for (int start : detail::starts_in(p.common[static_cast<std::size_t>(d.weekday())], minutes_)) {
                options.emplace_back(std::abs(d - anchor), d < anchor ? 1 : 0, std::abs(start - standing->second), start, d);
            }
        }
        std::sort(options.begin(), options.end());
        bool done = false;
        for (const auto& o : options) {
            const Date d = std::get<4>(o);
            const int start = std::get<3>(o);
            if (!both_free(p, d, start)) continue;
            const Meeting m = make(p, MeetingKind::meeting, n.start, d, start);
            occupy(p, m);
            placed_.push_back(m);
            done = true;
            break;
        }
        if (!done) misses.push_back({Date::from_days(n.start), options.empty()});
    }
    if (misses.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < misses.size() && i < 3; ++i) {
        if (i > 0) list += ", ";
        list += fmt::format("{} ({})", misses[i].week.iso(),
                            misses[i].closed ? "no school day with common free time" : "common free time taken by other meetings");
    }
    if (misses.size() > 3) list += fmt::format(" and {} more", misses.size() - 3);
    const std::string noun = period_noun(program_.cadence.every_days);
    problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::meeting,
                         fmt::format("{} of {} without a meeting: {} of {}", misses.size(), plural(periods, noun),
                                     misses.size() == 1 ? noun : noun + "s", list),
                         {}});
}

void Planner::place_observations(PairState& p) {
    const int wanted = program_.cadence.observations;
    const Date from = std::max(p.first, first_), to = std::min(p.last, last_);
    if (wanted <= 0 || from > to) return;
    std::vector<int> missing;
    for (int n = 1; n <= wanted; ++n) {
        if (std::find(p.observation_keys.begin(), p.observation_keys.end(), n) == p.observation_keys.end()) {
            missing.push_back(n);
        }
    }
    if (missing.empty()) return;
    std::vector<Date> days;
    for (Date d = from; d <= to; d = d + 1) {
        if (usable(p, d)) days.push_back(d);
    }
    if (days.empty()) return;
    bool any_window = false;
    for (const auto& day : p.mentor_free) any_window = any_window || !detail::starts_in(day, minutes_).empty();
    if (!any_window) {
        problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::observation,
                             fmt::format("{} has no free window of {} minutes to observe in", p.mentor->id, minutes_), {}});
        return;
    }
    const int spacing = program_.cadence.observation_spacing_days;
    // Each observation aims at the middle of its share of the pair's days, so that they spread out.
    const long span = static_cast<long>(p.last - p.first) + 1;
    int placed = 0;
    for (int n : missing) {
        const Date target = p.first + static_cast<int>((2L * n - 1) * span / (2L * wanted));
        auto spaced = [&](Date d) {
            return std::all_of(p.observation_days.begin(), p.observation_days.end(),
                               [&](int o) { return std::abs(o - d.days()) >= spacing; });
        };
        auto try_day = [&](Date d) {
            if (!spaced(d)) return false;
            for (int start : detail::starts_in(p.mentor_free[static_cast<std::size_t>(d.weekday())], minutes_)) {
                if (!both_free(p, d, start)) continue;
                const Meeting m = make(p, MeetingKind::observation, n, d, start);
                occupy(p, m);
                placed_.push_back(m);
                p.observation_days.push_back(d.days());
                return true;
            }
            return false;
        };
        // Days in order of distance from the target, the later first on a tie.
        auto up = std::lower_bound(days.begin(), days.end(), target);
        auto down = up;
        bool done = false;
        while (!done && (up != days.end() || down != days.begin())) {
            const bool take_up = up != days.end() && (down == days.begin() || *up - target <= target - *(down - 1));
            done = take_up ? try_day(*up++) : try_day(*--down);
        }
        if (done) ++placed;
    }
    if (placed == static_cast<int>(missing.size())) return;
    const int have = wanted - static_cast<int>(missing.size()) + placed;
    // Say what stopped it: no free window left at all, or none far enough from the others.
    bool any_free = false;
    for (std::size_t i = 0; i < days.size() && !any_free; ++i) {
        for (int start : detail::starts_in(p.mentor_free[static_cast<std::size_t>(days[i].weekday())], minutes_)) {
            if (both_free(p, days[i], start)) {
                any_free = true;
                break;
            }
        }
    }
    const std::string why =
        any_free ? fmt::format("the free {}-minute windows of {} left from {} to {} are less than {} days from the "
                               "other observations",
                               minutes_, p.mentor->id, from.iso(), to.iso(), spacing)
                 : fmt::format("every free {}-minute window of {} from {} to {} is taken by meetings (or the daily "
                               "limit of {})",
                               minutes_, p.mentor->id, from.iso(), to.iso(), program_.cadence.max_per_day);
    problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::observation,
                         fmt::format("{} of {} observations placed: {}", have, wanted, why), {}});
}

SchedulePlan Planner::run(const std::vector<Meeting>& existing) {
    std::vector<Meeting> old = existing;
    std::stable_sort(old.begin(), old.end(), identity_less);
    // A second line for the same meeting is dropped; the first one counts.
    std::vector<Meeting> duplicates;
    {
        std::vector<Meeting> unique;
        unique.reserve(old.size());
        for (Meeting& m : old) {
            if (!unique.empty() && same_meeting(unique.back(), m)) duplicates.push_back(std::move(m));
            else unique.push_back(std::move(m));
        }
        old = std::move(unique);
    }

    // What stays without question: cancelled history, the past, locked meetings of current pairs.
    std::vector<const Meeting*> future;
    std::vector<Meeting> cancel;  // current meetings that must go, unless placed again
    for (const Meeting& m : old) {
        if (m.cancelled || m.date < today_) {
            out_.push_back(m);
            if (!m.cancelled) {
                if (PairState* p = find_pair(m)) remember(*p, m);
            }
            continue;
        }
        PairState* p = find_pair(m);
        if (!p) {
            const auto it = pair_index_.find({m.mentee, m.mentor});
            why_[{m.mentee, m.mentor, m.kind, m.key}] =
                it != pair_index_.end() ? fmt::format("{} is not in the roster", missing_person_[it->second])
                                        : fmt::format("{} and {} are no longer a pair", m.mentor, m.mentee);
            cancel.push_back(m);
        } else if (m.locked) {
            out_.push_back(m);
            occupy(*p, m);
            remember(*p, m);
        } else {
            future.push_back(&m);
        }
    }
    // Every other future meeting stays where it is while it is still valid, earliest first.
    std::sort(future.begin(), future.end(), [](const Meeting* a, const Meeting* b) { return time_less(*a, *b); });
    for (const Meeting* m : future) {
        PairState& p = *find_pair(*m);
        std::string why = invalid_reason(p, *m);
        if (why.empty()) {
            out_.push_back(*m);
            occupy(p, *m);
            remember(p, *m);
        } else {
            why_[{m->mentee, m->mentor, m->kind, m->key}] = std::move(why);
            cancel.push_back(*m);
        }
    }

    // Then the missing ones, pairs with the fewest options first.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
        if (missing_person_[i].empty()) {
            order.push_back(i);
        } else {
            problems_.push_back({pairs_[i].pair->mentee, pairs_[i].pair->mentor, MeetingKind::meeting,
                                 fmt::format("{} is not in the roster", missing_person_[i]), {}});
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pairs_[a].options < pairs_[b].options; });
    for (std::size_t i : order) place_meetings(pairs_[i]);
    for (std::size_t i : order) place_observations(pairs_[i]);

    // A placed meeting that existed before moves (or stays, or comes back from cancelled).
    // Big programs place tens of thousands: sort indices, not the meetings themselves.
    std::vector<std::size_t> placed_order(placed_.size());
    for (std::size_t i = 0; i < placed_order.size(); ++i) placed_order[i] = i;
    std::sort(placed_order.begin(), placed_order.end(),
              [&](std::size_t a, std::size_t b) { return identity_less(placed_[a], placed_[b]); });
    std::vector<Meeting> history_revived;
    if (!old.empty()) {
        for (Meeting& m : placed_) {
            const auto it = std::lower_bound(old.begin(), old.end(), m, identity_less);
            if (it != old.end() && same_meeting(*it, m)) {
                m.rev = (same_slot(*it, m) && !it->cancelled) ? it->rev : it->rev + 1;
                m.line = it->line;
                if (it->cancelled) history_revived.push_back(*it);
            }
        }
    }
    // Those revived replace their cancelled line.
    if (!history_revived.empty()) {
        std::sort(history_revived.begin(), history_revived.end(), identity_less);
        std::erase_if(out_, [&](const Meeting& m) {
            return m.cancelled && std::binary_search(history_revived.begin(), history_revived.end(), m, identity_less);
        });
    }
    for (Meeting& m : cancel) {
        const auto it = std::lower_bound(placed_order.begin(), placed_order.end(), m,
                                         [&](std::size_t i, const Meeting& x) { return identity_less(placed_[i], x); });
        if (it != placed_order.end() && same_meeting(placed_[*it], m)) continue;
        m.cancelled = true;
        m.locked = false;
        m.rev += 1;
        out_.push_back(std::move(m));
    }
    out_.reserve(out_.size() + placed_.size());
    for (Meeting& m : placed_) out_.push_back(std::move(m));
    {
        std::vector<std::size_t> by_identity(out_.size());
        for (std::size_t k = 0; k < by_identity.size(); ++k) by_identity[k] = k;
        std::stable_sort(by_identity.begin(), by_identity.end(),
                         [&](std::size_t a, std::size_t b) { return identity_less(out_[a], out_[b]); });
        std::vector<Meeting> sorted;
        sorted.reserve(out_.size());
        for (std::size_t k : by_identity) sorted.push_back(std::move(out_[k]));
        out_ = std::move(sorted);
    }

    // The summary: compare the old record with the new one, meeting by meeting.
    SchedulePlan plan;
    plan.changes.reserve(placed_.size() + cancel.size());
    std::size_t i = 0;
    for (const Meeting& m : out_) {
        while (i < old.size() && identity_less(old[i], m)) ++i;
        const Meeting* before = (i < old.size() && same_meeting(old[i], m)) ? &old[i] : nullptr;
        const bool was = before && !before->cancelled;
        if (m.cancelled) {
            if (was) {
                ++plan.removed;
                plan.changes.push_back({MeetingChange::Type::removed, *before, {}, why_[{m.mentee, m.mentor, m.kind, m.key}]});
            }
        } else if (!was) {
            ++plan.added;
            plan.changes.push_back({MeetingChange::Type::added, {}, m, {}});
        } else if (same_slot(*before, m)) {
            ++plan.kept;
        } else {
            ++plan.moved;
            plan.changes.push_back({MeetingChange::Type::moved, *before, m, why_[{m.mentee, m.mentor, m.kind, m.key}]});
        }
    }
    for (const Meeting& d : duplicates) {
        if (d.cancelled) continue;
        ++plan.removed;
        plan.changes.push_back({MeetingChange::Type::removed, d, {}, "a second line for the same meeting"});
    }
    plan.meetings = std::move(out_);
    std::sort(problems_.begin(), problems_.end(), [](const ScheduleProblem& a, const ScheduleProblem& b) {
        return std::tie(a.mentee, a.mentor, a.kind) < std::tie(b.mentee, b.mentor, b.kind);
    });
    plan.problems = std::move(problems_);
    return plan;
}

}  // namespace

SchedulePlan plan_schedule(const Roster& roster, const Program& program, const std::vector<Pair>& pairs,
                           const std::vector<Meeting>& existing, Date today) {
    Planner planner(roster, program, pairs, today);
    return planner.run(existing);
}

}  // namespace mentor
