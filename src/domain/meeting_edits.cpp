// Edits of the schedule record by hand: move or cancel one meeting, as a revision.
#include "mentor/domain/meeting_edits.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "mentor/domain/availability.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

Refusal refuse(std::string message, std::string hint = {}, bool not_found = false) {
    return Refusal{std::move(message), std::move(hint), not_found};
}

MeetingEdit refused(Refusal r) {
    MeetingEdit e;
    e.refusal = std::move(r);
    return e;
}

// HH:MM or H:MM, 00:00 to 23:59.
std::optional<int> parse_clock(std::string_view s) {
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || s.size() != colon + 3) return std::nullopt;
    int h = 0, m = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == colon) continue;
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        (i < colon ? h : m) = (i < colon ? h : m) * 10 + (s[i] - '0');
    }
    if (h > 23 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::optional<int> parse_weekday(std::string_view s) {
    static constexpr std::array<std::string_view, 7> full{"monday", "tuesday", "wednesday", "thursday",
                                                          "friday", "saturday", "sunday"};
    std::string lower(s);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (int d = 0; d < 7; ++d) {
        if (lower == weekday_name(d) || lower == full[static_cast<std::size_t>(d)]) return d;
    }
    return std::nullopt;
}

std::string uid_of(const Meeting& m) {
    return fmt::format("{}+{}+{}+{}", m.mentee, m.mentor, meeting_kind_name(m.kind), format_meeting_key(m));
}

bool overlaps(const Meeting& a, const Meeting& b) {
    return a.date == b.date && a.start < b.end() && b.start < a.end();
}

}  // namespace

std::optional<MeetingTarget> parse_meeting_target(std::string_view text) {
    const std::string_view t = trim(text);
    MeetingTarget out;
    const auto space = t.find(' ');
    const std::string_view first = t.substr(0, space);
    const std::string_view rest = space == std::string_view::npos ? std::string_view{} : trim(t.substr(space + 1));
    if (space != std::string_view::npos && rest.empty()) return std::nullopt;
    if (auto d = parse_date(first)) {
        out.date = *d;
    } else if (auto w = parse_weekday(first)) {
        out.weekday = *w;
        if (rest.empty()) return std::nullopt;  // a weekday needs a time
    } else if (auto c = parse_clock(first); c && rest.empty()) {
        out.start = *c;
        return out;
    } else {
        return std::nullopt;
    }
    if (!rest.empty()) {
        const auto c = parse_clock(rest);
        if (!c) return std::nullopt;
        out.start = *c;
    }
    return out;
}

std::variant<std::size_t, Refusal> find_meeting(const std::vector<Meeting>& meetings, std::string_view key,
                                                 std::string_view program_id) {
    std::string_view k = trim(key);
    if (k.ends_with("@mentor")) k.remove_suffix(7);
    std::vector<std::string_view> parts;
    for (std::size_t at = 0;;) {
        const auto plus = k.find('+', at);
        parts.push_back(k.substr(at, plus == std::string_view::npos ? std::string_view::npos : plus - at));
        if (plus == std::string_view::npos) break;
        at = plus + 1;
    }
    if (parts.size() == 5) {
        if (parts[0] != program_id) {
            return refuse(fmt::format("'{}' is a meeting of program '{}', not of '{}'", key, parts[0], program_id),
                          "run the command in that program's directory (-C DIR)", true);
        }
        parts.erase(parts.begin());
    }
    const std::string hint = "name it by its uid from `mentor meetings --format json`, or as MENTOR+MENTEE+DATE";
    if (parts.size() == 4) {
        // The uid's order (mentee first), or the two people the other way round.
        const std::string wanted = fmt::format("{}+{}+{}+{}", parts[0], parts[1], parts[2], parts[3]);
        const std::string swapped = fmt::format("{}+{}+{}+{}", parts[1], parts[0], parts[2], parts[3]);
        for (std::size_t i = 0; i < meetings.size(); ++i) {
            if (uid_of(meetings[i]) == wanted) return i;
        }
        for (std::size_t i = 0; i < meetings.size(); ++i) {
            if (uid_of(meetings[i]) == swapped) return i;
        }
        return refuse(fmt::format("no meeting '{}' in the schedule", key), hint, true);
    }
    if (parts.size() == 3) {
        const auto day = parse_date(parts[2]);
        if (!day) return refuse(fmt::format("'{}' in the meeting key '{}' is not a date", parts[2], key), "write YYYY-MM-DD");
        std::vector<std::size_t> found;
        for (std::size_t i = 0; i < meetings.size(); ++i) {
            const Meeting& m = meetings[i];
            const bool people = (m.mentor == parts[0] && m.mentee == parts[1]) || (m.mentor == parts[1] && m.mentee == parts[0]);
            if (people && m.date == *day && !m.cancelled) found.push_back(i);
        }
        if (found.size() == 1) return found.front();
        if (found.empty()) {
            return refuse(fmt::format("{} and {} have no meeting on {}", parts[0], parts[1], day->iso()),
                          "`mentor meetings --person " + std::string(parts[0]) + "` lists their meetings", true);
        }
        std::string uids;
        for (std::size_t i : found) uids += (uids.empty() ? "" : ", ") + uid_of(meetings[i]);
        return refuse(fmt::format("{} and {} have {} meetings on {}", parts[0], parts[1], found.size(), day->iso()),
                      "name one of them: " + uids);
    }
    return refuse(fmt::format("'{}' is not a meeting key", key), hint);
}

