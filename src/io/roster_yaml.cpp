#include "mentor/io/roster_yaml.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <set>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "mentor/domain/suggest.hpp"
#include "mentor/io/person_fields.hpp"

namespace mentor {

namespace {

constexpr std::array<std::string_view, 21> keys{
    "id",        "name",    "email",     "roles",        "school", "subjects", "grades",
    "years",     "supervisor", "capacity", "trained",    "modality", "languages", "availability",
    "focus",     "survey",  "prefers",   "avoid",        "cohort", "start",    "leaves"};

SourcePos pos_of(const YAML::Node& n) {
    const YAML::Mark m = n.Mark();
    if (m.line < 0) return {};
    return {m.line + 1, m.column + 1};
}

std::string kind_name(const YAML::Node& n) {
    switch (n.Type()) {
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Null: return "nothing";
        default: return "a single value";
    }
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string best = closest_match(word, candidates);
    return best.empty() ? std::string{} : fmt::format("did you mean '{}'?", best);
}

class PersonReader {
public:
    explicit PersonReader(Diagnostics& d) : d_(d) {}

    std::optional<Person> read(const YAML::Node& node) {
        if (!node.IsMap()) {
            d_.error(pos_of(node), fmt::format("a person must be a mapping of keys, not {}", kind_name(node)),
                     "write each person as '- id: ...' followed by indented 'key: value' lines");
            return std::nullopt;
        }
        Person p;
        p.pos.item = pos_of(node);
        std::set<std::string> seen;
        bool has_id = false, has_name = false;
        for (auto it = node.begin(); it != node.end(); ++it) {
            // Copies: yaml-cpp's iterator hands out a temporary pair (Nodes are cheap handles).
            const YAML::Node k = it->first;
            const YAML::Node v = it->second;
            if (!k.IsScalar()) {
                d_.error(pos_of(k), "a key must be a plain word", "keys are names such as 'id' or 'school'");
                continue;
            }
            const std::string key = k.Scalar();
            if (!seen.insert(key).second) {
                d_.error(pos_of(k), fmt::format("duplicate key '{}' in this person", key),
                         "keep one of the two; YAML would silently use only one");
                continue;
            }
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                std::string hint = did_you_mean(key, keys);
                if (hint.empty()) hint = "see roster keys in docs/file-formats.md";
                d_.error(pos_of(k), fmt::format("unknown key '{}'", key), hint);
                continue;
            }
            if (v.IsNull()) continue;  // "key:" with no value means "not set"
            field(p, key, v, has_id, has_name);
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

    std::optional<std::string> scalar(const YAML::Node& v, std::string_view key) {
        if (!v.IsScalar()) {
            d_.error(pos_of(v), fmt::format("'{}' must be a single value, not {}", key, kind_name(v)),
                     fmt::format("write '{}: value'", key));
            return std::nullopt;
        }
        return v.Scalar();
    }

    // A list field; a single value is taken as a list of one.
    std::vector<FieldItem> list(const YAML::Node& v, std::string_view key) {
        std::vector<FieldItem> out;
        if (v.IsScalar()) {
            out.push_back({v.Scalar(), pos_of(v)});
            return out;
        }
        if (!v.IsSequence()) {
            d_.error(pos_of(v), fmt::format("'{}' must be a list, not {}", key, kind_name(v)),
                     fmt::format("write '{}: [a, b]'", key));
            return out;
        }
        std::set<std::string> seen;
        for (const auto& e : v) {
            if (!e.IsScalar()) {
                d_.error(pos_of(e), fmt::format("each entry of '{}' must be a single value, not {}", key, kind_name(e)),
                         fmt::format("write '{}: [a, b]'", key));
                continue;
            }
            if (!seen.insert(e.Scalar()).second) {
                d_.warning(pos_of(e), fmt::format("'{}' lists '{}' twice", key, e.Scalar()), "remove the repeat");
                continue;
            }
            out.push_back({e.Scalar(), pos_of(e)});
        }
        return out;
    }

    void field(Person& p, const std::string& key, const YAML::Node& v, bool& has_id, bool& has_name) {
        std::vector<FieldItem> items;
        if (key == "survey") {
            items = survey(v);
        } else if (is_list_field(key)) {
            items = list(v, key);
        } else if (auto s = scalar(v, key)) {
            items.push_back({*s, pos_of(v)});
        }
        if (key == "id" && !items.empty()) has_id = true;
        if (key == "name" && !items.empty() && !items[0].text.empty()) has_name = true;
        apply_person_field(p, key, items, d_);
    }

    // Survey answers as `question=answer` items, the form apply_person_field takes.
    std::vector<FieldItem> survey(const YAML::Node& v) {
        std::vector<FieldItem> out;
        if (!v.IsMap()) {
            d_.error(pos_of(v), fmt::format("'survey' must be a mapping of answers, not {}", kind_name(v)),
                     "write 'survey: {structure: 4, feedback: 2}'");
            return out;
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            const YAML::Node k = it->first;
            const YAML::Node a = it->second;
            if (!k.IsScalar() || !a.IsScalar()) {
                d_.error(pos_of(a), "each survey answer must be 'question: number'",
                         "write 'survey: {structure: 4, feedback: 2}'");
                continue;
            }
            out.push_back({k.Scalar() + "=" + a.Scalar(), pos_of(a)});
        }
        return out;
    }
};

}  // namespace

std::span<const std::string_view> person_keys() { return keys; }

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    auto ok_first = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!ok_first(id.front())) return false;
    return std::all_of(id.begin(), id.end(),
                       [&](char c) { return ok_first(c) || c == '.' || c == '_' || c == '-'; });
}

ParsedRoster parse_roster(std::string_view text, const std::string& source) {
    ParsedRoster out;
    out.roster.source = source;
    Diagnostics d(source);
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::ParserException& e) {
        d.error({e.mark.line + 1, e.mark.column + 1}, fmt::format("YAML syntax error: {}", e.msg),
                "check the indentation and quoting around this point");
        out.diagnostics = d.take();
        return out;
    } catch (const YAML::Exception& e) {
        d.error({1, 1}, fmt::format("cannot read YAML: {}", e.msg));
        out.diagnostics = d.take();
        return out;
    }
    try {
        if (!root || root.IsNull()) {
            d.error({1, 1}, "the roster is empty", "start it with 'people:' and a list of people");
        } else if (!root.IsMap()) {
            d.error(pos_of(root), fmt::format("the roster must be a mapping with a 'people' key, not {}", kind_name(root)),
                    "start it with 'people:' and a list of people");
        } else {
            static constexpr std::array<std::string_view, 1> top{"people"};
            bool has_people = false;
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
                    d.error(pos_of(people), fmt::format("'people' must be a list, not {}", kind_name(people)),
                            "write each person as an item starting with '- id: ...'");
                    continue;
                }
                out.roster.people.reserve(people.size());
                PersonReader reader(d);
                for (const auto& node : people) {
                    if (auto p = reader.read(node)) out.roster.people.push_back(std::move(*p));
                }
            }
            if (!has_people) {
                d.error({1, 1}, "the roster has no 'people' list", "add 'people:' followed by the list of people");
            }
        }
    } catch (const YAML::Exception& e) {
        // yaml-cpp can still throw on odd documents (aliases, odd node kinds); report, never crash.
        d.error({e.mark.line + 1, e.mark.column + 1}, fmt::format("cannot read YAML: {}", e.msg));
    }
    out.diagnostics = d.take();
    return out;
}

}  // namespace mentor
