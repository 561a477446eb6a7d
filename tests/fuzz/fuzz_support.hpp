// What the fuzz targets share: the input as text, a check that aborts with a readable reason
// (libFuzzer and the corpus replay both report an abort as a failure, in every build type),
// and dumps of the model that compare and print exactly.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"

namespace mentor::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Ends the run with `what` and the two sides that differ; never returns.
[[noreturn]] inline void fail(std::string_view what, std::string_view left = {}, std::string_view right = {}) {
    // fwrite, not printf: the text may hold NUL bytes.
    auto put = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stderr); };
    put("fuzz check failed: ");
    put(what);
    if (!left.empty() || !right.empty()) {
        put("\n--- one side:\n");
        put(left);
        put("\n--- other side:\n");
        put(right);
    }
    put("\n");
    std::abort();
}

/// Fails unless the two dumps are the same.
inline void same(std::string_view what, const std::string& left, const std::string& right) {
    if (left != right) fail(what, left, right);
}

inline std::string pos_text(SourcePos p) { return fmt::format("{}:{}", p.line, p.col); }

/// A value that cannot be confused with its neighbours: its length, then its bytes.
inline std::string field(std::string_view s) { return fmt::format("{}:{}", s.size(), s); }

inline std::string dump(const std::vector<Diagnostic>& diags) {
    std::string out;
    for (const Diagnostic& d : diags) {
        out += fmt::format("{} {} {} {} | {}\n", d.file, pos_text(d.pos), d.severity == Severity::error ? "error" : "warning",
                           d.message, d.hint);
    }
    return out;
}

/// Checks what every diagnostic must have: a message, and a position that is the file
/// (line 0) or a 1-based line and column.
inline void well_formed(const std::vector<Diagnostic>& diags) {
    for (const Diagnostic& d : diags) {
        if (d.message.empty()) fail("a diagnostic without a message", dump(diags));
        const bool whole_file = d.pos.line == 0 && d.pos.col == 0;
        if (!whole_file && (d.pos.line < 1 || d.pos.col < 1)) fail("a diagnostic outside the file", dump(diags));
    }
}

/// Every field of a person and where it was written; doubles as fmt prints them, so that a
/// NaN equals itself.
inline std::string dump(const Person& p) {
    std::string out;
    auto list = [&](std::string_view name, const std::vector<std::string>& items) {
        out += fmt::format(" {}=[", name);
        for (const auto& s : items) out += field(s) + ",";
        out += "]";
    };
    auto date = [](const std::optional<Date>& d) { return d ? d->iso() : std::string("-"); };
    auto num = [](const std::optional<int>& n) { return n ? fmt::format("{}", *n) : std::string("-"); };
    out += fmt::format("id={} name={} email={} roles={} school={}", field(p.id), field(p.name), field(p.email),
                       static_cast<int>(p.roles), field(p.school));
    list("subjects", p.subjects);
    out += " grades=[";
    for (int g : p.grades) out += fmt::format("{},", g);
    out += fmt::format("] years={} supervisor={} capacity={} trained={} modality={}{}", num(p.years), field(p.supervisor),
                       num(p.capacity), date(p.trained), p.in_person ? "p" : "", p.online ? "o" : "");
    list("languages", p.languages);
    out += " availability=[";
    for (const Window& w : p.availability) out += fmt::format("{}/{}-{},", w.weekday, w.start, w.end);
    out += "]";
    list("focus", p.focus);
    out += " survey=[";
    for (const auto& [q, a] : p.survey) out += fmt::format("{}={},", field(q), a);
    out += "]";
    list("prefers", p.prefers);
    list("avoid", p.avoid);
    out += fmt::format(" cohort={} start={} leaves={}", field(p.cohort), date(p.start), date(p.leaves));
    out += fmt::format(" @item={} id={} supervisor={} capacity={} trained={} start={} leaves={}", pos_text(p.pos.item),
                       pos_text(p.pos.id), pos_text(p.pos.supervisor), pos_text(p.pos.capacity), pos_text(p.pos.trained),
                       pos_text(p.pos.start), pos_text(p.pos.leaves));
    out += " prefers@";
    for (SourcePos q : p.pos.prefers) out += pos_text(q) + ",";
    out += " avoid@";
    for (SourcePos q : p.pos.avoid) out += pos_text(q) + ",";
    return out;
}

inline std::string dump(const std::vector<Person>& people) {
    std::string out;
    for (const Person& p : people) out += dump(p) + "\n";
    return out;
}

/// Fails unless the two lists of people are the same: by their dumps, and by `==` as well
/// (which sees fields added after this dump was written) unless a NaN survey answer, which
/// never equals itself, is in them.
inline void same_people(std::string_view what, const std::vector<Person>& left, const std::vector<Person>& right) {
    const std::string a = dump(left), b = dump(right);
    same(what, a, b);
    if (left != right && a.find("nan,") == std::string::npos) fail(what, "(a field the dump does not show differs)", a);
}

}  // namespace mentor::fuzz
