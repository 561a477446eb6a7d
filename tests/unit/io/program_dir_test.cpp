#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "builders.hpp"
#include "mentor/domain/school_year.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/pairs_file.hpp"
#include "mentor/io/program_dir.hpp"
#include "mentor/io/store.hpp"
#include "mentor/io/templates.hpp"

using namespace mentor;
using test::day;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temp dir, removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "mentor-program-dir-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

void write(const fs::path& p, const std::string& text) { write_file_atomic(p, text); }

// What the program store loads from a directory on disk: every file, with its diagnostics.
LoadedProgram load_program(const ProgramDir& dir) { return ProgramStore(dir).loaded(); }
LoadedProgram load_valid_program(const ProgramDir& dir) { return ProgramStore(dir).valid(); }

std::string program_toml() {
    NewProgram np;
    np.id = "lincoln";
    np.name = "Lincoln";
    np.timezone = "UTC";
    np.year = default_school_year(day("2026-07-01"));
    return program_template(np);
}

const char* const roster_yaml =
    "people:\n"
    "  - id: jdoe\n"
    "    name: Jane Doe\n"
    "    roles: [mentor]\n"
    "    trained: 2026-08-10\n"
    "  - id: asmith\n"
    "    name: Ana Smith\n"
    "    roles: [mentee]\n";

std::string messages(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("ProgramDir::shown: names files as the user named the directory") {
    CHECK(ProgramDir{"/abs/school", ""}.shown("roster.yaml") == "/abs/school/roster.yaml");
    CHECK(ProgramDir{"/abs/school", "examples/school"}.shown("roster.yaml") == "examples/school/roster.yaml");
    CHECK(ProgramDir{"/abs/school", "."}.shown("roster.yaml") == "roster.yaml");
    CHECK(ProgramDir{"/abs/school", "./"}.shown("roster.yaml") == "roster.yaml");
    CHECK(ProgramDir{".", ""}.shown("pairs.tsv") == "pairs.tsv");
    CHECK(ProgramDir{"", ""}.shown("pairs.tsv") == "pairs.tsv");
    CHECK(ProgramDir{"/abs/school", ".."}.shown("program.toml") == "../program.toml");
}

TEST_CASE("find_program_dir: walks up from a subdirectory to the nearest program.toml") {
    const TempDir t;
    const fs::path program = t.path / "district" / "lincoln";
    const fs::path deep = program / "journal" / "2026" / "11";
    fs::create_directories(deep);
    write(program / "program.toml", "");
    CHECK(find_program_dir(deep) == program);
    CHECK(find_program_dir(program) == program);
    // The nearest one wins when programs nest.
    write(program / "journal" / "program.toml", "");
    CHECK(find_program_dir(deep) == program / "journal");
}

TEST_CASE("find_program_dir: nothing when no directory up to the root holds a program.toml") {
    const TempDir t;
    fs::create_directories(t.path / "a" / "b");
    // Nothing inside the temp dir holds one, so the walk goes past it (and normally finds nothing).
    const auto found = find_program_dir(t.path / "a" / "b");
    CHECK((!found || t.path.string().rfind(found->string(), 0) == 0));
    CHECK((!found || *found != t.path));
    CHECK_FALSE(find_program_dir("/proc/self/fdinfo"));
}

TEST_CASE("load_program: a program from init's templates and a small roster loads without a diagnostic") {
    const TempDir t;
    write(t.path / "program.toml", program_toml());
    write(t.path / "roster.yaml", roster_yaml);
    const LoadedProgram lp = load_program({t.path, ""});
    INFO(messages(lp.diagnostics));
    CHECK(lp.diagnostics.empty());
    CHECK(lp.program.id == "lincoln");
    CHECK(lp.roster.people.size() == 2);
    CHECK(lp.pairs.empty());
    CHECK(lp.program.source == (t.path / "program.toml").string());
}

TEST_CASE("load_program: missing files are diagnostics named as shown, not exceptions") {
    const TempDir t;
    LoadedProgram lp;
    REQUIRE_NOTHROW(lp = load_program({t.path, "school"}));
    REQUIRE(lp.diagnostics.size() == 2);
    CHECK(lp.diagnostics[0].file == "school/program.toml");
    CHECK(lp.diagnostics[0].message == "file not found");
    CHECK(lp.diagnostics[0].hint == "create it with `mentor init DIR`, or pass -C DIR");
    CHECK(lp.diagnostics[1].file == "school/roster.yaml");
    CHECK(lp.diagnostics[1].message == "file not found");
    const ProgramDir dir{t.path, "school"};
    CHECK_THROWS_AS(load_valid_program(dir), InputError);
}

TEST_CASE("load_program: diagnostics of every file come sorted, the pairs file's located") {
    const TempDir t;
    write(t.path / "program.toml", program_toml());
    write(t.path / "roster.yaml", roster_yaml);
    write(t.path / "pairs.tsv", std::string(pairs_header) + "\n# columns\nasmith\tjdoe\t2026-08-24\t\tx\t\t\n");
    const LoadedProgram lp = load_program({t.path, "."});
    REQUIRE(lp.diagnostics.size() == 1);
    CHECK(lp.diagnostics[0].file == "pairs.tsv");
    CHECK(lp.diagnostics[0].pos == SourcePos{3, 25});
    CHECK(lp.pairs.empty());
    try {
        load_valid_program({t.path, "."});
        FAIL("load_valid_program did not throw");
    } catch (const InputError& e) {
        REQUIRE(e.diagnostics().size() == 1);
        CHECK(e.diagnostics()[0].message == "score 'x' is not a number from -10000.00 to 10000.00");
    }
}

TEST_CASE("load_program: a valid pairs file is read and checked against the roster") {
    const TempDir t;
    write(t.path / "program.toml", program_toml());
    write(t.path / "roster.yaml", roster_yaml);
    write(t.path / "pairs.tsv", std::string(pairs_header) + "\n# columns\nasmith\tjdoe\t2026-08-24\t\t1.00\t\t\n"
                                                           "asmith\tghost\t2026-08-24\t\t1.00\t\t\n");
    const LoadedProgram lp = load_program({t.path, "."});
    CHECK(lp.pairs.size() == 2);
    CHECK(has_errors(lp.diagnostics));
    bool ghost = false;
    for (const auto& d : lp.diagnostics) ghost = ghost || (d.file == "pairs.tsv" && d.pos.line == 4);
    CHECK(ghost);
    std::vector<Diagnostic> sorted = lp.diagnostics;
    sort_diagnostics(sorted);
    CHECK(messages(sorted) == messages(lp.diagnostics));
}

TEST_CASE("load_valid_program: returns the program when there are only warnings or nothing") {
    const TempDir t;
    write(t.path / "program.toml", program_toml());
    write(t.path / "roster.yaml", roster_yaml);
    const LoadedProgram lp = load_valid_program({t.path, ""});
    CHECK(lp.roster.people.size() == 2);
    CHECK_FALSE(has_errors(lp.diagnostics));
}
