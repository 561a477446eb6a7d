#include "complete.hpp"

#include <algorithm>
#include <set>

#include <CLI/CLI.hpp>

#include "mentor/domain/remind.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

enum class Ids { none, person, goal };

bool visible(const CLI::App* sub) { return !sub->get_group().empty() && !sub->get_name().empty(); }

bool takes_value(const CLI::Option* opt) { return opt->get_type_size_max() > 0 || opt->get_expected_max() > 0; }

// The option named `word` (`--name`, `--name=value`, `-x`) on `cmd` or a command above it.
const CLI::Option* find_option(const CLI::App* cmd, std::string word) {
    if (const auto eq = word.find('='); eq != std::string::npos) word.resize(eq);
    for (const CLI::App* at = cmd; at != nullptr; at = at->get_parent()) {
        for (const CLI::Option* opt : at->get_options()) {
            if (opt->get_lnames().empty() && opt->get_snames().empty()) continue;  // a positional
            if (opt->check_name(word)) return opt;
        }
    }
    return nullptr;
}

// Which ids an option or positional takes, read from how it is declared: a positional named
// PERSON or ID (a person), GOAL (a goal); an option shown as ID (`--goal ID` is a goal,
// `--id ID` chooses a new id and completes nothing) or MENTOR,MENTEE.
Ids id_kind(const CLI::Option* opt) {
    const std::string text = opt->get_option_text();
    if (opt->get_lnames().empty() && opt->get_snames().empty()) {
        const std::string& name = opt->get_name();
        if (name == "PERSON" || name == "ID") return Ids::person;
        if (name == "GOAL") return Ids::goal;
        return Ids::none;
    }
    if (opt->check_lname("goal")) return Ids::goal;
    if (opt->check_lname("id")) return Ids::none;
    if (text == "ID" || text == "MENTOR,MENTEE") return Ids::person;
    return Ids::none;
}

// The values an option accepts when it is limited to a set (CLI::IsMember describes itself as
// "{a,b,c}" in the option's type name).
std::vector<std::string> member_values(const CLI::Option* opt) {
    std::vector<std::string> out;
    const std::string type = opt->get_type_name();
    const auto open = type.find('{');
    const auto close = type.find('}', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos) return out;
    std::string value;
    for (std::size_t i = open + 1; i <= close; ++i) {
        if (type[i] == ',' || i == close) {
            if (!value.empty()) out.push_back(value);
            value.clear();
        } else {
            value += type[i];
        }
    }
    return out;
}

std::vector<std::string> ids_of(Context& ctx, Ids kind) {
    std::vector<std::string> out;
    if (kind == Ids::none) return out;
    try {
        ProgramStore store = ctx.store();
        if (kind == Ids::person) {
            for (const Person& p : store.loaded().roster.people) out.push_back(p.id);
        } else {
            // Goals of the term and the year before, as `remind` reads them: not the whole history.
            const Date since = goals_since(store.loaded().program.term);
            for (const Goal& g : fold_goals(store.journal(JournalQuery::goal_events_from(since)).entries)) out.push_back(g.id);
        }
    } catch (const std::exception&) {
        out.clear();  // no program, or one that does not read: nothing to offer
    }
    return out;
}

}  // namespace

int run_complete(const CLI::App& app, const std::vector<std::string>& words, Context& ctx) {
    if (words.empty()) return exit_code::ok;
    const std::string& current = words.back();
    const CLI::App* cmd = &app;
    const CLI::Option* pending = nullptr;  // the option whose value the next word is
    std::size_t positionals = 0;
    bool only_positionals = false;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& w = words[i];
        if (pending != nullptr) {
            if (pending->check_sname("C")) ctx.dir_option = w;  // ids of the program named
            pending = nullptr;
            continue;
        }
        if (w == "--") {
            only_positionals = true;
            continue;
        }
        if (!only_positionals && w.size() > 1 && w[0] == '-') {
            const CLI::Option* opt = find_option(cmd, w);
            if (opt != nullptr && takes_value(opt) && w.find('=') == std::string::npos) pending = opt;
            continue;
        }
        const auto subs = cmd->get_subcommands([&](const CLI::App* s) { return s->get_name() == w; });
        if (!subs.empty() && positionals == 0) {
            cmd = subs.front();
            continue;
        }
        ++positionals;
    }

    std::vector<std::string> candidates;
    std::string prefix;  // kept before each candidate: ids after a comma, values after --opt=
    std::string typed = current;
    auto values_of = [&](const CLI::Option* opt) {
        std::vector<std::string> values = member_values(opt);
        if (values.empty()) values = ids_of(ctx, id_kind(opt));
        // ID,ID,... lists: complete the last one
        if (const auto comma = typed.rfind(','); comma != std::string::npos && id_kind(opt) == Ids::person) {
            prefix += typed.substr(0, comma + 1);
            typed.erase(0, comma + 1);
        }
        return values;
    };

    if (pending != nullptr) {
        candidates = values_of(pending);
    } else if (!only_positionals && !current.empty() && current[0] == '-') {
        if (const auto eq = current.find('='); eq != std::string::npos) {
            if (const CLI::Option* opt = find_option(cmd, current)) {
                prefix = current.substr(0, eq + 1);
                typed = current.substr(eq + 1);
                candidates = values_of(opt);
            }
        } else {
            for (const CLI::App* at = cmd; at != nullptr; at = at->get_parent()) {
                for (const CLI::Option* opt : at->get_options()) {
                    for (const std::string& l : opt->get_lnames()) candidates.push_back("--" + l);
                    for (const std::string& s : opt->get_snames()) candidates.push_back("-" + s);
                }
            }
        }
    } else {
        const auto subs = cmd->get_subcommands(visible);
        if (!subs.empty() && positionals == 0) {
            for (const CLI::App* s : subs) candidates.push_back(s->get_name());
        } else {
            std::vector<const CLI::Option*> slots;
            for (const CLI::Option* opt : cmd->get_options()) {
                if (opt->get_lnames().empty() && opt->get_snames().empty() && opt->get_positional()) slots.push_back(opt);
            }
            if (positionals < slots.size()) candidates = values_of(slots[positionals]);
        }
    }

    std::set<std::string> sorted;
    for (const std::string& c : candidates) {
        if (c.compare(0, typed.size(), typed) == 0) sorted.insert(prefix + c);
    }
    for (const std::string& c : sorted) ctx.out << c << '\n';
    return exit_code::ok;
}

}  // namespace mentor
