// mentor config: the settings in effect for this user on this machine, and where each came from.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace {

struct Setting {
    std::string key;
    std::string value;
    std::string from;
    bool set = true;  ///< false: nothing sets it
};

std::vector<Setting> effective_settings(const Context& ctx) {
    std::vector<Setting> out;
    // The identity and the sendmail command also depend on the program in effect, if any.
    std::optional<ProgramStore> store;
    try {
        store.emplace(ctx.store());
    } catch (const NotFoundError&) {
    }
    Setting user{"user", "", "", false};
    if (!ctx.getenv("MENTOR_USER").empty()) user = {"user", ctx.getenv("MENTOR_USER"), "MENTOR_USER"};
    else if (ctx.config.user) user = {"user", *ctx.config.user, fmt::format("{}:{}", ctx.config_file, ctx.config.user_line)};
    else if (store) {
        try {
            const std::string id = find_user(ctx, store->loaded().roster, store->dir(), "");
            if (!id.empty()) user = {"user", id, "git config user.email"};
        } catch (const Error&) {
        }
    }
    if (!user.set) user.from = "nobody: pass --as ID, set MENTOR_USER, user in the config or git's user.email";
    out.push_back(user);

    if (!store && !ctx.config.sendmail) {
        out.push_back({"sendmail", "", "no program here, and none in the config", false});
    } else if (!store) {
        out.push_back({"sendmail", *ctx.config.sendmail, fmt::format("{}:{}", ctx.config_file, ctx.config.sendmail_line)});
    } else {
        const auto [command, from] = ctx.sendmail(store->loaded().program, store->shown("program.toml"));
        out.push_back({"sendmail", command, from});
    }
    const auto [color, color_from] = ctx.color_mode();
    out.push_back({"color", std::string(color_mode_name(color)), color_from});
    const auto [pager, pager_from] = ctx.pager();
    out.push_back({"pager", pager, pager_from});
    return out;
}

std::string format_text(const Context& ctx, const std::vector<Setting>& settings) {
    std::string out = ctx.config_file.empty() ? std::string("# config file: none (neither XDG_CONFIG_HOME nor HOME is set)\n")
                                              : fmt::format("# config file: {}{}\n", ctx.config_file,
                                                            ctx.config_found ? "" : " (not there)");
    for (const Setting& s : settings) {
        const std::string line = s.set ? fmt::format("{} = {}", s.key, json_quote(s.value)) : fmt::format("# {} is not set", s.key);
        out += fmt::format("{:<32} # {}\n", line, s.from);
    }
    return out;
}

std::string format_json(const Context& ctx, const std::vector<Setting>& settings) {
    JsonWriter w;
    w.begin_object();
    w.key("version");
    w.value(1);
    w.key("config_file");
    if (ctx.config_file.empty()) w.null();
    else w.value(ctx.config_file);
    w.key("config_found");
    w.value(ctx.config_found);
    w.key("settings");
    w.begin_object();
    for (const Setting& s : settings) {
        w.key(s.key);
        w.begin_object();
        w.key("value");
        if (s.set) w.value(s.value);
        else w.null();
        w.key("from");
        w.value(s.from);
        w.end_object();
    }
    w.end_object();
    w.end_object();
    return w.finish();
}

}  // namespace

Runner add_config(CLI::App& parent) {
    auto format = std::make_shared<std::string>("text");
    CLI::App* cmd = parent.add_subcommand("config", "Show the settings in effect (identity, sendmail, colour, pager) and where each came from");
    add_format_option(*cmd, *format, {"text", "json"});
    return [format](Context& ctx) {
        const std::vector<Setting> settings = effective_settings(ctx);
        ctx.out << (*format == "json" ? format_json(ctx, settings) : format_text(ctx, settings));
        return exit_code::ok;
    };
}

}  // namespace mentor
