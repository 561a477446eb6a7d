// mentor roster screen: every candidate mentor against the program's selection criteria.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/output.hpp"

namespace mentor {

namespace {

struct ScreenOptions {
    std::string format = "text";
    bool unqualified = false;
};

int run_screen(Context& ctx, const ScreenOptions& opt) {
    ProgramStore store = ctx.store();
    const Date today = ctx.today(store);
    const std::vector<MentorScreen> screens = store.screen_mentors(today);
    int qualified = 0;
    for (const MentorScreen& m : screens) qualified += m.qualified() ? 1 : 0;
    if (opt.format == "json") {
        JsonWriter w;
        w.begin_object();
        w.key("version"); w.value(1);
        w.key("day"); w.value(today.iso());
        w.key("qualified"); w.value(qualified);
        w.key("mentors");
        w.begin_array();
        for (const MentorScreen& m : screens) {
            if (opt.unqualified && m.qualified()) continue;
            w.begin_object();
            w.key("id"); w.value(m.id);
            w.key("qualified"); w.value(m.qualified());
            w.key("criteria");
            w.begin_array();
            for (const ScreenCriterion& c : m.criteria) {
                w.begin_object();
                w.key("criterion"); w.value(c.key);
                w.key("met"); w.value(c.met);
                w.key("detail"); w.value(c.detail);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.end_object();
        ctx.out << w.finish();
        return exit_code::ok;
    }
    std::vector<std::vector<std::string>> rows;
    for (const MentorScreen& m : screens) {
        if (opt.unqualified && m.qualified()) continue;
        if (m.criteria.empty()) rows.push_back({m.id, "qualified", "-", "no criteria"});
        for (std::size_t i = 0; i < m.criteria.size(); ++i) {
            const ScreenCriterion& c = m.criteria[i];
            rows.push_back({i == 0 ? m.id : "", i == 0 ? (m.qualified() ? "qualified" : "NOT QUALIFIED") : "",
                            fmt::format("{} {}", c.met ? "ok " : "no ", c.key), c.detail});
        }
    }
    ctx.out << fmt::format("{} of {} mentors qualified on {}\n", qualified, screens.size(), today.iso());
    if (!rows.empty()) ctx.out << text_table(std::vector<std::string>{"MENTOR", "STATUS", "CRITERION", "DETAIL"}, rows);
    return exit_code::ok;
}

}  // namespace

Runner add_roster_screen(CLI::App& roster) {
    auto opt = std::make_shared<ScreenOptions>();
    CLI::App* cmd = roster.add_subcommand("screen", "List every mentor as qualified or not under [selection], with reasons");
    add_format_option(*cmd, opt->format, {"text", "json"});
    cmd->add_flag("--unqualified", opt->unqualified, "Only mentors who are not qualified");
    return [opt](Context& ctx) { return run_screen(ctx, *opt); };
}

}  // namespace mentor
