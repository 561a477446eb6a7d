#include <cstdint>

#include "mentor/domain/text.hpp"
#include "mentor/io/yaml_tree.hpp"

namespace mentor {

namespace {

// Thrown inside the reader when the text leaves the subset; never escapes it.
struct OutsideSubset {};

[[noreturn]] void bail() { throw OutsideSubset{}; }

struct Line {
    std::string_view text;  // without the line end
    int number = 0;
    int indent = 0;         // leading spaces
    bool blank = false;     // empty or only a comment
};

// Characters that start something other than a plain scalar.
bool is_indicator(char c) {
    switch (c) {
        case '&': case '*': case '!': case '|': case '>': case '%': case '@': case '`':
        case '{': case '}': case '[': case ']': case ',': case '#': case '?': case ':':
        case '-': case '"': case '\'':
            return true;
        default:
            return false;
    }
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Reads values on one line. `s` is the whole line; `i` the byte offset being read.
class LineReader {
public:
    LineReader(std::string_view s, int line) : s_(s), line_(line) {}

    std::size_t at() const { return i_; }
    void seek(std::size_t i) { i_ = i; }
    bool done() const { return i_ >= s_.size(); }
    char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

    void skip_spaces() {
        while (i_ < s_.size() && s_[i_] == ' ') ++i_;
    }

    // After a value: only spaces, then nothing or a comment.
    void expect_end() {
        skip_spaces();
        if (i_ < s_.size() && s_[i_] != '#') bail();
    }

    SourcePos pos() const {
        // Columns count characters: skip UTF-8 continuation bytes. Counted on from the last
        // position asked for, so that a long line of many values is read in linear time.
        if (i_ < counted_to_) {
            counted_to_ = 0;
            counted_col_ = 1;
        }
        for (; counted_to_ < i_; ++counted_to_) {
            if ((static_cast<unsigned char>(s_[counted_to_]) & 0xC0) != 0x80) ++counted_col_;
        }
        return {line_, counted_col_};
    }

    // A value in block context: the rest of the line.
    YNode block_value() {
        skip_spaces();
        YNode n;
        if (done() || peek() == '#') return n;  // null
        const char c = peek();
        if (c == '"' || c == '\'') {
            n = quoted();
        } else if (c == '[') {
            n = flow_sequence();
        } else if (c == '{') {
            n = flow_mapping();
        } else {
            n = plain(false);
        }
        expect_end();
        return n;
    }

    YNode quoted() {
        YNode n;
        n.kind = YNode::Kind::scalar;
        n.pos = pos();
        const char q = s_[i_++];
        for (;;) {
            if (done()) bail();  // multi-line quoted scalars are left to the general parser
            const char c = s_[i_++];
            if (q == '\'' && c == '\'') {
                if (peek() == '\'') {
                    n.text += '\'';
                    ++i_;
                    continue;
                }
                return n;
            }
            if (q == '"' && c == '"') return n;
            if (q == '"' && c == '\\') {
                if (done()) bail();
                const char e = s_[i_++];
                switch (e) {
                    case '"': n.text += '"'; break;
                    case '\\': n.text += '\\'; break;
                    case '/': n.text += '/'; break;
                    case 'n': n.text += '\n'; break;
                    case 't': n.text += '\t'; break;
                    case 'r': n.text += '\r'; break;
                    case '0': n.text += '\0'; break;
                    case ' ': n.text += ' '; break;
                    case 'x': n.text += hex_escape(2); break;
                    case 'u': n.text += hex_escape(4); break;
                    case 'U': n.text += hex_escape(8); break;
                    default: bail();
                }
                continue;
            }
            n.text += c;
        }
    }

    // A plain scalar; in flow context it also ends at ',', ']' and '}'.
    YNode plain(bool in_flow) {
        if (done() || is_indicator(peek())) {
            // '-' or ':' may start a plain scalar when followed by a non-space ("-3", ":x").
            const char c = peek();
            const bool ok = (c == '-' || c == ':') && i_ + 1 < s_.size() && s_[i_ + 1] != ' ' &&
                            !(in_flow && (s_[i_ + 1] == ',' || s_[i_ + 1] == ']' || s_[i_ + 1] == '}'));
            if (!ok) bail();
        }
        YNode n;
        n.kind = YNode::Kind::scalar;
        n.pos = pos();
        const std::size_t start = i_;
        std::size_t end = i_;
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '#' && i_ > start && s_[i_ - 1] == ' ') break;
            if (c == ':' && (i_ + 1 == s_.size() || s_[i_ + 1] == ' ')) bail();  // "a: b" inside a value
            if (in_flow) {
                if (c == ',' || c == ']' || c == '}') break;
                // yaml-cpp reads '?' inside a flow collection as a key indicator ("a? b" fails there).
                if (c == '[' || c == '{' || c == ':' || c == '?') bail();
            }
            ++i_;
            if (c != ' ') end = i_;
        }
        i_ = end;
        n.text = std::string(s_.substr(start, end - start));
        if (n.text == "~" || n.text == "null" || n.text == "Null" || n.text == "NULL") {
            n.kind = YNode::Kind::null;
            n.text.clear();
        }
        return n;
    }

