#include "mentor/io/journal_names.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mentor {

std::string journal_file_name(const Entry& e) {
    if (is_goal_event(e.kind)) return fmt::format("goals-{:04}.journal", e.date.year());
    return fmt::format("{:04}-{:02}.journal", e.date.year(), e.date.month());
}

std::optional<JournalFileSpan> journal_file_span(const std::string& name) {
    auto digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    constexpr std::string_view ext = ".journal";
    if (name.size() <= ext.size() || name.compare(name.size() - ext.size(), ext.size(), ext) != 0) return std::nullopt;
    const std::string_view stem = std::string_view(name).substr(0, name.size() - ext.size());
    if (stem.size() == 7 && stem[4] == '-' && digits(stem.substr(0, 4)) && digits(stem.substr(5, 2))) {
        const int y = std::stoi(std::string(stem.substr(0, 4)));
        const int m = std::stoi(std::string(stem.substr(5, 2)));
        if (y < min_year || y > max_year || m < 1 || m > 12) return std::nullopt;
        const Date first = Date::from_ymd(y, m, 1);
        const Date next = m == 12 ? Date::from_ymd(y + 1, 1, 1) : Date::from_ymd(y, m + 1, 1);
        return JournalFileSpan{first, next - 1, false};
    }
    if (stem.size() == 10 && stem.substr(0, 6) == "goals-" && digits(stem.substr(6))) {
        const int y = std::stoi(std::string(stem.substr(6)));
        if (y < min_year || y > max_year) return std::nullopt;
        return JournalFileSpan{Date::from_ymd(y, 1, 1), Date::from_ymd(y, 12, 31), true};
    }
    return std::nullopt;
}

bool JournalFileSpan::wanted_by(const JournalScope& scope) const {
    if (scope.since && last < *scope.since) return false;
    if (scope.until && *scope.until < first) return false;
    if (scope.goal_events_only && !goals) return false;
    if (scope.pair_meetings_only && goals) return false;
    return true;
}

}  // namespace mentor
