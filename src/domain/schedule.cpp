// Planning meetings and observations: keep what is valid, place only what is missing.
#include "mentor/domain/schedule.hpp"
#include "mentor/domain/terms.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
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
    WeekSpans common;                               // free for both
    WeekSpans observe_at;                           // where observations go: the mentee teaches, the mentor is free
    WeekSpans visit_at;                             // where visits go: the mentor teaches, the mentee is free
    bool in_group = false;                          // meets with the other mentees of the mentor's group
    int every = 7;                                  // days of its cadence period: by the mentee's year in the program
    std::vector<int> meeting_days;                  // check-ins kept, sorted at placement time
    std::vector<int> meeting_keys;
    std::array<std::vector<int>, 3> extra_days;     // per kind: days of the observations and visits kept
    std::array<std::vector<int>, 3> extra_keys;
};

// Who meets at one standing slot: a pair, or a mentor's group.
struct Unit {
    std::vector<std::size_t> members;  // indices of pairs_
    WeekSpans common;                  // free for all of them
    int options = 0;                   // weekly check-in starts: fewer places first
    std::optional<WeeklySlot> standing;
    bool group = false;
};

std::string period_noun(int every_days) {
    if (every_days == 7) return "week";
    if (every_days % 7 == 0) return fmt::format("{}-week period", every_days / 7);
    return fmt::format("{}-day period", every_days);
}

std::string plural(int n, const std::string& noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

class Planner {
public:
    Planner(const Roster& roster, const Program& program, const std::vector<Pair>& pairs,
            const std::vector<Meeting>& existing, Date today);
    SchedulePlan run(const std::vector<Meeting>& existing);

private:
    const Program& program_;
    Date today_;
    Date first_;  // first day meetings may be placed: today or the term's start
    Date last_;   // the term's last day
    int minutes_;
    std::vector<char> school_;  // school day flags from first_ to last_
    std::vector<PairState> pairs_;
    std::vector<Unit> units_;
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> pair_index_;  // (mentee, mentor)
    std::unordered_map<std::string_view, int> slot_of_;
    std::vector<std::string> missing_person_;  // per pair: who is not in the roster
    Occupancy occupancy_;
    std::vector<Meeting> out_;
    std::vector<Meeting> placed_;
    std::map<std::tuple<std::string, std::string, MeetingKind, int>, std::string> why_;
    std::vector<ScheduleProblem> problems_;
    std::vector<RecordedSlot> recorded_;
    std::set<std::tuple<int, int, int>> group_sessions_;  // (mentor, day, start) of group sessions kept

    PairState* find_pair(const Meeting& m);
    bool usable(const PairState& p, Date d) const {
        return d >= first_ && d <= last_ && d >= p.first && d <= p.last && school_[static_cast<std::size_t>(d - first_)];
    }
    bool both_free(const PairState& p, Date d, int start) const {
        return occupancy_.is_free(p.mentor_slot, d, start, start + minutes_, program_.cadence.max_per_day) &&
               occupancy_.is_free(p.mentee_slot, d, start, start + minutes_, program_.cadence.max_per_day);
    }
    // A group session keeps its mentor busy once, whatever the number of its mentees.
    bool mentor_booked(const PairState& p, const Meeting& m) const {
        return m.group && group_sessions_.count({p.mentor_slot, m.date.days(), m.start}) > 0;
    }
    void occupy(const PairState& p, const Meeting& m) {
        if (!mentor_booked(p, m)) occupancy_.add(p.mentor_slot, m.date, m.start, m.end());
        if (m.group) group_sessions_.insert({p.mentor_slot, m.date.days(), m.start});
        occupancy_.add(p.mentee_slot, m.date, m.start, m.end());
    }
    void remember(PairState& p, const Meeting& m);
    std::string invalid_reason(const PairState& p, const Meeting& m, bool mentor_booked = false) const;
    void place_meetings(const Unit& u);
    void place_extras(PairState& p, MeetingKind kind);
    Meeting make(const PairState& p, MeetingKind kind, int key, Date d, int start) const;
};

Planner::Planner(const Roster& roster, const Program& program, const std::vector<Pair>& pairs,
                 const std::vector<Meeting>& existing, Date today)
    : program_(program), today_(today), first_(std::max(today, program.term.start)), last_(program.term.end),
      minutes_(program.cadence.minutes), occupancy_(0, first_, first_ - 1), recorded_(recorded_slots(existing)) {
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
            s.every = std::max(1, rules_for_year(program, year_in_program(program, *s.mentee, s.first)).cadence.every_days);
            if (const auto ends = p->ends()) s.last = std::min(s.last, *ends - 1);
            if (s.mentor->leaves) s.last = std::min(s.last, *s.mentor->leaves - 1);
            if (s.mentee->leaves) s.last = std::min(s.last, *s.mentee->leaves - 1);
            const WeekSpans mentor_free = free_time(*s.mentor), mentee_free = free_time(*s.mentee);
            s.common = intersect_spans(mentor_free, mentee_free);
            // Without teaching periods, observations and visits go where the other one is free.
            s.observe_at = s.mentee->teaches.empty() ? mentor_free : intersect_spans(teaching_time(*s.mentee), mentor_free);
            s.visit_at = s.mentor->teaches.empty() ? mentee_free : intersect_spans(teaching_time(*s.mentor), mentee_free);
        }
        pair_index_.emplace(std::make_pair(std::string_view(p->mentee), std::string_view(p->mentor)), pairs_.size());
        pairs_.push_back(std::move(s));
        missing_person_.push_back(std::move(missing));
    }
    occupancy_ = Occupancy(slots, first_, last_);

    // The standing slots: the same plan `mentor pair` checks new pairs against.
    std::vector<std::tuple<std::string, std::string, Date>> current_pairs;
    for (const PairState& s : pairs_) current_pairs.emplace_back(s.pair->mentor, s.pair->mentee, s.pair->start);
    const std::vector<SlotUnit> units = slot_units(roster, program.cadence, current_pairs);
    const std::vector<UnitSlot> slots_of = plan_standing_slots(roster, program.cadence, units, recorded_);
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit u;
        u.standing = slots_of[i].slot;
        u.group = units[i].mentees.size() > 1;
        for (const std::string& e : units[i].mentees) {
            const auto it = pair_index_.find({e, units[i].mentor});
            if (it == pair_index_.end() || !missing_person_[it->second].empty()) continue;
            PairState& p = pairs_[it->second];
            p.in_group = u.group;
            u.common = u.members.empty() ? p.common : intersect_spans(u.common, p.common);
            u.members.push_back(it->second);
        }
        if (u.members.empty()) continue;
        for (const auto& day : u.common) u.options += static_cast<int>(fitting_starts(day, minutes_).size());
        units_.push_back(std::move(u));
    }
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
    } else {
        p.extra_days[static_cast<std::size_t>(m.kind)].push_back(m.date.days());
        p.extra_keys[static_cast<std::size_t>(m.kind)].push_back(m.key);
    }
}

