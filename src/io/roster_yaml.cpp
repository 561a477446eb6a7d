#include "mentor/io/roster_yaml.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <sstream>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/person_fields.hpp"
#include "mentor/io/yaml_tree.hpp"

namespace mentor {

namespace {

constexpr std::array<std::string_view, 27> keys{
    "id",        "name",    "email",     "roles",        "school", "subjects", "grades",
    "years",     "supervisor", "capacity", "trained",    "modality", "languages", "availability",
    "teaches",   "group",   "focus",     "survey",  "prefers",   "avoid",        "cohort", "start",    "leaves",
    "strengths", "participates", "recommended_by", "left_reason"};

// Positions as the rest of mentor gives them: 1-based lines, columns counted in characters
// (yaml-cpp counts bytes).
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') starts_.push_back(i + 1);
        }
    }
    // The byte offset of a yaml-cpp mark.
    std::size_t offset(const YAML::Mark& m) const {
        if (m.line < 0 || static_cast<std::size_t>(m.line) >= starts_.size()) return text_.size();
        return std::min(text_.size(), starts_[static_cast<std::size_t>(m.line)] + static_cast<std::size_t>(std::max(0, m.column)));
    }
    SourcePos pos(const YAML::Mark& m) const {
        if (m.line < 0) return {1, 1};
        if (static_cast<std::size_t>(m.line) >= starts_.size()) return {m.line + 1, m.column + 1};
        const std::size_t start = starts_[static_cast<std::size_t>(m.line)];
        return {m.line + 1, char_column(text_.substr(start), offset(m) - start)};
    }
    std::string_view text() const { return text_; }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

// A located refusal raised while the tree is built; it ends the reading.
struct Refused {
    SourcePos pos;
    std::string message;
    std::string hint;
};

// The deepest nesting a roster may have (a person's survey is at depth 4).
constexpr std::size_t max_depth = 32;

// True when the quoted scalar starting at `at` has its closing quote. yaml-cpp 0.7 ends an
// unclosed quoted scalar at the end of the file without an error, which would swallow the
// rest of the roster into one value.
bool quote_closes(std::string_view text, std::size_t at) {
    const char q = text[at];
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (q == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == q) {
            if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
                continue;
            }
            return true;
        }
    }
    return false;
}

// Builds the tree the reader works on straight from yaml-cpp's parse events: anchors and
// aliases are refused (a roster has no use for them, and expanding them is how a few hundred
// bytes become gigabytes or a cycle), nesting is capped, and unclosed quotes are caught.
class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(const LineIndex& lines) : lines_(lines) {}

    YNode root;
    bool has_root = false;

    void OnDocumentStart(const YAML::Mark& m) override {
        // yaml-cpp 0.7 can stop on a stray token (a ',' at the top level) and start one empty
        // document after another there, never reaching the end: a document that starts where
        // the last one did ends the reading.
        if (documents_ > 0 && m.pos == last_document_.pos) {
            throw Refused{lines_.pos(m), "YAML syntax error: unexpected text", "check the indentation and quoting around this point"};
        }
        ++documents_;
        last_document_ = m;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override {
        YNode n = start(m, anchor);
        attach(std::move(n));
    }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override {
        throw Refused{lines_.pos(m), "YAML aliases ('*name') are not allowed in the roster",
                      "write the value out in full"};
    }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
        YNode n = start(m, anchor);
        n.kind = YNode::Kind::scalar;
        n.text = value;
        const std::string_view text = lines_.text();
        std::size_t at = lines_.offset(m);
        if (at < text.size() && text[at] == '!') {  // a tag before the value
            while (at < text.size() && text[at] != ' ' && text[at] != '\n') ++at;
            while (at < text.size() && text[at] == ' ') ++at;
        }
        if (at < text.size() && (text[at] == '"' || text[at] == '\'') && !quote_closes(text, at)) {
            throw Refused{lines_.pos(m), fmt::format("this {} quote is never closed", text[at] == '"' ? "double" : "single"),
                          fmt::format("add the closing {} at the end of the value", text[at])};
        }
        attach(std::move(n));
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(m, anchor, YNode::Kind::sequence);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(m, anchor, YNode::Kind::mapping);
    }
    void OnMapEnd() override { close(); }

