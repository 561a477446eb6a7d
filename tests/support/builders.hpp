#pragma once
// Builders for test rosters and programs: start from a valid value, change what the test is about.
#include <cstdint>
#include <string>
#include <vector>

#include "mentor/domain/model.hpp"

namespace mentor::test {

inline Date day(const char* iso) { return *parse_date(iso); }

// splitmix64, for generated programs: the same ones with every compiler and standard library.
struct Rng {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
};

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
