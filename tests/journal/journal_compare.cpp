// journal_compare DIR...: for each program directory, reads its journal the whole way (the
// reader `mentor` had before it read a file at a time: journal_checked, then validate_journal
// over every entry) and a file at a time (journal_by_file, in both orders, and check_journal
// with and without its cache), and exits 1 on the first difference. Prints one line per
// directory: how many entries and problems were compared.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "mentor/io/store.hpp"

using namespace mentor;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> shown(std::vector<Diagnostic> diags) {
    sort_diagnostics(diags);
    std::vector<std::string> out;
    for (const Diagnostic& d : diags) {
        out.push_back(fmt::format("{}:{}:{}: {}: {} [{}]", d.file, d.pos.line, d.pos.col,
                                  d.severity == Severity::error ? "error" : "warning", d.message, d.hint));
    }
    return out;
}

bool fail(const fs::path& dir, const std::string& what) {
    fmt::print(stderr, "{}: {}\n", dir.string(), what);
    return false;
}

bool compare(const fs::path& dir) {
    ProgramStore whole(ProgramDir{dir, dir.string()});
    const ParsedJournal all = whole.journal_checked(JournalQuery::everything());

    ProgramStore streaming(ProgramDir{dir, dir.string()});
    std::vector<Entry> got;
    std::vector<Diagnostic> problems;
    std::vector<std::unique_ptr<const std::string>> names;
    streaming.journal_by_file(JournalQuery::everything(), [&](ParsedJournal& part, const JournalFileSpan&) {
        std::move(part.entries.begin(), part.entries.end(), std::back_inserter(got));
        std::move(part.diagnostics.begin(), part.diagnostics.end(), std::back_inserter(problems));
        std::move(part.sources.begin(), part.sources.end(), std::back_inserter(names));
    });
    if (got.size() != all.entries.size()) {
        return fail(dir, fmt::format("{} entries read a file at a time, {} read whole", got.size(), all.entries.size()));
    }
    for (std::size_t i = 0; i < got.size(); ++i) {
        if (!(got[i] == all.entries[i])) return fail(dir, fmt::format("entry {} differs ({} line {})", i, got[i].file, got[i].line));
    }
    if (shown(problems) != shown(all.diagnostics)) return fail(dir, "the problems read a file at a time differ");

    // What `mentor check` reports of the journal: the whole read and validate_journal, against
    // the check a file at a time, fresh and then from its cache.
    const LoadedProgram& loaded = whole.loaded();
    std::vector<Diagnostic> expected = all.diagnostics;
    const bool sound = !has_errors(loaded.diagnostics);
    if (sound) {
        for (Diagnostic& d : validate_journal(all.entries, loaded.roster, loaded.pairs, whole.has_pairs())) expected.push_back(d);
    }
    const fs::path cache = streaming.journal_cache_path();
    const bool had_cache = fs::exists(cache);
    std::optional<JournalPeople> people;
    if (sound) people.emplace(loaded.roster, loaded.pairs, whole.has_pairs());
    for (int round = 0; round < 2; ++round) {
        ProgramStore checker(ProgramDir{dir, dir.string()});
        const JournalCheck c = checker.check_journal(people ? &*people : nullptr, 0);
        if (c.entries != all.entries.size()) return fail(dir, fmt::format("check_journal counted {} entries", c.entries));
        if (shown(c.diagnostics) != shown(expected)) {
            return fail(dir, fmt::format("check_journal ({}) finds other problems", round == 0 ? "fresh" : "cached"));
        }
    }
    if (!had_cache) fs::remove(cache);
    fmt::print("{}: the same {} entries and {} problems ({} with the checks across files)\n", dir.string(),
               all.entries.size(), all.diagnostics.size(), expected.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: journal_compare DIR...\n");
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        try {
            if (!compare(argv[i])) return 1;
        } catch (const std::exception& e) {
            fmt::print(stderr, "{}: {}\n", argv[i], e.what());
            return 1;
        }
    }
    return 0;
}
