#include <catch2/catch.hpp>

#include <sstream>

#include "app.hpp"
#include "mentor/io/error.hpp"

using namespace mentor;

namespace {

struct Run {
    int status;
    std::string out;
    std::string err;
};

Run run(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    std::ostringstream out, err;
    Context ctx{out, err, std::move(env), MENTOR_SOURCE_DIR, *parse_date("2026-11-23"), false, nullptr, false, {}, {}};
    const int status = run_mentor(args, ctx);
    return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("run_mentor: exit statuses for usage, not found and bad data") {
    CHECK(run({}).status == exit_code::usage);
    CHECK(run({"chek"}).status == exit_code::usage);
    CHECK(run({"--today", "2026-02-30", "check"}).status == exit_code::usage);
    CHECK(run({"check"}).status == exit_code::not_found);  // the source tree holds no program.toml
    CHECK(run({"-C", "examples/school", "roster", "show", "nobody"}).status == exit_code::not_found);
    CHECK(run({"-C", "examples/school", "check", "-q"}).status == exit_code::ok);
}

TEST_CASE("run_mentor: -C beats MENTOR_DIR, which beats the working directory") {
    const auto r = run({"check", "-q"}, {{"MENTOR_DIR", "examples/school"}});
    CHECK(r.status == exit_code::ok);
    CHECK(r.err.empty());
    const auto bad = run({"-C", "nowhere", "check"}, {{"MENTOR_DIR", "examples/school"}});
    CHECK(bad.status == exit_code::not_found);
    CHECK(bad.err == "mentor: error: nowhere has no program.toml (from -C)\n"
                     "  hint: create one with `mentor init DIR`, or point -C at a program directory\n");
}

TEST_CASE("Context::today: --today, then MENTOR_TODAY, then the clock") {
    std::ostringstream out, err;
    Context ctx{out, err, {}, ".", *parse_date("2026-11-23"), false, nullptr, false, {}, {}};
    CHECK(ctx.today().iso() == "2026-11-23");
    ctx.env["MENTOR_TODAY"] = "2027-01-04";
    CHECK(ctx.today().iso() == "2027-01-04");
    ctx.today_option = "2027-02-01";
    CHECK(ctx.today().iso() == "2027-02-01");
    ctx.today_option = "soon";
    CHECK_THROWS_AS(ctx.today(), UsageError);
}

TEST_CASE("Context::color: only on a terminal, never with NO_COLOR or TERM=dumb") {
    std::ostringstream out, err;
    Context ctx{out, err, {}, ".", Date{}, true, nullptr, false, {}, {}};
    CHECK(ctx.color());
    ctx.env["NO_COLOR"] = "1";
    CHECK_FALSE(ctx.color());
    ctx.env.erase("NO_COLOR");
    ctx.env["TERM"] = "dumb";
    CHECK_FALSE(ctx.color());
    ctx.err_is_tty = false;
    ctx.env.erase("TERM");
    CHECK_FALSE(ctx.color());
}

TEST_CASE("print_diagnostics: FILE:LINE:COL: severity: message, then the hint") {
    std::ostringstream out, err;
    Context ctx{out, err, {}, ".", Date{}, false, nullptr, false, {}, {}};
    print_diagnostics(ctx, {{Severity::error, "roster.yaml", {3, 7}, "bad", "fix it"},
                            {Severity::warning, "program.toml", {}, "odd", ""}});
    CHECK(err.str() == "roster.yaml:3:7: error: bad\n  hint: fix it\nprogram.toml: warning: odd\n");
}

TEST_CASE("run_mentor: command-line text is UTF-8 without control characters") {
    const auto bad = run({"-C", "examples/school", "log", "jdoe", "-m", "caf\xE9", "--dry-run"});
    CHECK(bad.status == exit_code::usage);
    CHECK(bad.err == "mentor: error: argument 6 of the command line: invalid UTF-8 (byte 0xE9)\n"
                     "  hint: type command-line text in UTF-8, without control characters\n");
    CHECK(run({"-C", "examples/school", "roster", "show", "asmith\x1b[2J"}).status == exit_code::usage);
    CHECK(run({"-C", "examples/school", "roster", "show", "nobody\r"}).status == exit_code::usage);
    // Line breaks and tabs are text in a note; the command then fails for its own reasons only.
    CHECK(run({"-C", "examples/school", "roster", "show", "no\tbody"}).status == exit_code::not_found);
}
