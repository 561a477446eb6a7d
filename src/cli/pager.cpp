// Long listings through a pager on a terminal, as git and hledger do.
#include "pager.hpp"

#include <algorithm>
#include <array>
#include <sstream>

#include "mentor/io/process.hpp"

namespace mentor {

namespace {

constexpr std::array<std::string_view, 8> paged{"config", "goal", "journal", "meetings", "pairs", "report", "roster", "status"};

// Puts the stream's buffer back however `run` ends.
struct Redirect {
    std::ostream& stream;
    std::streambuf* old;
    Redirect(std::ostream& s, std::streambuf* to) : stream(s), old(s.rdbuf(to)) {}
    ~Redirect() { stream.rdbuf(old); }
    Redirect(const Redirect&) = delete;
    Redirect& operator=(const Redirect&) = delete;
};

}  // namespace

bool pages(std::string_view command) { return std::find(paged.begin(), paged.end(), command) != paged.end(); }

int run_paged(Context& ctx, const std::function<int()>& run) {
    const std::string pager = ctx.pager().first;
    if (!ctx.out_is_tty || pager.empty() || pager == "cat") return run();
    std::ostringstream collected;
    int status = 0;
    try {
        const Redirect to_buffer(ctx.out, collected.rdbuf());
        status = run();
    } catch (...) {
        ctx.out << collected.str();  // what was printed before the error still shows
        throw;
    }
    const std::string text = collected.str();
    if (text.empty()) return status;
    ctx.out.flush();
    // less: -F quit when it fits, -R let colours through, -X leave the text on the screen.
    if (run_with_input({"/bin/sh", "-c", pager}, text) < 0) ctx.out << text;
    return status;
}

}  // namespace mentor
