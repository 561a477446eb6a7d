#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// A weekly free window, e.g. `mon 14:30-15:30`: weekday 0 = Monday, minutes after midnight.
struct Window {
    int weekday = 0;
    int start = 0;
    int end = 0;
    int minutes() const { return end - start; }
    friend bool operator==(const Window&, const Window&) = default;
    friend auto operator<=>(const Window&, const Window&) = default;
};

/// Why a window text did not parse, with a fix the user can apply.
struct WindowError {
    std::string message;
    std::string hint;
};

/// Parses `DAY HH:MM-HH:MM` (day as `mon`..`sun`, case-insensitive, full names accepted).
/// On failure returns the reason in `error`.
std::optional<Window> parse_window(std::string_view text, WindowError& error);

/// Canonical text of a window: `mon 14:30-15:30`.
std::string format_window(const Window& w);

/// Three-letter lowercase name of an ISO weekday (0 = `mon`).
std::string_view weekday_name(int weekday);

/// Minutes per week that two sets of windows share (overlaps inside one set counted once).
int shared_minutes(const std::vector<Window>& a, const std::vector<Window>& b);

}  // namespace mentor
