#include "journal_support.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "context.hpp"
#include "mentor/domain/entry_plan.hpp"
#include "mentor/domain/roster_errors.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

std::vector<std::string> split_ids(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const std::string& v : values) {
        std::size_t at = 0;
        while (at <= v.size()) {
            const std::size_t comma = std::min(v.find(',', at), v.size());
            std::string id = v.substr(at, comma - at);
            if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
            at = comma + 1;
        }
    }
    return out;
}

void check_people_of(Context& ctx, ProgramStore& store, const Entry& e) {
    const auto& troubled = store.valid_except_entries();
    if (troubled.empty()) return;
    const std::vector<std::string> involved = troubled_people_in(e, troubled);
    if (!involved.empty()) {
        std::vector<Diagnostic> errors;
        for (const std::string& id : involved) {
            const auto& mine = troubled.at(id);
            errors.insert(errors.end(), mine.begin(), mine.end());
        }
        throw InputError(std::move(errors));
    }
    std::vector<std::string> ids;
    for (const auto& [id, diags] : troubled) ids.push_back(id.empty() ? "(no id)" : id);
    ctx.err << fmt::format("mentor: warning: {} has errors in the {} of {}; this entry does not involve {}\n"
                           "  hint: run `mentor check` to see them\n",
                           store.shown("roster.yaml"), ids.size() == 1 ? "entry" : "entries", fmt::join(ids, ", "),
                           ids.size() == 1 ? "that person" : "those people");
}

const Goal& require_goal(const std::vector<Goal>& goals, const std::string& id) {
    if (const auto refusal = unknown_goal(goals, id)) throw NotFoundError(refusal->message, refusal->hint);
    return *find_goal(goals, id);
}

std::string entry_subject(const Entry& e) {
    return e.has_pair() ? fmt::format("{}/{}", e.mentor, fmt::join(entry_mentees(e), ",")) : e.person;
}

std::string entry_about(const Entry& e) {
    if (!e.has_pair()) return fmt::format("{} of {} on {}", kind_name(e.kind), e.person, e.date.iso());
    return fmt::format("{} of {} (mentor) and {} ({}) on {}", kind_name(e.kind), e.mentor,
                       fmt::join(entry_mentees(e), ","), e.is_group_session() ? "group session" : "mentee",
                       e.date.iso());
}

void require_entry_text(const std::string& text) {
    if (const std::optional<Refusal> bad = entry_text_refusal(text)) throw InputError(bad->message, bad->hint);
    if (text.empty()) {
        throw InputError("the entry's text is empty; nothing was written",
                         "give the text with -m TEXT, on standard input, or in the editor");
    }
}

void warn_unsealed(Context& ctx, const Appended& done) {
    if (done.keyless.empty()) return;
    ctx.err << fmt::format("mentor: warning: the private text is not sealed: {} {} no key\n"
                           "  hint: each reader runs `mentor key init` and commits keys/ID.pub; "
                           "then `mentor journal seal` seals it\n",
                           fmt::join(done.keyless, ", "), done.keyless.size() == 1 ? "has" : "have");
}

}  // namespace mentor
