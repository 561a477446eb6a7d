#include "mentor/io/journal_file.hpp"
#include "mentor/io/roster_yaml.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

// ---- writing -------------------------------------------------------------------------------

bool needs_quotes(std::string_view v) {
    if (v.empty()) return true;
    for (char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= ' ' || c == '"' || c == '\\' || c == 0x7f) return true;
    }
    return false;
}

void put_value(std::string& out, std::string_view v) { out += needs_quotes(v) ? double_quoted(v) : std::string(v); }

void put(std::string& out, std::string_view key, std::string_view v) {
    if (v.empty()) return;
    out += ' ';
    out += key;
    out += '=';
    put_value(out, v);
}

void put_list(std::string& out, std::string_view key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    std::string joined;
    for (const std::string& s : items) {
        if (!joined.empty()) joined += ',';
        joined += s;
    }
    put(out, key, joined);
}

std::string number_text(double v) {
    std::string s = fmt::format("{}", v);
    return s;
}

// ---- reading -------------------------------------------------------------------------------

enum class Key {
    by, mentor, mentee, person, observer, observed, class_name, focus, attendees, goal, what, measure, unit,
    baseline, target, due, milestone, value, minutes, goals, visibility, text
};

constexpr std::pair<std::string_view, Key> keys[] = {
    {"by", Key::by},           {"mentor", Key::mentor},     {"mentee", Key::mentee},
    {"person", Key::person},   {"observer", Key::observer}, {"observed", Key::observed},
    {"class", Key::class_name}, {"focus", Key::focus},      {"attendees", Key::attendees},
    {"goal", Key::goal},       {"what", Key::what},         {"measure", Key::measure},
    {"unit", Key::unit},       {"baseline", Key::baseline}, {"target", Key::target},
    {"due", Key::due},         {"milestone", Key::milestone}, {"value", Key::value},
    {"minutes", Key::minutes}, {"goals", Key::goals},       {"visibility", Key::visibility},
    {"text", Key::text},
};

std::string key_list() {
    std::string out;
    for (const auto& [name, key] : keys) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<Key> find_key(std::string_view name) {
    // Compare only against the keys of the same length and first letter.
    for (const auto& [n, k] : keys) {
        if (n.size() == name.size() && n[0] == name[0] && n == name) return k;
    }
    return std::nullopt;
}

std::vector<std::string> split_list(std::string_view v) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= v.size()) {
        const std::size_t comma = std::min(v.find(',', at), v.size());
        if (comma > at) out.emplace_back(v.substr(at, comma - at));
        at = comma + 1;
    }
    return out;
}

