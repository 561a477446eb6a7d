#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/school_year.hpp"
#include "mentor/domain/validate.hpp"
#include "mentor/io/program_toml.hpp"
#include "mentor/io/roster_yaml.hpp"
#include "mentor/io/templates.hpp"

using namespace mentor;
using test::day;

namespace {

NewProgram new_program() {
    NewProgram p;
    p.id = "lincoln";
    p.name = "Lincoln \"North\" \\ mentoring";
    p.timezone = "America/Chicago";
    p.year = default_school_year(day("2026-07-15"));
    return p;
}

std::string messages(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message + "\n";
    return out;
}

// The commented example person of the roster template, uncommented.
std::string uncommented_example(const std::string& roster) {
    std::string out = "people:\n";
    std::size_t at = roster.find("# people:\n");
    REQUIRE(at != std::string::npos);
    at += std::string("# people:\n").size();
    while (at < roster.size()) {
        const std::size_t nl = roster.find('\n', at);
        const std::string line = roster.substr(at, nl - at);
        at = nl + 1;
        if (line.rfind("#   ", 0) != 0) break;
        out += line.substr(2) + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("program_template: parses without a diagnostic and validates, with what init filled in") {
    const NewProgram np = new_program();
    REQUIRE_FALSE(np.year.holidays.empty());
    REQUIRE_FALSE(np.year.breaks.empty());
    const ParsedProgram parsed = parse_program(program_template(np), "program.toml");
    INFO(messages(parsed.diagnostics));
    CHECK(parsed.diagnostics.empty());
    const Program& p = parsed.program;
    CHECK(p.id == "lincoln");
    CHECK(p.name == np.name);
    CHECK(p.timezone == "America/Chicago");
    CHECK(p.term.start == np.year.start);
    CHECK(p.term.end == np.year.end);
    CHECK(p.term.holidays == np.year.holidays);
    REQUIRE(p.term.breaks.size() == np.year.breaks.size());
    for (std::size_t i = 0; i < p.term.breaks.size(); ++i) {
        CHECK(p.term.breaks[i].name == np.year.breaks[i].name);
        CHECK(p.term.breaks[i].start == np.year.breaks[i].start);
        CHECK(p.term.breaks[i].end == np.year.breaks[i].end);
    }
    const auto more = validate_program(p);
    INFO(messages(more));
    CHECK_FALSE(has_errors(more));
}

TEST_CASE("program_template: the settings it writes are the documented defaults") {
    const Program p = parse_program(program_template(new_program()), "program.toml").program;
    const Program defaults;
    CHECK(p.mode == Mode::one_to_one);
    CHECK(p.participation == Participation::mandatory);
    CHECK(p.duration == Duration{Duration::Unit::year, 1});
    CHECK(p.cadence.every_days == 7);
    CHECK(p.cadence.minutes == 45);
    CHECK(p.cadence.grace_days == 3);
    CHECK(p.cadence.max_per_day == 2);
    CHECK(p.cadence.observations == 3);
    CHECK(p.cadence.observation_spacing_days == 28);
    CHECK(p.matching.same_school == SameSchool::prefer);
    CHECK(p.matching.require_trained);
    CHECK(p.matching.exclude_supervisor);
    CHECK_FALSE(p.matching.allow_repeat);
    CHECK(p.matching.default_capacity == 1);
    CHECK(p.matching.peer_odd == PeerOdd::trio);
    for (std::string_view w : weight_names) {
        INFO(w);
        CHECK(weight_by_name(p.matching.weights, w) == weight_by_name(defaults.matching.weights, w));
    }
    CHECK(p.remind.horizon_days == 7);
    CHECK(p.remind.repeat_days == 7);
    CHECK(p.remind.from.empty());
    CHECK(p.remind.sendmail == "/usr/sbin/sendmail -t -oi");
    CHECK(p.stipend.currency == "USD");
    CHECK(p.stipend.hourly == 40.0);
    CHECK(p.stipend.workshop_hourly == 50.0);
    CHECK(p.stipend.planning_ratio == 2.0);
    CHECK(p.privacy.private_by_default);
    CHECK_FALSE(p.compliance.any());
}

TEST_CASE("program_template: a year without holidays or breaks still parses") {
    NewProgram np = new_program();
    np.year.holidays.clear();
    np.year.breaks.clear();
    const ParsedProgram parsed = parse_program(program_template(np), "program.toml");
    INFO(messages(parsed.diagnostics));
    CHECK(parsed.diagnostics.empty());
    CHECK(parsed.program.term.holidays.empty());
    CHECK(parsed.program.term.breaks.empty());
}

TEST_CASE("roster_template: an empty people list, with either YAML reader") {
    for (RosterReader how : {RosterReader::subset_only, RosterReader::general}) {
        const ParsedRoster r = parse_roster(roster_template(), "roster.yaml", how);
        INFO(messages(r.diagnostics));
        CHECK(r.diagnostics.empty());
        CHECK(r.roster.people.empty());
    }
}

TEST_CASE("roster_template: the example in its comments is a valid person once uncommented") {
    const std::string example = uncommented_example(roster_template());
    const ParsedRoster r = parse_roster(example, "roster.yaml");
    INFO(example << messages(r.diagnostics));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.roster.people.size() == 1);
    const Person& p = r.roster.people[0];
    CHECK(p.id == "asmith");
    CHECK(p.email == "asmith@example.org");
    CHECK(p.has(Role::mentee));
    CHECK(p.subjects == std::vector<std::string>{"math", "science"});
    CHECK(p.grades == std::vector<int>{3, 4});
    CHECK(p.availability.size() == 2);
    CHECK(p.supervisor == "pprincipal");
}

TEST_CASE("gitattributes_template and gitignore_template: union merge of the journal, local state ignored") {
    const std::string attrs = gitattributes_template();
    CHECK(attrs.find("\njournal/** merge=union\n") != std::string::npos);
    CHECK(attrs.find("\n*.toml text eol=lf\n") != std::string::npos);
    CHECK(attrs.find("\n*.yaml text eol=lf\n") != std::string::npos);
    const std::string ignore = gitignore_template();
    CHECK(ignore.find("\n.mentor/\n") != std::string::npos);
    CHECK(ignore.find("\n.*.tmp-*\n") != std::string::npos);
    // init appends missing lines: every line ends, none is blank.
    for (const std::string& t : {attrs, ignore}) {
        CHECK(t.back() == '\n');
        CHECK(t.find("\n\n") == std::string::npos);
    }
}

TEST_CASE("readme_template: titled with the program's name, tells to run mentor check") {
    const std::string readme = readme_template(new_program());
    CHECK(readme.rfind("# Lincoln \"North\" \\ mentoring\n", 0) == 0);
    CHECK(readme.find("    mentor check\n") != std::string::npos);
}
