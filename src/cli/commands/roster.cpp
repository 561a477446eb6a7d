// mentor roster list | show ID | import FILE.csv
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/person_format.hpp"

namespace mentor {

namespace {

struct ListOptions {
    std::string format = "text";
    std::string role;
    std::string school;
    std::string output;
};

struct ShowOptions {
    std::string id;
    std::string format = "text";
    std::string output;
};

int run_list(Context& ctx, const ListOptions& opt) {
    ProgramStore store = ctx.store();
    std::optional<Role> role;
    if (!opt.role.empty()) role = parse_role(opt.role);
    std::vector<const Person*> people;
    for (const auto& p : store.roster().people) {
        if (role && !p.has(*role)) continue;
        if (!opt.school.empty() && fold_value(p.school) != fold_value(opt.school)) continue;  // as typed
        people.push_back(&p);
    }
    std::sort(people.begin(), people.end(), [](const Person* a, const Person* b) { return a->id < b->id; });
    print_or_write(ctx, store, opt.output, format_people(people, format_option(opt.format)));
    return exit_code::ok;
}

int run_show(Context& ctx, const ShowOptions& opt) {
    ProgramStore store = ctx.store();
    const Person* p = &require_person(store.roster(), opt.id);
    print_or_write(ctx, store, opt.output, format_person(*p, format_option(opt.format)));
    return exit_code::ok;
}

}  // namespace

Runner add_roster(CLI::App& parent) {
    CLI::App* cmd = parent.add_subcommand("roster", "List, show and import the program's people");
    cmd->require_subcommand(1);

    auto list = std::make_shared<ListOptions>();
    CLI::App* list_cmd = cmd->add_subcommand("list", "List the people of the roster, sorted by id");
    add_format_option(*list_cmd, list->format, {"text", "json", "csv"});
    list_cmd->add_option("--role", list->role, "Only people with this role")
        ->check(CLI::IsMember({"mentor", "mentee", "coordinator", "supervisor"}))
        ->option_text("ROLE");
    list_cmd->add_option("--school", list->school, "Only people of this school")->option_text("SCHOOL");
    add_output_option(*list_cmd, list->output);

    auto show = std::make_shared<ShowOptions>();
    CLI::App* show_cmd = cmd->add_subcommand("show", "Show one person in full");
    show_cmd->add_option("ID", show->id, "The person's id")->required();
    add_format_option(*show_cmd, show->format, {"text", "json", "csv"});
    add_output_option(*show_cmd, show->output);

    Runner import = add_roster_import(*cmd);
    Runner screen = add_roster_screen(*cmd);

    return [=](Context& ctx) {
        if (list_cmd->parsed()) return run_list(ctx, *list);
        if (show_cmd->parsed()) return run_show(ctx, *show);
        if (cmd->get_subcommand("screen")->parsed()) return screen(ctx);
        return import(ctx);
    };
}

}  // namespace mentor
