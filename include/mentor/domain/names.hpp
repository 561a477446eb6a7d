#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mentor {

/// The names of an enum's values, in the order they are documented: one table per enum that
/// its parser, its formatter and its messages all read.
template <class E, std::size_t N>
struct NameTable {
    std::pair<E, std::string_view> entries[N];

    /// The name of `e`; "?" for a value the table does not list.
    constexpr std::string_view name_of(E e) const {
        for (const auto& [value, name] : entries) {
            if (value == e) return name;
        }
        return "?";
    }

    /// The value named exactly `text`, or nothing.
    constexpr std::optional<E> parse(std::string_view text) const {
        for (const auto& [value, name] : entries) {
            if (name == text) return value;
        }
        return std::nullopt;
    }

    /// The values, in the table's order.
    constexpr std::array<E, N> values() const {
        std::array<E, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].first;
        return out;
    }

    /// The names, in the table's order.
    constexpr std::array<std::string_view, N> names() const {
        std::array<std::string_view, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].second;
        return out;
    }

    /// The names for a message: `a, b or c` (with `sep` between and `last` before the last one).
    std::string joined_names(std::string_view sep = ", ", std::string_view last = " or ") const {
        std::string out;
        for (std::size_t i = 0; i < N; ++i) {
            if (i > 0) out += i + 1 == N ? last : sep;
            out += entries[i].second;
        }
        return out;
    }
};

}  // namespace mentor
