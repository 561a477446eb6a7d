#include "mentor/io/journal_format.hpp"

#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "mentor/domain/terms.hpp"

namespace mentor {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ") {
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

std::string in_quotes(std::string_view s) { return fmt::format("\"{}\"", s); }

// The details after the kind, in a fixed order, each after ", ".
void append_details(std::string& out, const Entry& e) {
    auto item = [&out]() -> std::string& {
        out += ", ";
        return out;
    };
    switch (e.kind) {
        case EntryKind::observation:
            item() += e.observer;
            out += " observed ";
            out += e.observed;
            if (!e.class_name.empty()) item() += "class " + in_quotes(e.class_name);
            break;
        case EntryKind::workshop:
            fmt::format_to(std::back_inserter(item()), "{} attendee{}{}", e.attendees.size(),
                           e.attendees.size() == 1 ? "" : "s",
                           e.attendees.empty() ? "" : " (" + join(e.attendees) + ")");
            break;
        case EntryKind::goal_add:
            item() += "goal " + e.goal;
            item() += in_quotes(e.definition.what);
            break;
        case EntryKind::goal_progress:
            item() += "goal " + e.goal + " at " + (e.value ? format_value(*e.value) : "?");
            break;
        case EntryKind::goal_done: item() += "goal " + e.goal + " met"; break;
        case EntryKind::goal_drop: item() += "goal " + e.goal + " dropped"; break;
        default: break;
    }
    if (!e.focus.empty() && e.kind != EntryKind::goal_add) item() += "focus " + join(e.focus);
    if (e.minutes > 0) fmt::format_to(std::back_inserter(item()), "{} min", e.minutes);
    if (!e.goals.empty()) item() += "goals " + join(e.goals);
    if (e.has_pair() ? e.by != e.mentor : e.by != e.person) item() += "by " + e.by;
    item() += e.is_private ? "private" : "shared";
    if (!e.sealed.empty()) out += ", sealed";
    if (e.is_correction()) item() += "corrects " + join(e.supersedes);
}

void text_entry(std::string& out, const Entry& e, std::string_view viewer) {
    out += e.date.iso();
    out += ' ';
    out += kind_name(e.kind);
    out += ' ';
    if (e.has_pair()) {
        out += e.mentor;
        out += '/';
        out += e.is_group_session() ? join(e.mentees, ",") : e.mentee;
    } else {
        out += e.person;
    }
    append_details(out, e);
    out += " [";
    out += e.id;
    out += "]\n";
    if (!has_text(e)) return;
    if (!shows_text(e, viewer)) {
        out += "    (private text)\n";
        return;
    }
    std::size_t at = 0;
    while (at <= e.text.size()) {
        const std::size_t nl = std::min(e.text.find('\n', at), e.text.size());
        if (nl > at) out += "    ";
        out.append(e.text, at, nl - at);
        out += '\n';
        at = nl + 1;
    }
}

void json_entry(JsonWriter& w, const Entry& e, std::string_view viewer) {
    w.begin_object();
    w.key("id"); w.value(e.id);
    w.key("date"); w.value(e.date.iso());
    w.key("kind"); w.value(kind_name(e.kind));
    w.key("by"); w.value(e.by);
    auto opt = [&](std::string_view key, const std::string& v) {
        if (v.empty()) return;
        w.key(key);
        w.value(v);
    };
    opt("mentor", e.mentor);
    opt("mentee", e.mentee);
    if (!e.mentees.empty()) { w.key("mentees"); w.string_array(e.mentees); }
    opt("person", e.person);
    opt("observer", e.observer);
    opt("observed", e.observed);
    opt("class", e.class_name);
    if (!e.focus.empty()) { w.key("focus"); w.string_array(e.focus); }
    if (!e.attendees.empty()) { w.key("attendees"); w.string_array(e.attendees); }
    opt("goal", e.goal);
    if (e.kind == EntryKind::goal_add) {
        const GoalDefinition& d = e.definition;
        w.key("what"); w.value(d.what);
        opt("measure", d.measure);
        opt("unit", d.unit);
        if (d.baseline) { w.key("baseline"); w.value(*d.baseline); }
        if (d.target) { w.key("target"); w.value(*d.target); }
        if (d.due) { w.key("due"); w.value(d.due->iso()); }
    }
    if (e.value) { w.key("value"); w.value(*e.value); }
    w.key("minutes"); w.value(e.minutes);
    w.key("goals"); w.string_array(e.goals);
    w.key("visibility"); w.value(e.is_private ? "private" : "shared");
    if (!e.sealed.empty()) { w.key("sealed"); w.value(true); }
    if (e.is_correction()) { w.key("supersedes"); w.string_array(e.supersedes); }
    w.key("text");
    if (!has_text(e) || shows_text(e, viewer)) w.value(e.text);
    else w.null();
    w.end_object();
}

// The keys `goal list` and `goal show` share, in this order.
void goal_json_fields(JsonWriter& w, const Goal& g, Date today) {
    const GoalDefinition& d = g.definition;
    const PaceEstimate pace = estimate_pace(g, today);
    auto num = [&](std::string_view key, const std::optional<double>& v) {
        w.key(key);
        if (v) w.value(*v);
        else w.null();
    };
    w.key("id"); w.value(g.id);
    w.key("person"); w.value(g.owner);
    w.key("status"); w.value(goal_status_name(g.status(today)));
    w.key("what"); w.value(d.what);
    w.key("measure"); w.value(d.measure);
    w.key("unit"); w.value(d.unit);
    num("baseline", d.baseline);
    num("target", d.target);
    num("latest", g.latest());
    w.key("due");
    if (d.due) w.value(d.due->iso());
    else w.null();
    w.key("added"); w.value(g.added.iso());
    w.key("pace"); w.value(pace_name(pace.pace));
    num("expected", pace.expected);
    w.key("focus"); w.string_array(g.focus);
}

std::string value_or_dash(const std::optional<double>& v) { return v ? format_value(*v) : "-"; }

}  // namespace

