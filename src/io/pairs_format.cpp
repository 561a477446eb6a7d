#include "mentor/io/pairs_format.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mentor {

namespace {

double as_number(int hundredths) { return hundredths / 100.0; }

}  // namespace

std::string format_pairs(const std::vector<Pair>& pairs, Format format) {
    switch (format) {
        case Format::json: {
            JsonWriter w;
            w.begin_array();
            for (const Pair& p : pairs) {
                w.begin_object();
                w.key("mentor"); w.value(p.mentor);
                w.key("mentee"); w.value(p.mentee);
                w.key("score"); w.value(as_number(p.score));
                w.key("start"); w.value(p.start.iso());
                w.key("end");
                if (p.end) w.value(p.end->iso()); else w.null();
                w.key("locked"); w.value(p.locked);
                w.key("why"); w.value(p.why);
                w.end_object();
            }
            w.end_array();
            return w.finish();
        }
        case Format::csv: {
            std::string out = csv_record(std::vector<std::string>{"mentor", "mentee", "score", "start", "end", "locked", "why"});
            for (const Pair& p : pairs) {
                out += csv_record(std::vector<std::string>{p.mentor, p.mentee, format_points(p.score), p.start.iso(),
                                                           p.end ? p.end->iso() : "", p.locked ? "true" : "false", p.why});
            }
            return out;
        }
        case Format::text: break;
    }
    std::vector<std::vector<std::string>> rows;
    for (const Pair& p : pairs) {
        std::string when = p.end ? fmt::format("{} to {}", p.start.iso(), p.end->iso()) : fmt::format("since {}", p.start.iso());
        rows.push_back({p.mentor, p.mentee, format_points(p.score), when + (p.locked ? " (locked)" : ""), p.why});
    }
    const std::vector<std::string> header{"MENTOR", "MENTEE", "SCORE", "WHEN", "WHY"};
    return text_table(header, rows);
}

std::string format_explanation(const Explanation& e, Format format) {
    if (format == Format::json) {
        JsonWriter w;
        w.begin_object();
        w.key("id"); w.value(e.id);
        w.key("role"); w.value(e.role);
        w.key(e.role == "mentee" ? "mentor" : e.role == "peer" ? "peers" : "mentees");
        if (e.role == "mentee") {
            if (e.current.empty()) w.null(); else w.value(e.current.front());
        } else {
            w.string_array(e.current);
        }
        if (!e.unmatched_reason.empty()) { w.key("unmatched"); w.value(e.unmatched_reason); }
        w.key("candidates");
        w.begin_array();
        for (const auto& c : e.candidates) {
            w.begin_object();
            w.key("id"); w.value(c.id);
            if (c.rule) {
                w.key("excluded_by"); w.value(rule_name(*c.rule));
                w.key("reason"); w.value(c.reason);
            } else {
                w.key("score"); w.value(as_number(c.score.total()));
                w.key("criteria");
                w.begin_object();
                for (std::size_t k = 0; k < criterion_count; ++k) {
                    w.key(criterion_name(static_cast<Criterion>(k)));
                    w.value(as_number(c.score.points[k]));
                }
                w.end_object();
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
        return w.finish();
    }
    std::string out;
    if (e.role == "peer") {
        out += e.current.empty() ? fmt::format("{} has no peer", e.id)
                                 : fmt::format("{} is paired with {}", e.id, fmt::join(e.current, ", "));
    } else if (e.role == "mentee") {
        out += e.current.empty() ? fmt::format("{} has no mentor", e.id)
                                 : fmt::format("{} is mentored by {}", e.id, e.current.front());
    } else {
        out += e.current.empty() ? fmt::format("{} mentors nobody", e.id)
                                 : fmt::format("{} mentors {}", e.id, fmt::join(e.current, ", "));
    }
    if (!e.unmatched_reason.empty()) out += fmt::format(": {}", e.unmatched_reason);
    out += "\n\n";
    std::vector<std::string> header{"CANDIDATE", "SCORE"};
    for (std::size_t k = 0; k < criterion_count; ++k) header.emplace_back(criterion_name(static_cast<Criterion>(k)));
    std::vector<std::vector<std::string>> rows;
    std::string excluded;
    for (const auto& c : e.candidates) {
        if (c.rule) {
            excluded += fmt::format("  {}  {}: {}\n", c.id, rule_name(*c.rule), c.reason);
            continue;
        }
        std::vector<std::string> row{c.id, format_points(c.score.total())};
        for (int pts : c.score.points) row.push_back(format_points(pts));
        rows.push_back(std::move(row));
    }
    if (rows.empty()) {
        out += "No allowed candidate.\n";
    } else {
        out += text_table(header, rows);
    }
    if (!excluded.empty()) out += "\nExcluded:\n" + excluded;
    return out;
}

namespace {

std::string plan_json(const PairingPlan& plan, const std::vector<Pair>& added) {
    JsonWriter w;
    w.begin_object();
    w.key("kept"); w.value(plan.kept);
    w.key("ended"); w.value(plan.ended);
    w.key("added"); w.value(plan.added);
    w.key("proven_optimal"); w.value(plan.proven_optimal);
    if (plan.blocking_pairs >= 0) { w.key("blocking_pairs"); w.value(plan.blocking_pairs); }
    w.key("new");
    w.begin_array();
    for (const Pair& p : added) {
        w.begin_object();
        w.key("mentor"); w.value(p.mentor);
        w.key("mentee"); w.value(p.mentee);
        w.key("score"); w.value(p.score / 100.0);
        w.key("why"); w.value(p.why);
        w.end_object();
    }
    w.end_array();
    w.key("unmatched");
    w.begin_array();
    for (const auto& u : plan.unmatched) {
        w.begin_object();
        w.key("id"); w.value(u.id);
        w.key("reason"); w.value(u.reason);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.finish();
}

}  // namespace

std::string format_pairing_plan(const PairingPlan& plan, const PairingDiff& diff, Mode mode, const std::string& file,
                                bool dry_run, Format format) {
    if (format == Format::json) return plan_json(plan, diff.added);
    std::string out = fmt::format("{}: {} kept, {} ended, {} new ({} current pairs){}\n", file, plan.kept, plan.ended,
                                  plan.added, plan.current, dry_run ? "; dry run, nothing written" : "");
    for (const Pair& p : diff.ended) out += fmt::format("  - {} / {}: {}\n", p.mentor, p.mentee, p.why);
    for (const Pair& p : diff.added) {
        out += fmt::format("  + {} / {}  {}  ({})\n", p.mentor, p.mentee, format_points(p.score), p.why);
    }
    if (!plan.unmatched.empty()) {
        out += fmt::format("{} without a {}:\n", plan.unmatched.size(), mode == Mode::peer ? "peer" : "mentor");
        for (const auto& u : plan.unmatched) out += fmt::format("  ! {}: {}\n", u.id, u.reason);
    }
    if (plan.blocking_pairs == 0) out += "stable: no mentee and mentor would both rather be together (0 blocking pairs)\n";
    for (const auto& n : plan.notes) out += fmt::format("note: {}\n", n);
    return out;
}

}  // namespace mentor