std::optional<double> parse_number(std::string_view s) {
    double v = 0;
    if (s.empty()) return std::nullopt;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads one line's fields after DATE ID KIND.
class LineParser {
public:
    LineParser(std::string_view line, int number, Diagnostics& d) : line_(line), number_(number), d_(d) {}

    bool parse(Entry& e) {
        e.line = number_;
        // DATE
        const std::string_view date = word();
        e.cols.date = 1;
        const std::optional<Date> day = parse_date(date);
        if (!day) {
            return fail(1, fmt::format("'{}' is not a date", date), "each entry starts with its date as YYYY-MM-DD");
        }
        e.date = *day;
        if (!space()) return fail(col(), "the entry ends after its date", "an entry reads `DATE ID KIND key=value ...`");
        e.cols.id = col();
        const std::string_view id = word();
        if (!is_valid_id(id)) {
            return fail(e.cols.id, fmt::format("'{}' is not an entry id", id),
                        "an id holds lowercase letters, digits, '-', '_' and '.'");
        }
        e.id = std::string(id);
        if (!space()) return fail(col(), "the entry ends after its id", "an entry reads `DATE ID KIND key=value ...`");
        e.cols.kind = col();
        const std::string_view kind = word();
        const std::optional<EntryKind> k = parse_kind(kind);
        if (!k) {
            std::string all;
            for (EntryKind x : all_entry_kinds) all += (all.empty() ? "" : ", ") + std::string(kind_name(x));
            return fail(e.cols.kind, fmt::format("unknown entry kind '{}'", kind), "kinds are " + all);
        }
        e.kind = *k;
        bool seen[std::size(keys)] = {};
        bool have_visibility = false;
        while (space()) {
            if (at_ >= line_.size()) break;  // trailing spaces
            const int key_col = col();
            // A key is lowercase letters up to '='.
            std::size_t eq = at_;
            while (eq < line_.size() && line_[eq] >= 'a' && line_[eq] <= 'z') ++eq;
            if (eq < line_.size() && line_[eq] != '=') {
                // Something else in the key: either an unknown field with other characters, or no '='.
                const std::size_t real = line_.find('=', at_);
                const std::size_t sp = line_.find(' ', at_);
                eq = (real != std::string_view::npos && (sp == std::string_view::npos || real < sp)) ? real
                                                                                                  : line_.size();
            }
            if (eq >= line_.size()) {
                return fail(key_col, fmt::format("'{}' is not a key=value field", word()),
                            "fields after the kind read key=value; quote values with spaces: text=\"...\"");
            }
            const std::string_view name = line_.substr(at_, eq - at_);
            const std::optional<Key> key = find_key(name);
            if (!key) return fail(key_col, fmt::format("unknown field '{}'", name), "fields are " + key_list());
            const std::size_t ki = static_cast<std::size_t>(*key);
            if (seen[ki] && *key != Key::milestone) {
                return fail(key_col, fmt::format("field '{}' appears twice", name), "keep one of them");
            }
            seen[ki] = true;
            at_ = eq + 1;
            const int value_col = col();
            std::string value;
            if (!read_value(value)) return false;
            if (!store(e, *key, value, key_col, value_col, have_visibility)) return false;
        }
        if (at_ < line_.size()) return fail(col(), "unexpected text", "fields are separated by one space");
        if (!have_visibility) {
            return fail(static_cast<int>(line_.size()) + 1, "the entry has no visibility",
                        "add visibility=private or visibility=shared");
        }
        return require(e);
    }

private:
    std::string_view line_;
    std::size_t at_ = 0;
    int number_;
    Diagnostics& d_;

    int col() const { return static_cast<int>(at_) + 1; }

    bool fail(int column, std::string message, std::string hint) {
        d_.error({number_, column}, std::move(message), std::move(hint));
        return false;
    }

    std::string_view word() {
        const std::size_t end = std::min(line_.find(' ', at_), line_.size());
        const std::string_view w = line_.substr(at_, end - at_);
        at_ = end;
        return w;
    }

    bool space() {
        if (at_ >= line_.size() || line_[at_] != ' ') return false;
        ++at_;
        return true;
    }

    bool read_value(std::string& out) {
        if (at_ < line_.size() && line_[at_] == '"') {
            const int open = col();
            ++at_;
            while (at_ < line_.size()) {
                // Copy the plain run up to the next quote or backslash in one go.
                // The next quote, and a backslash before it if any (most values have none).
                std::size_t special = std::min(line_.find('"', at_), line_.size());
                const std::size_t backslash = line_.substr(0, special).find('\\', at_);
                if (backslash != std::string_view::npos) special = backslash;
                out.append(line_.data() + at_, special - at_);
                at_ = special;
                if (at_ >= line_.size()) break;
                const char c = line_[at_];
                if (c == '"') {
                    ++at_;
                    if (at_ < line_.size() && line_[at_] != ' ') {
                        return fail(col(), "a quoted value must be followed by a space or the end of the line",
                                    "write \\\" for a quote inside a value");
                    }
                    return true;
                }
                if (c == '\\') {
                    if (at_ + 1 >= line_.size()) break;
                    const char n = line_[at_ + 1];
                    at_ += 2;
                    switch (n) {
                        case 'n': out += '\n'; break;
                        case 't': out += '\t'; break;
                        case 'r': out += '\r'; break;
                        case '"': out += '"'; break;
                        case '\\': out += '\\'; break;
                        case 'x': {
                            const int hi = at_ + 1 < line_.size() ? hex_digit(line_[at_]) : -1;
                            const int lo = hi >= 0 ? hex_digit(line_[at_ + 1]) : -1;
                            if (lo < 0) return fail(col() - 2, "\\x needs two hex digits", "write \\x1b, for example");
                            out += static_cast<char>(hi * 16 + lo);
                            at_ += 2;
                            break;
                        }
                        default:
                            return fail(col() - 2, fmt::format("unknown escape '\\{}'", n),
                                        "escapes are \\n, \\t, \\r, \\\", \\\\ and \\xHH");
                    }
                    continue;
                }
            }
            return fail(open, "this quoted value is never closed", "end it with \" on the same line");
        }
        const std::string_view w = word();
        if (w.find('"') != std::string_view::npos || w.find('\\') != std::string_view::npos) {
            return fail(col() - static_cast<int>(w.size()), "a value with quotes or backslashes must be quoted",
                        "write key=\"...\" and escape \" as \\\"");
        }
        out.assign(w);
        return true;
    }

    bool store(Entry& e, Key key, std::string& v, int key_col, int value_col, bool& have_visibility) {
        switch (key) {
            case Key::by: e.by = std::move(v); e.cols.by = value_col; break;
            case Key::mentor: e.mentor = std::move(v); e.cols.mentor = value_col; break;
            case Key::mentee: e.mentee = std::move(v); e.cols.mentee = value_col; break;
            case Key::person: e.person = std::move(v); e.cols.person = value_col; break;
            case Key::observer: e.observer = std::move(v); e.cols.observer = value_col; break;
            case Key::observed: e.observed = std::move(v); e.cols.observed = value_col; break;
            case Key::class_name: e.class_name = std::move(v); break;
            case Key::focus: e.focus = split_list(v); break;
            case Key::attendees: e.attendees = split_list(v); e.cols.attendees = value_col; break;
            case Key::goal: e.goal = std::move(v); e.cols.goal = value_col; break;
            case Key::what: e.definition.what = std::move(v); break;
            case Key::measure: e.definition.measure = std::move(v); break;
            case Key::unit: e.definition.unit = std::move(v); break;
            case Key::goals: e.goals = split_list(v); e.cols.goals = value_col; break;
            case Key::text: e.text = std::move(v); break;
            case Key::baseline:
            case Key::target:
            case Key::value: {
                const std::optional<double> n = parse_number(v);
                if (!n) return fail(value_col, fmt::format("'{}' is not a number", v), "write 40, 12.5 or -3");
                (key == Key::baseline ? e.definition.baseline : key == Key::target ? e.definition.target : e.value) = n;
                break;
            }
            case Key::due: {
                const std::optional<Date> d = parse_date(v);
                if (!d) return fail(value_col, fmt::format("'{}' is not a date", v), "write YYYY-MM-DD");
                e.definition.due = d;
                break;
            }
            case Key::milestone: {
                std::optional<Milestone> m = parse_milestone(v);
                if (!m) {
                    return fail(value_col, fmt::format("'{}' is not a milestone", v),
                                "a milestone reads \"DATE[=VALUE] [TEXT]\", e.g. \"2027-01-15=60 half way\"");
                }
                e.definition.milestones.push_back(std::move(*m));
                break;
            }
            case Key::minutes: {
                int n = -1;
                const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
                if (ec != std::errc() || ptr != v.data() + v.size() || n < 0 || n > 24 * 60) {
                    return fail(value_col, fmt::format("'{}' is not a number of minutes", v),
                                "minutes is a whole number from 0 to 1440");
                }
                e.minutes = n;
                break;
            }
            case Key::visibility:
                if (v == "private") e.is_private = true;
                else if (v == "shared") e.is_private = false;
                else return fail(value_col, fmt::format("visibility '{}' is neither private nor shared", v),
                                 "write visibility=private or visibility=shared");
                have_visibility = true;
                break;
        }
        (void)key_col;
        return true;
    }

    bool missing(const Entry& e, std::string_view field, std::string_view why) {
        return fail(e.cols.kind, fmt::format("a {} entry needs {}=", kind_name(e.kind), field), std::string(why));
    }

    bool require(const Entry& e) {
        if (e.by.empty()) return missing(e, "by", "add by=ID, the person who wrote it");
        if (needs_pair(e.kind) && (e.mentor.empty() || e.mentee.empty())) {
            return missing(e, e.mentor.empty() ? "mentor" : "mentee", "it is about a pair: add mentor=ID mentee=ID");
        }
        if (!e.mentor.empty() != !e.mentee.empty()) {
            return missing(e, e.mentor.empty() ? "mentor" : "mentee", "a pair needs both mentor=ID and mentee=ID");
        }
        if ((e.kind == EntryKind::workshop || e.kind == EntryKind::training) && e.person.empty()) {
            return missing(e, "person", "add person=ID: who led the workshop, or who was trained");
        }
        if (!e.has_pair() && e.person.empty() && !is_goal_event(e.kind)) {
            return missing(e, "person", "add person=ID, or mentor=ID mentee=ID for a pair");
        }
        if (is_goal_event(e.kind) && e.goal.empty()) return missing(e, "goal", "add goal=ID");
        if (e.kind == EntryKind::goal_add && e.person.empty()) return missing(e, "person", "add person=ID, whose goal it is");
        if (e.kind == EntryKind::goal_add && e.definition.what.empty()) {
            return missing(e, "what", "add what=\"...\", the goal in one sentence");
        }
        if (e.kind == EntryKind::goal_progress && !e.value) return missing(e, "value", "add value=N, the measured value");
        return true;
    }
};

// The date and kind of a line, read without parsing the rest; false when the line is malformed
// (the full parser then reports it).
bool glance(std::string_view line, Date& date, std::string_view& kind) {
    if (line.size() < 12 || line[10] != ' ') return false;
    const std::optional<Date> d = parse_date(line.substr(0, 10));
    if (!d) return false;
    date = *d;
    const std::size_t id_end = line.find(' ', 11);
    if (id_end == std::string_view::npos) return false;
    const std::size_t kind_end = std::min(line.find(' ', id_end + 1), line.size());
    kind = line.substr(id_end + 1, kind_end - id_end - 1);
    return true;
}

}  // namespace