std::string format_entries(const std::vector<const Entry*>& entries, Format format, std::string_view viewer) {
    std::string out;
    switch (format) {
        case Format::text:
            for (const Entry* e : entries) text_entry(out, *e, viewer);
            return out;
        case Format::json: {
            JsonWriter w;
            w.begin_array();
            for (const Entry* e : entries) json_entry(w, *e, viewer);
            w.end_array();
            return w.finish();
        }
        case Format::csv: {
            const std::vector<std::string> header = {"id",     "date",    "kind",  "by",         "mentor", "mentee",
                                                     "person", "minutes", "goals", "visibility", "text"};
            out += csv_record(header);
            for (const Entry* e : entries) {
                const std::vector<std::string> row = {e->id,     e->date.iso(), std::string(kind_name(e->kind)),
                                                      e->by,     e->mentor,
                                                      e->is_group_session() ? join(e->mentees, " ") : e->mentee,
                                                      e->person, fmt::format("{}", e->minutes),
                                                      join(e->goals, " "),
                                                      e->is_private ? "private" : "shared",
                                                      shows_text(*e, viewer) ? e->text : std::string()};
                out += csv_record(row);
            }
            return out;
        }
    }
    return out;
}

std::string format_goal_list(const std::vector<const Goal*>& goals, Format format, Date today) {
    switch (format) {
        case Format::text: {
            if (goals.empty()) return "no goals\n";
            const std::vector<std::string> header = {"GOAL", "PERSON", "STATUS", "DUE", "BASELINE", "LATEST",
                                                     "TARGET", "PACE", "WHAT"};
            std::vector<std::vector<std::string>> rows;
            for (const Goal* g : goals) {
                const GoalDefinition& d = g->definition;
                const GoalStatus status = g->status(today);
                const std::string pace =
                    status == GoalStatus::active ? std::string(pace_name(estimate_pace(*g, today).pace)) : "-";
                rows.push_back({g->id, g->owner, std::string(goal_status_name(status)), d.due ? d.due->iso() : "-",
                                value_or_dash(d.baseline), value_or_dash(g->latest()), value_or_dash(d.target), pace,
                                d.what});
            }
            return text_table(header, rows);
        }
        case Format::json: {
            JsonWriter w;
            w.begin_array();
            for (const Goal* g : goals) {
                w.begin_object();
                goal_json_fields(w, *g, today);
                w.end_object();
            }
            w.end_array();
            return w.finish();
        }
        case Format::csv: {
            std::string out = csv_record(std::vector<std::string>{"id", "person", "status", "due", "baseline", "latest",
                                                                  "target", "unit", "pace", "what", "measure"});
            for (const Goal* g : goals) {
                const GoalDefinition& d = g->definition;
                auto num = [](const std::optional<double>& v) { return v ? format_value(*v) : std::string(); };
                out += csv_record(std::vector<std::string>{
                    g->id, g->owner, std::string(goal_status_name(g->status(today))), d.due ? d.due->iso() : "",
                    num(d.baseline), num(g->latest()), num(d.target), d.unit,
                    std::string(pace_name(estimate_pace(*g, today).pace)), d.what, d.measure});
            }
            return out;
        }
    }
    return {};
}

