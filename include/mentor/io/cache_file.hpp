#pragma once
// What mentor's caches in .mentor/ share: the framing of a cache file (a magic line naming the
// format, a key, a checksum of every byte that follows) and a bounds-checked binary writer and
// reader for what they hold. A cache that fails any check is only a miss.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// Values as bytes, in the machine's order (a cache never leaves the machine that wrote it).
class CacheWriter {
public:
    std::string out;
    template <typename T>
    void raw(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void u32(std::size_t n) { raw(static_cast<std::uint32_t>(n)); }
    void i32(int n) { raw(static_cast<std::int32_t>(n)); }
    void str(std::string_view s) {
        u32(s.size());
        out.append(s);
    }
    void pos(SourcePos p) {
        i32(p.line);
        i32(p.col);
    }
    void strings(const std::vector<std::string>& v) {
        u32(v.size());
        for (const std::string& s : v) str(s);
    }
    /// An array of plain values, as one block.
    template <typename T>
    void block(const std::vector<T>& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        u32(v.size());
        out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void diagnostics(const std::vector<Diagnostic>& v);
};

/// Reads what CacheWriter wrote; every read is bounds-checked, and a failed read poisons the rest.
class CacheReader {
public:
    explicit CacheReader(std::string_view in) : in_(in) {}
    bool ok = true;
    template <typename T>
    T raw() {
        T v{};
        if (!ok || in_.size() - at_ < sizeof v) {
            ok = false;
            return v;
        }
        std::memcpy(&v, in_.data() + at_, sizeof v);
        at_ += sizeof v;
        return v;
    }
    std::size_t u32() { return raw<std::uint32_t>(); }
    int i32() { return raw<std::int32_t>(); }
    std::string str() { return std::string(view()); }
    /// A string without copying it: valid while the bytes read are.
    std::string_view view() {
        const std::size_t n = u32();
        if (!ok || in_.size() - at_ < n) {
            ok = false;
            return {};
        }
        const std::string_view s = in_.substr(at_, n);
        at_ += n;
        return s;
    }
    SourcePos pos() {
        const int line = i32();
        const int col = i32();
        return {line, col};
    }
    /// A count, refused when it could not possibly fit in what is left (a damaged file).
    std::size_t count() {
        const std::size_t n = u32();
        if (n > in_.size() - at_) ok = false;
        return ok ? n : 0;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(count());
        for (std::string& s : v) s = str();
        return v;
    }
    template <typename T>
    std::vector<T> block() {
        static_assert(std::is_trivially_copyable_v<T>);
        const std::size_t n = u32();
        if (!ok || n > (in_.size() - at_) / sizeof(T)) {
            ok = false;
            return {};
        }
        std::vector<T> v(n);
        if (n > 0) std::memcpy(v.data(), in_.data() + at_, n * sizeof(T));
        at_ += n * sizeof(T);
        return v;
    }
    std::vector<Diagnostic> diagnostics();
    bool at_end() const { return at_ == in_.size(); }

private:
    std::string_view in_;
    std::size_t at_ = 0;
};

/// A cache file's bytes: `magic` (a line naming the format and its version), `key` (what the
/// content was made from), a checksum of `payload`, then `payload`.
std::string frame_cache(std::string_view magic, std::uint64_t key, std::string_view payload);

/// The payload of a cache file framed with the same magic and key whose checksum holds;
/// nothing otherwise (another format or version, another key, a truncated or damaged file).
std::optional<std::string_view> unframe_cache(std::string_view bytes, std::string_view magic, std::uint64_t key);

}  // namespace mentor
