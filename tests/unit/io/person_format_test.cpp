#include <catch2/catch.hpp>

#include <map>

#include "builders.hpp"
#include "mentor/io/csv.hpp"
#include "mentor/io/person_fields.hpp"
#include "mentor/io/person_format.hpp"
#include "mentor/io/roster_yaml.hpp"

using namespace mentor;
using test::day;

namespace {

Person full() {
    Person p = test::person("jnunez", {Role::mentor, Role::coordinator});
    p.name = "Núñez, José \"Pepe\"";
    p.email = "jnunez@example.org";
    p.school = "lincoln";
    p.subjects = {"math", "science"};
    p.grades = {0, 3, 4};
    p.years = 12;
    p.supervisor = "pprincipal";
    p.capacity = 2;
    p.trained = day("2026-08-10");
    p.in_person = true;
    p.online = true;
    p.languages = {"en", "es"};
    p.availability = {{0, 870, 930}, {3, 450, 495}};
    p.teaches = {{1, 540, 590}};
    p.group = true;
    p.focus = {"classroom-management"};
    p.survey = {{"structure", 4}, {"warmth", 3.5}};
    p.prefers = {"asmith"};
    p.avoid = {"bcho", "ekim"};
    p.cohort = "2026";
    p.start = day("2026-08-24");
    p.leaves = day("2027-06-11");
    return p;
}

Person minimal() {
    Person p = test::person("asmith", {Role::mentee});
    p.name = "Ana Smith";
    return p;
}

std::vector<std::string> split(const std::string& s, std::string_view sep) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    std::size_t at = 0;
    for (;;) {
        const auto k = s.find(sep, at);
        out.push_back(s.substr(at, k == std::string::npos ? std::string::npos : k - at));
        if (k == std::string::npos) return out;
        at = k + sep.size();
    }
}

}  // namespace

TEST_CASE("person_fields: every roster key, in roster order, lists joined with '; ', unset fields empty") {
    const auto fields = person_fields(full());
    const auto keys = person_keys();
    REQUIRE(fields.size() == keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) CHECK(fields[i].first == keys[i]);
    std::map<std::string_view, std::string> by_key(fields.begin(), fields.end());
    CHECK(by_key["roles"] == "mentor; coordinator");
    CHECK(by_key["subjects"] == "math; science");
    CHECK(by_key["grades"] == "0; 3; 4");
    CHECK(by_key["modality"] == "in-person; online");
    CHECK(by_key["availability"] == "mon 14:30-15:30; thu 07:30-08:15");
    CHECK(by_key["survey"] == "structure=4; warmth=3.5");
    CHECK(by_key["teaches"] == "tue 09:00-09:50");
    CHECK(by_key["group"] == "true");
    CHECK(by_key["trained"] == "2026-08-10");
    CHECK(by_key["capacity"] == "2");

    std::map<std::string_view, std::string> none;
    for (const auto& [k, v] : person_fields(minimal())) none[k] = v;
    CHECK(none["years"].empty());
    CHECK(none["capacity"].empty());
    CHECK(none["trained"].empty());
    CHECK(none["survey"].empty());
    CHECK(none["modality"] == "in-person");
}

TEST_CASE("roles_text: roles in roster order, comma separated") {
    CHECK(roles_text(full()) == "mentor, coordinator");
    CHECK(roles_text(test::person("x", {Role::supervisor, Role::mentee})) == "mentee, supervisor");
    CHECK(roles_text(test::person("x")).empty());
}

