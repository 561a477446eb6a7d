// program.toml: a term's holidays and breaks, and `[[past_terms]]`, the calendars of the
// school years a program has finished.
#include <fmt/format.h>

#include "program_parts.hpp"

namespace mentor::toml_reading {

namespace {

constexpr std::array<std::string_view, 3> break_keys{"name", "start", "end"};
constexpr std::array<std::string_view, 5> past_term_keys{"name", "start", "end", "holidays", "breaks"};
// Every school-day question reads the holidays and breaks: their number is bounded.
constexpr std::size_t max_holidays = 366;
constexpr std::size_t max_breaks = 100;
// A program in its fiftieth year is a long-lived one; more is a mistake.
constexpr std::size_t max_past_terms = 50;

}  // namespace

void read_term_days(Reader& r, const toml::table& t, std::string_view sect, Term& term, std::vector<SourcePos>& holidays,
                    std::vector<SourcePos>& breaks) {
    if (const auto* n = t.get("holidays")) {
        if (const auto* a = n->as_array()) {
            if (a->size() > max_holidays) {
                r.diags().error(pos_of(*n), fmt::format("{}.holidays lists {} days; at most {}", sect, a->size(), max_holidays),
                                "a term has at most 366 days; use breaks for longer closures");
                return;
            }
            for (const auto& e : *a) {
                if (auto d = r.date_value(e, "a holiday")) {
                    term.holidays.push_back(*d);
                    holidays.push_back(pos_of(e));
                }
            }
        } else {
            r.diags().error(pos_of(*n), fmt::format("{}.holidays must be an array of dates, not {}", sect, type_name(*n)),
                            "write holidays = [2026-09-07, 2026-11-26]");
        }
    }
    if (const auto* n = t.get("breaks")) {
        const auto* a = n->as_array();
        if (!a) {
            r.diags().error(pos_of(*n), fmt::format("{}.breaks must be an array of tables, not {}", sect, type_name(*n)),
                            "write breaks = [{ name = \"Winter break\", start = 2026-12-21, end = 2027-01-01 }]");
            return;
        }
        if (a->size() > max_breaks) {
            r.diags().error(pos_of(*n), fmt::format("{}.breaks lists {} breaks; at most {}", sect, a->size(), max_breaks),
                            "merge breaks that follow each other");
            return;
        }
        for (const auto& e : *a) {
            const auto* b = e.as_table();
            if (!b) {
                r.diags().error(pos_of(e), fmt::format("each break must be a table, not {}", type_name(e)),
                                "write { name = \"Winter break\", start = 2026-12-21, end = 2027-01-01 }");
                continue;
            }
            r.known_keys(*b, "a break", break_keys);
            Break brk;
            SourcePos ignored;
            r.string(b, "break", "name", brk.name);
            const bool has_start = b->get("start") != nullptr, has_end = b->get("end") != nullptr;
            if (!has_start || !has_end) {
                r.diags().error(pos_of(e), "a break needs both a start and an end date",
                                "write { name = \"Winter break\", start = 2026-12-21, end = 2027-01-01 }");
                continue;
            }
            const bool ok = r.date(b, "break", "start", brk.start, ignored) & r.date(b, "break", "end", brk.end, ignored);
            if (ok) {
                term.breaks.push_back(brk);
                breaks.push_back(pos_of(e));
            }
        }
    }
}


void read_past_terms(Reader& r, const toml::table& root, Program& p) {
    const toml::node* n = root.get("past_terms");
    if (!n) return;
    const auto* a = n->as_array();
    if (!a || !a->is_array_of_tables()) {
        r.diags().error(pos_of(*n), fmt::format("past_terms must be a list of tables, not {}", type_name(*n)),
                        "write each past term as a [[past_terms]] section with name, start, end, holidays and breaks");
        return;
    }
    if (a->size() > max_past_terms) {
        r.diags().error(pos_of(*n), fmt::format("past_terms lists {} terms; at most {}", a->size(), max_past_terms),
                        "keep the school years whose records the program still holds");
        return;
    }
    for (const auto& e : *a) {
        const toml::table& t = *e.as_table();
        r.known_keys(t, "[[past_terms]]", past_term_keys);
        PastTerm pt;
        pt.pos = pos_of(t);
        if (pt.pos.line <= 0) pt.pos = pos_of(*n);
        r.string(&t, "past_terms", "name", pt.name);
        const bool has_start = t.get("start") != nullptr, has_end = t.get("end") != nullptr;
        if (!has_start || !has_end) {
            r.diags().error(pt.pos, "a past term needs both a start and an end date",
                            "copy the old [term]'s start, end, holidays and breaks under [[past_terms]]");
            continue;
        }
        const bool ok = r.date(&t, "past_terms", "start", pt.term.start, pt.start_pos) &
                        r.date(&t, "past_terms", "end", pt.term.end, pt.end_pos);
        read_term_days(r, t, "past_terms", pt.term, pt.holidays, pt.breaks);
        if (!ok) continue;
        if (pt.name.empty()) pt.name = fmt::format("{}-{:02}", pt.term.end.year() - 1, pt.term.end.year() % 100);
        p.past_terms.push_back(std::move(pt));
    }
}

}  // namespace mentor::toml_reading
