// schedule.tsv: whatever parses is written back with format_schedule_file, and that text
// parses without a diagnostic into the same meetings and formats to the same bytes again.
#include "fuzz_support.hpp"
#include "mentor/domain/schedule.hpp"
#include "mentor/io/schedule_file.hpp"

using namespace mentor;

namespace {

std::string dump(const std::vector<Meeting>& meetings) {
    std::string out;
    for (const Meeting& m : meetings) {
        out += fmt::format("{} {} {} {} {} {} {} {} {} {}\n", fuzz::field(m.mentee), fuzz::field(m.mentor),
                           static_cast<int>(m.kind), m.key, m.date.iso(), m.start, m.minutes, m.rev, m.locked, m.cancelled);
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ParsedSchedule first = parse_schedule_file(fuzz::as_text(data, size), "schedule.tsv");
    fuzz::well_formed(first.diagnostics);
    // The store refuses a schedule with errors; what a clean one holds must survive a rewrite.
    if (has_errors(first.diagnostics)) return 0;
    const std::string written = format_schedule_file(first.meetings);
    const ParsedSchedule second = parse_schedule_file(written, "schedule.tsv");
    if (!second.diagnostics.empty()) {
        fuzz::fail("the formatted meetings do not read back cleanly", written, fuzz::dump(second.diagnostics));
    }
    fuzz::same("the formatted meetings read back as other meetings", dump(first.meetings), dump(second.meetings));
    fuzz::same("the schedule format is not stable", written, format_schedule_file(second.meetings));
    return 0;
}
