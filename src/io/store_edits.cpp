// The program store's locked edits of pairs.tsv and schedule.tsv (`pair assign|lock|unlock|end`,
// `meetings move|cancel`): read, change and replace under one lock, so two edits never lose
// each other's change.
#include <fmt/format.h>

#include "mentor/io/error.hpp"
#include "mentor/io/pairs_file.hpp"
#include "mentor/io/schedule_file.hpp"
#include "mentor/io/store.hpp"

namespace mentor {

void ProgramStore::edit_pairs(const std::function<std::optional<std::vector<Pair>>(const std::vector<Pair>&)>& change,
                              bool dry_run) {
    const Program& prog = program();
    const std::string name = shown("pairs.tsv");
    if (!has_pairs()) throw NotFoundError(fmt::format("no {} yet: there are no pairs to change", name), "run `mentor pair` first");
    disk_->replace_locked(
        pairs_path(),
        [&](std::string_view text) -> std::optional<std::string> {
            ParsedPairs parsed = parse_pairs_file(text, name);
            if (has_errors(parsed.diagnostics)) throw InputError(std::move(parsed.diagnostics));
            apply_duration(parsed.pairs, prog);
            const auto next = change(parsed.pairs);
            if (!next) return std::nullopt;
            return format_pairs_file(*next);
        },
        dry_run);
}

void ProgramStore::edit_schedule(
    const std::function<std::optional<std::vector<Meeting>>(const std::vector<Meeting>&)>& change, bool dry_run) {
    valid();
    const std::string name = shown("schedule.tsv");
    if (!disk_->is_file(schedule_path())) {
        throw NotFoundError(fmt::format("no {} yet: there are no meetings to change", name), "run `mentor schedule` first");
    }
    disk_->replace_locked(
        schedule_path(),
        [&](std::string_view text) -> std::optional<std::string> {
            ParsedSchedule parsed = parse_schedule_file(text, name);
            if (has_errors(parsed.diagnostics)) throw InputError(std::move(parsed.diagnostics));
            const auto next = change(parsed.meetings);
            if (!next) return std::nullopt;
            return format_schedule_file(*next);
        },
        dry_run);
}

}  // namespace mentor
