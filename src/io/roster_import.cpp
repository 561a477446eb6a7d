#include "mentor/io/roster_import.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "mentor/domain/validate.hpp"

#include "mentor/domain/suggest.hpp"
#include "mentor/domain/text.hpp"
#include "mentor/io/person_fields.hpp"
#include "mentor/io/person_format.hpp"
#include "mentor/io/roster_yaml.hpp"
#include "mentor/domain/model.hpp"

namespace mentor {

namespace {

// Header names seen in staff exports, normalised (lowercase letters and digits only).
struct Alias {
    std::string_view field;
    std::array<std::string_view, 8> names;
};

constexpr Alias aliases[] = {
    {"id", {"id", "staffid", "employeeid", "userid", "username", "personid", "teacherid", "login"}},
    {"name", {"name", "fullname", "staffname", "teachername", "displayname", "employeename", "", ""}},
    {"first_name", {"firstname", "givenname", "first", "forename", "", "", "", ""}},
    {"last_name", {"lastname", "surname", "familyname", "last", "", "", "", ""}},
    {"email", {"email", "emailaddress", "mail", "workemail", "schoolemail", "", "", ""}},
    {"roles", {"roles", "role", "programrole", "", "", "", "", ""}},
    {"school", {"school", "site", "campus", "building", "location", "schoolname", "schoolcode", ""}},
    {"subjects", {"subjects", "subject", "department", "contentarea", "content", "", "", ""}},
    {"grades", {"grades", "grade", "gradelevel", "gradelevels", "gradestaught", "", "", ""}},
    {"years", {"years", "yearsexperience", "yearsofexperience", "yearsteaching", "experience", "", "", ""}},
    {"supervisor", {"supervisor", "evaluator", "supervisorid", "evaluatorid", "manager", "", "", ""}},
    {"capacity", {"capacity", "maxmentees", "", "", "", "", "", ""}},
    {"trained", {"trained", "trainingdate", "mentortraining", "trainedon", "", "", "", ""}},
    {"modality", {"modality", "", "", "", "", "", "", ""}},
    {"languages", {"languages", "language", "", "", "", "", "", ""}},
    {"availability", {"availability", "freeperiods", "planningperiods", "planningperiod", "", "", "", ""}},
    {"teaches", {"teaches", "teachingperiods", "classes", "periodstaught", "", "", "", ""}},
    {"group", {"group", "groupmentoring", "", "", "", "", "", ""}},
    {"focus", {"focus", "focusareas", "needs", "", "", "", "", ""}},
    {"survey", {"survey", "", "", "", "", "", "", ""}},
    {"prefers", {"prefers", "preferences", "", "", "", "", "", ""}},
    {"avoid", {"avoid", "", "", "", "", "", "", ""}},
    {"cohort", {"cohort", "", "", "", "", "", "", ""}},
    {"start", {"start", "startdate", "hiredate", "hired", "datehired", "", "", ""}},
    {"leaves", {"leaves", "enddate", "leavedate", "separationdate", "lastday", "", "", ""}},
    {"left_reason", {"leftreason", "separationreason", "reasonforleaving", "", "", "", "", ""}},
    {"strengths", {"strengths", "mentorstrengths", "", "", "", "", "", ""}},
    {"participates", {"participates", "optin", "optedin", "", "", "", "", ""}},
    {"recommended_by", {"recommendedby", "recommendation", "recommender", "", "", "", "", ""}},
};

std::string normalise(std::string_view header) {
    std::string out;
    for (const char c : header) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Splits a list cell on ';', ',' or '|' ("math; science", "3,4", "en|es").
std::vector<FieldItem> split_cell(const std::string& cell, SourcePos pos) {
    std::vector<FieldItem> out;
    std::string current;
    auto flush = [&] {
        std::string t(trim(current));
        if (!t.empty()) out.push_back({std::move(t), pos});
        current.clear();
    };
    for (const char c : cell) {
        if (c == ';' || c == ',' || c == '|') flush();
        else current += c;
    }
    flush();
    return out;
}

// Keeps the first of equal values (and their positions): the roster reader drops a repeated
// list item with a warning, so a person written with one would not read back as written.
template <class T>
void drop_repeats(std::vector<T>& values, std::vector<SourcePos>* where = nullptr) {
    std::vector<T> kept;
    std::vector<SourcePos> kept_where;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::find(kept.begin(), kept.end(), values[i]) != kept.end()) continue;
        kept.push_back(values[i]);
        if (where && i < where->size()) kept_where.push_back((*where)[i]);
    }
    values = std::move(kept);
    if (where) *where = std::move(kept_where);
}

// Folds the accented Latin letters common in staff names to ASCII (UTF-8 in, ASCII out).
std::string ascii_fold(std::string_view s) {
    static const std::unordered_map<std::string_view, std::string_view> folds{
        {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ä", "a"}, {"ã", "a"}, {"å", "a"}, {"ā", "a"}, {"ă", "a"}, {"ą", "a"},
        {"æ", "ae"}, {"ç", "c"}, {"č", "c"}, {"ć", "c"}, {"ď", "d"}, {"đ", "d"}, {"é", "e"}, {"è", "e"}, {"ê", "e"},
        {"ë", "e"}, {"ē", "e"}, {"ę", "e"}, {"ě", "e"}, {"ế", "e"}, {"ề", "e"}, {"ễ", "e"}, {"í", "i"}, {"ì", "i"},
        {"î", "i"}, {"ï", "i"}, {"ī", "i"}, {"ł", "l"}, {"ñ", "n"}, {"ń", "n"}, {"ň", "n"}, {"ó", "o"}, {"ò", "o"},
        {"ô", "o"}, {"ö", "o"}, {"õ", "o"}, {"ø", "o"}, {"ō", "o"}, {"ő", "o"}, {"ơ", "o"}, {"œ", "oe"}, {"ř", "r"},
        {"ś", "s"}, {"š", "s"}, {"ş", "s"}, {"ß", "ss"}, {"ť", "t"}, {"ú", "u"}, {"ù", "u"}, {"û", "u"}, {"ü", "u"},
        {"ū", "u"}, {"ů", "u"}, {"ű", "u"}, {"ư", "u"}, {"ý", "y"}, {"ÿ", "y"}, {"ž", "z"}, {"ź", "z"}, {"ż", "z"},
        {"ễ", "e"}, {"ệ", "e"}, {"ộ", "o"}, {"ố", "o"}, {"ồ", "o"}, {"ạ", "a"}, {"ả", "a"}, {"ấ", "a"}, {"ầ", "a"},
        {"ậ", "a"}, {"ắ", "a"}, {"ằ", "a"}, {"ị", "i"}, {"ỉ", "i"}, {"ọ", "o"}, {"ỏ", "o"}, {"ụ", "u"}, {"ủ", "u"},
        {"ứ", "u"}, {"ừ", "u"}, {"ự", "u"}, {"ỳ", "y"}, {"ỹ", "y"}, {"ð", "d"}, {"þ", "th"}};
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto u = static_cast<unsigned char>(s[i]);
        std::size_t len = u < 0x80 ? 1 : (u >> 5) == 0x6 ? 2 : (u >> 4) == 0xE ? 3 : (u >> 3) == 0x1E ? 4 : 1;
        len = std::min(len, s.size() - i);
        const std::string_view ch = s.substr(i, len);
        if (len == 1) {
            out += static_cast<char>(std::tolower(u));
        } else {
            std::string lowered(ch);
            // Upper-case Latin-1 letters are two bytes below their lower-case forms' second byte.
            if (len == 2 && u == 0xC3 && static_cast<unsigned char>(ch[1]) >= 0x80 && static_cast<unsigned char>(ch[1]) <= 0x9E) {
                lowered[1] = static_cast<char>(static_cast<unsigned char>(ch[1]) + 0x20);
            }
            const auto it = folds.find(lowered);
            if (it != folds.end()) out += it->second;
        }
        i += len;
    }
    return out;
}

std::string cell_value(const CsvRow& row, std::optional<std::size_t> col) {
    return col && *col < row.fields.size() ? std::string(trim(row.fields[*col])) : std::string{};
}

}  // namespace

