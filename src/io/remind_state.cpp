// The reminder history under .mentor/: what was sent to whom, and when.
#include "mentor/io/remind_state.hpp"

#include <fmt/format.h>

#include "mentor/io/tsv.hpp"

namespace mentor {

std::string format_remind_state(const RemindHistory& history) {
    std::string out(remind_state_header);
    out += '\n';
    for (const auto& [who, date] : history) out += fmt::format("{}\t{}\t{}\n", who.first, who.second, date.iso());
    return out;
}

ParsedRemindState parse_remind_state(std::string_view text, const std::string& source) {
    ParsedRemindState out;
    Diagnostics d(source);
    const TsvFormat format{remind_state_header, "a line of the reminder history", 3, "recipient, key, last sent",
                           "this is not a reminder history written by mentor remind; delete it to start a new one",
                           {}, {}, false};
    read_tsv(text, format, d, [&](const TsvRecord& r) {
        const auto& f = r.fields;
        const std::optional<Date> date = parse_date(f[2]);
        if (f[0].empty() || f[1].empty() || !date) {
            d.warning({r.line, 1}, "this line is not RECIPIENT, KEY and a date; it is skipped",
                      "the history only remembers what was sent: a lost line lets one reminder through again");
            return;
        }
        out.history[{std::string(f[0]), std::string(f[1])}] = *date;
    });
    out.diagnostics = d.take();
    return out;
}

RemindHistory parse_remind_state(std::string_view text) { return parse_remind_state(text, "remind.tsv").history; }

}  // namespace mentor
