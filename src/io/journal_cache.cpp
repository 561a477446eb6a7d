#include "mentor/io/journal_cache.hpp"

#include <algorithm>

#include "mentor/domain/text.hpp"
#include "mentor/io/cache_file.hpp"

namespace mentor {

namespace {

// Bumped whenever CheckedJournalFile, Diagnostic, this encoding, journal_id_hash or any journal
// check changes (the same bytes could then give other problems).
constexpr std::string_view magic = "mentor journal check cache 3\n";

void write_file(CacheWriter& w, const CheckedJournalFile& f) {
    w.str(f.source);
    w.raw(f.content);
    w.raw(f.people);
    w.raw(f.entries);
    w.diagnostics(f.diagnostics);
    w.block(f.facts.id_hashes);
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

CheckedJournalFile read_file(CacheReader& r) {
    CheckedJournalFile f;
    f.source = r.str();
    f.content = r.raw<std::uint64_t>();
    f.people = r.raw<std::uint64_t>();
    f.entries = r.raw<std::uint64_t>();
    f.diagnostics = r.diagnostics();
    f.facts.id_hashes = r.block<std::uint64_t>();
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

std::uint64_t journal_content_hash(std::string_view bytes) { return fast_hash64(bytes, 0x6a6f75726e616cULL); }

// The file: the magic line, a checksum of the payload, the payload. The exact ids are not
// kept: a check that finds two equal hashes reads those files again.
std::string encode_journal_cache(const std::vector<CheckedJournalFile>& files) {
    CacheWriter w;
    w.u32(files.size());
    for (const CheckedJournalFile& f : files) write_file(w, f);
    return frame_cache(magic, 0, w.out);
}

std::optional<std::vector<CheckedJournalFile>> decode_journal_cache(std::string_view bytes) {
    const std::optional<std::string_view> payload = unframe_cache(bytes, magic, 0);
    if (!payload) return std::nullopt;
    CacheReader r(*payload);
    std::vector<CheckedJournalFile> out(r.count());
    for (CheckedJournalFile& f : out) f = read_file(r);
    if (!r.ok || !r.at_end()) return std::nullopt;
    for (const CheckedJournalFile& f : out) {
        if (!std::is_sorted(f.facts.id_hashes.begin(), f.facts.id_hashes.end())) return std::nullopt;
    }
    return out;
}

}  // namespace mentor