std::optional<std::size_t> ColumnMapping::column(std::string_view field) const {
    for (const auto& [f, c] : fields) {
        if (f == field) return c;
    }
    return std::nullopt;
}

std::vector<std::string_view> importable_fields() {
    std::vector<std::string_view> out;
    for (const auto& a : aliases) out.push_back(a.field);
    return out;
}

ColumnMapping map_columns(const CsvTable& table, const std::vector<std::pair<std::string, std::string>>& overrides,
                          Diagnostics& diags) {
    std::unordered_map<std::string, std::size_t> by_field;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string n = normalise(table.header[c]);
        for (const auto& a : aliases) {
            if (by_field.count(std::string(a.field))) continue;
            if (std::find(a.names.begin(), a.names.end(), n) != a.names.end() && !n.empty()) {
                by_field[std::string(a.field)] = c;
                break;
            }
        }
    }
    const auto fields = importable_fields();
    std::vector<std::string_view> headers(table.header.begin(), table.header.end());
    for (const auto& [field, column] : overrides) {
        if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
            const std::string best = closest_match(field, fields);
            diags.error({}, fmt::format("--map names the field '{}', which the roster does not have", field),
                        best.empty() ? fmt::format("fields are: {}", fmt::join(fields, ", "))
                                     : fmt::format("did you mean '{}'?", best));
            continue;
        }
        const auto it = std::find(table.header.begin(), table.header.end(), column);
        if (it == table.header.end()) {
            const std::string best = closest_match(column, headers);
            diags.error({}, fmt::format("--map names the column '{}', which the CSV header does not have", column),
                        best.empty() ? fmt::format("columns are: {}", fmt::join(table.header, ", "))
                                     : fmt::format("did you mean '{}'?", best));
            continue;
        }
        by_field[field] = static_cast<std::size_t>(it - table.header.begin());
    }
    ColumnMapping m;
    for (const auto& a : aliases) {
        const auto it = by_field.find(std::string(a.field));
        if (it != by_field.end()) m.fields.emplace_back(std::string(a.field), it->second);
    }
    return m;
}

