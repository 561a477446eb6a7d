// roster.yaml: the fast subset reader against yaml-cpp. Whenever the subset reader accepts a
// text, parse_roster must give exactly what the general reader gives (people, positions and
// diagnostics); when it does not, the automatic reader falls back to yaml-cpp. Also: the
// roster cache gives back what it was given, and validation takes whatever was read.
#include "fuzz_support.hpp"
#include "mentor/domain/validate.hpp"
#include "mentor/io/roster_cache.hpp"
#include "mentor/io/roster_yaml.hpp"

using namespace mentor;

namespace {

std::string dump(const ParsedRoster& r) { return fuzz::dump(r.roster.people) + fuzz::dump(r.diagnostics); }

bool outside_subset(const ParsedRoster& r) {
    return r.roster.people.empty() && r.diagnostics.size() == 1 && r.diagnostics[0].message == "outside the YAML subset";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    const ParsedRoster general = parse_roster(text, "roster.yaml", RosterReader::general);
    fuzz::well_formed(general.diagnostics);

    const ParsedRoster subset = parse_roster(text, "roster.yaml", RosterReader::subset_only);
    if (!outside_subset(subset)) {
        fuzz::same("the subset reader accepted this roster and read it differently from yaml-cpp", dump(subset),
                   dump(general));
        fuzz::same_people("the subset reader's people differ from yaml-cpp's", subset.roster.people, general.roster.people);
    }
    const ParsedRoster automatic = parse_roster(text, "roster.yaml");
    fuzz::same("the automatic reader differs from yaml-cpp", dump(automatic), dump(general));

    constexpr std::uint64_t key = 0x6d656e746f72;
    const std::optional<ParsedRoster> cached = decode_roster_cache(encode_roster_cache(general, key), key);
    if (!cached) fuzz::fail("the roster cache did not read back what it wrote");
    fuzz::same("the roster cache changed the parse", dump(*cached), dump(general));
    fuzz::same_people("the roster cache changed the people", cached->roster.people, general.roster.people);

    fuzz::well_formed(validate_roster(general.roster, Program{}));
    return 0;
}
