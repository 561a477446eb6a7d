#include "mentor/io/program_dir.hpp"

namespace mentor {

std::string ProgramDir::shown(const std::string& name) const {
    const std::filesystem::path& d = display.empty() ? dir : display;
    if (d.empty() || d == "." || d == "./") return name;
    return (d / name).string();
}

}  // namespace mentor
