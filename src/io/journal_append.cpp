// What an append adds to a journal file; the store writes it under a lock.
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_text.hpp"

namespace mentor {

std::string journal_append_tail(std::string_view current, Entry& e, const std::function<void(Entry&)>& before_format) {
    std::string tail;
    if (current.empty()) tail.append(journal_header).push_back('\n');
    else if (current.back() != '\n') tail.push_back('\n');
    if (e.id.empty()) {
        for (std::uint64_t salt = 0;; ++salt) {
            e.id = make_entry_id(e, salt);
            std::string needle(1, ' ');
            needle.append(e.id).push_back(' ');
            if (current.find(needle) == std::string_view::npos) break;
        }
    }
    if (before_format) before_format(e);
    tail += format_entry_line(e);
    return tail;
}

}  // namespace mentor
