#include "mentor/io/cache_file.hpp"

#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

constexpr std::uint64_t checksum_seed = 0x636865636bULL;

}  // namespace

void CacheWriter::diagnostics(const std::vector<Diagnostic>& v) {
    u32(v.size());
    for (const Diagnostic& d : v) {
        raw(static_cast<std::uint8_t>(d.severity == Severity::error));
        str(d.file);
        pos(d.pos);
        str(d.message);
        str(d.hint);
    }
}

std::vector<Diagnostic> CacheReader::diagnostics() {
    std::vector<Diagnostic> v(count());
    for (Diagnostic& d : v) {
        d.severity = raw<std::uint8_t>() != 0 ? Severity::error : Severity::warning;
        d.file = str();
        d.pos = pos();
        d.message = str();
        d.hint = str();
    }
    return v;
}

std::string frame_cache(std::string_view magic, std::uint64_t key, std::string_view payload) {
    CacheWriter head;
    head.out.reserve(magic.size() + 16 + payload.size());
    head.out.append(magic);
    head.raw(key);
    head.raw(fast_hash64(payload, checksum_seed ^ key));
    head.out.append(payload);
    return std::move(head.out);
}

std::optional<std::string_view> unframe_cache(std::string_view bytes, std::string_view magic, std::uint64_t key) {
    if (bytes.substr(0, magic.size()) != magic) return std::nullopt;
    CacheReader head(bytes.substr(magic.size()));
    const auto stored_key = head.raw<std::uint64_t>();
    const auto checksum = head.raw<std::uint64_t>();
    if (!head.ok || stored_key != key) return std::nullopt;
    const std::string_view payload = bytes.substr(magic.size() + 2 * sizeof(std::uint64_t));
    if (fast_hash64(payload, checksum_seed ^ key) != checksum) return std::nullopt;
    return payload;
}

}  // namespace mentor
