// The surveys' part of a report: response rates and mean ratings, never of a small group.
#include "mentor/io/report_surveys.hpp"

#include <fmt/format.h>

#include "mentor/io/needs_format.hpp"

namespace mentor {

namespace {

std::string rate(int part, int whole) {
    return whole > 0 ? fmt::format("{}%", (part * 100 + whole / 2) / whole) : std::string("-");
}

std::string window(const SurveyFigures& f) {
    return fmt::format("{} to {}{}", f.opens ? f.opens->iso() : std::string("-"), f.closes ? f.closes->iso() : std::string("-"),
                       f.open ? " (open)" : " (closed)");
}

std::vector<std::string> group_row(std::string label, const SurveyGroup& g) {
    std::vector<std::string> row{std::move(label), std::to_string(g.asked), std::to_string(g.answered), rate(g.answered, g.asked)};
    for (const QuestionFigures& q : g.questions) row.push_back(q.mean ? fmt::format("{:.2f}", *q.mean) : std::string("-"));
    return row;
}

void group_json(JsonWriter& w, const SurveyGroup& g) {
    w.begin_object();
    if (!g.key.empty()) {
        w.key("key"); w.value(g.key);
    }
    w.key("asked"); w.value(g.asked);
    w.key("answered"); w.value(g.answered);
    w.key("questions");
    w.begin_array();
    for (const QuestionFigures& q : g.questions) {
        w.begin_object();
        w.key("question"); w.value(q.question);
        w.key("answers"); w.value(q.answers);
        w.key("mean");
        if (q.mean) w.value(*q.mean);
        else w.null();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

void add_survey_sections(const Report& r, std::vector<ReportSection>& out) {
    if (r.needs) out.push_back(needs_section(*r.needs, r.min_group));
    for (const SurveyFigures& f : r.surveys) {
        ReportSection s{fmt::format("Survey: {}", f.title.empty() ? f.id : f.title), {}, {}, {}, "no one is asked"};
        s.facts.emplace_back("Survey", fmt::format("[survey.{}], {} survey of the {}", f.id, survey_kind_names.name_of(f.kind),
                                                   survey_audience_names.name_of(f.who)));
        s.facts.emplace_back("Window", window(f));
        s.facts.emplace_back("Answered", fmt::format("{} of {} asked ({}), counted on {}", f.program.answered, f.program.asked,
                                                     rate(f.program.answered, f.program.asked), f.as_of.iso()));
        if (f.kind == SurveyKind::feedback) {
            s.facts.emplace_back("Privacy", fmt::format("means of groups with at least {} answers; {} schools and {} mentors "
                                                        "with fewer not shown",
                                                        f.min_group, f.schools_hidden, f.mentors_hidden));
            s.header = {"GROUP", "ASKED", "ANSWERED", "RATE"};
            for (const QuestionFigures& q : f.program.questions) s.header.push_back(q.question);
            s.rows.push_back(group_row("program", f.program));
            for (const SurveyGroup& g : f.schools) s.rows.push_back(group_row("school " + g.key, g));
            for (const SurveyGroup& g : f.mentors) s.rows.push_back(group_row("mentor " + g.key, g));
        }
        out.push_back(std::move(s));
    }
}

void write_survey_json(JsonWriter& w, const Report& r) {
    if (r.needs) {
        w.key("needs");
        write_needs_json(w, *r.needs, r.min_group);
    }
    if (r.surveys.empty()) return;
    w.key("surveys");
    w.begin_array();
    for (const SurveyFigures& f : r.surveys) {
        w.begin_object();
        w.key("id"); w.value(f.id);
        w.key("kind"); w.value(survey_kind_names.name_of(f.kind));
        w.key("who"); w.value(survey_audience_names.name_of(f.who));
        w.key("opens");
        if (f.opens) w.value(f.opens->iso());
        else w.null();
        w.key("closes");
        if (f.closes) w.value(f.closes->iso());
        else w.null();
        w.key("open"); w.value(f.open);
        w.key("as_of"); w.value(f.as_of.iso());
        w.key("min_group"); w.value(f.min_group);
        w.key("program"); group_json(w, f.program);
        w.key("schools");
        w.begin_array();
        for (const SurveyGroup& g : f.schools) group_json(w, g);
        w.end_array();
        w.key("schools_hidden"); w.value(f.schools_hidden);
        w.key("mentors");
        w.begin_array();
        for (const SurveyGroup& g : f.mentors) group_json(w, g);
        w.end_array();
        w.key("mentors_hidden"); w.value(f.mentors_hidden);
        w.end_object();
    }
    w.end_array();
}

}  // namespace mentor
