// The user's config.toml: the few settings that belong to a person and a machine, not to a program.
#include "mentor/io/user_config.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/disk.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

constexpr std::array<std::string_view, 4> known_keys{"user", "sendmail", "color", "pager"};
constexpr std::size_t max_value_bytes = 4096;

SourcePos pos_of(const toml::source_region& r) {
    return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

}  // namespace

std::optional<ColorMode> parse_color_mode(std::string_view word) {
    if (word == "auto") return ColorMode::automatic;
    if (word == "always") return ColorMode::always;
    if (word == "never") return ColorMode::never;
    return std::nullopt;
}

std::string_view color_mode_name(ColorMode mode) {
    switch (mode) {
        case ColorMode::always: return "always";
        case ColorMode::never: return "never";
        case ColorMode::automatic: break;
    }
    return "auto";
}

ParsedUserConfig parse_user_config(std::string_view text, const std::string& source) {
    ParsedUserConfig out;
    Diagnostics d(source);
    if (!check_file_text(text, d)) {
        out.diagnostics = d.take();
        return out;
    }
    toml::table root;
    try {
        root = toml::parse(text, std::string_view(source));
    } catch (const toml::parse_error& e) {
        d.error(pos_of(e.source()), fmt::format("TOML syntax error: {}", e.description()),
                "write each setting as key = \"value\", e.g. pager = \"less -FRX\"");
        out.diagnostics = d.take();
        return out;
    }
    for (auto&& [k, v] : root) {
        const std::string_view key = k.str();
        const SourcePos at = pos_of(k.source());
        if (std::find(known_keys.begin(), known_keys.end(), key) == known_keys.end()) {
            const std::string best = closest_match(key, known_keys);
            d.error(at, fmt::format("unknown key '{}' in the user config", key),
                    best.empty() ? fmt::format("known keys: {}", fmt::join(known_keys, ", "))
                                 : fmt::format("did you mean '{}'?", best));
            continue;
        }
        const auto* s = v.as_string();
        if (s == nullptr) {
            d.error(pos_of(v.source()), fmt::format("{} must be a string in double quotes", key),
                    key == "color" ? "write color = \"auto\", \"always\" or \"never\"" : "put the value in double quotes");
            continue;
        }
        const std::string& value = s->get();
        if (value.size() > max_value_bytes) {
            d.error(pos_of(v.source()), fmt::format("{} is longer than {} bytes", key, max_value_bytes), "shorten it");
            continue;
        }
        if (const auto fault = find_text_fault(value, Controls::none)) {
            d.error(pos_of(v.source()), fmt::format("{}: {}", key, fault->message), "write it on one line, without control characters");
            continue;
        }
        const int line = at.line;
        if (key == "user") {
            if (value.empty()) d.error(pos_of(v.source()), "user is empty", "give your roster id, or leave the key out");
            else out.config.user = value, out.config.user_line = line;
        } else if (key == "sendmail") {
            if (value.empty()) d.error(pos_of(v.source()), "sendmail is empty", "give a command such as \"msmtp -t\", or leave the key out");
            else out.config.sendmail = value, out.config.sendmail_line = line;
        } else if (key == "color") {
            if (const auto mode = parse_color_mode(value)) out.config.color = *mode, out.config.color_line = line;
            else d.error(pos_of(v.source()), fmt::format("color '{}' is not auto, always or never", value), "write color = \"auto\", \"always\" or \"never\"");
        } else {
            out.config.pager = value;
            out.config.pager_line = line;
        }
    }
    out.diagnostics = d.take();
    sort_diagnostics(out.diagnostics);
    return out;
}

ParsedUserConfig read_user_config(const std::string& shown) {
    const std::filesystem::path path(shown);
    const std::unique_ptr<Disk> disk = real_disk();
    if (!disk->is_file(path)) return {};
    std::string text;
    try {
        text = disk->read(path);
    } catch (const SystemError& e) {
        throw SystemError(fmt::format("cannot read {}: {}", shown, e.what()), "check the file's permissions, or move it away");
    }
    ParsedUserConfig out = parse_user_config(text, shown);
    out.found = true;
    return out;
}

}  // namespace mentor
