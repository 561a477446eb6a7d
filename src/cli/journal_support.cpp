#include "journal_support.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/entry_plan.hpp"
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
    if (const auto refusal = unknown_goal(goals, id)) throw NotFoundError(refusal->message, refusal->hint);
    return *find_goal(goals, id);
}

}  // namespace mentor
