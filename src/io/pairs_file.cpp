#include "mentor/io/pairs_file.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/io/tsv.hpp"

namespace mentor {

namespace {

constexpr std::string_view columns = "# mentee\tmentor\tstart\tend\tscore\tflags\twhy";

// "27.45" -> 2745; also "27", "27.5", "-3.25": an optional minus, digits, and at most two
// decimals, within +-max_pair_score hundredths.
std::optional<int> parse_points(std::string_view s) {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    const auto dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    const auto digits = [](std::string_view t) {
        return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || whole.size() > 7 || !digits(whole)) return std::nullopt;
    if (frac.size() > 2 || !digits(frac) || (dot != std::string_view::npos && frac.empty())) return std::nullopt;
    std::int64_t v = 0;
    for (char c : whole) v = v * 10 + (c - '0');
    std::int64_t f = 0;
    for (char c : frac) f = f * 10 + (c - '0');
    if (frac.size() == 1) f *= 10;
    v = v * 100 + f;
    if (v > max_pair_score) return std::nullopt;
    return static_cast<int>(negative ? -v : v);
}

}  // namespace

std::string format_pairs_file(const std::vector<Pair>& pairs) {
    std::string out;
    out += pairs_header;
    out += '\n';
    out += columns;
    out += '\n';
    for (const Pair& p : pairs) {
        std::string why = p.why;
        for (char& c : why) {
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        }
        out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", p.mentee, p.mentor, p.start.iso(), p.end ? p.end->iso() : "",
                           format_points(p.score), p.locked ? "locked" : "", why);
    }
    return out;
}

ParsedPairs parse_pairs_file(std::string_view text, const std::string& source) {
    ParsedPairs out;
    Diagnostics d(source);
    const TsvFormat format{pairs_header, "a pair", 7,
                           "mentee, mentor, start, end (empty while active), score, flags (empty or 'locked'), why",
                           "this is not a pairs file written by mentor pair", "the pairs file is empty",
                           "run `mentor pair` to write it again"};
    std::unordered_map<std::string, int> seen;  // mentee, mentor, start -> line
    read_tsv(text, format, d, [&](const TsvRecord& r) {
        const int number = r.line;
        const auto& f = r.fields;
        Pair p;
        p.line = number;
        bool ok = true;
        for (std::size_t i : {std::size_t{0}, std::size_t{1}}) {
            if (!is_valid_id(f[i])) {
                d.error({number, r.column(i)}, fmt::format("'{}' is not a valid id", f[i]));
                ok = false;
            }
        }
        p.mentee = std::string(f[0]);
        p.mentor = std::string(f[1]);
        if (ok && p.mentee == p.mentor) {
            d.error({number, r.column(1)}, fmt::format("'{}' is paired with themselves", p.mentor),
                    "a pair is two different people; remove the line or run `mentor pair` again");
            ok = false;
        }
        if (auto s = parse_date(f[2])) {
            p.start = *s;
        } else {
            d.error({number, r.column(2)}, fmt::format("start '{}' is not a date", f[2]), "write YYYY-MM-DD");
            ok = false;
        }
        if (!f[3].empty()) {
            if (auto e = parse_date(f[3])) {
                p.end = *e;
                if (*e < p.start) {
                    d.error({number, r.column(3)}, fmt::format("the pair ends on {}, before it starts", f[3]));
                    ok = false;
                }
            } else {
                d.error({number, r.column(3)}, fmt::format("end '{}' is not a date", f[3]),
                        "write YYYY-MM-DD, or leave it empty while the pair is active");
                ok = false;
            }
        }
        if (auto s = parse_points(f[4])) {
            p.score = *s;
        } else {
            d.error({number, r.column(4)}, fmt::format("score '{}' is not a number from -{} to {}", f[4],
                                                       format_points(max_pair_score), format_points(max_pair_score)),
                    "e.g. 27.45: at most two decimals");
            ok = false;
        }
        if (f[5] == "locked") {
            p.locked = true;
        } else if (!f[5].empty()) {
            d.error({number, r.column(5)}, fmt::format("unknown flag '{}'", f[5]),
                    "the flags field is empty, or 'locked' to keep the pair whatever happens");
            ok = false;
        }
        p.why = std::string(f[6]);
        if (ok) {
            const auto [it, fresh] = seen.emplace(p.mentee + '\t' + p.mentor + '\t' + p.start.iso(), number);
            if (!fresh) {
                d.error({number, 1}, fmt::format("the pair {} / {} from {} is listed twice", p.mentee, p.mentor, p.start.iso()),
                        fmt::format("the first is on line {}; remove one of them", it->second));
                ok = false;
            }
        }
        if (ok) out.pairs.push_back(std::move(p));
    });
    out.diagnostics = d.take();
    return out;
}

}  // namespace mentor
