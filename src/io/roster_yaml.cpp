#include "mentor/io/roster_yaml.hpp"

#include <algorithm>
#include <array>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "mentor/domain/suggest.hpp"
#include "mentor/io/person_fields.hpp"
#include "mentor/io/yaml_tree.hpp"

namespace mentor {

namespace {

constexpr std::array<std::string_view, 23> keys{
    "id",        "name",    "email",     "roles",        "school", "subjects", "grades",
    "years",     "supervisor", "capacity", "trained",    "modality", "languages", "availability",
    "teaches",   "group",   "focus",     "survey",  "prefers",   "avoid",        "cohort", "start",    "leaves"};

SourcePos pos_of(const YAML::Node& n) {
    const YAML::Mark m = n.Mark();
    if (m.line < 0) return {};
    return {m.line + 1, m.column + 1};
}

// The tree the reader works on, from yaml-cpp's nodes.
YNode to_tree(const YAML::Node& n) {
    YNode out;
    out.pos = pos_of(n);
    switch (n.Type()) {
        case YAML::NodeType::Scalar:
            out.kind = YNode::Kind::scalar;
            out.text = n.Scalar();
            break;
        case YAML::NodeType::Sequence:
            out.kind = YNode::Kind::sequence;
            out.items.reserve(n.size());
            for (const auto& e : n) out.items.push_back(to_tree(e));
            break;
        case YAML::NodeType::Map:
            out.kind = YNode::Kind::mapping;
            for (auto it = n.begin(); it != n.end(); ++it) {
                // Copies: yaml-cpp's iterator hands out a temporary pair (Nodes are cheap handles).
                const YAML::Node k = it->first;
                const YAML::Node v = it->second;
                out.items.push_back(to_tree(k));
                out.items.push_back(to_tree(v));
            }
            break;
        default:
            break;
    }
    return out;
}

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
        for (const auto& e : v.items) {
            if (!e.is_scalar()) {
                d_.error(e.pos, fmt::format("each entry of '{}' must be a single value, not {}", key, kind_name(e)),
                         fmt::format("write '{}: [a, b]'", key));
                continue;
            }
            const bool repeat = std::any_of(out.begin(), out.end(), [&](const FieldItem& f) { return f.text == e.text; });
            if (repeat) {
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
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::ParserException& e) {
        d.error({e.mark.line + 1, e.mark.column + 1}, fmt::format("YAML syntax error: {}", e.msg),
                "check the indentation and quoting around this point");
        return;
    } catch (const YAML::Exception& e) {
        d.error({1, 1}, fmt::format("cannot read YAML: {}", e.msg));
        return;
    }
    try {
        if (!root || root.IsNull()) {
            d.error({1, 1}, "the roster is empty", "start it with 'people:' and a list of people");
            return;
        }
        if (!root.IsMap()) {
            d.error(pos_of(root), fmt::format("the roster must be a mapping with a 'people' key, not {}", kind_name(to_tree(root))),
                    "start it with 'people:' and a list of people");
            return;
        }
        static constexpr std::array<std::string_view, 1> top{"people"};
        bool has_people = false;
        PersonReader reader(d);
        for (auto it = root.begin(); it != root.end(); ++it) {
            const YAML::Node key_node = it->first;
            const std::string key = key_node.IsScalar() ? key_node.Scalar() : std::string{};
            if (key != "people") {
                std::string hint = did_you_mean(key, top);
                if (hint.empty()) hint = "the roster has one top-level key, 'people'";
                d.error(pos_of(key_node), fmt::format("unknown top-level key '{}'", key), hint);
                continue;
            }
            if (has_people) {
                d.error(pos_of(key_node), "duplicate key 'people'", "merge the two lists into one");
                continue;
            }
            has_people = true;
            const YAML::Node people = it->second;
            if (people.IsNull()) continue;
            if (!people.IsSequence()) {
                d.error(pos_of(people), fmt::format("'people' must be a list, not {}", kind_name(to_tree(people))),
                        "write each person as an item starting with '- id: ...'");
                continue;
            }
            roster.people.reserve(people.size());
            for (const auto& node : people) {
                if (auto p = reader.read(to_tree(node))) roster.people.push_back(std::move(*p));
            }
        }
        if (!has_people) {
            d.error({1, 1}, "the roster has no 'people' list", "add 'people:' followed by the list of people");
        }
    } catch (const YAML::Exception& e) {
        // yaml-cpp can still throw on odd documents (aliases, odd node kinds); report, never crash.
        d.error({e.mark.line + 1, e.mark.column + 1}, fmt::format("cannot read YAML: {}", e.msg));
    }
}

}  // namespace

std::span<const std::string_view> person_keys() { return keys; }

ParsedRoster parse_roster(std::string_view text, const std::string& source, RosterReader how) {
    ParsedRoster out;
    out.roster.source = source;
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
