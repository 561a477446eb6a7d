// The typed reader of program.toml's tables: every mismatch becomes a located diagnostic.
// Internal to src/io (program_toml.cpp, program_terms.cpp).
#pragma once
#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/suggest.hpp"

namespace mentor::toml_reading {

using Keys = std::span<const std::string_view>;

inline SourcePos pos_of(const toml::source_region& r) {
    return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

inline SourcePos pos_of(const toml::node& n) { return pos_of(n.source()); }

inline std::string type_name(const toml::node& n) {
    switch (n.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "true/false";
        case toml::node_type::date: return "a date";
        case toml::node_type::time: return "a time";
        case toml::node_type::date_time: return "a date-time";
        case toml::node_type::array: return "an array";
        case toml::node_type::table: return "a table";
        default: return "nothing";
    }
}

// Reads typed values out of TOML tables, turning every mismatch into a diagnostic.
class Reader {
public:
    explicit Reader(Diagnostics& d) : d_(d) {}

    // Checks that every key of `t` is known; unknown ones get a "did you mean".
    void known_keys(const toml::table& t, std::string_view where, Keys keys) {
        for (auto&& [k, v] : t) {
            const std::string_view key = k.str();
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            const std::string best = closest_match(key, keys);
            std::string hint = best.empty()
                                   ? fmt::format("known keys here: {}", fmt::join(keys, ", "))
                                   : fmt::format("did you mean '{}'?", best);
            d_.error(pos_of(k.source()), fmt::format("unknown key '{}' in {}", key, where), hint);
        }
    }

    const toml::table* table(const toml::table& root, std::string_view name) {
        const toml::node* n = root.get(name);
        if (!n) return nullptr;
        if (const auto* t = n->as_table()) return t;
        d_.error(pos_of(*n), fmt::format("'{}' must be a table, not {}", name, type_name(*n)),
                 fmt::format("write it as a [{}] section", name));
        return nullptr;
    }

    void string(const toml::table* t, std::string_view sect, std::string_view key, std::string& out) {
        if (const auto* n = get(t, key)) {
            if (const auto* s = n->as_string()) {
                out = s->get();
            } else {
                mismatch(*n, sect, key, "a string", fmt::format("{} = \"...\"", key));
            }
        }
    }

    void integer(const toml::table* t, std::string_view sect, std::string_view key, int& out, int lo, int hi) {
        if (const auto* n = get(t, key)) {
            if (const auto* i = n->as_integer()) {
                const auto v = i->get();
                if (v < lo || v > hi) {
                    d_.error(pos_of(*n), fmt::format("{}.{} is {}, outside {}..{}", sect, key, v, lo, hi),
                             fmt::format("write a whole number from {} to {}", lo, hi));
                } else {
                    out = static_cast<int>(v);
                }
            } else {
                mismatch(*n, sect, key, "a whole number", fmt::format("{} = {}", key, out));
            }
        }
    }

    void number(const toml::table* t, std::string_view sect, std::string_view key, double& out, double hi) {
        if (const auto* n = get(t, key)) {
            double v = 0;
            if (const auto* i = n->as_integer()) {
                v = static_cast<double>(i->get());
            } else if (const auto* f = n->as_floating_point()) {
                v = f->get();
            } else {
                mismatch(*n, sect, key, "a number", fmt::format("{} = 40.0", key));
                return;
            }
            if (!std::isfinite(v) || v < 0 || v > hi) {
                d_.error(pos_of(*n), fmt::format("{}.{} must be a number from 0 to {}", sect, key, hi),
                         "negative, infinite or larger amounts are not meaningful here");
                return;
            }
            out = v;
        }
    }

    void boolean(const toml::table* t, std::string_view sect, std::string_view key, bool& out) {
        if (const auto* n = get(t, key)) {
            if (const auto* b = n->as_boolean()) {
                out = b->get();
            } else {
                mismatch(*n, sect, key, "true or false", fmt::format("{} = true", key));
            }
        }
    }

    // A date written as a TOML local date (2026-08-24) or a quoted "2026-08-24".
    std::optional<Date> date_value(const toml::node& n, std::string_view what) {
        if (const auto* d = n.as_date()) {
            const toml::date v = d->get();
            if (v.year < min_year || v.year > max_year) {
                d_.error(pos_of(n), fmt::format("{} is in the year {}, outside {}..{}", what, v.year, min_year, max_year),
                         "check the year");
                return std::nullopt;
            }
            if (is_valid_ymd(v.year, v.month, v.day)) return Date::from_ymd(v.year, v.month, v.day);
        } else if (const auto* s = n.as_string()) {
            if (auto d2 = parse_date(s->get())) return d2;
            d_.error(pos_of(n), fmt::format("{} is not a valid date: '{}'", what, s->get()),
                     "write dates as YYYY-MM-DD, e.g. 2026-08-24");
            return std::nullopt;
        }
        d_.error(pos_of(n), fmt::format("{} must be a date, not {}", what, type_name(n)),
                 "write dates as YYYY-MM-DD, e.g. 2026-08-24");
        return std::nullopt;
    }

    bool date(const toml::table* t, std::string_view sect, std::string_view key, Date& out, SourcePos& where) {
        if (const auto* n = get(t, key)) {
            where = pos_of(*n);
            if (auto d = date_value(*n, fmt::format("{}.{}", sect, key))) {
                out = *d;
                return true;
            }
        }
        return false;
    }

    // A string that must be one of `choices`; returns its index.
    std::optional<std::size_t> choice(const toml::table* t, std::string_view sect, std::string_view key, Keys choices) {
        const auto* n = get(t, key);
        if (!n) return std::nullopt;
        const auto* s = n->as_string();
        if (!s) {
            mismatch(*n, sect, key, "a string", fmt::format("{} = \"{}\"", key, choices.front()));
            return std::nullopt;
        }
        const auto it = std::find(choices.begin(), choices.end(), s->get());
        if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
        const std::string best = closest_match(s->get(), choices);
        d_.error(pos_of(*n), fmt::format("{}.{} is '{}', which is not one of: {}", sect, key, s->get(), fmt::join(choices, ", ")),
                 best.empty() ? fmt::format("write one of: {}", fmt::join(choices, ", ")) : fmt::format("did you mean '{}'?", best));
        return std::nullopt;
    }

    // A string that must name a value of `table`.
    template <class E, std::size_t N>
    std::optional<E> choice(const toml::table* t, std::string_view sect, std::string_view key,
                            const NameTable<E, N>& table) {
        const std::array<std::string_view, N> names = table.names();
        const auto i = choice(t, sect, key, Keys(names));
        if (!i) return std::nullopt;
        return table.entries[*i].first;
    }

    void require(const toml::table* t, const toml::table& root, std::string_view sect, std::string_view key) {
        if (t && t->get(key)) return;
        const SourcePos where = t ? pos_of(*t) : pos_of(root);
        d_.error(where.line > 0 ? where : SourcePos{1, 1}, fmt::format("{}.{} is missing", sect, key),
                 fmt::format("add '{} = ...' under [{}]", key, sect));
    }

    Diagnostics& diags() { return d_; }

private:
    Diagnostics& d_;

    static const toml::node* get(const toml::table* t, std::string_view key) { return t ? t->get(key) : nullptr; }

    void mismatch(const toml::node& n, std::string_view sect, std::string_view key, std::string_view want,
                  std::string example) {
        d_.error(pos_of(n), fmt::format("{}.{} must be {}, not {}", sect, key, want, type_name(n)),
                 fmt::format("write it as {}", example));
    }
};

}  // namespace mentor::toml_reading
