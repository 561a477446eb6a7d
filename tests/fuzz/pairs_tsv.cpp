// pairs.tsv: whatever parses is written back with format_pairs_file, and that text parses
// without a diagnostic into the same pairs and formats to the same bytes again.
#include "fuzz_support.hpp"
#include "mentor/domain/compatibility.hpp"
#include "mentor/domain/pairing.hpp"
#include "mentor/io/pairs_file.hpp"

using namespace mentor;

namespace {

std::string dump(const std::vector<Pair>& pairs) {
    std::string out;
    for (const Pair& p : pairs) {
        out += fmt::format("{} {} {} {} {} {} {}\n", fuzz::field(p.mentee), fuzz::field(p.mentor), p.start.iso(),
                           p.end ? p.end->iso() : "-", p.score, p.locked, fuzz::field(p.why));
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ParsedPairs first = parse_pairs_file(fuzz::as_text(data, size), "pairs.tsv");
    fuzz::well_formed(first.diagnostics);
    const std::string written = format_pairs_file(first.pairs);
    const ParsedPairs second = parse_pairs_file(written, "pairs.tsv");
    if (!second.diagnostics.empty()) {
        fuzz::fail("the formatted pairs do not read back cleanly", written, fuzz::dump(second.diagnostics));
    }
    fuzz::same("the formatted pairs read back as other pairs", dump(first.pairs), dump(second.pairs));
    fuzz::same("the pairs format is not stable", written, format_pairs_file(second.pairs));
    return 0;
}
