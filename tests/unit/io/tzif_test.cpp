#include <catch2/catch.hpp>

#include <cstdint>

#include "mentor/io/tzif.hpp"

using namespace mentor;

namespace {

// A TZif file built in memory (RFC 8536): both data blocks and a footer.
struct TzifSpec {
    std::vector<std::int64_t> times;
    std::vector<std::uint8_t> type_of;
    std::vector<std::tuple<std::int32_t, bool, std::uint8_t>> types;  // offset, dst, abbreviation index
    std::string chars;
    std::string footer;
};

void put32(std::string& s, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xff);
}

std::string block(const TzifSpec& z, bool wide, char version) {
    std::string s = "TZif";
    s += version;
    s.append(15, '\0');
    for (std::uint32_t c : {0u, 0u, 0u, static_cast<std::uint32_t>(z.times.size()), static_cast<std::uint32_t>(z.types.size()),
                            static_cast<std::uint32_t>(z.chars.size())}) {
        put32(s, c);
    }
    for (std::int64_t t : z.times) {
        if (wide) put32(s, static_cast<std::uint32_t>(static_cast<std::uint64_t>(t) >> 32));
        put32(s, static_cast<std::uint32_t>(t));
    }
    for (std::uint8_t i : z.type_of) s += static_cast<char>(i);
    for (const auto& [off, dst, abbr] : z.types) {
        put32(s, static_cast<std::uint32_t>(off));
        s += static_cast<char>(dst ? 1 : 0);
        s += static_cast<char>(abbr);
    }
    s += z.chars;
    return s;
}

std::string tzif(const TzifSpec& z) { return block(z, false, '2') + block(z, true, '2') + "\n" + z.footer + "\n"; }


std::int64_t at(int y, unsigned m, unsigned d, int h = 0, int min = 0) {
    return days_from_civil(y, m, d) * 86400 + h * 3600 + min * 60;
}

// Chicago as a slim file: no transitions, only the rule.
TzifSpec slim_chicago() {
    return {{}, {}, {{-21600, false, 0}}, std::string("CST\0", 4), "CST6CDT,M3.2.0,M11.1.0"};
}

}  // namespace

TEST_CASE("parse_posix_tz: offsets west of Greenwich, rules, quoted names") {
    const auto us = parse_posix_tz("CST6CDT,M3.2.0,M11.1.0");
    REQUIRE(us);
    CHECK(us->standard == ZoneType{-21600, false, "CST"});
    REQUIRE(us->daylight);
    CHECK(us->daylight->offset == -18000);
    CHECK(us->start.month == 3);
    CHECK(us->start.week == 2);
    CHECK(us->start.time == 7200);
    const auto sa = parse_posix_tz("<-03>3");
    REQUIRE(sa);
    CHECK(sa->standard == ZoneType{-10800, false, "-03"});
    CHECK(!sa->daylight);
    const auto au = parse_posix_tz("AEST-10AEDT,M10.1.0,M4.1.0/3");
    REQUIRE(au);
    CHECK(au->standard.offset == 36000);
    CHECK(au->end.time == 3 * 3600);
    const auto ext = parse_posix_tz("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");  // RFC 8536 negative time
    REQUIRE(ext);
    CHECK(ext->start.time == -3600);
    for (const char* bad : {"", "CS6", "CST", "CST6CDT,M13.1.0,M11.1.0", "CST6CDT,M3.2.0", "CST6CDT,J0,J365", "<ab"}) {
        INFO(bad);
        CHECK(!parse_posix_tz(bad));
    }
}

TEST_CASE("parse_tzif: a slim file's rule gives the yearly changes") {
    std::string error;
    const auto z = parse_tzif(tzif(slim_chicago()), "America/Chicago", error);
    REQUIRE(z);
    CHECK(z->at(at(2026, 7, 1)).abbr == "CDT");
    CHECK(z->at(at(2026, 12, 1)).offset == -21600);
    const auto changes = z->transitions(at(2026, 1, 1), at(2027, 1, 1));
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].at == at(2026, 3, 8, 8));   // 02:00 CST
    CHECK(changes[0].after.dst);
    CHECK(changes[1].at == at(2026, 11, 1, 7));  // 02:00 CDT
    CHECK(changes[1].before.abbr == "CDT");
    CHECK(z->at(changes[1].at - 1).dst);
    CHECK(!z->at(changes[1].at).dst);
    const auto last = z->last_transition(at(2026, 12, 25));
    REQUIRE(last);
    CHECK(last->at == changes[1].at);
}

TEST_CASE("parse_tzif: listed transitions first, then the rule after the last of them") {
    TzifSpec fat = slim_chicago();
    fat.types = {{-21600, false, 0}, {-18000, true, 4}};
    fat.chars = std::string("CST\0CDT\0", 8);
    fat.times = {at(2026, 3, 8, 8), at(2026, 11, 1, 7)};
    fat.type_of = {1, 0};
    std::string error;
    const auto z = parse_tzif(tzif(fat), "America/Chicago", error);
    REQUIRE(z);
    CHECK(z->at(at(2026, 6, 1)).abbr == "CDT");
    CHECK(z->at(at(2025, 6, 1)).abbr == "CST");  // before the first listed one: type 0
    const auto changes = z->transitions(at(2026, 1, 1), at(2028, 1, 1));
    REQUIRE(changes.size() == 4);
    CHECK(changes[2].at == at(2027, 3, 14, 8));
    CHECK(changes[3].at == at(2027, 11, 7, 7));
}

TEST_CASE("parse_tzif: damaged data is refused with a reason, never a crash") {
    std::string error;
    CHECK(!parse_tzif("", "x", error));
    CHECK(error == "not a TZif file");
    const std::string good = tzif(slim_chicago());
    for (std::size_t cut : {std::size_t{10}, std::size_t{50}, good.size() / 2, good.size() - 2}) {
        INFO(cut);
        error.clear();
        CHECK(!parse_tzif(good.substr(0, cut), "x", error));
        CHECK(!error.empty());
    }
    TzifSpec bad = slim_chicago();
    bad.times = {0};
    bad.type_of = {7};
    CHECK(!parse_tzif(tzif(bad), "x", error));
    bad = slim_chicago();
    bad.footer = "nonsense";
    CHECK(!parse_tzif(tzif(bad), "x", error));
}

TEST_CASE("days_from_civil: the epoch, leap days, far years") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28) == 2);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(days_from_civil(2400, 1, 1) > 0);
}