std::string format_goal_detail(const Goal& g, const std::vector<const Entry*>& events, const Program& program,
                               Format format, Date today, std::string_view viewer) {
    const GoalDefinition& d = g.definition;
    const PaceEstimate pace = estimate_pace(g, today);
    const std::vector<std::string> warnings = smart_warnings(d, term_of_day(program, g.added));
    const GoalStatus status = g.status(today);
    auto unit = [&](double v) { return format_value(v) + (d.unit.empty() ? "" : " " + d.unit); };
    if (format == Format::json) {
        JsonWriter w;
        w.begin_object();
        goal_json_fields(w, g, today);
        w.key("by"); w.value(g.by);
        auto num = [&](std::string_view key, const std::optional<double>& v) {
            w.key(key);
            if (v) w.value(*v);
            else w.null();
        };
        w.key("milestones");
        w.begin_array();
        for (const Milestone& m : d.milestones) {
            w.begin_object();
            w.key("date"); w.value(m.date.iso());
            num("value", m.value);
            w.key("text"); w.value(m.text);
            w.key("reached"); w.value(milestone_reached(g, m));
            w.end_object();
        }
        w.end_array();
        w.key("warnings"); w.string_array(warnings);
        w.key("events");
        w.begin_array();
        for (const Entry* e : events) json_entry(w, *e, viewer);
        w.end_array();
        w.end_object();
        return w.finish();
    }
    std::string out;
    out += fmt::format("goal {} for {}: {}\n", g.id, g.owner, d.what);
    out += fmt::format("  status:    {}", goal_status_name(status));
    if (g.closed) out += fmt::format(" (since {})", g.closed->iso());
    out += "\n";
    out += fmt::format("  added:     {} by {}\n", g.added.iso(), g.by);
    out += fmt::format("  measure:   {}\n", d.measure.empty() ? "-" : d.measure);
    out += fmt::format("  baseline:  {}\n", d.baseline ? unit(*d.baseline) : "-");
    out += fmt::format("  target:    {}\n", d.target ? unit(*d.target) : "-");
    out += fmt::format("  due:       {}\n", d.due ? d.due->iso() : "-");
    if (!g.focus.empty()) out += fmt::format("  focus:     {}\n", join(g.focus));
    out += fmt::format("  latest:    {}\n", g.latest() ? unit(*g.latest()) + " on " + g.progress.back().date.iso()
                                                        : std::string("no progress recorded"));
    if (status == GoalStatus::active) {
        out += fmt::format("  pace:      {}", pace_name(pace.pace));
        if (pace.expected && pace.pace != Pace::reached) {
            out += fmt::format(" (the line from baseline to target expects {})",
                              format_value(std::round(*pace.expected * 10) / 10));
        }
        out += "\n";
    }
    for (const std::string& w : warnings) out += fmt::format("  warning:   {}\n", w);
    if (!d.milestones.empty()) {
        out += "milestones:\n";
        for (const Milestone& m : d.milestones) {
            const bool reached = milestone_reached(g, m);
            const std::string state = reached ? "reached" : m.date < today ? "overdue" : "ahead";
            out += fmt::format("  {} {}{}{} ({})\n", m.date.iso(), m.value ? unit(*m.value) : "",
                               m.value && !m.text.empty() ? " " : "", m.text, state);
        }
    }
    if (!events.empty()) {
        out += "history:\n";
        for (const Entry* e : events) {
            std::string line = fmt::format("  {} {}", e->date.iso(), kind_name(e->kind));
            if (e->value) line += " " + unit(*e->value);
            line += " by " + e->by;
            if (has_text(*e)) {
                if (shows_text(*e, viewer)) {
                    std::string text = e->text;
                    for (char& c : text) {
                        if (c == '\n') c = ' ';
                    }
                    line += ": " + text;
                } else {
                    line += " (private text)";
                }
            }
            out += line + "\n";
        }
    }
    return out;
}

}  // namespace mentor