// Why a future meeting cannot stay where it is; empty when it can.
std::string Planner::invalid_reason(const PairState& p, const Meeting& m, bool mentor_booked) const {
    if (m.date > last_ || m.date < p.first || m.date > p.last) {
        return fmt::format("{} is outside the days the pair can meet", m.date.iso());
    }
    if (!school_[static_cast<std::size_t>(m.date - first_)]) return fmt::format("{} is not a school day", m.date.iso());
    if (m.minutes != minutes_) return fmt::format("meetings now last {} minutes", minutes_);
    const int wd = m.date.weekday();
    if (m.kind == MeetingKind::meeting) {
        if (period_start(m.date, p.every) != m.key) return "it is outside its cadence period";
        if (!detail::covers(p.common, wd, m.start, m.end())) {
            return fmt::format("{} {}-{} is not free for both {} and {}", weekday_name(wd), format_clock(m.start),
                               format_clock(m.end()), p.mentor->id, p.mentee->id);
        }
        if (m.group != p.in_group) {
            return p.in_group ? fmt::format("{} now meets their mentees as a group", p.mentor->id)
                              : fmt::format("{} no longer meets {} in a group", p.mentor->id, p.mentee->id);
        }
    } else {
        const bool visit = m.kind == MeetingKind::visit;
        const int wanted = visit ? program_.cadence.observe_mentor : program_.cadence.observations;
        if (m.key > wanted) {
            return fmt::format("the program now asks for {} {}s", wanted, meeting_kind_name(m.kind));
        }
        if (!detail::covers(visit ? p.visit_at : p.observe_at, wd, m.start, m.end())) {
            const Person& teacher = visit ? *p.mentor : *p.mentee;
            const Person& guest = visit ? *p.mentee : *p.mentor;
            if (teacher.teaches.empty()) {
                return fmt::format("{} {}-{} is not free for {}", weekday_name(wd), format_clock(m.start),
                                   format_clock(m.end()), guest.id);
            }
            return fmt::format("{} {}-{} is not a teaching period of {} free for {}", weekday_name(wd),
                               format_clock(m.start), format_clock(m.end()), teacher.id, guest.id);
        }
        for (int other : p.extra_days[static_cast<std::size_t>(m.kind)]) {
            if (std::abs(other - m.date.days()) < program_.cadence.observation_spacing_days) {
                return fmt::format("it is less than {} days from another {}", program_.cadence.observation_spacing_days,
                                   meeting_kind_name(m.kind));
            }
        }
    }
    if (!mentor_booked && !occupancy_.is_free(p.mentor_slot, m.date, m.start, m.end(), program_.cadence.max_per_day)) {
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

void Planner::place_meetings(const Unit& u) {
    const PairState& lead = pairs_[u.members.front()];
    const int every = lead.every;  // a group meets at its first mentee's cadence
    Date from = last_ + 1, to = first_ - 1;
    for (std::size_t i : u.members) {
        PairState& p = pairs_[i];
        from = std::min(from, std::max(p.first, first_));
        to = std::max(to, std::min(p.last, last_));
        std::sort(p.meeting_days.begin(), p.meeting_days.end());
        std::sort(p.meeting_keys.begin(), p.meeting_keys.end());
    }
    if (from > to) return;

    // The periods that have a school day left, and who of the unit has no meeting in them yet.
    struct Need {
        int start;
        Date lo, hi;
        std::vector<std::size_t> who;
    };
    std::vector<Need> needs;
    std::map<std::size_t, int> periods;
    for (int ps = period_start(from, every); ps <= to.days(); ps += every) {
        Need n{ps, std::max(from, Date::from_days(ps)), std::min(to, Date::from_days(ps + every - 1)), {}};
        for (std::size_t i : u.members) {
            const PairState& p = pairs_[i];
            bool open = false;
            for (Date d = n.lo; d <= n.hi && !open; d = d + 1) open = usable(p, d);
            if (!open) continue;
            ++periods[i];
            const auto day = std::lower_bound(p.meeting_days.begin(), p.meeting_days.end(), ps);
            const bool has_day = day != p.meeting_days.end() && *day < ps + every;
            if (has_day || std::binary_search(p.meeting_keys.begin(), p.meeting_keys.end(), ps)) continue;
            n.who.push_back(i);
        }
        if (!n.who.empty()) needs.push_back(std::move(n));
    }
    if (needs.empty()) return;
    if (u.options == 0) {
        for (std::size_t i : u.members) {
            const PairState& p = pairs_[i];
            if (!periods.count(i)) continue;
            if (!u.group) {
                problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::meeting,
                                     fmt::format("no common free window of {} minutes", minutes_),
                                     detail::near_misses(p.mentor->id, free_time(*p.mentor), p.mentee->id,
                                                         free_time(*p.mentee), minutes_, 3)});
            } else {
                problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::meeting,
                                     fmt::format("no free window of {} minutes common to {}'s group", minutes_, p.mentor->id),
                                     {}});
            }
        }
        return;
    }

    // The first day of weekday `wd` in [lo, hi], if any.
    auto on_weekday = [](Date lo, Date hi, int wd) -> std::optional<Date> {
        const Date d = lo + (wd - lo.weekday() + 7) % 7;
        if (d > hi) return std::nullopt;
        return d;
    };
    // Whether everyone of `who` can meet on `d` at `start`.
    auto all_free = [&](const std::vector<std::size_t>& who, Date d, int start) {
        if (!occupancy_.is_free(lead.mentor_slot, d, start, start + minutes_, program_.cadence.max_per_day)) return false;
        for (std::size_t i : who) {
            const PairState& p = pairs_[i];
            if (!usable(p, d) || !occupancy_.is_free(p.mentee_slot, d, start, start + minutes_, program_.cadence.max_per_day)) {
                return false;
            }
        }
        return true;
    };
    auto place = [&](const Need& n, Date d, int start) {
        occupancy_.add(lead.mentor_slot, d, start, start + minutes_);
        for (std::size_t i : n.who) {
            Meeting m = make(pairs_[i], MeetingKind::meeting, n.start, d, start);
            m.group = u.group;
            occupancy_.add(pairs_[i].mentee_slot, d, start, start + minutes_);
            placed_.push_back(std::move(m));
        }
    };

    // The standing slot planned for the unit; without one (no slot is free every week), the
    // weekly slot free in the most periods that need a meeting.
    std::optional<std::pair<int, int>> standing;
    if (u.standing) standing = std::make_pair(u.standing->weekday, u.standing->start);
    if (!standing) {
        int best = -1;
        for (int wd = 0; wd < 7; ++wd) {
            for (int start : fitting_starts(u.common[static_cast<std::size_t>(wd)], minutes_)) {
                int fits = 0;
                for (const Need& n : needs) {
                    const auto d = on_weekday(n.lo, n.hi, wd);
                    if (d && all_free(n.who, *d, start)) ++fits;
                }
                if (fits > best) best = fits, standing = std::make_pair(wd, start);
            }
        }
    }

    struct Miss {
        Date week;
        bool closed;
    };
    std::map<std::size_t, std::vector<Miss>> misses;
    for (const Need& n : needs) {
        const auto standing_day = on_weekday(n.lo, n.hi, standing->first);
        if (standing_day && all_free(n.who, *standing_day, standing->second)) {
            place(n, *standing_day, standing->second);
            continue;
        }
        // Another common slot of the same period, as close as possible to the standing one.
        const Date anchor = standing_day.value_or(n.lo);
        std::vector<std::tuple<int, int, int, int, Date>> options;  // distance, before, time distance, start, day
        for (Date d = n.lo; d <= n.hi; d = d + 1) {
            bool open = true;
            for (std::size_t i : n.who) open = open && usable(pairs_[i], d);
            if (!open) continue;
            for (int start : fitting_starts(u.common[static_cast<std::size_t>(d.weekday())], minutes_)) {
                options.emplace_back(std::abs(d - anchor), d < anchor ? 1 : 0, std::abs(start - standing->second), start, d);
            }
        }
        std::sort(options.begin(), options.end());
        bool done = false;
        for (const auto& o : options) {
            if (!all_free(n.who, std::get<4>(o), std::get<3>(o))) continue;
            place(n, std::get<4>(o), std::get<3>(o));
            done = true;
            break;
        }
        if (!done) {
            for (std::size_t i : n.who) misses[i].push_back({Date::from_days(n.start), options.empty()});
        }
    }
    const std::string noun = period_noun(every);
    for (const auto& [i, list_of] : misses) {
        std::string list;
        for (std::size_t k = 0; k < list_of.size() && k < 3; ++k) {
            if (k > 0) list += ", ";
            list += fmt::format("{} ({})", list_of[k].week.iso(),
                                list_of[k].closed ? "no school day with common free time"
                                                  : "common free time taken by other meetings");
        }
        if (list_of.size() > 3) list += fmt::format(" and {} more", list_of.size() - 3);
        const PairState& p = pairs_[i];
        problems_.push_back({p.pair->mentee, p.pair->mentor, MeetingKind::meeting,
                             fmt::format("{} of {} without a meeting: {} of {}", list_of.size(), plural(periods[i], noun),
                                         list_of.size() == 1 ? noun : noun + "s", list),
                             {}});
    }
}

