#pragma once
// Builders for test rosters and programs: start from a valid value, change what the test is about.
#include <string>
#include <vector>

#include "mentor/domain/model.hpp"

namespace mentor::test {

inline Date day(const char* iso) { return *parse_date(iso); }

inline Program program() {
    Program p;
    p.source = "program.toml";
    p.id = "test";
    p.name = "Test program";
    p.term.start = day("2026-08-24");
    p.term.end = day("2027-06-11");
    p.pos.term_start = {5, 9};
    p.pos.term_end = {6, 7};
    return p;
}

inline Person person(std::string id, std::initializer_list<Role> roles = {}) {
    Person p;
    p.id = std::move(id);
    p.name = "Name of " + p.id;
    for (Role r : roles) p.roles = static_cast<std::uint8_t>(p.roles | static_cast<std::uint8_t>(r));
    return p;
}

inline Person mentor(std::string id) {
    Person p = person(std::move(id), {Role::mentor});
    p.trained = day("2026-08-10");
    return p;
}

inline Person mentee(std::string id) { return person(std::move(id), {Role::mentee}); }

inline Roster roster(std::vector<Person> people) {
    Roster r;
    r.source = "roster.yaml";
    int line = 2;
    for (auto& p : people) {
        p.pos.item = {line, 5};
        p.pos.id = {line, 9};
        line += 5;
    }
    r.people = std::move(people);
    return r;
}

}  // namespace mentor::test

#include <ostream>
namespace mentor {
inline std::ostream& operator<<(std::ostream& os, const SourcePos& p) { return os << p.line << ':' << p.col; }
}  // namespace mentor
