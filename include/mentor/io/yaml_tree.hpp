#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// A YAML node as the roster reader needs it: kind, position, text, children.
/// Mappings hold their entries as alternating key and value nodes, in file order
/// (duplicate keys are kept, so that they can be reported).
struct YNode {
    enum class Kind : unsigned char { null, scalar, sequence, mapping };
    Kind kind = Kind::null;
    SourcePos pos;
    std::string text;
    std::vector<YNode> items;

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_mapping() const { return kind == Kind::mapping; }
};

/// Reads a roster written in the plain YAML people write by hand — a top-level `people:`
/// block list of block mappings whose values are scalars (plain, 'single' or "double"
/// quoted), one-line flow lists and maps, or nested block lists and maps of scalars —
/// calling `on_person` with each entry of the list, in order.
///
/// It is an order of magnitude faster than a general YAML parser, and gives the same
/// nodes, text and positions for the YAML it accepts. It returns false as soon as the
/// text uses anything else (anchors, tags, block scalars, multi-line flow collections,
/// other top-level keys, syntax errors ...): the caller then discards what it received
/// and reads the file with the general parser, which also reports syntax errors.
bool read_people_subset(std::string_view text, SourcePos& people_key, const std::function<void(YNode&&)>& on_person);

}  // namespace mentor
