#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/roster_import.hpp"

using namespace mentor;

namespace {

struct Imported {
    ImportPlan plan;
    std::vector<Diagnostic> mapping_diags;
    ColumnMapping mapping;
};

Imported run(const Roster& roster, std::string_view csv, std::vector<std::pair<std::string, std::string>> overrides = {},
             std::optional<Role> role = std::nullopt) {
    Diagnostics d("staff.csv");
    const CsvTable t = parse_csv(csv, d);
    Imported out;
    out.mapping = map_columns(t, overrides, d);
    out.mapping_diags = d.take();
    out.plan = plan_import(roster, t, out.mapping, "staff.csv", role);
    return out;
}

Roster base() {
    Person a = test::mentor("asmith");
    a.name = "Ana Smith";
    a.email = "asmith@example.org";
    a.school = "lincoln";
    return test::roster({a});
}

}  // namespace

TEST_CASE("id_from_name: first initial and last name, accents folded") {
    CHECK(id_from_name("José Núñez") == "jnunez");
    CHECK(id_from_name("Zoë  Park-Lee") == "zparklee");
    CHECK(id_from_name("ÉMILE Zola") == "ezola");
    CHECK(id_from_name("Brendan O'Connor") == "boconnor");
    CHECK(id_from_name("Cher") == "cher");
    CHECK(id_from_name("") == "");
}

TEST_CASE("map_columns: header names of staff exports map to roster fields") {
    Diagnostics d("staff.csv");
    const auto t = parse_csv("Employee ID,First Name,Last Name,Email Address,Building,Grade Level,Hire Date,Notes\n", d);
    const auto m = map_columns(t, {}, d);
    CHECK(d.items().empty());
    CHECK(m.column("id") == 0);
    CHECK(m.column("first_name") == 1);
    CHECK(m.column("last_name") == 2);
    CHECK(m.column("email") == 3);
    CHECK(m.column("school") == 4);
    CHECK(m.column("grades") == 5);
    CHECK(m.column("start") == 6);
    CHECK_FALSE(m.column("name"));
}

TEST_CASE("map_columns: --map overrides, and names unknown fields or columns") {
    Diagnostics d("staff.csv");
    const auto t = parse_csv("Staff,Mail,Campus\n", d);
    const auto m = map_columns(t, {{"name", "Staff"}, {"school", "Mail"}, {"emial", "Mail"}, {"email", "Mial"}}, d);
    CHECK(m.column("name") == 0);
    CHECK(m.column("school") == 1);  // the override wins over the header guess
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].message == "--map names the field 'emial', which the roster does not have");
    CHECK(d.items()[0].hint == "did you mean 'email'?");
    CHECK(d.items()[1].message == "--map names the column 'Mial', which the CSV header does not have");
    CHECK(d.items()[1].hint == "did you mean 'Mail'?");
}

TEST_CASE("plan_import: new people get ids, existing ones are compared, nobody is changed") {
    const auto r = run(base(),
                       "Name,Email,School,Subjects,Grades\n"
                       "Ana Smith,ASmith@example.org,washington,math,\n"
                       "\"Núñez Jr., José\",,lincoln,\"math; science\",\"K, 1\"\n"
                       "José Núñez,,lincoln,math,\n",
                       {}, Role::mentee);
    CHECK(r.plan.diagnostics.empty());
    REQUIRE(r.plan.changes.size() == 2);
    CHECK(r.plan.changes[0].id == "asmith");
    CHECK(r.plan.changes[0].field == "school");
    CHECK(r.plan.changes[0].roster_value == "lincoln");
    CHECK(r.plan.changes[0].import_value == "washington");
    CHECK(r.plan.changes[1].field == "subjects");
    REQUIRE(r.plan.added.size() == 2);
    CHECK(r.plan.added[0].id == "njose");
    CHECK(r.plan.added[0].subjects == std::vector<std::string>{"math", "science"});
    CHECK(r.plan.added[0].grades == std::vector<int>{0, 1});
    CHECK(r.plan.added[0].has(Role::mentee));
    CHECK(r.plan.added[1].id == "jnunez");
    CHECK(r.plan.added_lines == std::vector<int>{3, 4});
}

TEST_CASE("plan_import: generated ids never collide with the roster or each other") {
    const auto r = run(base(), "Name\nAlan Smith\nAmy Smith\n");
    REQUIRE(r.plan.added.size() == 2);
    CHECK(r.plan.added[0].id == "asmith2");
    CHECK(r.plan.added[1].id == "asmith3");
}

TEST_CASE("plan_import: bad cells are located in the CSV and the row is skipped") {
    const auto r = run(base(), "Name,Hire Date,Grades,Roles\nBo Cho,2026-13-01,3,mentee\nAl Ng,2026-08-24,14,mentor\nCy Li,,,teacher\n");
    REQUIRE(r.plan.diagnostics.size() == 3);
    CHECK(r.plan.diagnostics[0].message == "'start' is not a valid date: '2026-13-01'");
    CHECK(r.plan.diagnostics[0].pos == SourcePos{2, 8});
    CHECK(r.plan.diagnostics[1].message == "'grades' is 14, outside 0..12");
    CHECK(r.plan.diagnostics[2].message == "unknown role 'teacher'");
    CHECK(r.plan.added.empty());
}

TEST_CASE("plan_import: first and last name columns make the name; unchanged people are counted") {
    const auto r = run(base(), "First,Last,Email\nAna,Smith,asmith@example.org\nZoë,Park,zpark@example.org\n");
    CHECK(r.plan.unchanged == std::vector<std::string>{"asmith"});
    REQUIRE(r.plan.added.size() == 1);
    CHECK(r.plan.added[0].name == "Zoë Park");
    CHECK(r.plan.added[0].id == "zpark");
}

TEST_CASE("plan_import: a value a list cell names twice is kept once, as the roster keeps it") {
    const auto r = run(base(),
                       "Name,Subjects,Grades,Availability,Prefers\n"
                       "Bo Chen,\"math; science; math\",\"4;04;K\",\"mon 15:00-16:00; Mon 15:00-16:00\",\"ASMITH; asmith\"\n",
                       {}, Role::mentee);
    CHECK(r.plan.diagnostics.empty());
    REQUIRE(r.plan.added.size() == 1);
    const Person& p = r.plan.added[0];
    CHECK(p.subjects == std::vector<std::string>{"math", "science"});
    CHECK(p.grades == std::vector<int>{0, 4});
    CHECK(p.availability.size() == 1);
    CHECK(p.prefers == std::vector<std::string>{"asmith"});
    CHECK(p.pos.prefers.size() == 1);
}
