#include "mentor/io/roster_cache.hpp"

#include <sys/stat.h>

#include "mentor/domain/text.hpp"
#include "mentor/io/cache_file.hpp"
#include "mentor/io/files.hpp"

namespace mentor {

namespace fs = std::filesystem;

namespace {

// Bumped whenever Person, Diagnostic or this encoding changes, and whenever the parse of the
// same text can change (a new check).
constexpr std::string_view magic = "mentor roster cache 5\n";

// Roster fields on top of the shared cache encoding.
struct Writer : CacheWriter {
    void opt_int(const std::optional<int>& v) {
        raw(static_cast<std::uint8_t>(v.has_value()));
        raw(static_cast<std::int32_t>(v.value_or(0)));
    }
    void opt_date(const std::optional<Date>& d) { opt_int(d ? std::optional<int>(d->days()) : std::nullopt); }
    void positions(const std::vector<SourcePos>& v) {
        u32(v.size());
        for (SourcePos p : v) pos(p);
    }
};

struct Reader : CacheReader {
    using CacheReader::CacheReader;
    std::optional<int> opt_int() {
        const bool has = raw<std::uint8_t>() != 0;
        const int v = raw<std::int32_t>();
        return has ? std::optional<int>(v) : std::nullopt;
    }
    std::optional<Date> opt_date() {
        const std::optional<int> d = opt_int();
        return d ? std::optional<Date>(Date::from_days(*d)) : std::nullopt;
    }
    std::vector<SourcePos> positions() {
        std::vector<SourcePos> v(count());
        for (SourcePos& p : v) p = pos();
        return v;
    }
};

void write_person(Writer& w, const Person& p) {
    w.str(p.id);
    w.str(p.name);
    w.str(p.email);
    w.raw(p.roles);
    w.str(p.school);
    w.strings(p.subjects);
    w.u32(p.grades.size());
    for (int g : p.grades) w.raw(static_cast<std::int32_t>(g));
    w.opt_int(p.years);
    w.str(p.supervisor);
    w.opt_int(p.capacity);
    w.opt_date(p.trained);
    w.raw(static_cast<std::uint8_t>(p.in_person));
    w.raw(static_cast<std::uint8_t>(p.online));
    w.strings(p.languages);
    w.u32(p.availability.size());
    for (const Window& x : p.availability) {
        w.raw(static_cast<std::int32_t>(x.weekday));
        w.raw(static_cast<std::int32_t>(x.start));
        w.raw(static_cast<std::int32_t>(x.end));
    }
    w.u32(p.teaches.size());
    for (const Window& x : p.teaches) {
        w.raw(static_cast<std::int32_t>(x.weekday));
        w.raw(static_cast<std::int32_t>(x.start));
        w.raw(static_cast<std::int32_t>(x.end));
    }
    w.raw(static_cast<std::uint8_t>(p.group ? (*p.group ? 2 : 1) : 0));
    w.strings(p.focus);
    w.u32(p.survey.size());
    for (const auto& [q, v] : p.survey) {
        w.str(q);
        w.raw(v);
    }
    w.strings(p.prefers);
    w.strings(p.avoid);
    w.str(p.cohort);
    w.opt_date(p.start);
    w.opt_date(p.leaves);
    w.raw(static_cast<std::uint8_t>(p.left_reason ? static_cast<int>(*p.left_reason) + 1 : 0));
    const PersonPositions& s = p.pos;
    for (SourcePos x : {s.item, s.id, s.supervisor, s.capacity, s.trained, s.start, s.leaves, s.left_reason}) w.pos(x);
    w.positions(s.prefers);
    w.positions(s.avoid);
    w.strings(p.strengths);
    w.raw(static_cast<std::uint8_t>(p.participates ? (*p.participates ? 2 : 1) : 0));
    w.str(p.recommended_by);
    w.positions(s.strengths);
    w.pos(s.participates);
    w.pos(s.recommended_by);
}

// Read in place: a Person is large to construct, move and destroy again.
void read_person(Reader& r, Person& p) {
    p.id = r.str();
    p.name = r.str();
    p.email = r.str();
    p.roles = r.raw<std::uint8_t>();
    p.school = r.str();
    p.subjects = r.strings();
    p.grades.resize(r.count());
    for (int& g : p.grades) g = r.raw<std::int32_t>();
    p.years = r.opt_int();
    p.supervisor = r.str();
    p.capacity = r.opt_int();
    p.trained = r.opt_date();
    p.in_person = r.raw<std::uint8_t>() != 0;
    p.online = r.raw<std::uint8_t>() != 0;
    p.languages = r.strings();
    p.availability.resize(r.count());
    for (Window& x : p.availability) {
        x.weekday = r.raw<std::int32_t>();
        x.start = r.raw<std::int32_t>();
        x.end = r.raw<std::int32_t>();
    }
    p.teaches.resize(r.count());
    for (Window& x : p.teaches) {
        x.weekday = r.raw<std::int32_t>();
        x.start = r.raw<std::int32_t>();
        x.end = r.raw<std::int32_t>();
    }
    if (const auto g = r.raw<std::uint8_t>(); g != 0) p.group = g == 2;
    p.focus = r.strings();
    p.survey.resize(r.count());
    for (auto& [q, v] : p.survey) {
        q = r.str();
        v = r.raw<double>();
    }
    p.prefers = r.strings();
    p.avoid = r.strings();
    p.cohort = r.str();
    p.start = r.opt_date();
    p.leaves = r.opt_date();
    if (const auto why = r.raw<std::uint8_t>(); why != 0 && why <= std::size(left_reason_names.entries)) {
        p.left_reason = left_reason_names.entries[why - 1u].first;
    }
    PersonPositions& s = p.pos;
    for (SourcePos* x : {&s.item, &s.id, &s.supervisor, &s.capacity, &s.trained, &s.start, &s.leaves, &s.left_reason}) *x = r.pos();
    s.prefers = r.positions();
    s.avoid = r.positions();
    p.strengths = r.strings();
    if (const auto x = r.raw<std::uint8_t>(); x != 0) p.participates = x == 2;
    p.recommended_by = r.str();
    s.strengths = r.positions();
    s.participates = r.pos();
    s.recommended_by = r.pos();
}

}  // namespace

std::optional<std::uint64_t> roster_cache_key(const fs::path& roster, std::string_view source) {
    struct stat st {};
    if (::stat(roster.c_str(), &st) != 0 || static_cast<std::size_t>(st.st_size) < roster_cache_threshold) {
        return std::nullopt;
    }
    const std::int64_t facts[] = {static_cast<std::int64_t>(st.st_dev),      static_cast<std::int64_t>(st.st_ino),
                                  static_cast<std::int64_t>(st.st_size),     st.st_mtim.tv_sec,
                                  st.st_mtim.tv_nsec,                        st.st_ctim.tv_sec,
                                  st.st_ctim.tv_nsec};
    const std::string_view bytes(reinterpret_cast<const char*>(facts), sizeof facts);
    return fast_hash64(bytes, fast_hash64(source, fast_hash64(magic)));
}

// The file: the magic line, the key, a checksum of the payload, the payload. A cache whose
// bytes were changed anywhere (a damaged disk, a stray edit, a partial copy) fails the checksum
// and is only a miss.
std::string encode_roster_cache(const ParsedRoster& parsed, std::uint64_t key) {
    Writer w;
    w.out.reserve(256 + parsed.roster.people.size() * 256);
    w.str(parsed.roster.source);
    w.u32(parsed.roster.people.size());
    for (const Person& p : parsed.roster.people) write_person(w, p);
    w.diagnostics(parsed.diagnostics);
    return frame_cache(magic, key, w.out);
}

std::optional<ParsedRoster> decode_roster_cache(std::string_view bytes, std::uint64_t key) {
    const std::optional<std::string_view> payload = unframe_cache(bytes, magic, key);
    if (!payload) return std::nullopt;
    Reader r(*payload);
    ParsedRoster out;
    out.roster.source = r.str();
    out.roster.people.resize(r.count());
    for (Person& p : out.roster.people) read_person(r, p);
    out.diagnostics = r.diagnostics();
    if (!r.ok || !r.at_end()) return std::nullopt;
    return out;
}

std::optional<ParsedRoster> read_roster_cache(const fs::path& cache, std::uint64_t key) {
    std::error_code ec;
    if (!fs::is_regular_file(cache, ec)) return std::nullopt;
    try {
        const MappedFile file(cache);
        return decode_roster_cache(file.view(), key);
    } catch (const std::exception&) {
        return std::nullopt;  // an unreadable cache is only a miss
    }
}

void write_roster_cache(const fs::path& cache, std::uint64_t key, const ParsedRoster& parsed) {
    try {
        std::error_code ec;
        fs::create_directories(cache.parent_path(), ec);
        if (!ec) write_file_atomic(cache, encode_roster_cache(parsed, key));
    } catch (const std::exception&) {
        // A cache that cannot be written only costs the next run its speed.
    }
}

}  // namespace mentor
