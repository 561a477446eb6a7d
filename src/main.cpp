#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <unistd.h>

#include "app.hpp"
#include "mentor/io/error.hpp"

namespace {

// The environment variables mentor reads; nothing below main() calls getenv().
constexpr const char* variables[] = {"MENTOR_DIR", "MENTOR_TODAY", "MENTOR_USER", "NO_COLOR",
                                     "TERM",       "VISUAL",       "EDITOR"};

// The local calendar date of the system clock.
mentor::Date clock_today() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return mentor::Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace

int main(int argc, char** argv) {
    mentor::Context ctx{std::cout, std::cerr,           {}, {}, clock_today(), isatty(STDERR_FILENO) == 1,
                        &std::cin, isatty(STDIN_FILENO) == 1, {}, {}};
    for (const char* name : variables) {
        if (const char* value = std::getenv(name)) ctx.env.emplace(name, value);
    }
    std::error_code ec;
    ctx.cwd = std::filesystem::current_path(ec);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const int status = mentor::run_mentor(args, ctx);
    std::cout.flush();
    if (!std::cout.good()) {
        std::cerr << "mentor: error: cannot write to standard output\n";
        return mentor::exit_code::system;
    }
    return status;
}
