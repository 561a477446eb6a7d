// Replays the seed corpus of a fuzz target in an ordinary build (no libFuzzer, any compiler):
//     mentor_fuzz_replay TARGET FILE_OR_DIRECTORY...
// feeds every file (a directory: each regular file in it, in name order) to the target's
// LLVMFuzzerTestOneInput, as libFuzzer would. A target reports a failure by aborting, which
// fails the test; a replay that finds no file fails too, so that a lost corpus is noticed.
// The targets are compiled into this one program, each with LLVMFuzzerTestOneInput renamed
// to mentor_fuzz_TARGET (tests/fuzz/CMakeLists.txt writes the list in fuzz_targets.inc).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ios>
#include <string>
#include <string_view>
#include <vector>

#define MENTOR_FUZZ_TARGET(name) extern "C" int mentor_fuzz_##name(const std::uint8_t* data, std::size_t size);
#include "fuzz_targets.inc"
#undef MENTOR_FUZZ_TARGET

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

struct NamedTarget {
    std::string_view name;
    Target run;
};

constexpr NamedTarget targets[] = {
#define MENTOR_FUZZ_TARGET(name) {#name, mentor_fuzz_##name},
#include "fuzz_targets.inc"
#undef MENTOR_FUZZ_TARGET
};

std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& path) {
    std::vector<std::filesystem::path> out;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file()) out.push_back(entry.path());
        }
        std::sort(out.begin(), out.end());
    } else if (std::filesystem::is_regular_file(path)) {
        out.push_back(path);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const auto usage = [] {
        std::fputs("usage: mentor_fuzz_replay TARGET FILE_OR_DIRECTORY...\ntargets:", stderr);
        for (const auto& t : targets) std::fprintf(stderr, " %.*s", static_cast<int>(t.name.size()), t.name.data());
        std::fputs("\n", stderr);
        return 2;
    };
    if (argc < 3) return usage();
    const std::string_view name = argv[1];
    const auto target = std::find_if(std::begin(targets), std::end(targets), [&](const NamedTarget& t) { return t.name == name; });
    if (target == std::end(targets)) return usage();
    std::size_t count = 0;
    for (int i = 2; i < argc; ++i) {
        for (const auto& file : inputs_of(argv[i])) {
            std::string bytes(std::filesystem::file_size(file), '\0');
            std::ifstream in(file, std::ios::binary);
            if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
                std::fprintf(stderr, "cannot read %s\n", file.c_str());
                return 1;
            }
            std::printf("%s\n", file.c_str());
            std::fflush(stdout);
            target->run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++count;
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "no input to replay in the paths given\n");
        return 1;
    }
    std::printf("%.*s: %zu inputs replayed\n", static_cast<int>(name.size()), name.data(), count);
    return 0;
}
