#include "mentor/io/store.hpp"

#include <iterator>
#include <map>
#include <unordered_map>
#include <utility>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "mentor/domain/needs.hpp"
#include "mentor/domain/roster_errors.hpp"
#include "mentor/domain/validate.hpp"
#include "mentor/io/error.hpp"
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_names.hpp"
#include "mentor/io/pairs_file.hpp"
#include "mentor/io/program_cache.hpp"
#include "mentor/io/program_toml.hpp"
#include "mentor/io/roster_cache.hpp"
#include "mentor/io/remind_state.hpp"
#include "mentor/io/schedule_file.hpp"
#include "mentor/io/survey_file.hpp"
#include "mentor/io/templates.hpp"

namespace mentor {

namespace fs = std::filesystem;

std::optional<fs::path> find_program_dir(const fs::path& start) {
    std::error_code ec;
    fs::path here = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    for (;;) {
        if (fs::exists(here / "program.toml", ec)) return here;
        if (!here.has_parent_path() || here.parent_path() == here) return std::nullopt;
        here = here.parent_path();
    }
}

ProgramStore::ProgramStore(ProgramDir dir) : ProgramStore(std::move(dir), real_disk()) {}
ProgramStore::ProgramStore(ProgramDir dir, std::unique_ptr<Disk> disk) : dir_(std::move(dir)), disk_(std::move(disk)) {}
ProgramStore::~ProgramStore() = default;
ProgramStore::ProgramStore(ProgramStore&&) noexcept = default;

namespace {

// Reads a file, or records why it could not be read as a diagnostic of that file.
std::optional<std::string> read_or_report(const Disk& disk, const fs::path& path, const std::string& shown,
                                          std::vector<Diagnostic>& diags, const std::string& hint) {
    if (!disk.is_file(path)) {
        diags.push_back({Severity::error, shown, {}, "file not found", hint});
        return std::nullopt;
    }
    try {
        return disk.read(path);
    } catch (const SystemError& e) {
        diags.push_back({Severity::error, shown, {}, e.what(), {}});
        return std::nullopt;
    }
}

// A time zone is checked against the system's tz database when there is one.
void check_timezone(const Disk& disk, const Program& p, std::vector<Diagnostic>& diags) {
    const fs::path zoneinfo = "/usr/share/zoneinfo";
    if (p.timezone.empty() || !disk.is_dir(zoneinfo)) return;
    if (p.timezone.find("..") != std::string::npos) return;  // already reported as malformed
    if (disk.is_file(zoneinfo / p.timezone)) return;
    diags.push_back({Severity::error, p.source, p.pos.timezone.line > 0 ? p.pos.timezone : SourcePos{1, 1},
                     fmt::format("unknown time zone '{}'", p.timezone),
                     "use an IANA name such as \"America/Chicago\"; the list is under /usr/share/zoneinfo"});
}

void append_all(std::vector<Diagnostic>& to, const std::vector<Diagnostic>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

JournalScope scope_of(const JournalQuery& q) {
    JournalScope s{q.since, q.until, q.only == JournalQuery::Only::goal_events};
    s.pair_meetings_only = q.only == JournalQuery::Only::pair_meetings;
    return s;
}

void move_into(ParsedJournal& to, ParsedJournal&& from) {
    std::move(from.entries.begin(), from.entries.end(), std::back_inserter(to.entries));
    std::move(from.diagnostics.begin(), from.diagnostics.end(), std::back_inserter(to.diagnostics));
    std::move(from.sources.begin(), from.sources.end(), std::back_inserter(to.sources));
}

ParsedJournal valid_or_throw(ParsedJournal&& journal) {
    if (has_errors(journal.diagnostics)) throw InputError(std::move(journal.diagnostics));
    return std::move(journal);
}

}  // namespace

// What the surveys say about people (needs, compatibility answers), from surveys/*.tsv.
void ProgramStore::read_survey_answers_into(LoadedProgram& out) {
    std::vector<std::vector<SurveyAnswer>> answers;
    auto read = [&](const std::string& id) {
        if (!disk_->is_file(survey_path(id))) return std::vector<SurveyAnswer>{};
        ParsedSurveyAnswers parsed = parse_survey_answers(disk_->read(survey_path(id)), shown("surveys/" + id + ".tsv"));
        append_all(out.diagnostics, parsed.diagnostics);
        return std::move(parsed.answers);
    };
    for (const SurveyConfig& s : out.program.surveys) answers.push_back(read(s.id));
    const std::string manual_id(manual_needs_survey);
    const std::vector<SurveyAnswer> manual = out.program.survey(manual_id) ? std::vector<SurveyAnswer>{} : read(manual_id);
    apply_survey_answers(out.roster, out.program, answers, manual);
}

// The key under which the checks of the program's files are cached: nothing for a roster too
// small to be worth it (it leaves no file behind) or when a file cannot be read.
std::optional<std::uint64_t> ProgramStore::program_checks_key(const std::optional<std::string>& config,
                                                              const std::optional<std::string>& pairs) {
    try {
        const std::optional<FileIdentity> roster = disk_->identity(roster_path());
        if (!roster || roster->size < roster_cache_threshold) return std::nullopt;
        std::vector<std::pair<std::string, std::string>> surveys;
        for (const std::string& name : disk_->list(dir_.dir / "surveys")) {
            surveys.emplace_back(name, disk_->read(dir_.dir / "surveys" / name));
        }
        return mentor::program_checks_key(shown("program.toml"), config ? *config : std::string("\0missing"),
                                          shown("roster.yaml"), roster->key, shown("pairs.tsv"), pairs, surveys);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

const LoadedProgram& ProgramStore::loaded() {
    if (loaded_) return *loaded_;
    LoadedProgram& out = loaded_.emplace();
    const std::string config_name = shown("program.toml");
    const std::string roster_name = shown("roster.yaml");
    out.program.source = config_name;
    out.roster.source = roster_name;

    const std::optional<std::string> config = read_or_report(*disk_, config_path(), config_name, out.diagnostics,
                                                             "create it with `mentor init DIR`, or pass -C DIR");
    if (config) {
        ParsedProgram parsed = parse_program(*config, config_name);
        const bool config_ok = !has_errors(parsed.diagnostics);
        out.program = std::move(parsed.program);
        append_all(out.diagnostics, parsed.diagnostics);
        if (config_ok) {
            auto more = validate_program(out.program);
            check_timezone(*disk_, out.program, more);
            append_all(out.diagnostics, more);
        }
    }
    const std::string pairs_name = shown("pairs.tsv");
    std::optional<std::string> pairs_text;
    if (has_pairs()) pairs_text = read_or_report(*disk_, pairs_path(), pairs_name, out.diagnostics, {});
    // The checks of a large roster and of the pairs are kept while none of their inputs changed.
    std::optional<std::uint64_t> key;
    std::optional<ProgramChecks> cached;
    ProgramChecks fresh;
    if (!disk_->is_file(roster_path())) {
        out.diagnostics.push_back({Severity::error, roster_name, {}, "file not found",
                                   "create it with a 'people:' list, or run `mentor init`"});
    } else {
        try {
            ParsedRoster people = disk_->parse_roster_file(roster_path(), roster_cache_path(), roster_name);
            out.roster = std::move(people.roster);
            append_all(out.diagnostics, people.diagnostics);
            key = program_checks_key(config, has_pairs() ? pairs_text : std::nullopt);
            if (key && disk_->is_file(program_cache_path())) {
                try {
                    cached = decode_program_checks(disk_->read(program_cache_path()), *key);
                } catch (const std::exception&) {
                    // An unreadable cache is only a miss.
                }
            }
            fresh.roster = cached ? std::move(cached->roster) : validate_roster(out.roster, out.program);
            append_all(out.diagnostics, fresh.roster);
            read_survey_answers_into(out);
        } catch (const SystemError& e) {
            out.diagnostics.push_back({Severity::error, roster_name, {}, e.what(), {}});
        }
    }
    if (pairs_text) {
        ParsedPairs parsed = parse_pairs_file(*pairs_text, pairs_name);
        out.pairs = std::move(parsed.pairs);
        apply_duration(out.pairs, out.program);  // when each pair's duration runs out
        append_all(out.diagnostics, parsed.diagnostics);
        if (!has_errors(out.diagnostics)) {
            fresh.pairs = cached && cached->pairs ? std::move(cached->pairs)
                                                  : validate_pairs(out.pairs, out.roster, out.program, pairs_name);
            append_all(out.diagnostics, *fresh.pairs);
        }
    }
    if (key && (!cached || (fresh.pairs && !cached->pairs))) {
        try {
            disk_->make_dir(state_dir());
            disk_->write(program_cache_path(), encode_program_checks(fresh, *key));
        } catch (const std::exception&) {
            // A cache that cannot be written only costs the next run its speed.
        }
    }
    sort_diagnostics(out.diagnostics);
    return out;
}

const LoadedProgram& ProgramStore::valid() {
    const LoadedProgram& out = loaded();
    if (has_errors(out.diagnostics) && !tolerated_) {
        std::vector<Diagnostic> diags = out.diagnostics;
        throw InputError(std::move(diags));
    }
    return out;
}

const std::map<std::string, std::vector<Diagnostic>>& ProgramStore::valid_except_entries() {
    if (tolerated_) return *tolerated_;
    const LoadedProgram& out = loaded();
    if (!has_errors(out.diagnostics)) return tolerated_.emplace();
    const std::string roster_name = shown("roster.yaml");
    std::vector<Diagnostic> roster_errors;
    bool elsewhere = false;
    for (const Diagnostic& d : out.diagnostics) {
        if (d.severity != Severity::error) continue;
        if (d.file == roster_name) roster_errors.push_back(d);
        else elsewhere = true;
    }
    auto by_person = elsewhere ? std::nullopt : errors_by_person(out.roster, roster_errors);
    if (!by_person) valid();  // throws, with every diagnostic
    // loaded() checks pairs.tsv against the roster only when the roster has no error: check the
    // pairs of everyone else now.
    if (has_pairs()) {
        std::vector<Pair> others;
        for (const Pair& p : out.pairs) {
            const bool troubled = by_person->count(p.mentor) > 0 || by_person->count(p.mentee) > 0;
            if (!troubled && out.roster.find(p.mentor) && out.roster.find(p.mentee)) others.push_back(p);
        }
        std::vector<Diagnostic> more = validate_pairs(others, out.roster, out.program, shown("pairs.tsv"));
        if (has_errors(more)) throw InputError(std::move(more));
    }
    return tolerated_.emplace(std::move(*by_person));
}

bool ProgramStore::has_pairs() const { return disk_->is_file(pairs_path()); }

LoadedSchedule ProgramStore::read_schedule(bool check) {
    LoadedSchedule out;
    if (!disk_->is_file(schedule_path())) return out;
    out.exists = true;
    const std::string name = shown("schedule.tsv");
    std::string text;
    try {
        text = disk_->read(schedule_path());
    } catch (const SystemError& e) {
        out.diagnostics.push_back({Severity::error, name, {}, e.what(), {}});
        return out;
    }
    ParsedSchedule parsed = parse_schedule_file(text, name);
    out.meetings = std::move(parsed.meetings);
    out.diagnostics = std::move(parsed.diagnostics);
    const LoadedProgram& program = loaded();
    if (check && !has_errors(out.diagnostics) && !has_errors(program.diagnostics)) {
        append_all(out.diagnostics, validate_schedule(out.meetings, program.roster, program.program, program.pairs, name));
    }
    sort_diagnostics(out.diagnostics);
    return out;
}

const LoadedSchedule& ProgramStore::schedule() {
    if (schedule_) return *schedule_;
    valid();
    LoadedSchedule s = read_schedule(false);
    if (has_errors(s.diagnostics)) throw InputError(std::move(s.diagnostics));
    return schedule_.emplace(std::move(s));
}

std::vector<Diagnostic> ProgramStore::schedule_diagnostics() { return read_schedule(true).diagnostics; }

TimeZone ProgramStore::time_zone() { return load_time_zone(program().timezone); }

int ProgramStore::utc_offset(Date day, int minutes) {
    try {
        const TimeZone tz = time_zone();
        const std::int64_t local = static_cast<std::int64_t>(day.days()) * 86400 + minutes * 60;
        return tz.at(local - tz.at(local).offset).offset;
    } catch (const SystemError&) {
        return 0;  // no tz database: the Date header says UTC
    }
}

Date ProgramStore::day_at(std::int64_t utc) {
    int offset = 0;
    try {
        offset = time_zone().at(utc).offset;
    } catch (const SystemError&) {
        offset = 0;  // no tz database: the UTC day
    }
    return Date::from_days(static_cast<int>(floor_div(utc + offset, 86400)));
}

const std::vector<std::string>& ProgramStore::journal_files() {
    if (!journal_files_) journal_files_ = disk_->list(journal_dir());
    return *journal_files_;
}

void ProgramStore::read_journal_into(const JournalQuery& query, ParsedJournal& out) {
    const JournalScope scope = scope_of(query);
    for (const std::string& name : journal_files()) {
        const std::optional<JournalFileSpan> span = journal_file_span(name);
        if (!span || !span->wanted_by(scope)) continue;
        const std::string source = shown("journal/" + name);
        // Goal files are read once and kept: several commands need every goal.
        if (span->goals && goal_events_ && !query.history) {
            for (const Entry& e : goal_events_->entries) {
                if (e.file == source && scope.wants(e.date)) out.entries.push_back(e);
            }
            continue;
        }
        const std::string text = disk_->read(journal_dir() / name);
        if (text.find(" supersedes=") == std::string::npos) {
            parse_journal_file(text, *span, source, scope, out);
            continue;
        }
        // A file with corrections is read whole: a correction may move its entry's date across
        // the query's ends (within the file), and only the current version may count.
        JournalScope whole = scope;
        whole.since.reset();
        whole.until.reset();
        ParsedJournal part;
        parse_journal_file(text, *span, source, whole, part);
        if (!query.history) keep_current_versions(part.entries);
        std::erase_if(part.entries, [&](const Entry& e) { return !scope.wants(e.date); });
        move_into(out, std::move(part));
    }
}

void ProgramStore::journal_by_file(const JournalQuery& query,
                                   const std::function<void(ParsedJournal&, const JournalFileSpan&)>& each,
                                   bool goal_files_first) {
    const JournalScope scope = scope_of(query);
    auto read = [&](const std::string& name, const JournalFileSpan& span) {
        ParsedJournal part;
        const std::string source = shown("journal/" + name);
        if (span.goals && goal_events_) {
            for (const Entry& e : goal_events_->entries) {
                if (e.file == source && scope.wants(e.date)) part.entries.push_back(e);
            }
        } else {
            parse_journal_file(disk_->read(journal_dir() / name), span, source, scope, part);
        }
        each(part, span);
    };
    for (const bool goals : goal_files_first ? std::vector<bool>{true, false} : std::vector<bool>{}) {
        for (const std::string& name : journal_files()) {
            const std::optional<JournalFileSpan> span = journal_file_span(name);
            if (span && span->wanted_by(scope) && span->goals == goals) read(name, *span);
        }
    }
    if (goal_files_first) return;
    for (const std::string& name : journal_files()) {
        const std::optional<JournalFileSpan> span = journal_file_span(name);
        if (span && span->wanted_by(scope)) read(name, *span);
    }
}

ParsedJournal ProgramStore::journal_checked(const JournalQuery& query) {
    JournalQuery every_version = query;
    every_version.history = true;
    ParsedJournal out;
    read_journal_into(every_version, out);
    return out;
}

ParsedJournal ProgramStore::journal(const JournalQuery& query) {
    valid();
    ParsedJournal out;
    read_journal_into(query, out);
    return valid_or_throw(std::move(out));
}

const std::vector<Entry>& ProgramStore::goal_events() {
    if (!goal_events_) {
        valid();
        ParsedJournal events;
        read_journal_into(JournalQuery::goal_events_from({}), events);
        goal_events_ = valid_or_throw(std::move(events));
    }
    return goal_events_->entries;
}

const std::vector<Goal>& ProgramStore::goals() {
    if (!goals_) goals_ = fold_goals(goal_events());
    return *goals_;
}

namespace {

// The value of `key` among a journal line's `key=value` fields (quoted values may hold blanks
// and backslash escapes), without parsing the rest; empty when the line has none.
std::string_view line_field(std::string_view line, std::string_view key) {
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        const std::size_t start = i;
        bool quoted = false;
        while (i < line.size() && (quoted || line[i] != ' ')) {
            if (line[i] == '\\' && quoted) ++i;
            else if (line[i] == '"') quoted = !quoted;
            ++i;
        }
        const std::string_view token = line.substr(start, i - start);
        if (token.size() > key.size() && token.substr(0, key.size()) == key && token[key.size()] == '=') {
            return token.substr(key.size() + 1);
        }
    }
    return {};
}

// Hashes strings and views alike, so that a map keyed by strings is searched with a view.
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// What a glance at a goal's events tells about it before a day.
struct GoalGlance {
    std::optional<Date> due;
    bool closed = false;   // done or dropped before the day
    bool recent = false;   // an event on or after the day
};

}  // namespace

std::vector<Goal> ProgramStore::goals_of_term(Date from) {
    std::unordered_map<std::string, GoalGlance, ViewHash, std::equal_to<>> glance;
    const auto note = [&](std::string_view goal, Date date, EntryKind kind, std::optional<Date> due) {
        auto it = glance.find(goal);
        if (it == glance.end()) it = glance.emplace(std::string(goal), GoalGlance{}).first;
        GoalGlance& g = it->second;
        if (date >= from) g.recent = true;
        if (kind == EntryKind::goal_add && due) g.due = due;
        if ((kind == EntryKind::goal_done || kind == EntryKind::goal_drop) && date < from) g.closed = true;
    };
    const auto wanted = [&](std::string_view goal) {
        const auto it = glance.find(goal);
        if (it == glance.end()) return true;
        const GoalGlance& g = it->second;
        return g.recent || !(g.closed || (g.due && *g.due < from));
    };
    const auto of_term = [&](const std::vector<Goal>& goals) {
        std::vector<Goal> out;
        for (const Goal& g : goals) {
            if (wanted(g.id)) out.push_back(g);
        }
        return out;
    };
    if (goals_) {  // every goal already folded: the same choice, made on them
        for (const Entry& e : goal_events()) note(e.goal, e.date, e.kind, e.definition.due);
        return of_term(*goals_);
    }
    valid();
    const JournalScope scope = scope_of(JournalQuery::goal_events_from({}));
    ParsedJournal recent;
    std::vector<std::pair<std::string, std::string>> older;  // goal files that end before `from`: name, text
    for (const std::string& name : journal_files()) {
        const std::optional<JournalFileSpan> span = journal_file_span(name);
        if (!span || !span->goals) continue;
        std::string text = disk_->read(journal_dir() / name);
        if (!(span->last < from)) {
            parse_journal_file(text, *span, shown("journal/" + name), scope, recent);
            continue;
        }
        std::string_view rest = text;
        while (!rest.empty()) {
            const std::size_t nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
            Date date;
            std::string_view kind;
            if (line.empty() || line[0] == '#' || !glance_entry_line(line, date, kind)) continue;
            // Every line of these files is dated before `from`: progress says nothing here.
            const auto k = entry_kind_names.parse(kind);
            if (!k || *k == EntryKind::goal_progress) continue;
            note(line_field(line, "goal"), date, *k, *k == EntryKind::goal_add ? parse_date(line_field(line, "due")) : std::nullopt);
        }
        older.emplace_back(name, std::move(text));
    }
    for (const Entry& e : recent.entries) note(e.goal, e.date, e.kind, e.definition.due);
    // The older files again, parsed only on the lines of the goals wanted (the others left
    // blank, so that line numbers stay those of the file).
    ParsedJournal events;
    for (const auto& [name, text] : older) {
        std::string only;
        std::string_view rest = text;
        while (!rest.empty()) {
            const std::size_t nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
            if (line.empty() || line[0] == '#' || wanted(line_field(line, "goal"))) only += line;
            only += '\n';
        }
        parse_journal_file(only, *journal_file_span(name), shown("journal/" + name), scope, events);
    }
    move_into(events, std::move(recent));
    return of_term(fold_goals(valid_or_throw(std::move(events)).entries));
}

ParsedJournal ProgramStore::latest_pair_meetings(const std::vector<Pair>& pairs, Date since, Date recent, Date until) {
    std::set<std::pair<std::string_view, std::string_view>> pending;
    for (const Pair& p : pairs) {
        if (p.is_current(until)) pending.emplace(p.mentor, p.mentee);
    }
    const auto month_start = [](Date d) { return d - (d.day() - 1); };
    Date hi = until;
    Date lo = std::max(since, std::min(month_start(until), recent));
    ParsedJournal all;
    while (true) {
        ParsedJournal part = journal(JournalQuery::pair_meetings(lo, hi));
        for (const Entry& e : part.entries) {
            for (const std::string& mentee : entry_mentees(e)) pending.erase({e.mentor, mentee});
        }
        // A pair that started within what was read has had all its meetings read.
        for (const Pair& p : pairs) {
            if (lo <= p.start) pending.erase({p.mentor, p.mentee});
        }
        move_into(all, std::move(part));
        if (pending.empty() || lo <= since) break;
        hi = lo - 1;
        lo = std::max(since, month_start(hi));
    }
    return all;
}

bool ProgramStore::journal_merges_by_line() const {
    std::error_code ec;
    fs::path at = fs::absolute(dir_.dir, ec);
    for (int depth = 0; depth < 64 && !at.empty(); ++depth) {
        const fs::path attributes = at / ".gitattributes";
        if (disk_->is_file(attributes)) {
            const std::string text = disk_->read(attributes);
            std::size_t start = 0;
            while (start < text.size()) {
                const std::size_t nl = std::min(text.find('\n', start), text.size());
                const std::string_view line = std::string_view(text).substr(start, nl - start);
                if (!line.empty() && line.front() != '#' && line.find("journal") != std::string_view::npos &&
                    line.find("merge=union") != std::string_view::npos) {
                    return true;
                }
                start = nl + 1;
            }
        }
        if (disk_->is_file(at / ".git") || disk_->is_dir(at / ".git") || at == at.root_path()) break;
        at = at.parent_path();
    }
    return false;
}

RemindHistory ProgramStore::remind_history() {
    if (!disk_->is_file(remind_history_path())) return {};
    ParsedRemindState parsed = parse_remind_state(disk_->read(remind_history_path()), shown(".mentor/remind.tsv"));
    if (has_errors(parsed.diagnostics)) throw InputError(std::move(parsed.diagnostics));
    return std::move(parsed.history);
}

Appended ProgramStore::append(Entry e, bool dry_run) {
    const std::string name = journal_file_name(e);
    // A private text is sealed to its readers when the program keeps keys and all of them have one.
    SealReaders readers;
    if (e.is_private && !e.text.empty() && e.sealed.empty() && !public_keys().keys.empty()) readers = seal_readers(e);
    const bool seal = !readers.keys.empty() && readers.keyless.empty();
    std::string plain;
    if (seal) {
        // The id is derived from the entry's content: from a random stand-in, not from the text.
        plain = std::exchange(e.text, random_token());
    }
    disk_->append_locked(journal_dir(), name, [&](std::string_view current) {
        return journal_append_tail(current, e, [&](Entry& x) {
            if (!seal) return;
            x.text = plain;
            seal_entry(x, readers.keys);
        });
    }, dry_run);
    journal_files_.reset();
    goal_events_.reset();
    goals_.reset();
    return {e.id, shown("journal/" + name), seal, readers.keyless};
}

void ProgramStore::write_pairs(const std::vector<Pair>& pairs) { disk_->write(pairs_path(), format_pairs_file(pairs)); }

void ProgramStore::write_schedule(const std::vector<Meeting>& meetings) {
    disk_->write(schedule_path(), format_schedule_file(meetings));
}

void ProgramStore::write_remind_history(const RemindHistory& history) {
    disk_->make_dir(state_dir());
    disk_->write(remind_history_path(), format_remind_state(history));
}

std::vector<SurveyAnswer> ProgramStore::survey_answers(const std::string& id) {
    if (!disk_->is_file(survey_path(id))) return {};
    ParsedSurveyAnswers parsed = parse_survey_answers(disk_->read(survey_path(id)), shown("surveys/" + id + ".tsv"));
    if (has_errors(parsed.diagnostics)) throw InputError(std::move(parsed.diagnostics));
    return std::move(parsed.answers);
}

void ProgramStore::write_survey_answers(const std::string& id, const std::vector<SurveyAnswer>& answers) {
    disk_->make_dir(dir_.dir / "surveys");
    disk_->write(survey_path(id), format_survey_answers(answers));
}

std::vector<MentorScreen> ProgramStore::screen_mentors(Date day) {
    const LoadedProgram& l = valid();
    std::vector<Entry> training;
    if (l.program.selection.min_training_hours) training = journal(JournalQuery::period(std::nullopt, day)).entries;
    std::vector<SurveyAnswer> ratings;
    if (!l.program.selection.rating_survey.empty()) ratings = survey_answers(l.program.selection.rating_survey);
    return mentor::screen_mentors(l.roster, l.program, day,
                                  gather_selection_evidence(l.program, l.pairs, training, ratings, day));
}

const Roster& ProgramStore::pairing_roster(Date day) {
    const LoadedProgram& l = valid();
    if (!l.program.selection.any()) return l.roster;
    if (!screened_) {
        Roster r = l.roster;
        mark_unqualified(r, screen_mentors(day));
        screened_ = std::move(r);
    }
    return *screened_;
}

void ProgramStore::write_roster(std::string_view text) { disk_->write(roster_path(), text); }

std::string ProgramStore::roster_text() const { return disk_->read(roster_path()); }

bool ProgramStore::has_file(const std::string& name) const { return disk_->is_file(dir_.dir / name); }

Creation ProgramStore::create_file(const std::string& name, const std::string& content, bool merge_lines, bool dry_run) {
    const fs::path path = dir_.dir / name;
    if (disk_->is_file(path)) {
        if (!merge_lines) return Creation::kept;
        const std::string current = disk_->read(path);
        const std::string add = missing_lines(current, content);
        if (add.empty()) return Creation::kept;
        const std::string sep = current.empty() || current.back() == '\n' ? "" : "\n";
        if (!dry_run) disk_->write(path, current + sep + add);
        return Creation::updated;
    }
    if (dry_run) return Creation::created;
    disk_->make_dir(dir_.dir);
    if (!disk_->create(path, content)) {
        throw InputError(fmt::format("{} appeared while init was running", shown(name)), "run init again");
    }
    return Creation::created;
}

namespace {

// A system error about `path` as resolved, told about the path as the user wrote it.
[[noreturn]] void rethrow_as_given(const SystemError& e, const fs::path& path, const std::string& shown) {
    std::string message = e.what();
    const std::string target = path.string();
    if (const auto at = message.find(target); at != std::string::npos) message.replace(at, target.size(), shown);
    throw SystemError(message, e.hint());
}

}  // namespace

std::optional<std::string> ProgramStore::read_input(const fs::path& path, const std::string& shown_as) const {
    if (!disk_->is_file(path) && !disk_->is_dir(path)) return std::nullopt;
    try {
        return disk_->read(path);
    } catch (const SystemError& e) {
        rethrow_as_given(e, path, shown_as);
    }
}

ProgramStore::DirSync ProgramStore::sync_output_dir(const fs::path& dir, const std::string& shown_as,
                                                    const std::map<std::string, std::string>& files,
                                                    const std::function<bool(const std::string&)>& owned,
                                                    bool dry_run) {
    DirSync out;
    try {
        if (disk_->is_file(dir)) throw SystemError(fmt::format("{} is a file, not a directory", dir.string()),
                                                      "--vdir names a directory; it is created when missing");
        if (!dry_run) disk_->make_dir(dir);
        for (const auto& [name, content] : files) {
            const fs::path path = dir / name;
            if (disk_->is_file(path) && disk_->read(path) == content) {
                ++out.unchanged;
                continue;
            }
            if (!dry_run) disk_->write(path, content);
            ++out.written;
        }
        for (const std::string& name : disk_->list(dir)) {
            if (files.count(name) > 0 || !owned(name)) continue;
            if (!dry_run) disk_->remove(dir / name);
            ++out.removed;
        }
    } catch (const SystemError& e) {
        rethrow_as_given(e, dir, shown_as);
    }
    return out;
}

void ProgramStore::write_output(const fs::path& path, const std::string& shown_as, std::string_view text) {
    try {
        disk_->write_output(path, text);
    } catch (const SystemError& e) {
        rethrow_as_given(e, path, shown_as);
    }
}

}  // namespace mentor
