// program.toml: any text gives a program (defaults where it says nothing) and located
// diagnostics, never an exception or a crash; what parses without errors goes through
// validation, alone and with a roster.
#include "fuzz_support.hpp"
#include "mentor/domain/validate.hpp"
#include "mentor/io/program_toml.hpp"
#include "mentor/io/roster_yaml.hpp"

using namespace mentor;

namespace {

constexpr std::string_view roster_text = R"(people:
  - id: amentor
    name: A Mentor
    roles: [mentor]
    school: North
    subjects: [math]
    grades: [6, 7]
    capacity: 2
    trained: 2025-08-01
    availability: ["mon 15:00-16:00", "wed 08:00-08:45"]
  - id: bmentee
    name: B Mentee
    roles: [mentee]
    school: North
    subjects: [math]
    grades: [6]
    start: 2026-08-20
    supervisor: amentor
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    const ParsedProgram parsed = parse_program(text, "program.toml");
    fuzz::well_formed(parsed.diagnostics);
    const ParsedProgram again = parse_program(text, "program.toml");
    fuzz::same("the same text parsed twice gave other diagnostics", fuzz::dump(parsed.diagnostics),
               fuzz::dump(again.diagnostics));
    if (has_errors(parsed.diagnostics)) return 0;
    fuzz::well_formed(validate_program(parsed.program));
    static const ParsedRoster roster = parse_roster(roster_text, "roster.yaml");
    fuzz::well_formed(validate_roster(roster.roster, parsed.program));
    return 0;
}