TEST_CASE("format_people: CSV columns are the roster keys and import again to the same people") {
    const Person a = full(), b = minimal();
    const std::vector<const Person*> people{&a, &b};
    const std::string csv = format_people(people, Format::csv);
    Diagnostics d("people.csv");
    const CsvTable t = parse_csv(csv, d);
    REQUIRE(d.items().empty());
    REQUIRE(t.header.size() == person_keys().size());
    for (std::size_t i = 0; i < t.header.size(); ++i) CHECK(t.header[i] == person_keys()[i]);
    REQUIRE(t.rows.size() == 2);
    for (std::size_t r = 0; r < 2; ++r) {
        Person back;
        Diagnostics fd("people.csv");
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            std::vector<FieldItem> items;
            const std::string& cell = t.rows[r].fields[c];
            if (is_list_field(t.header[c])) {
                for (auto& s : split(cell, "; ")) items.push_back({s, {static_cast<int>(r) + 2, static_cast<int>(c) + 1}});
            } else if (!cell.empty()) {
                items.push_back({cell, {static_cast<int>(r) + 2, static_cast<int>(c) + 1}});
            }
            apply_person_field(back, t.header[c], items, fd);
        }
        CHECK(fd.items().empty());
        const Person& want = *people[r];
        CHECK(back.id == want.id);
        CHECK(back.name == want.name);
        CHECK(back.email == want.email);
        CHECK(back.roles == want.roles);
        CHECK(back.subjects == want.subjects);
        CHECK(back.grades == want.grades);
        CHECK(back.years == want.years);
        CHECK(back.capacity == want.capacity);
        CHECK(back.trained == want.trained);
        CHECK(back.in_person == want.in_person);
        CHECK(back.online == want.online);
        CHECK(back.availability == want.availability);
        CHECK(back.survey == want.survey);
        CHECK(back.prefers == want.prefers);
        CHECK(back.avoid == want.avoid);
        CHECK(back.cohort == want.cohort);
        CHECK(back.start == want.start);
        CHECK(back.leaves == want.leaves);
    }
}

TEST_CASE("format_people: JSON objects with stable keys, optional ones left out, strings escaped") {
    const Person b = minimal();
    const std::vector<const Person*> people{&b};
    CHECK(format_people(people, Format::json) ==
          "[\n"
          "  {\n"
          "    \"version\": 1,\n"
          "    \"id\": \"asmith\",\n"
          "    \"name\": \"Ana Smith\",\n"
          "    \"roles\": [\"mentee\"],\n"
          "    \"subjects\": [],\n"
          "    \"grades\": [],\n"
          "    \"modality\": [\"in-person\"],\n"
          "    \"languages\": [],\n"
          "    \"availability\": [],\n"
          "    \"teaches\": [],\n"
          "    \"focus\": [],\n"
          "    \"survey\": {},\n"
          "    \"prefers\": [],\n"
          "    \"avoid\": []\n"
          "  }\n"
          "]\n");
    const std::string json = format_person(full(), Format::json);
    CHECK(json.find("  \"name\": \"Núñez, José \\\"Pepe\\\"\",\n") != std::string::npos);
    CHECK(json.find("  \"grades\": [0, 3, 4],\n") != std::string::npos);
    CHECK(json.find("  \"survey\": {\n    \"structure\": 4,\n    \"warmth\": 3.5\n  },\n") != std::string::npos);
    CHECK(json.find("  \"leaves\": \"2027-06-11\"\n}\n") != std::string::npos);
    // The keys come in roster order.
    std::size_t last = 0;
    for (std::string_view k : {"\"id\"", "\"name\"", "\"email\"", "\"roles\"", "\"school\"", "\"subjects\"", "\"grades\"",
                               "\"years\"", "\"supervisor\"", "\"capacity\"", "\"trained\"", "\"modality\"", "\"languages\"",
                               "\"availability\"", "\"teaches\"", "\"group\"", "\"focus\"", "\"survey\"", "\"prefers\"", "\"avoid\"", "\"cohort\"",
                               "\"start\"", "\"leaves\""}) {
        const auto at = json.find(k);
        INFO(k);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
    }
}

TEST_CASE("format_people: text table shows K for kindergarten and lists with commas") {
    const Person a = full(), b = minimal();
    const std::vector<const Person*> people{&a, &b};
    CHECK(format_people(people, Format::text) ==
          "ID      NAME                ROLES                SCHOOL   SUBJECTS       GRADES\n"
          "jnunez  Núñez, José \"Pepe\"  mentor, coordinator  lincoln  math, science  K, 3, 4\n"
          "asmith  Ana Smith           mentee\n");
}

TEST_CASE("format_person: text shows only the fields that are set, as aligned key: value lines") {
    CHECK(format_person(minimal(), Format::text) ==
          "id:           asmith\n"
          "name:         Ana Smith\n"
          "roles:        mentee\n"
          "modality:     in-person\n");
    const std::string csv = format_person(full(), Format::csv);
    Diagnostics d("p.csv");
    const CsvTable t = parse_csv(csv, d);
    CHECK(d.items().empty());
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields[1] == "Núñez, José \"Pepe\"");
}