std::string format_entry_line(const Entry& e) {
    std::string out;
    out.reserve(128 + e.text.size());
    out += e.date.iso();
    out += ' ';
    out += e.id;
    out += ' ';
    out += kind_name(e.kind);
    put(out, "by", e.by);
    put(out, "mentor", e.mentor);
    put(out, "mentee", e.mentee);
    put(out, "person", e.person);
    put(out, "observer", e.observer);
    put(out, "observed", e.observed);
    put(out, "class", e.class_name);
    put_list(out, "focus", e.focus);
    put_list(out, "attendees", e.attendees);
    put(out, "goal", e.goal);
    const GoalDefinition& d = e.definition;
    put(out, "what", d.what);
    put(out, "measure", d.measure);
    put(out, "unit", d.unit);
    if (d.baseline) put(out, "baseline", number_text(*d.baseline));
    if (d.target) put(out, "target", number_text(*d.target));
    if (d.due) put(out, "due", d.due->iso());
    for (const Milestone& m : d.milestones) put(out, "milestone", format_milestone(m));
    if (e.value) put(out, "value", number_text(*e.value));
    if (e.minutes > 0) put(out, "minutes", fmt::format("{}", e.minutes));
    put_list(out, "goals", e.goals);
    put(out, "visibility", e.is_private ? "private" : "shared");
    put(out, "text", e.text);
    out += '\n';
    return out;
}

