#include "mentor/io/pairs_file.hpp"

#include <charconv>

#include <fmt/format.h>

#include "mentor/domain/model.hpp"
#include "mentor/io/tsv.hpp"

namespace mentor {

namespace {

constexpr std::string_view columns = "# mentee\tmentor\tstart\tend\tscore\tflags\twhy";

// "27.45" -> 2745; also "27", "27.5".
std::optional<int> parse_points(std::string_view s) {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    const auto dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    int w = 0;
    if (whole.empty() || std::from_chars(whole.data(), whole.data() + whole.size(), w).ptr != whole.data() + whole.size()) {
        return std::nullopt;
    }
    if (frac.size() > 2) return std::nullopt;
    int f = 0;
    for (char c : frac) {
        if (c < '0' || c > '9') return std::nullopt;
        f = f * 10 + (c - '0');
    }
    if (frac.size() == 1) f *= 10;
    return (negative ? -1 : 1) * (w * 100 + f);
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
            d.error({number, r.column(4)}, fmt::format("score '{}' is not a number", f[4]), "e.g. 27.45");
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
        if (ok) out.pairs.push_back(std::move(p));
    });
    // A CR inside a line is read as the writer writes it, as a space: written back as it is,
    // at the end of a line it would be taken for half of a CRLF line break.
    for (Pair& p : out.pairs) {
        for (char& c : p.why) {
            if (c == '\r') c = ' ';
        }
    }
    out.diagnostics = d.take();
    return out;
}

}  // namespace mentor
