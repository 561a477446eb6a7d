#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// Exit statuses `mentor` documents in mentor(1).
namespace exit_code {
inline constexpr int ok = 0;
inline constexpr int bad_data = 1;
inline constexpr int usage = 2;
inline constexpr int not_found = 3;
inline constexpr int system = 4;
}  // namespace exit_code

/// Base of every error `mentor` reports: a message, an optional fix, and an exit status.
class Error : public std::runtime_error {
public:
    Error(int status, const std::string& message, std::string hint = {})
        : std::runtime_error(message), status_(status), hint_(std::move(hint)) {}
    int status() const { return status_; }
    const std::string& hint() const { return hint_; }

private:
    int status_;
    std::string hint_;
};

/// Bad data in a file: carries every located diagnostic found (exit 1).
class InputError : public Error {
public:
    explicit InputError(std::vector<Diagnostic> diags)
        : Error(exit_code::bad_data, "invalid input"), diagnostics_(std::move(diags)) {}
    InputError(const std::string& message, std::string hint)
        : Error(exit_code::bad_data, message, std::move(hint)) {}
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

/// A command line that cannot be run as written (exit 2).
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message, std::string hint = {})
        : Error(exit_code::usage, message, std::move(hint)) {}
};

/// Something named on the command line does not exist: a person, a program directory (exit 3).
class NotFoundError : public Error {
public:
    explicit NotFoundError(const std::string& message, std::string hint = {})
        : Error(exit_code::not_found, message, std::move(hint)) {}
};

/// The operating system refused: a file that cannot be read, written or renamed (exit 4).
class SystemError : public Error {
public:
    explicit SystemError(const std::string& message, std::string hint = {})
        : Error(exit_code::system, message, std::move(hint)) {}
};

}  // namespace mentor
