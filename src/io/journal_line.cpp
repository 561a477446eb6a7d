#include "mentor/io/journal_line.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "mentor/domain/journal.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

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
    by, mentor, mentee, mentees, person, observer, observed, class_name, focus, attendees, goal, what, measure, unit,
    baseline, target, due, milestone, value, minutes, goals, visibility, text, ran, sealed, sealed_to,
    supersedes
};

constexpr NameTable<Key, 27> keys{{
    {Key::by, "by"},           {Key::mentor, "mentor"},     {Key::mentee, "mentee"},
    {Key::mentees, "mentees"},
    {Key::person, "person"},   {Key::observer, "observer"}, {Key::observed, "observed"},
    {Key::class_name, "class"}, {Key::focus, "focus"},      {Key::attendees, "attendees"},
    {Key::goal, "goal"},       {Key::what, "what"},         {Key::measure, "measure"},
    {Key::unit, "unit"},       {Key::baseline, "baseline"}, {Key::target, "target"},
    {Key::due, "due"},         {Key::milestone, "milestone"}, {Key::value, "value"},
    {Key::minutes, "minutes"}, {Key::goals, "goals"},       {Key::visibility, "visibility"},
    {Key::text, "text"},       {Key::ran, "ran"},           {Key::sealed, "sealed"},
    {Key::sealed_to, "sealed-to"}, {Key::supersedes, "supersedes"},
}};

std::string key_list() { return keys.joined_names(", ", ", "); }

std::optional<Key> find_key(std::string_view name) { return keys.parse(name); }

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
    if (ec != std::errc() || ptr != s.data() + s.size() || !is_goal_value(v)) return std::nullopt;
    return v;
}

