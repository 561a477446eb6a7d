// Journal files and their lines. Whatever parses is written back with format_entry_line, and
// that text parses without a single diagnostic into the same entries and formats to the same
// bytes again (a round trip, and a stable format). Reads limited by date or kind, which skip
// lines after a glance at their date and kind, give exactly the entries of the full read
// that they ask for.
#include "fuzz_support.hpp"
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_text.hpp"

using namespace mentor;

namespace {

// The entries as a model: where they were read from set aside.
std::vector<Entry> model(const std::vector<Entry>& entries) {
    std::vector<Entry> out = entries;
    for (Entry& e : out) {
        e.file = {};
        e.line = 0;
        e.cols = {};
    }
    return out;
}

std::string file_text(const std::vector<Entry>& entries) {
    std::string out(journal_header);
    out += '\n';
    for (const Entry& e : entries) out += format_entry_line(e);
    return out;
}

std::vector<Entry> read(std::string_view text, const JournalScope& scope, std::string* diagnostics = nullptr) {
    ParsedJournal parsed;
    parse_journal_text(text, "journal/2026-11.log", scope, parsed);
    fuzz::well_formed(parsed.diagnostics);
    if (diagnostics) *diagnostics = fuzz::dump(parsed.diagnostics);
    return model(parsed.entries);
}

template <class Keep>
void same_as_filtered(std::string_view what, std::string_view text, const JournalScope& scope,
                      const std::vector<Entry>& all, Keep keep) {
    std::vector<Entry> expected;
    for (const Entry& e : all) {
        if (keep(e)) expected.push_back(e);
    }
    const std::vector<Entry> got = read(text, scope);
    if (got != expected) fuzz::fail(what, file_text(got), file_text(expected));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    const std::vector<Entry> first = read(text, {});

    const std::string written = file_text(first);
    std::string problems;
    const std::vector<Entry> second = read(written, {}, &problems);
    if (!problems.empty()) fuzz::fail("the formatted entries do not read back cleanly", written, problems);
    if (second != first) fuzz::fail("the formatted entries read back as other entries", written, file_text(second));
    fuzz::same("the format is not stable", written, file_text(second));

    JournalScope goals;
    goals.goal_events_only = true;
    same_as_filtered("a read of goal events only differs from the full read", text, goals, first,
                     [](const Entry& e) { return is_goal_event(e.kind); });
    JournalScope meetings;
    meetings.pair_meetings_only = true;
    same_as_filtered("a read of pair meetings only differs from the full read", text, meetings, first,
                     [](const Entry& e) { return needs_pair(e.kind); });
    if (!first.empty()) {
        JournalScope period;
        period.since = first.front().date;
        period.until = first.back().date;
        same_as_filtered("a read of a period differs from the full read", text, period, first,
                         [&](const Entry& e) { return period.wants(e.date); });
    }
    return 0;
}
