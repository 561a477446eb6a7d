#include "mentor/io/editor.hpp"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/files.hpp"
#include "mentor/io/process.hpp"

namespace mentor {

namespace fs = std::filesystem;

std::string edit_text(const std::string& editor, const std::string& skeleton) {
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    std::string tmpl = (dir / "mentor-log-XXXXXX.txt").string();
    const int fd = ::mkstemps(tmpl.data(), 4);
    if (fd < 0) throw SystemError("cannot create a temporary file for the editor");
    ::close(fd);
    try {
        write_file_atomic(tmpl, skeleton);
    } catch (const SystemError&) {
        fs::remove(tmpl, ec);
        throw;
    }
    const int status = run_attached({"/bin/sh", "-c", editor + " \"$@\"", editor, tmpl});
    std::string text;
    try {
        text = read_file(tmpl);
    } catch (const SystemError&) {
        fs::remove(tmpl, ec);
        throw;
    }
    fs::remove(tmpl, ec);
    if (status != 0) {
        throw SystemError(fmt::format("the editor '{}' failed (exit status {}); nothing was written", editor, status));
    }
    std::string kept;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        if (text[at] != '#') {
            kept.append(text, at, nl - at);
            kept += '\n';
        }
        at = nl + 1;
    }
    return kept;
}

}  // namespace mentor