private:
    const LineIndex& lines_;
    std::vector<YNode> open_;
    int documents_ = 0;
    YAML::Mark last_document_;

    YNode start(const YAML::Mark& m, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) {
            throw Refused{lines_.pos(m), "YAML anchors ('&name') are not allowed in the roster",
                          "remove the anchor and write every value out in full"};
        }
        YNode n;
        n.pos = lines_.pos(m);
        return n;
    }
    void open(const YAML::Mark& m, YAML::anchor_t anchor, YNode::Kind kind) {
        YNode n = start(m, anchor);
        n.kind = kind;
        if (open_.size() >= max_depth) {
            throw Refused{n.pos, fmt::format("the roster nests deeper than {} levels", max_depth),
                          "a person is a mapping of keys whose values are single values, lists or a survey mapping"};
        }
        open_.push_back(std::move(n));
    }
    void close() {
        YNode n = std::move(open_.back());
        open_.pop_back();
        attach(std::move(n));
    }
    void attach(YNode&& n) {
        if (!open_.empty()) {
            open_.back().items.push_back(std::move(n));
        } else if (!has_root) {
            root = std::move(n);
            has_root = true;
        } else if (!n.is_null()) {
            throw Refused{n.pos, "the roster holds more than one YAML document", "remove the '---' line, or merge the documents"};
        }
    }
};

std::string kind_name(const YNode& n) {
    switch (n.kind) {
        case YNode::Kind::sequence: return "a list";
        case YNode::Kind::mapping: return "a mapping";
        case YNode::Kind::null: return "nothing";
        case YNode::Kind::scalar: break;
    }
    return "a single value";
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string best = closest_match(word, candidates);
    return best.empty() ? std::string{} : fmt::format("did you mean '{}'?", best);
}

class PersonReader {
public:
    explicit PersonReader(Diagnostics& d) : d_(d) {}

    std::optional<Person> read(const YNode& node) {
        if (!node.is_mapping()) {
            d_.error(node.pos, fmt::format("a person must be a mapping of keys, not {}", kind_name(node)),
                     "write each person as '- id: ...' followed by indented 'key: value' lines");
            return std::nullopt;
        }
        Person p;
        p.pos.item = node.pos;
        std::array<bool, keys.size()> seen{};
        bool has_id = false, has_name = false;
        for (std::size_t e = 0; e + 1 < node.items.size(); e += 2) {
            const YNode& k = node.items[e];
            const YNode& v = node.items[e + 1];
            if (!k.is_scalar()) {
                d_.error(k.pos, "a key must be a plain word", "keys are names such as 'id' or 'school'");
                continue;
            }
            const auto known = std::find(keys.begin(), keys.end(), k.text);
            if (known == keys.end()) {
                std::string hint = did_you_mean(k.text, keys);
                if (hint.empty()) hint = "see roster keys in docs/file-formats.md";
                d_.error(k.pos, fmt::format("unknown key '{}'", k.text), hint);
                continue;
            }
            bool& was_seen = seen[static_cast<std::size_t>(known - keys.begin())];
            if (was_seen) {
                d_.error(k.pos, fmt::format("duplicate key '{}' in this person", k.text),
                         "keep one of the two; YAML would silently use only one");
                continue;
            }
            was_seen = true;
            if (v.is_null()) continue;  // "key:" with no value means "not set"
            field(p, *known, v, has_id, has_name);
        }
        if (!has_id) {
            d_.error(p.pos.item, "this person has no id",
                     "add 'id: ...' (lowercase letters, digits, '.', '_' or '-'), e.g. 'id: asmith'");
            return std::nullopt;
        }
        if (!has_name) {
            d_.error(p.pos.id, fmt::format("person '{}' has no name", p.id), "add 'name: Full Name'");
        }
        return p;
    }

private:
    Diagnostics& d_;

    // A list field; a single value is taken as a list of one.
    std::vector<FieldItem> list(const YNode& v, std::string_view key) {
        std::vector<FieldItem> out;
        if (v.is_scalar()) {
            out.push_back({v.text, v.pos});
            return out;
        }
        if (!v.is_sequence()) {
            d_.error(v.pos, fmt::format("'{}' must be a list, not {}", key, kind_name(v)),
                     fmt::format("write '{}: [a, b]'", key));
            return out;
        }
        out.reserve(v.items.size());
        std::unordered_set<std::string_view> seen;
        seen.reserve(v.items.size());
        for (const auto& e : v.items) {
            if (!e.is_scalar()) {
                d_.error(e.pos, fmt::format("each entry of '{}' must be a single value, not {}", key, kind_name(e)),
                         fmt::format("write '{}: [a, b]'", key));
                continue;
            }
            if (!seen.insert(e.text).second) {
                d_.warning(e.pos, fmt::format("'{}' lists '{}' twice", key, e.text), "remove the repeat");
                continue;
            }
            out.push_back({e.text, e.pos});
        }
        return out;
    }

    // Survey answers as `question=answer` items, the form apply_person_field takes.
    std::vector<FieldItem> survey(const YNode& v) {
        std::vector<FieldItem> out;
        if (!v.is_mapping()) {
            d_.error(v.pos, fmt::format("'survey' must be a mapping of answers, not {}", kind_name(v)),
                     "write 'survey: {structure: 4, feedback: 2}'");
            return out;
        }
        for (std::size_t e = 0; e + 1 < v.items.size(); e += 2) {
            const YNode& k = v.items[e];
            const YNode& a = v.items[e + 1];
            if (!k.is_scalar() || !a.is_scalar()) {
                d_.error(a.pos, "each survey answer must be 'question: number'",
                         "write 'survey: {structure: 4, feedback: 2}'");
                continue;
            }
            out.push_back({k.text + "=" + a.text, a.pos});
        }
        return out;
    }

