#include "mentor/io/schedule_file.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/io/tsv.hpp"

namespace mentor {

namespace {

constexpr std::string_view columns = "# mentee\tmentor\tkind\tkey\tdate\tstart\tminutes\trev\tflags";
constexpr std::size_t field_count = 9;
constexpr int max_observations = 100;  // cadence.observations is at most this

std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    if (s.empty() || s.size() > 6) return std::nullopt;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

// HH:MM, 00:00 to 23:59.
std::optional<int> parse_clock_field(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    const auto h = parse_int(s.substr(0, 2)), m = parse_int(s.substr(3, 2));
    if (!h || !m || *h > 23 || *m > 59 || s[0] == '-' || s[3] == '-') return std::nullopt;
    return *h * 60 + *m;
}

}  // namespace

std::string format_schedule_file(const std::vector<Meeting>& meetings) {
    std::string out;
    out.reserve(64 + meetings.size() * 64);
    out += schedule_header;
    out += '\n';
    out += columns;
    out += '\n';
    // A cancelled meeting that is also locked was cancelled by hand (`meetings cancel`):
    // `mentor schedule` never places its period again.
    const char* flags[] = {"",      "locked",       "cancelled",       "cancelled,locked",
                           "group", "group,locked", "group,cancelled", "group,cancelled,locked"};
    for (const Meeting& m : meetings) {
        fmt::format_to(std::back_inserter(out), "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", m.mentee, m.mentor,
                       meeting_kind_name(m.kind), format_meeting_key(m), m.date.iso(), format_clock(m.start), m.minutes,
                       m.rev, flags[(m.cancelled ? 2 : 0) + (m.locked ? 1 : 0) + (m.group ? 4 : 0)]);
    }
    return out;
}

ParsedSchedule parse_schedule_file(std::string_view text, const std::string& source) {
    ParsedSchedule out;
    Diagnostics d(source);
    const TsvFormat format{schedule_header, "a meeting", field_count,
                           "mentee, mentor, kind, key, date, start, minutes, rev, flags",
                           "this is not a schedule written by mentor schedule", "the schedule file is empty",
                           "run `mentor schedule` to write it again"};
    read_tsv(text, format, d, [&](const TsvRecord& r) {
        const int number = r.line;
        const auto& f = r.fields;
        auto bad = [&](std::size_t field, std::string message, std::string hint = {}) {
            d.error({number, r.column(field)}, std::move(message), std::move(hint));
        };
        Meeting m;
        m.line = number;
        bool ok = true;
        for (std::size_t i : {std::size_t{0}, std::size_t{1}}) {
            if (!is_valid_id(f[i])) {
                bad(i, fmt::format("'{}' is not a valid id", f[i]));
                ok = false;
            }
        }
        m.mentee = std::string(f[0]);
        m.mentor = std::string(f[1]);
        if (ok && m.mentee == m.mentor) {
            bad(1, fmt::format("'{}' meets themselves", m.mentor), "a meeting is of two different people; remove the line");
            ok = false;
        }
        if (auto k = parse_meeting_kind(f[2])) {
            m.kind = *k;
        } else {
            bad(2, fmt::format("unknown kind '{}'", f[2]), "a kind is 'meeting', 'observation' or 'visit'");
            ok = false;
        }
        const auto date = parse_date(f[4]);
        if (date) {
            m.date = *date;
        } else {
            bad(4, fmt::format("date '{}' is not a date", f[4]), "write YYYY-MM-DD");
            ok = false;
        }
        if (ok && m.kind == MeetingKind::meeting) {
            const auto key = parse_date(f[3]);
            if (!key) {
                bad(3, fmt::format("key '{}' of a meeting is not a date", f[3]),
                    "a meeting's key is the first day of its cadence period, YYYY-MM-DD");
                ok = false;
            } else {
                m.key = key->days();
            }
        } else if (ok) {
            const auto key = parse_int(f[3]);
            if (!key || *key < 1 || *key > max_observations) {
                bad(3, fmt::format("key '{}' of an observation is not a number from 1 to {}", f[3], max_observations),
                    "an observation's or a visit's key is its number: 1, 2, 3 ...");
                ok = false;
            } else {
                m.key = *key;
            }
        }
        if (auto s = parse_clock_field(f[5])) {
            m.start = *s;
        } else {
            bad(5, fmt::format("start '{}' is not a time", f[5]), "write HH:MM, 24-hour, e.g. 15:30");
            ok = false;
        }
        const auto minutes = parse_int(f[6]);
        if (!minutes || *minutes < 1 || *minutes > 24 * 60) {
            bad(6, fmt::format("minutes '{}' is not a length from 1 to 1440", f[6]));
            ok = false;
        } else if (ok && m.start + *minutes > 24 * 60) {
            bad(6, fmt::format("a meeting at {} of {} minutes ends after midnight", f[5], f[6]));
            ok = false;
        } else {
            m.minutes = *minutes;
        }
        const auto rev = parse_int(f[7]);
        if (!rev || *rev < 0) {
            bad(7, fmt::format("rev '{}' is not a whole number from 0", f[7]),
                "rev counts the times the meeting moved; 0 for a new one");
            ok = false;
        } else {
            m.rev = *rev;
        }
        std::string_view flags = f[8];
        if (flags.starts_with("group")) {
            m.group = true;
            flags.remove_prefix(5);
            if (flags.starts_with(",") && flags.size() > 1) flags.remove_prefix(1);
        }
        if (m.group && m.kind != MeetingKind::meeting) {
            bad(8, fmt::format("{} {} is marked 'group'", meeting_kind_name(m.kind), f[3]),
                "only check-ins (kind 'meeting') are group sessions");
            ok = false;
        } else if (flags == "locked") {
            m.locked = true;
        } else if (flags == "cancelled") {
            m.cancelled = true;
        } else if (flags == "cancelled,locked") {
            m.cancelled = true;
            m.locked = true;
        } else if (!flags.empty()) {
            bad(8, fmt::format("unknown flag '{}'", f[8]),
                "the flags field is empty, 'locked' to keep the meeting where it is, 'cancelled', "
                "'cancelled,locked' (cancelled by hand, never placed again), or 'group' before any of them "
                "(group,locked)");
            ok = false;
        }
        if (ok) out.meetings.push_back(std::move(m));
    });
    // A second line for the same meeting is an error: which one holds is unclear.
    std::vector<const Meeting*> order;
    order.reserve(out.meetings.size());
    for (const Meeting& m : out.meetings) order.push_back(&m);
    auto identity = [](const Meeting* a, const Meeting* b) {
        return std::tie(a->mentee, a->mentor, a->kind, a->key) < std::tie(b->mentee, b->mentor, b->kind, b->key);
    };
    // The file is written sorted; only a hand-edited one needs sorting.
    if (!std::is_sorted(order.begin(), order.end(), identity)) std::stable_sort(order.begin(), order.end(), identity);
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (same_meeting(*order[i - 1], *order[i])) {
            d.error({order[i]->line, 1},
                    fmt::format("{} / {} {} {} is already on line {}", order[i]->mentor, order[i]->mentee,
                                meeting_kind_name(order[i]->kind), format_meeting_key(*order[i]), order[i - 1]->line),
                    "keep one of the two lines");
        }
    }
    out.diagnostics = d.take();
    sort_diagnostics(out.diagnostics);
    return out;
}

}  // namespace mentor
