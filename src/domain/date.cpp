#include "mentor/domain/date.hpp"

#include <chrono>

#include <fmt/format.h>

namespace mentor {

namespace chr = std::chrono;

namespace {

chr::year_month_day ymd_of(Date d) {
    return chr::year_month_day{chr::sys_days{chr::days{d.days()}}};
}

bool all_digits(std::string_view s) {
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

}  // namespace

Date Date::from_ymd(int year, int month, int day) {
    const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                  chr::day{static_cast<unsigned>(day)}};
    return from_days(static_cast<int>(chr::sys_days{ymd}.time_since_epoch().count()));
}

int Date::year() const { return static_cast<int>(ymd_of(*this).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ymd_of(*this).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ymd_of(*this).day())); }

int Date::weekday() const {
    const chr::weekday wd{chr::sys_days{chr::days{days_}}};
    return static_cast<int>(wd.iso_encoding()) - 1;
}

std::string Date::iso() const {
    const auto ymd = ymd_of(*this);
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string_view Date::weekday_abbrev() const {
    static constexpr std::string_view names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return names[weekday()];
}

std::string_view Date::month_abbrev() const {
    static constexpr std::string_view names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return names[month() - 1];
}

bool is_valid_ymd(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                  chr::day{static_cast<unsigned>(day)}};
    return ymd.ok();
}

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    const int year = to_int(y), month = to_int(m), day = to_int(d);
    if (!is_valid_ymd(year, month, day)) return std::nullopt;
    return Date::from_ymd(year, month, day);
}

}  // namespace mentor
