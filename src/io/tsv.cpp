#include "mentor/io/tsv.hpp"

#include <fmt/format.h>

#include "mentor/domain/text.hpp"

namespace mentor {

int TsvRecord::column(std::size_t index) const {
    std::size_t at = 0;
    for (std::size_t i = 0; i < index; ++i) {
        const auto tab = text.find('\t', at);
        if (tab == std::string_view::npos) break;
        at = tab + 1;
    }
    return char_column(text, at);
}

namespace {

void split_into(std::string_view line, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t at = 0;
    for (;;) {
        const auto tab = line.find('\t', at);
        out.push_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
        if (tab == std::string_view::npos) return;
        at = tab + 1;
    }
}

// `# mentor pairs v` of `# mentor pairs v1`: what every version's header starts with.
std::string_view version_prefix(std::string_view header) { return header.substr(0, header.rfind(" v") + 2); }

}  // namespace

bool read_tsv(std::string_view text, const TsvFormat& format, Diagnostics& d,
              const std::function<void(const TsvRecord&)>& each) {
    if (text.empty()) {
        if (!format.empty_message.empty()) d.error({1, 1}, std::string(format.empty_message), std::string(format.empty_hint));
        return false;
    }
    if (!check_file_text(text, d)) return false;
    TsvRecord r;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        ++r.line;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (r.line == 1) {
            if (line == format.header) continue;
            d.error({1, 1}, fmt::format("the first line must be '{}'", format.header),
                    line.rfind(version_prefix(format.header), 0) == 0 ? "this file was written by another version of mentor"
                                                                      : std::string(format.foreign_hint));
            return false;
        }
        if (line.empty() || line.front() == '#') continue;
        r.text = line;
        split_into(line, r.fields);
        if (r.fields.size() != format.fields) {
            std::string message = fmt::format("{} has {} tab-separated fields, this line has {}", format.record,
                                              format.fields, r.fields.size());
            if (format.bad_count_is_error) d.error({r.line, 1}, std::move(message), std::string(format.fields_hint));
            else d.warning({r.line, 1}, std::move(message), std::string(format.fields_hint));
            continue;
        }
        each(r);
    }
    return true;
}

}  // namespace mentor
