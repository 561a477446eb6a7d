#include "journal_support.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/suggest.hpp"
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

const Goal& require_goal(const std::vector<Goal>& goals, const std::string& id) {
    if (const Goal* g = find_goal(goals, id)) return *g;
    std::vector<std::string_view> ids;
    for (const Goal& g : goals) ids.push_back(g.id);
    const std::string best = closest_match(id, ids);
    throw NotFoundError(fmt::format("no goal '{}' in the journal", id),
                        best.empty() ? "`mentor goal list --all` shows every goal" : fmt::format("did you mean '{}'?", best));
}

}  // namespace mentor
