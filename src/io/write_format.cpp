#include "mentor/io/write_format.hpp"

#include "mentor/io/output.hpp"

namespace mentor {

namespace {

// The writer opens the top object with "version": 1.
void head(JsonWriter& w, bool dry_run) {
    w.begin_object();
    w.key("dry_run");
    w.value(dry_run);
}

}  // namespace

std::string format_appended_json(const Entry& e, const Appended& done, bool dry_run) {
    JsonWriter w;
    head(w, dry_run);
    w.key("id");
    w.value(done.id);
    w.key("kind");
    w.value(kind_name(e.kind));
    w.key("date");
    w.value(e.date.iso());
    w.key("by");
    w.value(e.by);
    if (!e.goal.empty()) {
        w.key("goal");
        w.value(e.goal);
    }
    if (!e.person.empty()) {
        w.key("person");
        w.value(e.person);
    }
    if (e.is_correction()) {
        w.key("supersedes");
        w.string_array(e.supersedes);
    }
    w.key("file");
    w.value(done.file);
    w.key("sealed");
    w.value(done.sealed);
    w.end_object();
    return w.finish();
}

std::string format_import_json(const ImportPlan& plan, std::size_t rows, const std::string& roster_file,
                               bool dry_run, bool written) {
    JsonWriter w;
    head(w, dry_run);
    w.key("file");
    w.value(roster_file);
    w.key("rows");
    w.value(static_cast<int>(rows));
    w.key("added");
    w.begin_array();
    for (std::size_t i = 0; i < plan.added.size(); ++i) {
        w.begin_object();
        w.key("id");
        w.value(plan.added[i].id);
        w.key("name");
        w.value(plan.added[i].name);
        w.key("line");
        w.value(i < plan.added_lines.size() ? plan.added_lines[i] : 0);
        w.end_object();
    }
    w.end_array();
    w.key("differs");
    w.begin_array();
    for (const FieldChange& c : plan.changes) {
        w.begin_object();
        w.key("id");
        w.value(c.id);
        w.key("field");
        w.value(c.field);
        w.key("roster");
        w.value(c.roster_value);
        w.key("import");
        w.value(c.import_value);
        w.key("line");
        w.value(c.line);
        w.end_object();
    }
    w.end_array();
    w.key("unchanged");
    w.string_array(plan.unchanged);
    w.key("written");
    w.value(written);
    w.end_object();
    return w.finish();
}

std::string format_init_json(const std::string& dir, const std::string& id, const std::vector<InitFile>& files,
                             std::string_view git, bool dry_run) {
    JsonWriter w;
    head(w, dry_run);
    w.key("dir");
    w.value(dir);
    w.key("id");
    w.value(id);
    w.key("files");
    w.begin_array();
    for (const InitFile& f : files) {
        w.begin_object();
        w.key("file");
        w.value(f.file);
        w.key("action");
        w.value(f.action);
        w.end_object();
    }
    w.end_array();
    w.key("git");
    w.value(git);
    w.end_object();
    return w.finish();
}

}  // namespace mentor