void parse_journal_text(std::string_view text, const std::string& source, const JournalScope& scope,
                        ParsedJournal& out) {
    Diagnostics d(source);
    out.sources.push_back(std::make_unique<const std::string>(source));
    const std::string_view file = *out.sources.back();
    int number = 0;
    std::size_t at = 0;
    bool saw_header = false;
    // Entries are large: grow the vector geometrically, never by a file at a time.
    const std::size_t needed = out.entries.size() + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (needed > out.entries.capacity()) out.entries.reserve(std::max(needed, 2 * out.entries.capacity()));
    while (at < text.size()) {
        const std::size_t nl = text.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (number == 1) {
            if (line.rfind("# mentor journal v", 0) == 0) {
                saw_header = true;
                if (line != journal_header) {
                    d.error({1, 1}, fmt::format("'{}' is a journal format this mentor does not read", line),
                            "this mentor reads '# mentor journal v1'; a newer mentor wrote this file");
                    break;
                }
                continue;
            }
        }
        if (line.empty() || line.front() == '#') continue;
        if (!saw_header) {
            d.error({1, 1}, "this journal file does not start with '# mentor journal v1'",
                    "add that line at the top of the file");
            saw_header = true;
        }
        Date date;
        std::string_view kind;
        if (glance(line, date, kind)) {
            if (!scope.wants(date)) continue;
            if (scope.goal_events_only && kind.rfind("goal-", 0) != 0) continue;
            if (scope.pair_meetings_only) {
                const std::optional<EntryKind> k = parse_kind(kind);
                if (k && !needs_pair(*k)) continue;
            }
        }
        // Parsed in place: entries are large to move.
        Entry& e = out.entries.emplace_back();
        LineParser p(line, number, d);
        if (p.parse(e)) {
            e.file = file;
        } else {
            out.entries.pop_back();
        }
    }
    if (!text.empty() && text.back() != '\n') {
        d.warning({number, 1}, "the file does not end with a newline",
                  "end the last entry with a line break, or the next entry would join it");
    }
    for (Diagnostic& x : d.take()) out.diagnostics.push_back(std::move(x));
}

