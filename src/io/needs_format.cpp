// The needs summary (for `mentor needs` and the report) and one person's needs.
#include "mentor/io/needs_format.hpp"

#include <fmt/format.h>

namespace mentor {

namespace {

std::string group_label(const NeedsGroup& g) { return g.key.empty() ? std::string("program") : g.key; }

std::string mean(const AreaNeeds& a) { return a.rated ? fmt::format("{:.2f}", static_cast<double>(a.total) / a.rated) : "-"; }

}  // namespace

ReportSection needs_section(const NeedsSummary& summary, int min_group) {
    ReportSection s{"Needs", {}, {"GROUP", "AREA", "RATED", "MEAN", "TOTAL", "TOP NEED OF"}, {}, "no needs rated yet"};
    int hidden = 0;
    for (const NeedsGroup& g : summary.groups) {
        if (g.rated < min_group) {
            if (!g.key.empty()) ++hidden;
            continue;
        }
        for (const AreaNeeds& a : g.areas) {
            s.rows.push_back({group_label(g), a.area, std::to_string(a.rated), mean(a), std::to_string(a.total), std::to_string(a.top)});
        }
    }
    const NeedsGroup& all = summary.groups.front();
    s.facts.emplace_back("Rated", fmt::format("{} of {} mentees on staff", all.rated, all.mentees));
    s.facts.emplace_back("Privacy", fmt::format("groups where at least {} mentees rated their needs; {} smaller groups not shown",
                                                min_group, hidden));
    return s;
}

void write_needs_json(JsonWriter& w, const NeedsSummary& summary, int min_group) {
    w.begin_object();
    w.key("min_group"); w.value(min_group);
    w.key("groups");
    w.begin_array();
    int hidden = 0;
    for (const NeedsGroup& g : summary.groups) {
        if (g.rated < min_group) {
            if (!g.key.empty()) ++hidden;
            continue;
        }
        w.begin_object();
        w.key("key"); w.value(g.key);
        w.key("mentees"); w.value(g.mentees);
        w.key("rated"); w.value(g.rated);
        w.key("areas");
        w.begin_array();
        for (const AreaNeeds& a : g.areas) {
            w.begin_object();
            w.key("area"); w.value(a.area);
            w.key("rated"); w.value(a.rated);
            w.key("total"); w.value(a.total);
            w.key("top"); w.value(a.top);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("hidden"); w.value(hidden);
    w.end_object();
}

std::string format_person_needs(const Person& p, const NeedsSettings& needs, bool json) {
    const std::vector<std::string> top = top_needs(p, needs);
    if (json) {
        JsonWriter w;
        w.begin_object();
        w.key("version"); w.value(1);
        w.key("person"); w.value(p.id);
        w.key("needs");
        w.begin_object();
        for (const auto& [area, level] : p.needs) {
            w.key(area);
            w.value(level);
        }
        w.end_object();
        w.key("top"); w.string_array(top);
        w.key("strengths"); w.string_array(p.strengths);
        w.end_object();
        return w.finish();
    }
    std::string out = fmt::format("{} ({})\n", p.id, p.name);
    if (p.needs.empty()) out += "  no needs rated\n";
    for (const auto& [area, level] : p.needs) out += fmt::format("  {:<24} {}/{}\n", area, level, needs.scale);
    out += fmt::format("highest needs: {}\n", top.empty() ? std::string("-") : fmt::format("{}", fmt::join(top, ", ")));
    if (!p.strengths.empty()) out += fmt::format("strengths: {}\n", fmt::join(p.strengths, ", "));
    return out;
}

}  // namespace mentor
