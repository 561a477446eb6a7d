#include "mentor/domain/model.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace mentor {

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    auto ok_first = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!ok_first(id.front())) return false;
    return std::all_of(id.begin(), id.end(),
                       [&](char c) { return ok_first(c) || c == '.' || c == '_' || c == '-'; });
}

const Person* Roster::find(std::string_view id) const {
    for (const auto& p : people) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

RosterIndex::RosterIndex(const Roster& roster) {
    by_id_.reserve(roster.people.size());
    for (const Person& p : roster.people) by_id_.emplace(p.id, &p);
}

const Person* RosterIndex::find(std::string_view id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
}

namespace {

// Splits "12abc" into 12 and "abc"; nothing when there is no leading number from 1 to 1000.
std::optional<std::pair<int, std::string_view>> count_and_unit(std::string_view text) {
    int n = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, n);
    if (ec != std::errc{} || ptr == text.data() || n <= 0 || n > 1000) return std::nullopt;
    return std::pair{n, std::string_view(ptr, static_cast<std::size_t>(end - ptr))};
}

}  // namespace

std::optional<Duration> parse_duration(std::string_view text) {
    const auto cu = count_and_unit(text);
    if (!cu) return std::nullopt;
    const auto [n, unit] = *cu;
    if (unit == "y") return Duration{Duration::Unit::year, n};
    if (unit == "term" || unit == "terms") return Duration{Duration::Unit::term, n};
    if (unit == " week" || unit == " weeks") return Duration{Duration::Unit::week, n};
    return std::nullopt;
}

std::string format_duration(const Duration& d) {
    switch (d.unit) {
        case Duration::Unit::year: return fmt::format("{}y", d.count);
        case Duration::Unit::term: return fmt::format("{}term", d.count);
        case Duration::Unit::week: return fmt::format("{} week{}", d.count, d.count == 1 ? "" : "s");
    }
    return {};
}

std::optional<int> parse_period_days(std::string_view text) {
    const auto cu = count_and_unit(text);
    if (!cu) return std::nullopt;
    const auto [n, unit] = *cu;
    const int days = unit == "d" ? n : unit == "w" ? n * 7 : 0;
    if (days <= 0 || days > 365) return std::nullopt;
    return days;
}

double* weight_by_name(Weights& w, std::string_view name) {
    if (name == "subject") return &w.subject;
    if (name == "grade") return &w.grade;
    if (name == "school") return &w.school;
    if (name == "availability") return &w.availability;
    if (name == "focus") return &w.focus;
    if (name == "survey") return &w.survey;
    if (name == "language") return &w.language;
    if (name == "experience") return &w.experience;
    if (name == "preference") return &w.preference;
    if (name == "needs") return &w.needs;
    return nullptr;
}

double weight_by_name(const Weights& w, std::string_view name) {
    Weights copy = w;
    const double* p = weight_by_name(copy, name);
    return p ? *p : 0.0;
}

bool Term::is_school_day(Date day) const {
    if (day < start || day > end || day.weekday() >= 5) return false;
    if (std::find(holidays.begin(), holidays.end(), day) != holidays.end()) return false;
    return std::none_of(breaks.begin(), breaks.end(),
                        [&](const Break& b) { return b.start <= day && day <= b.end; });
}

}  // namespace mentor
