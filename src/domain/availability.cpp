#include "mentor/domain/availability.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace mentor {

namespace {

constexpr std::array<std::string_view, 7> short_days{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> long_days{"monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Parses H:MM or HH:MM into minutes after midnight; -1 when malformed.
int parse_clock(std::string_view s) {
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || s.size() != colon + 3) return -1;
    int h = 0, m = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
        h = h * 10 + (s[i] - '0');
    }
    for (std::size_t i = colon + 1; i < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
        m = m * 10 + (s[i] - '0');
    }
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return -1;
    return h * 60 + m;
}

// Minutes covered by the union of windows on one weekday, intersected with another set.
std::vector<std::pair<int, int>> merged(const std::vector<Window>& ws, int day) {
    std::vector<std::pair<int, int>> spans;
    for (const auto& w : ws) {
        if (w.weekday == day && w.end > w.start) spans.emplace_back(w.start, w.end);
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<int, int>> out;
    for (const auto& s : spans) {
        if (!out.empty() && s.first <= out.back().second) {
            out.back().second = std::max(out.back().second, s.second);
        } else {
            out.push_back(s);
        }
    }
    return out;
}

}  // namespace

std::string_view weekday_name(int weekday) {
    return short_days.at(static_cast<std::size_t>(weekday));
}

std::optional<Window> parse_window(std::string_view text, WindowError& error) {
    const std::string_view hint = "write a window as DAY HH:MM-HH:MM, e.g. \"mon 14:30-15:30\"";
    const auto space = text.find(' ');
    if (space == std::string_view::npos) {
        error = {fmt::format("availability window '{}' has no day and time range", text), std::string(hint)};
        return std::nullopt;
    }
    const std::string day = lower(text.substr(0, space));
    std::string_view range = text.substr(space + 1);
    while (!range.empty() && range.front() == ' ') range.remove_prefix(1);
    int weekday = -1;
    for (std::size_t i = 0; i < 7; ++i) {
        if (day == short_days[i] || day == long_days[i]) weekday = static_cast<int>(i);
    }
    if (weekday < 0) {
        error = {fmt::format("'{}' is not a day of the week", text.substr(0, space)),
                 "use mon, tue, wed, thu, fri, sat or sun"};
        return std::nullopt;
    }
    const auto dash = range.find('-');
    if (dash == std::string_view::npos) {
        error = {fmt::format("availability window '{}' has no time range", text), std::string(hint)};
        return std::nullopt;
    }
    const int start = parse_clock(range.substr(0, dash));
    const int end = parse_clock(range.substr(dash + 1));
    if (start < 0 || end < 0) {
        error = {fmt::format("availability window '{}' has a malformed time", text),
                 "times are 24-hour HH:MM, e.g. 07:30 or 15:45"};
        return std::nullopt;
    }
    if (end <= start) {
        error = {fmt::format("availability window '{}' ends before it starts", text),
                 "the end time must be later than the start time on the same day"};
        return std::nullopt;
    }
    return Window{weekday, start, end};
}

std::string format_window(const Window& w) {
    return fmt::format("{} {:02}:{:02}-{:02}:{:02}", weekday_name(w.weekday), w.start / 60, w.start % 60,
                       w.end / 60, w.end % 60);
}

int shared_minutes(const std::vector<Window>& a, const std::vector<Window>& b) {
    int total = 0;
    for (int day = 0; day < 7; ++day) {
        const auto ma = merged(a, day), mb = merged(b, day);
        std::size_t i = 0, j = 0;
        while (i < ma.size() && j < mb.size()) {
            const int lo = std::max(ma[i].first, mb[j].first);
            const int hi = std::min(ma[i].second, mb[j].second);
            if (hi > lo) total += hi - lo;
            if (ma[i].second < mb[j].second) ++i; else ++j;
        }
    }
    return total;
}

}  // namespace mentor