    YNode flow_item() {
        skip_spaces();
        const char c = peek();
        if (c == '"' || c == '\'') return quoted();
        if (c == '[' || c == '{') bail();  // nested flow collections: general parser
        return plain(true);
    }

    YNode flow_sequence() {
        YNode n;
        n.kind = YNode::Kind::sequence;
        n.pos = pos();
        ++i_;
        skip_spaces();
        if (peek() == ']') {
            ++i_;
            return n;
        }
        for (;;) {
            n.items.push_back(flow_item());
            skip_spaces();
            if (done()) bail();  // continues on the next line
            const char c = s_[i_++];
            if (c == ']') return n;
            if (c != ',') bail();
            skip_spaces();
            if (peek() == ']') bail();  // trailing comma: leave the edge case to the general parser
        }
    }

    YNode flow_mapping() {
        YNode n;
        n.kind = YNode::Kind::mapping;
        n.pos = pos();
        ++i_;
        skip_spaces();
        if (peek() == '}') {
            ++i_;
            return n;
        }
        for (;;) {
            skip_spaces();
            YNode key = flow_key();
            skip_spaces();
            if (peek() != ':') bail();
            ++i_;
            if (peek() != ' ') bail();
            YNode value = flow_item();
            n.items.push_back(std::move(key));
            n.items.push_back(std::move(value));
            skip_spaces();
            if (done()) bail();
            const char c = s_[i_++];
            if (c == '}') return n;
            if (c != ',') bail();
        }
    }

    // A plain key inside a flow mapping: letters, digits, '_', '-', '.'.
    YNode flow_key() {
        YNode k;
        k.kind = YNode::Kind::scalar;
        k.pos = pos();
        const std::size_t start = i_;
        while (i_ < s_.size() && is_key_char(s_[i_])) ++i_;
        if (i_ == start) bail();
        k.text = std::string(s_.substr(start, i_ - start));
        if (k.text == "null" || k.text == "Null" || k.text == "NULL") bail();  // a null key, not a word
        return k;
    }

    // A block mapping key at the reader's position, up to its ':'.
    YNode block_key() {
        YNode k = flow_key();
        if (peek() != ':') bail();
        ++i_;
        if (!done() && peek() != ' ') bail();
        return k;
    }

    static bool is_key_char(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    }

private:
    std::string_view s_;
    int line_;
    std::size_t i_ = 0;
    mutable std::size_t counted_to_ = 0;  // pos(): the column of byte counted_to_ is counted_col_
    mutable int counted_col_ = 1;

    std::string hex_escape(int digits) {
        std::uint32_t cp = 0;
        for (int k = 0; k < digits; ++k) {
            if (done()) bail();
            const int v = hex_digit(s_[i_++]);
            if (v < 0) bail();
            cp = cp * 16 + static_cast<std::uint32_t>(v);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) bail();
        std::string out;
        append_utf8(out, cp);
        return out;
    }
};

class SubsetReader {
public:
    explicit SubsetReader(std::string_view text) { split(text); }

    void read(SourcePos& people_key, const std::function<void(YNode&&)>& on_person) {
        std::size_t i = next_content(0);
        if (i < lines_.size() && lines_[i].text == "---") i = next_content(i + 1);
        if (i == lines_.size()) bail();
        const Line& key_line = lines_[i];
        if (key_line.indent != 0) bail();
        LineReader r(key_line.text, key_line.number);
        const YNode key = r.block_key();
        if (key.text != "people") bail();
        people_key = key.pos;
        r.skip_spaces();
        const bool nothing_after_key = r.done() || r.peek() == '#';
        const YNode value = r.block_value();
        i = next_content(i + 1);
        if (value.is_sequence() && value.items.empty()) {
            if (i != lines_.size()) bail();
            return;
        }
        if (!value.is_null()) bail();
        if (i == lines_.size()) return;  // "people:" with nothing: an empty list
        if (!nothing_after_key) bail();  // "people: null" followed by lines
        const int item_indent = lines_[i].indent;
        while (i < lines_.size()) {
            const Line& l = lines_[i];
            if (l.indent != item_indent || l.text.substr(static_cast<std::size_t>(l.indent), 2) != "- ") bail();
            i = read_person(i, item_indent, on_person);
        }
    }

private:
    std::vector<Line> lines_;

