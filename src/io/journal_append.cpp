// What an append adds to a journal file; the store writes it under a lock.
#include <cstring>

#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_text.hpp"

namespace mentor {

namespace {

// Whether `needle` occurs in `hay`: a month's file holds a megabyte, so the search jumps (with
// memchr) from one place of a rare byte of the needle (a digit, when it has one) to the next,
// instead of comparing at every space.
bool contains(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    if (hay.size() < needle.size()) return false;
    std::size_t k = needle.size() - 1;
    for (std::size_t i = 0; i < needle.size(); ++i) {
        if (needle[i] >= '0' && needle[i] <= '9') {
            k = i;
            break;
        }
    }
    const char* p = hay.data() + k;
    const char* const last = hay.data() + hay.size() - (needle.size() - k);  // the last place it may be
    while (p <= last) {
        p = static_cast<const char*>(std::memchr(p, needle[k], static_cast<std::size_t>(last - p) + 1));
        if (p == nullptr) return false;
        if (std::memcmp(p - k, needle.data(), needle.size()) == 0) return true;
        ++p;
    }
    return false;
}

}  // namespace

std::string journal_append_tail(std::string_view current, Entry& e, const std::function<void(Entry&)>& before_format) {
    std::string tail;
    if (current.empty()) tail.append(journal_header).push_back('\n');
    else if (current.back() != '\n') tail.push_back('\n');
    if (e.id.empty()) {
        for (std::uint64_t salt = 0;; ++salt) {
            e.id = make_entry_id(e, salt);
            std::string needle(1, ' ');
            needle.append(e.id).push_back(' ');
            if (!contains(current, needle)) break;
        }
    }
    if (before_format) before_format(e);
    tail += format_entry_line(e);
    return tail;
}

}  // namespace mentor