// Reads one line's fields after DATE ID KIND.
class LineParser {
public:
    LineParser(std::string_view line, int number, Diagnostics& d)
        : line_(line), ascii_(std::all_of(line.begin(), line.end(), [](char c) { return (c & 0x80) == 0; })),
          number_(number), d_(d) {}

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
            return fail(e.cols.kind, fmt::format("unknown entry kind '{}'", kind),
                        "kinds are " + entry_kind_names.joined_names(", ", ", "));
        }
        e.kind = *k;
        bool seen[std::size(keys.entries)] = {};
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
    bool ascii_;  // columns are characters: the byte offset, unless the line holds non-ASCII text
    std::size_t at_ = 0;
    int number_;
    Diagnostics& d_;

    int col() const { return ascii_ ? static_cast<int>(at_) + 1 : char_column(line_, at_); }

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
                            if (hi >= 8) {
                                // A byte of its own above 0x7f would be half a UTF-8 character.
                                return fail(col() - 2, "\\x escapes only bytes from 00 to 7f",
                                            "write the character itself, in UTF-8");
                            }
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
            case Key::ran: e.ran = std::move(v); break;
            case Key::supersedes:
                e.supersedes = split_list(v);
                std::sort(e.supersedes.begin(), e.supersedes.end());
                e.cols.supersedes = value_col;
                break;
            case Key::mentor: e.mentor = std::move(v); e.cols.mentor = value_col; break;
            case Key::mentee: e.mentee = std::move(v); e.cols.mentee = value_col; break;
            case Key::mentees: e.mentees = split_list(v); e.cols.mentees = value_col; break;
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
            case Key::sealed:
                if (!is_base64(v)) {
                    return fail(value_col, "sealed= is not base64", "a sealed text is written by mentor; restore the line from git");
                }
                e.sealed.box = std::move(v);
                e.sealed.col = value_col;
                break;
            case Key::sealed_to:
                if (!parse_recipients(v, e.sealed.to)) {
                    return fail(value_col, "sealed-to= is not a list of ID:KEY-ID:WRAPPED-KEY",
                                "a sealed text is written by mentor; restore the line from git");
                }
                break;
            case Key::baseline:
            case Key::target:
            case Key::value: {
                const std::optional<double> n = parse_number(v);
                if (!n) {
                    return fail(value_col, fmt::format("'{}' is not a number from -1e9 to 1e9", v), "write 40, 12.5 or -3");
                }
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

    static bool is_base64(std::string_view v) {
        if (v.empty() || v.size() % 4 != 0) return false;
        return std::all_of(v.begin(), v.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
                   c == '=';
        });
    }

    // ID:KEY-ID:WRAPPED,... sorted by id, each id once.
    static bool parse_recipients(std::string_view v, std::vector<SealedText::Recipient>& out) {
        for (const std::string& item : split_list(v)) {
            const std::size_t a = item.find(':');
            const std::size_t b = a == std::string::npos ? a : item.find(':', a + 1);
            if (b == std::string::npos) return false;
            SealedText::Recipient r{item.substr(0, a), item.substr(a + 1, b - a - 1), item.substr(b + 1)};
            if (!is_valid_id(r.id) || r.key_id.empty() || !is_base64(r.wrapped)) return false;
            if (!out.empty() && !(out.back().id < r.id)) return false;
            out.push_back(std::move(r));
        }
        return !out.empty();
    }

    bool missing(const Entry& e, std::string_view field, std::string_view why) {
        return fail(e.cols.kind, fmt::format("a {} entry needs {}=", kind_name(e.kind), field), std::string(why));
    }

    // A group session: a check-in of one mentor with two or more different mentees.
    bool group_session(const Entry& e) {
        if (e.kind != EntryKind::check_in) {
            return fail(e.cols.mentees, fmt::format("mentees= is for check-ins; this entry's kind is {}", kind_name(e.kind)),
                        "a group session is a check-in; other kinds name one pair with mentor=ID mentee=ID");
        }
        if (!e.mentee.empty()) {
            return fail(e.cols.mentee, "an entry has either mentee= or mentees=, not both",
                        "a group session lists every mentee in mentees=ID,ID,...");
        }
        if (e.mentor.empty()) return missing(e, "mentor", "a group session needs mentor=ID, who led it");
        std::vector<std::string> sorted = e.mentees;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end() || sorted.size() < 2) {
            return fail(e.cols.mentees, "mentees= needs two or more different mentees",
                        "a check-in with one mentee reads mentee=ID");
        }
        if (std::find(sorted.begin(), sorted.end(), e.mentor) != sorted.end()) {
            return fail(e.cols.mentees, fmt::format("the mentor {} is also in mentees=", e.mentor),
                        "mentees= lists the mentees of the session only");
        }
        return true;
    }

    bool require(const Entry& e) {
        if (e.by.empty()) return missing(e, "by", "add by=ID, the person who wrote it");
        if (e.sealed.empty() != e.sealed.to.empty()) {
            return missing(e, e.sealed.empty() ? "sealed" : "sealed-to", "a sealed text has both sealed= and sealed-to=");
        }
        if (!e.sealed.empty() && (!e.is_private || !e.text.empty())) {
            return fail(e.sealed.col, e.is_private ? "an entry has either text= or sealed=, not both"
                                                   : "a shared entry's text is never sealed",
                        "a sealed text is written by mentor; restore the line from git");
        }
        if (e.is_group_session() && !group_session(e)) return false;
        if (needs_pair(e.kind) && (e.mentor.empty() || entry_mentees(e).empty())) {
            return missing(e, e.mentor.empty() ? "mentor" : "mentee", "it is about a pair: add mentor=ID mentee=ID");
        }
        if (!e.mentor.empty() != !entry_mentees(e).empty()) {
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
    put(out, "ran", e.ran);
    put_list(out, "supersedes", e.supersedes);
    put(out, "mentor", e.mentor);
    put(out, "mentee", e.mentee);
    put_list(out, "mentees", e.mentees);
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
    if (!e.sealed.empty()) {
        put(out, "sealed", e.sealed.box);
        std::string to;
        for (const SealedText::Recipient& r : e.sealed.to) {
            if (!to.empty()) to += ',';
            to += r.id + ':' + r.key_id + ':' + r.wrapped;
        }
        put(out, "sealed-to", to);
    }
    out += '\n';
    return out;
}

bool parse_entry_line(std::string_view line, int number, Diagnostics& d, Entry& e) {
    return LineParser(line, number, d).parse(e);
}

bool glance_entry_line(std::string_view line, Date& date, std::string_view& kind) {
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

}  // namespace mentor