void Planner::place_extras(PairState& p, MeetingKind kind) {
    const bool visit = kind == MeetingKind::visit;
    const int wanted = visit ? program_.cadence.observe_mentor : program_.cadence.observations;
    const WeekSpans& where = visit ? p.visit_at : p.observe_at;
    const Person& guest = visit ? *p.mentee : *p.mentor;
    const Person& host = visit ? *p.mentor : *p.mentee;
    const std::string noun(meeting_kind_name(kind));
    auto& kept_days = p.extra_days[static_cast<std::size_t>(kind)];
    auto& kept_keys = p.extra_keys[static_cast<std::size_t>(kind)];
    const Date from = std::max(p.first, first_), to = std::min(p.last, last_);
    if (wanted <= 0 || from > to) return;
    std::vector<int> missing;
    for (int n = 1; n <= wanted; ++n) {
        if (std::find(kept_keys.begin(), kept_keys.end(), n) == kept_keys.end()) {
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
    for (const auto& day : where) any_window = any_window || !fitting_starts(day, minutes_).empty();
    if (!any_window) {
        const std::string why =
            host.teaches.empty()
                ? fmt::format("{} has no free window of {} minutes to {} in", guest.id, minutes_, visit ? "visit" : "observe")
                : fmt::format("{} is free for no {}-minute stretch of {}'s teaching periods", guest.id, minutes_, host.id);
        problems_.push_back({p.pair->mentee, p.pair->mentor, kind, why, {}});
        return;
    }
    const int spacing = program_.cadence.observation_spacing_days;
    // Each observation aims at the middle of its share of the pair's days, so that they spread out.
    const long span = static_cast<long>(p.last - p.first) + 1;
    int placed = 0;
    for (int n : missing) {
        const Date target = p.first + static_cast<int>((2L * n - 1) * span / (2L * wanted));
        auto spaced = [&](Date d) {
            return std::all_of(kept_days.begin(), kept_days.end(),
                               [&](int o) { return std::abs(o - d.days()) >= spacing; });
        };
        auto try_day = [&](Date d) {
            if (!spaced(d)) return false;
            for (int start : fitting_starts(where[static_cast<std::size_t>(d.weekday())], minutes_)) {
                if (!both_free(p, d, start)) continue;
                const Meeting m = make(p, kind, n, d, start);
                occupy(p, m);
                placed_.push_back(m);
                kept_days.push_back(d.days());
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
        for (int start : fitting_starts(where[static_cast<std::size_t>(days[i].weekday())], minutes_)) {
            if (both_free(p, days[i], start)) {
                any_free = true;
                break;
            }
        }
    }
    const std::string why =
        any_free ? fmt::format("the free {}-minute windows of {} left from {} to {} are less than {} days from the "
                               "other {}s",
                               minutes_, guest.id, from.iso(), to.iso(), spacing, noun)
                 : fmt::format("every free {}-minute window of {} from {} to {} is taken by meetings (or the daily "
                               "limit of {})",
                               minutes_, guest.id, from.iso(), to.iso(), program_.cadence.max_per_day);
    problems_.push_back({p.pair->mentee, p.pair->mentor, kind, fmt::format("{} of {} {}s placed: {}", have, wanted, noun, why), {}});
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
            // A meeting cancelled by hand (cancelled and locked) still holds its period: it is
            // not placed again.
            if (!m.cancelled || m.locked) {
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
    // Every other future meeting stays where it is while it is still valid, earliest first:
    // check-ins first, observations and visits once the missing check-ins are placed (a
    // standing slot comes before an observation).
    std::sort(future.begin(), future.end(), [](const Meeting* a, const Meeting* b) { return time_less(*a, *b); });
    auto keep_valid = [&](bool checkins) {
        for (const Meeting* m : future) {
            if ((m->kind == MeetingKind::meeting) != checkins) continue;
            PairState& p = *find_pair(*m);
            std::string why = invalid_reason(p, *m, mentor_booked(p, *m));
            if (why.empty()) {
                out_.push_back(*m);
                occupy(p, *m);
                remember(p, *m);
            } else {
                why_[{m->mentee, m->mentor, m->kind, m->key}] = std::move(why);
                cancel.push_back(*m);
            }
        }
    };
    keep_valid(true);

    // Then the missing ones, pairs with the fewest options first.
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
        if (!missing_person_[i].empty()) {
            problems_.push_back({pairs_[i].pair->mentee, pairs_[i].pair->mentor, MeetingKind::meeting,
                                 fmt::format("{} is not in the roster", missing_person_[i]), {}});
        }
    }
    std::vector<std::size_t> order(units_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return units_[a].options < units_[b].options; });
    for (std::size_t i : order) place_meetings(units_[i]);
    keep_valid(false);
    for (MeetingKind kind : {MeetingKind::observation, MeetingKind::visit}) {
        for (std::size_t i : order) {
            for (std::size_t k : units_[i].members) place_extras(pairs_[k], kind);
        }
    }

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
    Planner planner(roster, program, pairs, existing, today);
    return planner.run(existing);
}

}  // namespace mentor
