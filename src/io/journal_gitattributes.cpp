#include <fmt/format.h>

#include "mentor/io/files.hpp"
#include "mentor/io/journal_file.hpp"

namespace mentor {

namespace fs = std::filesystem;

bool union_merge_configured(const ProgramDir& dir) {
    std::error_code ec;
    fs::path at = fs::absolute(dir.dir, ec);
    for (int depth = 0; depth < 64 && !at.empty(); ++depth) {
        const fs::path attributes = at / ".gitattributes";
        if (fs::is_regular_file(attributes, ec)) {
            const std::string text = read_file(attributes);
            std::size_t start = 0;
            while (start < text.size()) {
                const std::size_t nl = std::min(text.find('\n', start), text.size());
                const std::string_view line = std::string_view(text).substr(start, nl - start);
                if (!line.empty() && line.front() != '#' && line.find("journal") != std::string_view::npos &&
                    line.find("merge=union") != std::string_view::npos) {
                    return true;
                }
                start = nl + 1;
            }
        }
        if (fs::exists(at / ".git", ec) || at == at.root_path()) break;
        at = at.parent_path();
    }
    return false;
}

}  // namespace mentor
