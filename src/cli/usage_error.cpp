// CLI11's parse errors in mentor's own words, with "did you mean" for options and sub-commands.
#include "usage_error.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "mentor/domain/suggest.hpp"

namespace mentor {

namespace {

// The deepest command the user selected: `roster list` when they typed `mentor roster list ...`.
const CLI::App* selected_command(const CLI::App& app) {
    const CLI::App* cmd = &app;
    for (;;) {
        const auto subs = cmd->get_subcommands();
        if (subs.empty()) return cmd;
        cmd = subs.front();
    }
}

std::string path_of(const CLI::App* cmd) {
    std::string path;
    for (const CLI::App* at = cmd; at != nullptr; at = at->get_parent()) {
        path = path.empty() ? at->get_name() : at->get_name() + " " + path;
    }
    return path;
}

std::vector<std::string> subcommand_names(const CLI::App* cmd) {
    std::vector<std::string> names;
    for (const CLI::App* s : cmd->get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
        names.push_back(s->get_name());
    }
    return names;
}

// "add, list or show"
std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

std::string suggestion(const std::string& word, const std::vector<std::string>& names, const std::string& otherwise) {
    std::vector<std::string_view> views(names.begin(), names.end());
    const std::string best = closest_match(word, views);
    return best.empty() ? otherwise : fmt::format("did you mean '{}'?", best);
}

UsageMessage unknown_word(const CLI::App* cmd, std::string word) {
    const std::string path = path_of(cmd);
    const std::string help = fmt::format("see `{} --help`", path);
    if (word.size() > 1 && word[0] == '-') {
        if (const auto eq = word.find('='); eq != std::string::npos) word.resize(eq);
        std::vector<std::string> names;
        for (const CLI::App* at = cmd; at != nullptr; at = at->get_parent()) {
            for (const CLI::Option* opt : at->get_options()) {
                for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
                for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
            }
        }
        return {fmt::format("`{}` has no option '{}'", path, word), suggestion(word, names, help)};
    }
    const std::vector<std::string> subs = subcommand_names(cmd);
    if (!subs.empty() && cmd->get_subcommands().empty()) {
        return {fmt::format("`{}` has no command '{}'", path, word),
                suggestion(word, subs, fmt::format("the commands of `{}` are {}", path, listed(subs)))};
    }
    return {fmt::format("unexpected argument '{}' for `{}`", word, path), help};
}

}  // namespace

UsageMessage describe_parse_error(const CLI::App& app, const CLI::ParseError& e) {
    const CLI::App* cmd = selected_command(app);
    const std::string path = path_of(cmd);
    const std::string help = fmt::format("see `{} --help`", path);
    const std::vector<std::string> extras = app.remaining(true);
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr && !extras.empty()) return unknown_word(cmd, extras.front());
    if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
        const std::vector<std::string> subs = subcommand_names(cmd);
        if (!subs.empty() && cmd->get_subcommands().empty()) {
            for (const std::string& w : extras) {
                if (!w.empty() && w[0] != '-') return unknown_word(cmd, w);
            }
            return {fmt::format("`{}` needs a command: {}", path, listed(subs)), help};
        }
    }
    const std::string what = e.what();
    const auto colon = what.find(": ");
    if (colon != std::string::npos && what.starts_with("-")) {
        const std::string option = what.substr(0, colon);
        std::vector<std::string> values;
        if (const auto open = what.find('{'), close = what.rfind('}'); open != std::string::npos && close > open) {
            std::string value;
            for (std::size_t i = open + 1; i <= close; ++i) {
                if (what[i] == ',' || i == close) {
                    values.push_back(value);
                    value.clear();
                } else {
                    value += what[i];
                }
            }
        }
        // CLI::ArgumentMismatch: "--role: 1 required TEXT missing"
        if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr && what.ends_with(" missing")) {
            return {fmt::format("{} needs a value", option),
                    values.empty() ? help : fmt::format("give {}", listed(values))};
        }
        // CLI::IsMember: "--role: boss not in {mentor,mentee}"
        if (const auto not_in = what.find(" not in {"); not_in != std::string::npos && !values.empty() && not_in > colon) {
            const std::string value = what.substr(colon + 2, not_in - colon - 2);
            return {fmt::format("{} '{}' is not {}", option, value, listed(values)),
                    suggestion(value, values, help)};
        }
    }
    return {what, help};
}

}  // namespace mentor
