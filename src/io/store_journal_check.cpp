// ProgramStore::check_journal: the whole journal checked a file at a time, with a cache of
// the files that have not changed.
#include <algorithm>
#include <unordered_map>

#include "mentor/io/journal_cache.hpp"
#include "mentor/io/journal_file.hpp"
#include "mentor/io/store.hpp"

namespace mentor {

namespace {

// Two entries with one id are the same entry when their canonical lines are (validate_journal
// compares them field by field, where they were read left out).
std::vector<std::uint64_t> content_hashes(const std::vector<Entry>& entries) {
    std::vector<std::uint64_t> out;
    out.reserve(entries.size());
    for (const Entry& e : entries) out.push_back(journal_content_hash(format_entry_line(e)));
    return out;
}

}  // namespace

JournalCheck ProgramStore::check_journal(const JournalPeople* people, std::size_t cache_threshold) {
    std::unordered_map<std::string, CheckedJournalFile> cached;
    if (disk_->is_file(journal_cache_path())) {
        try {
            if (auto files = decode_journal_cache(disk_->read(journal_cache_path()))) {
                for (CheckedJournalFile& f : *files) {
                    std::string key = f.source;
                    cached.emplace(std::move(key), std::move(f));
                }
            }
        } catch (const std::exception&) {
            // An unreadable cache is only a miss.
        }
    }
    const std::uint64_t fingerprint = people ? people->fingerprint() : 0;
    const JournalScope everything;
    JournalCheck out;
    JournalCrossCheck across;
    std::vector<CheckedJournalFile> kept;
    std::vector<std::pair<std::string, JournalFileSpan>> read;  // the files kept[i] is of
    bool changed = false;
    std::size_t bytes = 0;
    for (const std::string& name : journal_files()) {
        const std::optional<JournalFileSpan> span = journal_file_span(name);
        if (!span) continue;
        const std::string source = shown("journal/" + name);
        const std::string text = disk_->read(journal_dir() / name);
        bytes += text.size();
        const std::uint64_t content = journal_content_hash(text);
        CheckedJournalFile file;
        const auto hit = cached.find(source);
        if (hit != cached.end() && hit->second.content == content && hit->second.people == fingerprint) {
            file = std::move(hit->second);
        } else {
            changed = true;
            ParsedJournal part;
            parse_journal_file(text, *span, source, everything, part);
            file.source = source;
            file.content = content;
            file.people = fingerprint;
            file.entries = part.entries.size();
            file.diagnostics = std::move(part.diagnostics);
            if (people) {
                for (Diagnostic& d : people->check_entries(part.entries)) file.diagnostics.push_back(std::move(d));
                file.facts = journal_file_facts(part.entries, content_hashes(part.entries));
            }
        }
        out.entries += file.entries;
        out.diagnostics.insert(out.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
        if (people) across.add(source, file.facts, out.diagnostics);
        file.facts.ids.clear();  // the checks across files keep what they need
        file.facts.ids.shrink_to_fit();
        kept.push_back(std::move(file));
        read.emplace_back(name, *span);
    }
    if (people) {
        // Two equal id hashes: the exact ids of a file that came from the cache are read again.
        across.finish(out.diagnostics, [&](std::size_t f) {
            ParsedJournal part;
            parse_journal_file(disk_->read(journal_dir() / read[f].first), read[f].second, kept[f].source, everything, part);
            return journal_file_facts(part.entries, content_hashes(part.entries)).ids;
        });
    }
    // Files gone since the last check leave the cache too.
    if (bytes >= cache_threshold && (changed || kept.size() != cached.size())) {
        try {
            disk_->make_dir(state_dir());
            disk_->write(journal_cache_path(), encode_journal_cache(kept));
        } catch (const std::exception&) {
            // A cache that cannot be written only costs the next run its speed.
        }
    }
    return out;
}

}  // namespace mentor