std::string journal_file_name(const Entry& e) {
    if (is_goal_event(e.kind)) return fmt::format("goals-{:04}.journal", e.date.year());
    return fmt::format("{:04}-{:02}.journal", e.date.year(), e.date.month());
}

std::optional<JournalFileSpan> journal_file_span(std::string_view name) {
    auto digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    constexpr std::string_view ext = ".journal";
    if (name.size() <= ext.size() || name.compare(name.size() - ext.size(), ext.size(), ext) != 0) return std::nullopt;
    const std::string_view stem = name.substr(0, name.size() - ext.size());
    if (stem.size() == 7 && stem[4] == '-' && digits(stem.substr(0, 4)) && digits(stem.substr(5, 2))) {
        const int y = std::stoi(std::string(stem.substr(0, 4)));
        const int m = std::stoi(std::string(stem.substr(5, 2)));
        if (y < 1900 || m < 1 || m > 12) return std::nullopt;
        const Date first = Date::from_ymd(y, m, 1);
        const Date next = m == 12 ? Date::from_ymd(y + 1, 1, 1) : Date::from_ymd(y, m + 1, 1);
        return JournalFileSpan{first, next - 1, false};
    }
    if (stem.size() == 10 && stem.substr(0, 6) == "goals-" && digits(stem.substr(6))) {
        const int y = std::stoi(std::string(stem.substr(6)));
        if (y < 1900) return std::nullopt;
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

void parse_journal_file(std::string_view text, const JournalFileSpan& span, const std::string& source,
                        const JournalScope& scope, ParsedJournal& out) {
    const std::size_t before = out.entries.size();
    parse_journal_text(text, source, scope, out);
    // An entry outside its file's month (or year) would be missed by date-limited reads.
    for (std::size_t i = before; i < out.entries.size(); ++i) {
        const Entry& e = out.entries[i];
        if (is_goal_event(e.kind) != span.goals || e.date < span.first || span.last < e.date) {
            out.diagnostics.push_back({Severity::error, source, {e.line, 1},
                                       fmt::format("entry {} of {} belongs in journal/{}", e.id, e.date.iso(),
                                                   journal_file_name(e)),
                                       "move the line to that file; mentor reads entries by their file's month"});
        }
    }
}

std::string journal_append_tail(std::string_view current, Entry& e) {
    std::string tail;
    if (current.empty()) tail = std::string(journal_header) + "\n";
    else if (current.back() != '\n') tail = "\n";
    if (e.id.empty()) {
        for (std::uint64_t salt = 0;; ++salt) {
            e.id = make_entry_id(e, salt);
            if (current.find(" " + e.id + " ") == std::string_view::npos) break;
        }
    }
    tail += format_entry_line(e);
    return tail;
}

}  // namespace mentor
