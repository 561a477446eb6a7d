#include "mentor/io/journal_cache.hpp"

#include <cstring>
#include <type_traits>

namespace mentor {

namespace {

// Bumped whenever CheckedJournalFile, Diagnostic, this encoding or any journal check changes
// (the same bytes could then give other problems).
constexpr std::string_view magic = "mentor journal check cache 2\n";

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t hash_with(std::string_view s, std::uint64_t seed) {
    // Four independent lanes of 8 bytes: several bytes per cycle on a 90 MB journal.
    std::uint64_t lane[4] = {mix(seed ^ s.size()), mix(seed + 1), mix(seed + 2), mix(seed + 3)};
    std::size_t i = 0;
    for (; i + 32 <= s.size(); i += 32) {
        for (std::size_t k = 0; k < 4; ++k) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i + 8 * k, 8);
            lane[k] = (lane[k] ^ w) * 0x9e3779b97f4a7c15ULL;
            lane[k] ^= lane[k] >> 29;
        }
    }
    std::uint64_t h = mix(lane[0]) ^ mix(lane[1] + 1) ^ mix(lane[2] + 2) ^ mix(lane[3] + 3);
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = mix(h ^ w);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    return mix(h ^ mix(tail ^ 0x5bd1e995 ^ (s.size() - i)));
}

class Writer {
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
};

// Reads what Writer wrote; every read is bounds-checked, and a failed read poisons the rest.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
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
    std::string str() {
        const std::size_t n = u32();
        if (!ok || in_.size() - at_ < n) {
            ok = false;
            return {};
        }
        std::string s(in_.substr(at_, n));
        at_ += n;
        return s;
    }
    // A count, refused when it could not possibly fit in what is left (a damaged file).
    std::size_t count() {
        const std::size_t n = u32();
        if (n > in_.size() - at_) ok = false;
        return ok ? n : 0;
    }
    bool at_end() const { return at_ == in_.size(); }

private:
    std::string_view in_;
    std::size_t at_ = 0;
};

void write_file(Writer& w, const CheckedJournalFile& f) {
    w.str(f.source);
    w.raw(f.content);
    w.raw(f.people);
    w.raw(f.entries);
    w.u32(f.diagnostics.size());
    for (const Diagnostic& d : f.diagnostics) {
        w.raw(static_cast<std::uint8_t>(d.severity == Severity::error));
        w.str(d.file);
        w.i32(d.pos.line);
        w.i32(d.pos.col);
        w.str(d.message);
        w.str(d.hint);
    }
    w.u32(f.facts.ids.size());
    for (const auto& x : f.facts.ids) {
        w.str(x.id);
        w.raw(x.content);
        w.i32(x.line);
        w.i32(x.col);
    }
    w.u32(f.facts.goal_adds.size());
    for (const auto& g : f.facts.goal_adds) {
        w.str(g.goal);
        w.i32(g.line);
        w.i32(g.col);
    }
    w.u32(f.facts.goal_refs.size());
    for (const auto& g : f.facts.goal_refs) {
        w.str(g.goal);
        w.i32(g.line);
        w.i32(g.col);
        w.raw(static_cast<std::uint8_t>(g.event));
    }
}

CheckedJournalFile read_file(Reader& r) {
    CheckedJournalFile f;
    f.source = r.str();
    f.content = r.raw<std::uint64_t>();
    f.people = r.raw<std::uint64_t>();
    f.entries = r.raw<std::uint64_t>();
    f.diagnostics.resize(r.count());
    for (Diagnostic& d : f.diagnostics) {
        d.severity = r.raw<std::uint8_t>() != 0 ? Severity::error : Severity::warning;
        d.file = r.str();
        d.pos.line = r.i32();
        d.pos.col = r.i32();
        d.message = r.str();
        d.hint = r.str();
    }
    f.facts.ids.resize(r.count());
    for (auto& x : f.facts.ids) {
        x.id = r.str();
        x.content = r.raw<std::uint64_t>();
        x.line = r.i32();
        x.col = r.i32();
    }
    f.facts.goal_adds.resize(r.count());
    for (auto& g : f.facts.goal_adds) {
        g.goal = r.str();
        g.line = r.i32();
        g.col = r.i32();
    }
    f.facts.goal_refs.resize(r.count());
    for (auto& g : f.facts.goal_refs) {
        g.goal = r.str();
        g.line = r.i32();
        g.col = r.i32();
        g.event = r.raw<std::uint8_t>() != 0;
    }
    return f;
}

}  // namespace

std::uint64_t journal_content_hash(std::string_view bytes) { return hash_with(bytes, 0x6a6f75726e616cULL); }

// The file: the magic line, a checksum of the payload, the payload.
std::string encode_journal_cache(const std::vector<CheckedJournalFile>& files) {
    Writer w;
    w.u32(files.size());
    for (const CheckedJournalFile& f : files) write_file(w, f);
    Writer head;
    head.out.reserve(magic.size() + 8 + w.out.size());
    head.out.append(magic);
    head.raw(hash_with(w.out, 0x636865636bULL));
    head.out += w.out;
    return std::move(head.out);
}

std::optional<std::vector<CheckedJournalFile>> decode_journal_cache(std::string_view bytes) {
    if (bytes.substr(0, magic.size()) != magic) return std::nullopt;
    Reader head(bytes.substr(magic.size()));
    const auto checksum = head.raw<std::uint64_t>();
    if (!head.ok) return std::nullopt;
    const std::string_view payload = bytes.substr(magic.size() + sizeof(std::uint64_t));
    if (hash_with(payload, 0x636865636bULL) != checksum) return std::nullopt;
    Reader r(payload);
    std::vector<CheckedJournalFile> out(r.count());
    for (CheckedJournalFile& f : out) f = read_file(r);
    if (!r.ok || !r.at_end()) return std::nullopt;
    return out;
}

}  // namespace mentor
