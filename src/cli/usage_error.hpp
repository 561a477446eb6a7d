#pragma once
#include <string>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace mentor {

/// A CLI11 parse error said the way mentor says everything else: a message and a hint.
struct UsageMessage {
    std::string message;
    std::string hint;
};

/// What went wrong with a command line CLI11 refused, after `app.parse` threw `e`: an unknown
/// option or sub-command named, with the closest known one as "did you mean", a missing
/// sub-command with the list of them, an option's value that is not allowed with the ones that are.
UsageMessage describe_parse_error(const CLI::App& app, const CLI::ParseError& e);

}  // namespace mentor
