#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mentor {

/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    /// The day with this serial number (days since 1970-01-01).
    static constexpr Date from_days(int days) { Date d; d.days_ = days; return d; }
    /// The given civil date; the caller guarantees it is valid (see `is_valid_ymd`).
    static Date from_ymd(int year, int month, int day);

    constexpr int days() const { return days_; }
    int year() const;
    int month() const;
    int day() const;
    /// 0 = Monday ... 6 = Sunday (ISO order).
    int weekday() const;

    /// `YYYY-MM-DD`.
    std::string iso() const;
    /// English abbreviations, as mail headers and short dates use them: `Mon`, `Nov`.
    std::string_view weekday_abbrev() const;
    std::string_view month_abbrev() const;

    constexpr Date operator+(int n) const { return from_days(days_ + n); }
    constexpr Date operator-(int n) const { return from_days(days_ - n); }
    constexpr int operator-(Date other) const { return days_ - other.days_; }
    constexpr auto operator<=>(const Date&) const = default;

private:
    int days_ = 0;
};

/// The years mentor reads in any file or option: dates outside them are refused, so that no
/// date can send a calendar walk (a term, a schedule, a report) centuries away.
inline constexpr int min_year = 1900;
inline constexpr int max_year = 2200;

/// True when year-month-day names a real day.
bool is_valid_ymd(int year, int month, int day);

/// Parses exactly `YYYY-MM-DD`; nothing when malformed, not a real day, or its year is outside
/// `min_year..max_year`.
std::optional<Date> parse_date(std::string_view text);

/// Floor division: rounds towards minus infinity (`floor_div(-1, 7) == -1`).
std::int64_t floor_div(std::int64_t a, std::int64_t b);

/// True in a leap year of the proleptic Gregorian calendar.
bool is_leap_year(std::int64_t y);

/// Days in month `m` (1-12) of year `y`.
unsigned days_in_month(std::int64_t y, unsigned m);

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), for any year.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);

/// The civil year of a day given as days since 1970-01-01, for any year.
std::int64_t civil_year(std::int64_t days);

}  // namespace mentor