std::string id_from_name(std::string_view name) {
    std::vector<std::string> words;
    std::string current;
    for (const char c : ascii_fold(name)) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            current += c;
        } else if (c == ' ' || c == '\t' || c == ',') {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        }
        // apostrophes and hyphens inside a name are dropped: "O'Brien" -> "obrien"
    }
    if (!current.empty()) words.push_back(std::move(current));
    if (words.empty()) return {};
    if (words.size() == 1) return words[0];
    return words.front().substr(0, 1) + words.back();
}

ImportPlan plan_import(const Roster& roster, const CsvTable& table, const ColumnMapping& mapping,
                       const std::string& csv_source, std::optional<Role> default_role) {
    ImportPlan plan;
    Diagnostics d(csv_source);
    std::unordered_map<std::string, const Person*> by_id, by_email, by_name;
    std::set<std::string> taken;
    for (const auto& p : roster.people) {
        by_id.emplace(p.id, &p);
        if (!p.email.empty()) by_email.emplace(lower(p.email), &p);
        by_name.emplace(p.name, &p);
        taken.insert(p.id);
    }
    const auto first_col = mapping.column("first_name");
    const auto last_col = mapping.column("last_name");
    std::set<std::string> seen_rows;  // ids already met in this CSV

    for (const CsvRow& row : table.rows) {
        const std::size_t before = d.items().size();
        Person incoming;
        incoming.pos.item = {row.line, 1};
        std::vector<std::string_view> given;  // fields this row sets
        for (const auto& [field, col] : mapping.fields) {
            if (field == "first_name" || field == "last_name") continue;
            const std::string cell = cell_value(row, col);
            if (cell.empty()) continue;
            const SourcePos pos = col < row.pos.size() ? row.pos[col] : SourcePos{row.line, 1};
            std::vector<FieldItem> items =
                is_list_field(field) ? split_cell(cell, pos) : std::vector<FieldItem>{{cell, pos}};
            if (field == "id" || field == "supervisor" || field == "prefers" || field == "avoid") {
                for (auto& i : items) i.text = lower(i.text);  // HR exports often upper-case ids
            }
            if (field == "roles" || field == "modality") {
                for (auto& i : items) i.text = lower(i.text);
            }
            apply_person_field(incoming, field, items, d);
            given.push_back(field);
        }
        drop_repeats(incoming.subjects);
        drop_repeats(incoming.grades);
        drop_repeats(incoming.languages);
        drop_repeats(incoming.availability);
        drop_repeats(incoming.focus);
        drop_repeats(incoming.prefers, &incoming.pos.prefers);
        drop_repeats(incoming.avoid, &incoming.pos.avoid);
        if (incoming.name.empty() && (first_col || last_col)) {
            incoming.name = std::string(trim(cell_value(row, first_col) + " " + cell_value(row, last_col)));
            if (!incoming.name.empty()) given.push_back("name");
        }
        if (incoming.name.empty()) {
            d.error({row.line, 1}, "this row has no name", "map a name column with --map name=COLUMN (or first_name/last_name)");
            continue;
        }
        if (d.items().size() > before) continue;  // bad values: reported, row skipped

        // Who is this? The roster person with the same id, else the same email, else the same name.
        const Person* existing = nullptr;
        if (!incoming.id.empty()) {
            const auto it = by_id.find(incoming.id);
            if (it != by_id.end()) existing = it->second;
        }
        if (!existing && !incoming.email.empty()) {
            const auto it = by_email.find(lower(incoming.email));
            if (it != by_email.end()) existing = it->second;
        }
        if (!existing && mapping.column("id") == std::nullopt && incoming.email.empty()) {
            const auto it = by_name.find(incoming.name);
            if (it != by_name.end()) existing = it->second;
        }

        if (existing) {
            if (!seen_rows.insert(existing->id).second) {
                d.warning({row.line, 1}, fmt::format("{} appears more than once in the CSV; this row is ignored", existing->id),
                          "remove the repeated row");
                continue;
            }
            const auto before_fields = person_fields(*existing);
            const auto after_fields = person_fields(incoming);
            bool differs = false;
            for (std::size_t i = 0; i < before_fields.size(); ++i) {
                const auto field = before_fields[i].first;
                if (field == "id" || std::find(given.begin(), given.end(), field) == given.end()) continue;
                const bool same = field == "email" ? lower(before_fields[i].second) == lower(after_fields[i].second)
                                                   : before_fields[i].second == after_fields[i].second;
                if (!same) {
                    plan.changes.push_back({existing->id, std::string(field), before_fields[i].second, after_fields[i].second, row.line});
                    differs = true;
                }
            }
            if (!differs) plan.unchanged.push_back(existing->id);
            continue;
        }

        if (incoming.id.empty()) {
            std::string base;
            if (!incoming.email.empty()) base = lower(incoming.email.substr(0, incoming.email.find('@')));
            if (!is_valid_id(base)) base = id_from_name(incoming.name);
            if (!is_valid_id(base)) {
                d.error({row.line, 1}, fmt::format("cannot make an id for '{}'", incoming.name),
                        "add an id column, or map one with --map id=COLUMN");
                continue;
            }
            std::string id = base;
            for (int n = 2; taken.count(id); ++n) id = fmt::format("{}{}", base, n);
            incoming.id = id;
        } else if (!seen_rows.insert(incoming.id).second) {
            d.error(incoming.pos.id, fmt::format("id '{}' appears more than once in the CSV", incoming.id),
                    "each row must be a different person");
            continue;
        }
        if (incoming.roles == 0 && default_role) incoming.roles = static_cast<std::uint8_t>(*default_role);
        taken.insert(incoming.id);
        seen_rows.insert(incoming.id);
        plan.added_lines.push_back(row.line);
        plan.added.push_back(std::move(incoming));
    }
    std::sort(plan.unchanged.begin(), plan.unchanged.end());
    plan.diagnostics = d.take();
    return plan;
}

