// CSV import: any CSV text is read, its columns mapped and its rows compared with a roster
// without a crash. When the import would add people, the roster text with them appended reads
// the same the general way and the fast way; and when the import's last check lets it be
// written, it reads back without an error as the roster's people followed by exactly the
// people the import planned.
#include "fuzz_support.hpp"
#include "mentor/io/csv.hpp"
#include "mentor/io/roster_append.hpp"
#include "mentor/io/roster_import.hpp"
#include "mentor/io/roster_yaml.hpp"

using namespace mentor;

namespace {

constexpr std::string_view roster_text = R"(# Staff of the program
people:
  - id: amentor
    name: Ana Mentor
    email: ana@example.org
    roles: [mentor]
    school: North
    subjects: [math, science]
    grades: [6, 7]
    capacity: 2
    availability: ["mon 15:00-16:00"]

  - id: bmentee   # new this year
    name: "Bo Mentee"
    email: bo@example.org
    roles: [mentee]
    school: North
    start: 2026-08-20
)";

std::vector<Person> without_positions(std::vector<Person> people) {
    for (Person& p : people) p.pos = {};
    return people;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ParsedRoster roster = parse_roster(roster_text, "roster.yaml");
    Diagnostics read_problems("staff.csv");
    const CsvTable table = parse_csv(fuzz::as_text(data, size), read_problems);
    fuzz::well_formed(read_problems.items());
    for (const CsvRow& row : table.rows) {
        if (row.fields.size() != table.header.size() || row.pos.size() != row.fields.size()) {
            fuzz::fail("a CSV row does not have one field and one position per column");
        }
    }
    if (has_errors(read_problems.items())) return 0;

    Diagnostics map_problems("staff.csv");
    const ColumnMapping mapping = map_columns(table, {}, map_problems);
    fuzz::well_formed(map_problems.items());
    if (!mapping.column("name") && !mapping.column("first_name") && !mapping.column("last_name")) return 0;
    const ImportPlan plan = plan_import(roster.roster, table, mapping, "staff.csv", Role::mentee);
    fuzz::well_formed(plan.diagnostics);
    if (has_errors(plan.diagnostics) || plan.added.empty()) return 0;

    const std::string new_text = append_people(roster_text, plan.added, "roster.yaml");
    const ParsedRoster general = parse_roster(new_text, "roster.yaml", RosterReader::general);
    const ParsedRoster automatic = parse_roster(new_text, "roster.yaml");
    fuzz::same("the roster after the import reads differently the fast way",
               fuzz::dump(automatic.roster.people) + fuzz::dump(automatic.diagnostics),
               fuzz::dump(general.roster.people) + fuzz::dump(general.diagnostics));
    // The import writes nothing when the new roster has a problem (the last check before writing).
    const std::vector<Diagnostic> problems =
        recheck_import(new_text, roster.roster, Program{}, plan, std::string(roster_text), "staff.csv");
    fuzz::well_formed(problems);
    if (!problems.empty()) return 0;
    if (has_errors(general.diagnostics)) {
        fuzz::fail("the roster after the import has errors that its last check let through", new_text,
                   fuzz::dump(general.diagnostics));
    }
    std::vector<Person> expected = roster.roster.people;
    expected.insert(expected.end(), plan.added.begin(), plan.added.end());
    fuzz::same_people("the roster after the import reads back other people than were added",
                      without_positions(general.roster.people), without_positions(expected));
    return 0;
}
