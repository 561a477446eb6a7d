#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// How colour is decided: `auto` (on a terminal, unless NO_COLOR is set), `always`, `never`.
enum class ColorMode { automatic, always, never };

/// `auto`, `always` or `never`; nothing for any other word.
std::optional<ColorMode> parse_color_mode(std::string_view word);
/// The word for a mode, as `--color` and config.toml take it.
std::string_view color_mode_name(ColorMode mode);

/// The user's own settings for this machine: `$XDG_CONFIG_HOME/mentor/config.toml` (else
/// `~/.config/mentor/config.toml`). Each is unset when the file does not set it.
struct UserConfig {
    std::optional<std::string> user;      ///< the default identity: a roster id
    std::optional<std::string> sendmail;  ///< overrides program.toml's [remind] sendmail
    std::optional<ColorMode> color;
    std::optional<std::string> pager;     ///< the pager command; "" turns the pager off
    int user_line = 0, sendmail_line = 0, color_line = 0, pager_line = 0;  ///< where each was set
};

struct ParsedUserConfig {
    UserConfig config;
    std::vector<Diagnostic> diagnostics;
    bool found = false;  ///< read_user_config: the file exists
};

/// Parses config.toml's text; `source` names the file in diagnostics. Unknown keys, wrong
/// types, text that is not clean UTF-8 and bad values are errors at their line and column.
ParsedUserConfig parse_user_config(std::string_view text, const std::string& source);

/// Reads and parses the config file at `path` (the one file outside a program directory that
/// mentor reads; it is only ever read): nothing set, and not `found`, when there is no such
/// file. Throws SystemError when it exists and cannot be read.
ParsedUserConfig read_user_config(const std::string& path);

}  // namespace mentor