// Problems the new roster text has that the old one did not, pointed back at the CSV rows.
std::vector<Diagnostic> recheck_import(const std::string& new_text, const Roster& roster, const Program& program,
                                       const ImportPlan& plan, const std::string& old_text, const std::string& csv_name) {
    const auto old_lines = static_cast<std::size_t>(std::count(old_text.begin(), old_text.end(), '\n'));
    auto parsed = parse_roster(new_text, roster.source);
    auto diags = parsed.diagnostics;
    auto more = validate_roster(parsed.roster, program);
    diags.insert(diags.end(), more.begin(), more.end());
    std::vector<Diagnostic> out;
    const std::size_t first_new = roster.people.size();
    for (auto& d : diags) {
        if (d.severity != Severity::error) continue;
        // Which appended person is this line in? Entries are appended in plan order.
        std::size_t who = plan.added.size();
        for (std::size_t i = first_new; i < parsed.roster.people.size(); ++i) {
            if (parsed.roster.people[i].pos.item.line <= d.pos.line) who = i - first_new;
        }
        const bool in_new = static_cast<std::size_t>(d.pos.line) > old_lines && who < plan.added.size();
        out.push_back({Severity::error, in_new ? csv_name : d.file,
                       in_new ? SourcePos{plan.added_lines[who], 1} : d.pos, d.message, d.hint});
    }
    return out;
}

// The lines of `after` that are not in `before`: what an append inserted, wherever it went.
std::string inserted_lines(const std::string& before, const std::string& after) {
    std::size_t head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head]) ++head;
    head = head == 0 ? 0 : after.rfind('\n', head - 1) + 1;  // back to the start of that line (npos + 1 == 0)
    std::size_t tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail]) {
        ++tail;
    }
    std::size_t end = after.size() - tail;
    const std::size_t nl = after.find('\n', end == 0 ? 0 : end - 1);
    end = nl == std::string::npos ? after.size() : nl + 1;  // forward to the end of that line
    return after.substr(head, end - head);
}

}  // namespace mentor
