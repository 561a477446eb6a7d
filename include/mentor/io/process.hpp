#pragma once
#include <optional>
#include <string_view>
#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// How a child process ended and what it printed.
struct ProcessResult {
    int status = -1;     ///< exit status; 128 + N when killed by signal N; -1 when it could not start
    std::string out;
    std::string err;
    std::string error;   ///< why it could not start, when status is -1
};

/// Runs `argv` (searched on PATH, no shell in between) with `input` on its standard input and
/// captures its standard output and error. Never throws for a program that fails.
/// A command line as argv, without a shell: words split at blanks; single or double quotes
/// keep blanks in a word; a backslash keeps the next character. Nothing when a quote is not closed.
std::optional<std::vector<std::string>> split_words(std::string_view command);

ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input = {});

/// Runs `argv` on the caller's terminal (standard streams inherited) and waits; the exit status
/// as above.
int run_attached(const std::vector<std::string>& argv);

/// Runs `argv` with `input` on its standard input and the caller's standard output and error
/// (a pager on the terminal), and waits; the exit status as above, -1 when it could not start.
int run_with_input(const std::vector<std::string>& argv, std::string_view input);

}  // namespace mentor
