// The reminder history under .mentor/: what was sent to whom, and when.
#include "mentor/io/remind_state.hpp"

#include <fmt/format.h>


namespace mentor {

std::string format_remind_state(const RemindHistory& history) {
    std::string out(remind_state_header);
    out += '\n';
    for (const auto& [who, date] : history) out += fmt::format("{}\t{}\t{}\n", who.first, who.second, date.iso());
    return out;
}

RemindHistory parse_remind_state(std::string_view text) {
    RemindHistory out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, nl - start);
        start = nl + 1;
        if (line.empty() || line.front() == '#') continue;
        const std::size_t t1 = line.find('\t');
        const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string_view::npos || t1 == 0 || t2 == t1 + 1) continue;
        const std::optional<Date> date = parse_date(line.substr(t2 + 1));
        if (!date) continue;
        out[{std::string(line.substr(0, t1)), std::string(line.substr(t1 + 1, t2 - t1 - 1))}] = *date;
    }
    return out;
}

}  // namespace mentor