    void field(Person& p, std::string_view key, const YNode& v, bool& has_id, bool& has_name) {
        std::vector<FieldItem> items;
        if (key == "survey") {
            items = survey(v);
        } else if (is_list_field(key)) {
            items = list(v, key);
        } else if (v.is_scalar()) {
            items.push_back({v.text, v.pos});
        } else {
            d_.error(v.pos, fmt::format("'{}' must be a single value, not {}", key, kind_name(v)),
                     fmt::format("write '{}: value'", key));
        }
        if (key == "id" && !items.empty()) has_id = true;
        if (key == "name" && !items.empty() && !items[0].text.empty()) has_name = true;
        apply_person_field(p, key, items, d_);
    }
};

// The general path: yaml-cpp reads any YAML, and reports its syntax errors.
void parse_general(std::string_view text, Roster& roster, Diagnostics& d) {
    const LineIndex lines(text);
    TreeBuilder builder(lines);
    try {
        std::istringstream in{std::string(text)};
        YAML::Parser parser(in);
        if (parser.HandleNextDocument(builder)) {
            while (parser.HandleNextDocument(builder)) {
            }
        }
    } catch (const Refused& r) {
        d.error(r.pos, r.message, r.hint);
        return;
    } catch (const YAML::ParserException& e) {
        d.error(lines.pos(e.mark), fmt::format("YAML syntax error: {}", e.msg), "check the indentation and quoting around this point");
        return;
    } catch (const YAML::Exception& e) {
        d.error(lines.pos(e.mark), fmt::format("cannot read YAML: {}", e.msg));
        return;
    }
    const YNode& root = builder.root;
    if (!builder.has_root || root.is_null()) {
        d.error({1, 1}, "the roster is empty", "start it with 'people:' and a list of people");
        return;
    }
    if (!root.is_mapping()) {
        d.error(root.pos, fmt::format("the roster must be a mapping with a 'people' key, not {}", kind_name(root)),
                "start it with 'people:' and a list of people");
        return;
    }
    static constexpr std::array<std::string_view, 1> top{"people"};
    bool has_people = false;
    PersonReader reader(d);
    for (std::size_t e = 0; e + 1 < root.items.size(); e += 2) {
        const YNode& key_node = root.items[e];
        const std::string key = key_node.is_scalar() ? key_node.text : std::string{};
        if (key != "people") {
            std::string hint = did_you_mean(key, top);
            if (hint.empty()) hint = "the roster has one top-level key, 'people'";
            d.error(key_node.pos, fmt::format("unknown top-level key '{}'", key), hint);
            continue;
        }
        if (has_people) {
            d.error(key_node.pos, "duplicate key 'people'", "merge the two lists into one");
            continue;
        }
        has_people = true;
        const YNode& people = root.items[e + 1];
        if (people.is_null()) continue;
        if (!people.is_sequence()) {
            d.error(people.pos, fmt::format("'people' must be a list, not {}", kind_name(people)),
                    "write each person as an item starting with '- id: ...'");
            continue;
        }
        roster.people.reserve(people.items.size());
        for (const YNode& node : people.items) {
            if (auto p = reader.read(node)) roster.people.push_back(std::move(*p));
        }
    }
    if (!has_people) {
        d.error({1, 1}, "the roster has no 'people' list", "add 'people:' followed by the list of people");
    }
}

}  // namespace

std::span<const std::string_view> person_keys() { return keys; }

ParsedRoster parse_roster(std::string_view text, const std::string& source, RosterReader how) {
    ParsedRoster out;
    out.roster.source = source;
    {
        Diagnostics d(source);
        if (!check_file_text(text, d)) {
            out.diagnostics = d.take();
            return out;
        }
    }
    if (how != RosterReader::general) {
        // Most rosters are plain block YAML: read them fast; anything else goes the general way.
        Diagnostics d(source);
        PersonReader reader(d);
        SourcePos people_key;
        const bool ok = read_people_subset(text, people_key, [&](YNode&& node) {
            if (auto p = reader.read(node)) out.roster.people.push_back(std::move(*p));
        });
        if (ok) {
            out.diagnostics = d.take();
            return out;
        }
        if (how == RosterReader::subset_only) {
            out.roster.people.clear();
            out.diagnostics = {{Severity::error, source, {1, 1}, "outside the YAML subset", {}}};
            return out;
        }
        out.roster.people.clear();
    }
    Diagnostics d(source);
    parse_general(text, out.roster, d);
    out.diagnostics = d.take();
    return out;
}

}  // namespace mentor