    void split(std::string_view text) {
        if (text.substr(0, 3) == "\xEF\xBB\xBF") bail();
        int number = 0;
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t nl = text.find('\n', at);
            if (nl == std::string_view::npos) nl = text.size();
            std::string_view s = text.substr(at, nl - at);
            if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
            Line l;
            l.text = s;
            l.number = ++number;
            while (static_cast<std::size_t>(l.indent) < s.size() && s[static_cast<std::size_t>(l.indent)] == ' ') ++l.indent;
            const std::size_t first = static_cast<std::size_t>(l.indent);
            if (first < s.size() && s[first] == '\t') bail();  // tabs in indentation: the general parser explains
            l.blank = first == s.size() || s[first] == '#';
            if (s.find('\t') != std::string_view::npos && !l.blank) bail();
            lines_.push_back(l);
            at = nl + 1;
        }
    }

    std::size_t next_content(std::size_t i) const {
        while (i < lines_.size() && lines_[i].blank) ++i;
        return i;
    }

    // One `- key: value` entry and its following key lines; returns the next line to read.
    std::size_t read_person(std::size_t i, int item_indent, const std::function<void(YNode&&)>& on_person) {
        const Line& first = lines_[i];
        LineReader r(first.text, first.number);
        r.seek(static_cast<std::size_t>(item_indent) + 1);
        r.skip_spaces();
        const int key_indent = static_cast<int>(r.at());
        YNode person;
        person.kind = YNode::Kind::mapping;
        person.pos = r.pos();
        i = read_entry(r, i, key_indent, person);
        while (i < lines_.size() && lines_[i].indent == key_indent) {
            LineReader kr(lines_[i].text, lines_[i].number);
            kr.seek(static_cast<std::size_t>(key_indent));
            i = read_entry(kr, i, key_indent, person);
        }
        if (i < lines_.size() && lines_[i].indent > item_indent && lines_[i].indent != key_indent) bail();
        on_person(std::move(person));
        return i;
    }

    // `key: value` at the reader's position on line i, and any nested block under it.
    std::size_t read_entry(LineReader& r, std::size_t i, int key_indent, YNode& map) {
        YNode key = r.block_key();
        r.skip_spaces();
        const bool nothing_after_key = r.done() || r.peek() == '#';
        YNode value = r.block_value();
        std::size_t next = next_content(i + 1);
        if (next < lines_.size() && lines_[next].indent > key_indent) {
            // Only "key:" with nothing after it opens a block; anything else ("key: null", "key: a")
            // followed by deeper lines is a multi-line plain scalar, or worse.
            if (!nothing_after_key) bail();
            value = nested_block(next, key_indent);
        }
        map.items.push_back(std::move(key));
        map.items.push_back(std::move(value));
        return next;
    }

    // A block list of scalars (`- a`) or a block map of scalars (`k: v`) under a key.
    YNode nested_block(std::size_t& i, int parent_indent) {
        const int indent = lines_[i].indent;
        YNode n;
        const bool is_list = lines_[i].text.substr(static_cast<std::size_t>(indent), 2) == "- ";
        n.kind = is_list ? YNode::Kind::sequence : YNode::Kind::mapping;
        while (i < lines_.size() && lines_[i].indent > parent_indent) {
            const Line& l = lines_[i];
            if (l.indent != indent) bail();
            LineReader r(l.text, l.number);
            r.seek(static_cast<std::size_t>(indent));
            if (n.items.empty()) n.pos = r.pos();
            if (is_list) {
                if (l.text.substr(static_cast<std::size_t>(indent), 2) != "- ") bail();
                r.seek(static_cast<std::size_t>(indent) + 1);
                YNode item = r.block_value();
                if (!item.is_scalar()) bail();
                n.items.push_back(std::move(item));
            } else {
                YNode key = r.block_key();
                YNode value = r.block_value();
                if (!value.is_scalar()) bail();
                n.items.push_back(std::move(key));
                n.items.push_back(std::move(value));
            }
            i = next_content(i + 1);
        }
        return n;
    }
};

}  // namespace

bool read_people_subset(std::string_view text, SourcePos& people_key, const std::function<void(YNode&&)>& on_person) {
    try {
        SubsetReader(text).read(people_key, on_person);
        return true;
    } catch (const OutsideSubset&) {
        return false;
    }
}

}  // namespace mentor
