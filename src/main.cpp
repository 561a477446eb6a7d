#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <unistd.h>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#include <sys/mman.h>
#define MENTOR_HUGE_PAGES 1
#endif

#include "app.hpp"
#include "mentor/io/error.hpp"

namespace {

// The environment variables mentor reads; nothing below main() calls getenv().
constexpr const char* variables[] = {"MENTOR_DIR", "MENTOR_TODAY", "MENTOR_USER", "NO_COLOR", "TERM", "VISUAL",
                                     "EDITOR", "USER", "LOGNAME", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                     "MENTOR_PAGER", "PAGER"};

// The local calendar date of the system clock.
mentor::Date clock_today() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return mentor::Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

#ifdef MENTOR_HUGE_PAGES
// On a district, most of a command's time went to page faults: filling 60 MB of heap 4 KB at a
// time costs more than parsing the files, and a virtual machine makes each fault dearer. Keep
// allocations up to 32 MB in the main heap, grow it in steps of 64 MB, and ask the kernel to back
// that heap with transparent huge pages (honoured when THP is set to `madvise` or `always`).
// This is what glibc's `glibc.malloc.hugetlb=1` tunable does, which can only be set from the
// environment. Memory is still only used when touched; a small command touches a few pages.
void back_heap_with_huge_pages() {
    constexpr std::size_t huge = std::size_t{2} << 20;
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
    // Grow the heap now, so that the range to advise exists.
    void* probe = std::malloc(huge);
    if (!probe) return;
    const auto from = reinterpret_cast<std::uintptr_t>(probe) & ~(std::uintptr_t{4096} - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::free(probe);
    if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);  // advice only: errors do not matter
}
#endif

}  // namespace

int main(int argc, char** argv) {
#ifdef MENTOR_HUGE_PAGES
    back_heap_with_huge_pages();
#endif
    mentor::Context ctx{std::cout, std::cerr,           {}, {}, clock_today(), isatty(STDERR_FILENO) == 1,
                        &std::cin, isatty(STDIN_FILENO) == 1, {}, {}};
    ctx.clock_utc = static_cast<std::int64_t>(std::time(nullptr));
    ctx.out_is_tty = isatty(STDOUT_FILENO) == 1;
    for (const char* name : variables) {
        if (const char* value = std::getenv(name)) ctx.env.emplace(name, value);
    }
    std::error_code ec;
    ctx.cwd = std::filesystem::current_path(ec);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const int status = mentor::run_mentor(args, ctx);
    std::cout.flush();
    if (!std::cout.good()) {
        std::cerr << "mentor: error: cannot write to standard output\n";
        return mentor::exit_code::system;
    }
    return status;
}
