#include "mentor/domain/suggest.hpp"

#include <algorithm>
#include <vector>

namespace mentor {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
            diag = up;
        }
    }
    return row[b.size()];
}

namespace {

// The edit distance when it is at most `bound`, else some number above `bound`: stops as soon as
// every entry of a row exceeds the bound (distances never shrink from one row to the next).
std::size_t distance_within(std::string_view a, std::string_view b, std::size_t bound, std::vector<std::size_t>& row) {
    row.resize(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        std::size_t lowest = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
            diag = up;
            lowest = std::min(lowest, row[j]);
        }
        if (lowest > bound) return bound + 1;
    }
    return row[b.size()];
}

}  // namespace

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
    const std::size_t limit = std::max<std::size_t>(1, (word.size() + 2) / 3);
    std::string_view best;
    bool found = false;
    std::size_t best_distance = limit + 1;
    std::vector<std::size_t> row;
    for (std::string_view c : candidates) {
        // The distance is at least the difference in length: most candidates end here.
        const std::size_t length_gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
        if (length_gap >= best_distance) continue;
        const std::size_t d = distance_within(word, c, best_distance - 1, row);
        if (d < best_distance) {
            best_distance = d;
            best = c;
            found = true;
        }
    }
    return found ? std::string(best) : std::string{};
}

}  // namespace mentor
