#include "mentor/io/key_format.hpp"

namespace mentor {

std::string format_key_list(const std::vector<KeyRow>& rows, Format format) {
    if (format == Format::json) {
        JsonWriter w;
        w.begin_object();
        w.key("version"); w.value(1);
        w.key("keys");
        w.begin_array();
        for (const KeyRow& r : rows) {
            w.begin_object();
            w.key("person"); w.value(r.person);
            w.key("key");
            if (r.key_id.empty()) w.null();
            else w.value(r.key_id);
            w.key("paired"); w.value(r.paired);
            w.end_object();
        }
        w.end_array();
        w.end_object();
        return w.finish();
    }
    if (rows.empty()) return "no keys: each person runs `mentor key init`\n";
    const std::vector<std::string> header = {"PERSON", "KEY", "NOTE"};
    std::vector<std::vector<std::string>> out;
    for (const KeyRow& r : rows) {
        out.push_back({r.person, r.key_id.empty() ? "-" : r.key_id,
                       r.key_id.empty() ? "in a current pair: its private notes stay unsealed" : ""});
    }
    return text_table(header, out);
}

}  // namespace mentor