MeetingEdit move_meeting(const std::vector<Meeting>& meetings, std::size_t index, const MeetingTarget& to,
                         const Term& term, Date today) {
    const Meeting& before = meetings[index];
    if (before.cancelled) return refused(refuse("the meeting is cancelled", "cancelled meetings stay as they were"));
    if (before.date < today) {
        return refused(refuse(fmt::format("the meeting on {} has taken place", before.date.iso()),
                              "only meetings from today on can move"));
    }
    Meeting after = before;
    if (to.date) after.date = *to.date;
    if (to.weekday) after.date = before.date - before.date.weekday() + *to.weekday;
    if (to.start) after.start = *to.start;
    if (after.date == before.date && after.start == before.start) {
        return refused(refuse(fmt::format("the meeting is already on {} at {}", before.date.iso(), format_clock(before.start))));
    }
    if (after.date < today) return refused(refuse(fmt::format("{} is before today ({})", after.date.iso(), today.iso())));
    if (!term.is_school_day(after.date)) {
        return refused(refuse(fmt::format("the school is closed on {} {}", weekday_name(after.date.weekday()), after.date.iso()),
                              "pick a school day of the term: not a weekend, holiday or break"));
    }
    if (after.end() > 24 * 60) {
        return refused(refuse(fmt::format("a {}-minute meeting at {} runs past midnight", after.minutes, format_clock(after.start))));
    }
    // A group session moves as a whole: every check-in of it, one per mentee.
    std::vector<std::size_t> session{index};
    for (std::size_t i = 0; before.group && i < meetings.size(); ++i) {
        const Meeting& m = meetings[i];
        if (i != index && m.group && !m.cancelled && m.mentor == before.mentor && m.kind == before.kind &&
            m.date == before.date && m.start == before.start) {
            session.push_back(i);
        }
    }
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        const Meeting& m = meetings[i];
        if (m.cancelled || !overlaps(m, after)) continue;
        if (std::find(session.begin(), session.end(), i) != session.end()) continue;
        const bool mine = m.mentor == before.mentor && m.mentee == before.mentee;
        for (const std::string* who : {&before.mentor, &before.mentee}) {
            if (*who == m.mentor || *who == m.mentee) {
                return refused(refuse(fmt::format("{} has {} at {} {}-{}", *who, mine ? "another meeting of the pair" : "a meeting",
                                                  after.date.iso(), format_clock(m.start), format_clock(m.end())),
                                      "pick another time; `mentor meetings --person " + *who + "` shows their week"));
            }
        }
    }
    after.rev = before.rev + 1;
    after.locked = true;
    MeetingEdit e;
    e.before = before;
    e.after = after;
    e.meetings = meetings;
    for (std::size_t i : session) {
        Meeting& m = e.meetings[i];
        m.date = after.date;
        m.start = after.start;
        m.rev += 1;
        m.locked = true;
    }
    sort_meetings(e.meetings);
    return e;
}

MeetingEdit cancel_meeting(const std::vector<Meeting>& meetings, std::size_t index, Date today) {
    const Meeting& before = meetings[index];
    if (before.cancelled) return refused(refuse("the meeting is already cancelled"));
    if (before.date < today) {
        return refused(refuse(fmt::format("the meeting on {} has taken place", before.date.iso()),
                              "only meetings from today on can be cancelled"));
    }
    Meeting after = before;
    after.cancelled = true;
    after.locked = true;  // cancelled by hand: `mentor schedule` never places it again
    after.rev = before.rev + 1;
    MeetingEdit e;
    e.before = before;
    e.after = after;
    e.meetings = meetings;
    e.meetings[index] = after;
    sort_meetings(e.meetings);
    return e;
}

}  // namespace mentor
