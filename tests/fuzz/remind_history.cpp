// The reminder history (.mentor/remind.tsv): whatever parses is written back with
// format_remind_state, and that text parses without a diagnostic into the same history and
// formats to the same bytes again.
#include "fuzz_support.hpp"
#include "mentor/io/remind_state.hpp"

using namespace mentor;

namespace {

std::string dump(const RemindHistory& history) {
    std::string out;
    for (const auto& [who, date] : history) {
        out += fmt::format("{} {} {}\n", fuzz::field(who.first), fuzz::field(who.second), date.iso());
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ParsedRemindState first = parse_remind_state(fuzz::as_text(data, size), ".mentor/remind.tsv");
    fuzz::well_formed(first.diagnostics);
    const std::string written = format_remind_state(first.history);
    const ParsedRemindState second = parse_remind_state(written, ".mentor/remind.tsv");
    if (!second.diagnostics.empty()) {
        fuzz::fail("the formatted history does not read back cleanly", written, fuzz::dump(second.diagnostics));
    }
    fuzz::same("the formatted history reads back as another history", dump(first.history), dump(second.history));
    fuzz::same("the history format is not stable", written, format_remind_state(second.history));
    return 0;
}
