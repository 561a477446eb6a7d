#include "mentor/io/program_cache.hpp"

#include "mentor/domain/text.hpp"
#include "mentor/io/cache_file.hpp"

namespace mentor {

namespace {

// Bumped whenever ProgramChecks or this encoding changes, and whenever validate_roster or
// validate_pairs can find other problems in the same files.
constexpr std::string_view magic = "mentor program check cache 1\n";

}  // namespace

std::string encode_program_checks(const ProgramChecks& checks, std::uint64_t key) {
    CacheWriter w;
    w.diagnostics(checks.roster);
    w.raw(static_cast<std::uint8_t>(checks.pairs.has_value()));
    if (checks.pairs) w.diagnostics(*checks.pairs);
    return frame_cache(magic, key, w.out);
}

std::optional<ProgramChecks> decode_program_checks(std::string_view bytes, std::uint64_t key) {
    const std::optional<std::string_view> payload = unframe_cache(bytes, magic, key);
    if (!payload) return std::nullopt;
    CacheReader r(*payload);
    ProgramChecks out;
    out.roster = r.diagnostics();
    if (r.raw<std::uint8_t>() != 0) out.pairs = r.diagnostics();
    if (!r.ok || !r.at_end()) return std::nullopt;
    return out;
}

std::uint64_t program_checks_key(std::string_view config_name, std::string_view config, std::string_view roster_name,
                                 std::uint64_t roster, std::string_view pairs_name,
                                 const std::optional<std::string>& pairs,
                                 const std::vector<std::pair<std::string, std::string>>& surveys) {
    // Each part hashed on its own and chained, so that no two different sets of inputs run
    // together into the same bytes.
    std::uint64_t h = fast_hash64(magic);
    for (std::string_view part : {config_name, config, roster_name}) h = fast_hash64(part, h);
    h = fast_hash64(pairs_name, h ^ roster);
    h = pairs ? fast_hash64(*pairs, h) : fast_hash64("no pairs record", ~h);
    for (const auto& [name, bytes] : surveys) h = fast_hash64(bytes, fast_hash64(name, h + 1));
    return fast_hash64(std::to_string(surveys.size()), h);
}

}  // namespace mentor
