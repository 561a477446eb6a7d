#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/date.hpp"  // days_from_civil, which this header used to declare

namespace mentor {

/// A local time type: offset from UTC in seconds (east positive), daylight saving or not,
/// and its abbreviation (`CST`, `CDT`, `-03`).
struct ZoneType {
    int offset = 0;
    bool dst = false;
    std::string abbr;
    friend bool operator==(const ZoneType&, const ZoneType&) = default;
};

/// A change of local time type at a UTC instant (seconds since 1970-01-01T00:00:00Z).
struct ZoneTransition {
    std::int64_t at = 0;
    ZoneType before;
    ZoneType after;
};

/// A POSIX TZ rule such as `CST6CDT,M3.2.0,M11.1.0`: the footer of a TZif file, which gives
/// the transitions after the last one the file lists.
struct PosixRule {
    struct When {
        enum class Kind { julian1, julian0, month_week_day } kind = Kind::month_week_day;
        int day = 0;     ///< J: 1..365; n: 0..365; M: day of week 0 (Sunday) .. 6
        int month = 0;   ///< M: 1..12
        int week = 0;    ///< M: 1..5, 5 meaning the last
        int time = 7200; ///< seconds after local midnight, may be negative or past 24 hours
    };
    ZoneType standard;
    std::optional<ZoneType> daylight;
    When start;  ///< change to daylight time, in standard local time
    When end;    ///< change back, in daylight local time
};

/// Parses a POSIX TZ string (with RFC 8536's extensions: hours up to 167, negative times).
std::optional<PosixRule> parse_posix_tz(std::string_view text);

/// A time zone read from the tz database: its transitions and the rule after them.
class TimeZone {
public:
    /// A zone that is always `type` (used for UTC when no tz database is installed).
    static TimeZone fixed(std::string name, ZoneType type);

    const std::string& name() const { return name_; }
    /// The local time type in effect at a UTC instant.
    ZoneType at(std::int64_t utc) const;
    /// Every change of local time type at an instant in [from, to), in order.
    std::vector<ZoneTransition> transitions(std::int64_t from, std::int64_t to) const;
    /// The last change at or before `utc`, if there was one.
    std::optional<ZoneTransition> last_transition(std::int64_t utc) const;

private:
    friend std::optional<TimeZone> parse_tzif(std::string_view, std::string, std::string&);
    std::string name_;
    std::vector<std::int64_t> times_;
    std::vector<std::size_t> type_of_;
    std::vector<ZoneType> types_;
    std::optional<PosixRule> rule_;
    std::vector<ZoneTransition> rule_transitions(int year) const;
};

/// Parses a TZif file (RFC 8536, versions 1 to 4) held in `data`; on failure returns nothing
/// and says why in `error`.
std::optional<TimeZone> parse_tzif(std::string_view data, std::string name, std::string& error);

/// The zone `name` from the system's tz database under `zoneinfo`. `UTC` and `Etc/UTC` work
/// without one. Throws SystemError when the zone cannot be read or parsed.
TimeZone load_time_zone(const std::string& name, const std::filesystem::path& zoneinfo = "/usr/share/zoneinfo");

}  // namespace mentor
