#include "mentor/domain/school_year.hpp"

namespace mentor {

Date nth_weekday(int year, int month, int weekday, int n) {
    const Date first = Date::from_ymd(year, month, 1);
    const int offset = (weekday - first.weekday() + 7) % 7;
    return first + offset + 7 * (n - 1);
}

namespace {

Date last_weekday(int year, int month, int weekday) {
    const Date next_first = month == 12 ? Date::from_ymd(year + 1, 1, 1) : Date::from_ymd(year, month + 1, 1);
    const Date last = next_first - 1;
    return last - (last.weekday() - weekday + 7) % 7;
}

}  // namespace

SchoolYear default_school_year(Date today) {
    // A school year runs from August to June; from July on, plan the one about to start.
    const int y = today.month() >= 7 ? today.year() : today.year() - 1;
    SchoolYear s;
    s.start = nth_weekday(y, 8, 0, 4);
    s.end = nth_weekday(y + 1, 6, 4, 2);
    const Date thanksgiving = nth_weekday(y, 11, 3, 4);
    s.holidays = {
        nth_weekday(y, 9, 0, 1),       // Labor Day
        thanksgiving,
        thanksgiving + 1,
        nth_weekday(y + 1, 1, 0, 3),   // Martin Luther King Jr. Day
        nth_weekday(y + 1, 2, 0, 3),   // Presidents' Day
        last_weekday(y + 1, 5, 0),     // Memorial Day
    };
    // Winter break: the week holding Christmas Eve and the week after.
    const Date eve = Date::from_ymd(y, 12, 24);
    const Date winter = eve - eve.weekday();
    s.breaks.push_back({"Winter break", winter, winter + 11});
    // Spring break: the fourth week of March.
    const Date spring = nth_weekday(y + 1, 3, 0, 4);
    s.breaks.push_back({"Spring break", spring, spring + 4});
    return s;
}

}  // namespace mentor
