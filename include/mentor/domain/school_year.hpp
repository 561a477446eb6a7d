#pragma once
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

/// A starting calendar for a new program: the US school year that `today` falls in
/// (or the next one, in July), with its federal holidays and usual breaks.
struct SchoolYear {
    Date start;  ///< fourth Monday of August
    Date end;    ///< second Friday of June
    std::vector<Date> holidays;
    std::vector<Break> breaks;
};

/// The school year a program started on `today` would run in.
SchoolYear default_school_year(Date today);

/// The n-th (1-based) given ISO weekday (0 = Monday) of a month.
Date nth_weekday(int year, int month, int weekday, int n);

}  // namespace mentor
