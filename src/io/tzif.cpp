// The tz database's binary format (TZif, RFC 8536) and the POSIX TZ rule of its footer.
// libstdc++ 12 has no std::chrono::tzdb, so mentor reads the files itself.
#include "mentor/io/tzif.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"

namespace mentor {

namespace {

constexpr std::int64_t day_seconds = 86400;

std::int64_t year_of(std::int64_t utc) { return civil_year(floor_div(utc, day_seconds)); }

// ---- POSIX TZ strings

class TzReader {
public:
    explicit TzReader(std::string_view s) : s_(s) {}
    bool done() const { return i_ == s_.size(); }
    char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++i_;
        return true;
    }
    // A zone abbreviation: three or more letters, or <...> of letters, digits, + and -.
    std::optional<std::string> name() {
        std::string out;
        if (eat('<')) {
            while (i_ < s_.size() && s_[i_] != '>') {
                const char c = s_[i_++];
                if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-') return std::nullopt;
                out += c;
            }
            if (!eat('>')) return std::nullopt;
        } else {
            while (i_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[i_]))) out += s_[i_++];
        }
        if (out.size() < 3) return std::nullopt;
        return out;
    }
    std::optional<int> number(int max) {
        if (!std::isdigit(static_cast<unsigned char>(peek()))) return std::nullopt;
        int v = 0;
        while (std::isdigit(static_cast<unsigned char>(peek()))) {
            v = v * 10 + (s_[i_++] - '0');
            if (v > max) return std::nullopt;
        }
        return v;
    }
    // [+-]hh[:mm[:ss]] in seconds; hours up to 167 (RFC 8536 section 3.3.1).
    std::optional<int> duration() {
        int sign = 1;
        if (eat('-')) sign = -1;
        else eat('+');
        const auto h = number(167);
        if (!h) return std::nullopt;
        int total = *h * 3600;
        if (eat(':')) {
            const auto m = number(59);
            if (!m) return std::nullopt;
            total += *m * 60;
            if (eat(':')) {
                const auto sec = number(59);
                if (!sec) return std::nullopt;
                total += *sec;
            }
        }
        return sign * total;
    }
    std::optional<PosixRule::When> when() {
        PosixRule::When w;
        using Kind = PosixRule::When::Kind;
        if (eat('J')) {
            const auto n = number(365);
            if (!n || *n < 1) return std::nullopt;
            w.kind = Kind::julian1;
            w.day = *n;
        } else if (eat('M')) {
            const auto m = number(12);
            if (!m || *m < 1 || !eat('.')) return std::nullopt;
            const auto wk = number(5);
            if (!wk || *wk < 1 || !eat('.')) return std::nullopt;
            const auto d = number(6);
            if (!d) return std::nullopt;
            w.kind = Kind::month_week_day;
            w.month = *m;
            w.week = *wk;
            w.day = *d;
        } else {
            const auto n = number(365);
            if (!n) return std::nullopt;
            w.kind = Kind::julian0;
            w.day = *n;
        }
        if (eat('/')) {
            const auto t = duration();
            if (!t) return std::nullopt;
            w.time = *t;
        }
        return w;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

std::int64_t rule_day(const PosixRule::When& w, std::int64_t year) {
    using Kind = PosixRule::When::Kind;
    const std::int64_t jan1 = days_from_civil(year, 1, 1);
    switch (w.kind) {
        case Kind::julian1: return jan1 + w.day - 1 + (is_leap_year(year) && w.day >= 60 ? 1 : 0);
        case Kind::julian0: return jan1 + w.day;
        case Kind::month_week_day: break;
    }
    const auto month = static_cast<unsigned>(w.month);
    const std::int64_t first = days_from_civil(year, month, 1);
    const std::int64_t weekday = ((first + 4) % 7 + 7) % 7;  // 0 = Sunday; 1970-01-01 was a Thursday
    std::int64_t day = first + (w.day - weekday + 7) % 7 + 7 * (w.week - 1);
    while (day >= first + days_in_month(year, month)) day -= 7;
    return day;
}

std::uint32_t be32(std::string_view d, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(d[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(d[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(d[at + 2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(d[at + 3]));
}

std::int64_t be64(std::string_view d, std::size_t at) {
    const std::uint64_t hi = be32(d, at), lo = be32(d, at + 4);
    return static_cast<std::int64_t>(hi << 32 | lo);
}

}  // namespace

std::optional<PosixRule> parse_posix_tz(std::string_view text) {
    TzReader r(text);
    PosixRule rule;
    const auto std_name = r.name();
    if (!std_name) return std::nullopt;
    const auto std_offset = r.duration();
    if (!std_offset) return std::nullopt;
    rule.standard = {-*std_offset, false, *std_name};  // POSIX counts hours west of Greenwich
    if (r.done()) return rule;
    const auto dst_name = r.name();
    if (!dst_name) return std::nullopt;
    ZoneType dst{rule.standard.offset + 3600, true, *dst_name};
    if (r.peek() != ',' && !r.done()) {
        const auto off = r.duration();
        if (!off) return std::nullopt;
        dst.offset = -*off;
    }
    rule.daylight = dst;
    if (r.done()) {
        // No rule given: the US rules of POSIX's default.
        rule.start = {PosixRule::When::Kind::month_week_day, 0, 3, 2, 7200};
        rule.end = {PosixRule::When::Kind::month_week_day, 0, 11, 1, 7200};
        return rule;
    }
    if (!r.eat(',')) return std::nullopt;
    const auto start = r.when();
    if (!start || !r.eat(',')) return std::nullopt;
    const auto end = r.when();
    if (!end || !r.done()) return std::nullopt;
    rule.start = *start;
    rule.end = *end;
    return rule;
}

TimeZone TimeZone::fixed(std::string name, ZoneType type) {
    TimeZone z;
    z.name_ = std::move(name);
    z.types_.push_back(std::move(type));
    return z;
}

std::vector<ZoneTransition> TimeZone::rule_transitions(int year) const {
    std::vector<ZoneTransition> out;
    if (!rule_ || !rule_->daylight) return out;
    const PosixRule& r = *rule_;
    const std::int64_t start = rule_day(r.start, year) * day_seconds + r.start.time - r.standard.offset;
    const std::int64_t end = rule_day(r.end, year) * day_seconds + r.end.time - r.daylight->offset;
    out.push_back({start, r.standard, *r.daylight});
    out.push_back({end, *r.daylight, r.standard});
    std::sort(out.begin(), out.end(), [](const ZoneTransition& a, const ZoneTransition& b) { return a.at < b.at; });
    return out;
}

ZoneType TimeZone::at(std::int64_t utc) const {
    if (!times_.empty() && utc < times_.front()) return types_.front();
    if (rule_ && (times_.empty() || utc >= times_.back())) {
        if (!rule_->daylight) return rule_->standard;
        const int year = static_cast<int>(year_of(utc));
        std::optional<ZoneType> in_effect;
        for (int y = year - 1; y <= year + 1; ++y) {
            for (const ZoneTransition& t : rule_transitions(y)) {
                if (t.at <= utc && (times_.empty() || t.at > times_.back())) in_effect = t.after;
            }
        }
        if (in_effect) return *in_effect;
        if (times_.empty()) {
            const auto next = rule_transitions(year);
            return next.front().before;
        }
    }
    if (times_.empty()) return types_.front();
    const auto i = static_cast<std::size_t>(std::upper_bound(times_.begin(), times_.end(), utc) - times_.begin());
    return types_[type_of_[i - 1]];
}

std::vector<ZoneTransition> TimeZone::transitions(std::int64_t from, std::int64_t to) const {
    std::vector<std::int64_t> candidates;
    for (const std::int64_t t : times_) {
        if (t >= from && t < to) candidates.push_back(t);
    }
    if (rule_ && rule_->daylight) {
        const std::int64_t after = times_.empty() ? INT64_MIN : times_.back();
        for (std::int64_t y = year_of(std::max(from, after == INT64_MIN ? from : after)) - 1; y <= year_of(to) + 1; ++y) {
            for (const ZoneTransition& t : rule_transitions(static_cast<int>(y))) {
                if (t.at > after && t.at >= from && t.at < to) candidates.push_back(t.at);
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<ZoneTransition> out;
    for (const std::int64_t t : candidates) {
        ZoneTransition z{t, at(t - 1), at(t)};
        if (z.before != z.after) out.push_back(std::move(z));
    }
    return out;
}

std::optional<ZoneTransition> TimeZone::last_transition(std::int64_t utc) const {
    // Rule transitions repeat yearly; two years back always holds one when the zone has DST.
    const std::int64_t lookback = 2 * 366 * day_seconds;
    auto recent = transitions(utc - lookback, utc + 1);
    if (!recent.empty()) return recent.back();
    auto i = static_cast<std::size_t>(std::upper_bound(times_.begin(), times_.end(), utc) - times_.begin());
    while (i > 0) {
        --i;
        const std::int64_t t = times_[i];
        ZoneTransition z{t, at(t - 1), at(t)};
        if (z.before != z.after) return z;
    }
    return std::nullopt;
}

std::optional<TimeZone> parse_tzif(std::string_view data, std::string name, std::string& error) {
    struct Counts {
        std::uint32_t isut, isstd, leap, time, type, chars;
    };
    auto header = [&](std::size_t at, Counts& c) {
        if (data.size() < at + 44 || data.substr(at, 4) != "TZif") return false;
        c = {be32(data, at + 20), be32(data, at + 24), be32(data, at + 28),
             be32(data, at + 32), be32(data, at + 36), be32(data, at + 40)};
        return true;
    };
    Counts c{};
    if (!header(0, c)) {
        error = "not a TZif file";
        return std::nullopt;
    }
    const char version = data[4];
    auto block_size = [](const Counts& k, std::size_t time_size) {
        return static_cast<std::size_t>(k.time) * (time_size + 1) + static_cast<std::size_t>(k.type) * 6 + k.chars +
               static_cast<std::size_t>(k.leap) * (time_size + 4) + k.isstd + k.isut;
    };
    std::size_t at = 44;
    std::size_t time_size = 4;
    if (version >= '2') {
        at += block_size(c, 4);
        if (!header(at, c)) {
            error = "the version 2 header is missing";
            return std::nullopt;
        }
        at += 44;
        time_size = 8;
    }
    if (c.type == 0 || c.type > 256 || c.chars == 0 || data.size() < at + block_size(c, time_size)) {
        error = "the data block is truncated or has no local time types";
        return std::nullopt;
    }
    TimeZone z;
    z.name_ = std::move(name);
    for (std::uint32_t i = 0; i < c.time; ++i) {
        z.times_.push_back(time_size == 8 ? be64(data, at + i * 8) : static_cast<std::int32_t>(be32(data, at + i * 4)));
        if (i > 0 && z.times_[i] <= z.times_[i - 1]) {
            error = "transition times are not in order";
            return std::nullopt;
        }
    }
    at += static_cast<std::size_t>(c.time) * time_size;
    for (std::uint32_t i = 0; i < c.time; ++i) {
        const auto t = static_cast<unsigned char>(data[at + i]);
        if (t >= c.type) {
            error = "a transition names a local time type that does not exist";
            return std::nullopt;
        }
        z.type_of_.push_back(t);
    }
    at += c.time;
    const std::size_t chars_at = at + static_cast<std::size_t>(c.type) * 6;
    const std::string_view chars = data.substr(chars_at, c.chars);
    for (std::uint32_t i = 0; i < c.type; ++i) {
        const std::size_t p = at + i * 6;
        const auto offset = static_cast<std::int32_t>(be32(data, p));
        const auto abbr_at = static_cast<unsigned char>(data[p + 5]);
        if (abbr_at >= chars.size() || offset < -89999 || offset > 93599) {
            error = "a local time type is out of range";
            return std::nullopt;
        }
        const auto nul = chars.find('\0', abbr_at);
        z.types_.push_back({offset, data[p + 4] != 0, std::string(chars.substr(abbr_at, nul - abbr_at))});
    }
    at = chars_at + block_size(c, time_size) - static_cast<std::size_t>(c.time) * (time_size + 1) -
         static_cast<std::size_t>(c.type) * 6;
    if (time_size == 8 && at < data.size() && data[at] == '\n') {
        const auto end = data.find('\n', at + 1);
        if (end == std::string_view::npos) {
            error = "the footer is not terminated";
            return std::nullopt;
        }
        const std::string_view footer = data.substr(at + 1, end - at - 1);
        if (!footer.empty()) {
            z.rule_ = parse_posix_tz(footer);
            if (!z.rule_) {
                error = fmt::format("the footer '{}' is not a TZ rule mentor understands", footer);
                return std::nullopt;
            }
        }
    }
    return z;
}

TimeZone load_time_zone(const std::string& name, const std::filesystem::path& zoneinfo) {
    const bool utc = name == "UTC" || name == "Etc/UTC";
    std::error_code ec;
    const std::filesystem::path file = zoneinfo / name;
    if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos ||
        !std::filesystem::is_regular_file(file, ec)) {
        if (utc) return TimeZone::fixed(name, {0, false, "UTC"});
        throw SystemError(fmt::format("no time zone data for '{}' under {}", name, zoneinfo.string()),
                          "install the tzdata package, or set program.timezone to an IANA name");
    }
    std::string error;
    auto zone = parse_tzif(read_file(file), name, error);
    if (!zone) throw SystemError(fmt::format("cannot read the time zone {}: {}", file.string(), error));
    return *std::move(zone);
}

}  // namespace mentor
