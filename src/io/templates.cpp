#include "mentor/io/templates.hpp"

#include <set>
#include <sstream>

#include <fmt/format.h>

#include "mentor/io/output.hpp"

namespace mentor {

std::string program_template(const NewProgram& p) {
    const SchoolYear& y = p.year;
    std::string holidays;
    for (const Date d : y.holidays) holidays += fmt::format("    {},\n", d.iso());
    std::string breaks;
    for (const Break& b : y.breaks) {
        breaks += "    { name = " + json_quote(b.name) + ", start = " + b.start.iso() + ", end = " + b.end.iso() + " },\n";
    }
    return "# Program config for mentor. Edit freely: mentor reads this file and never rewrites it.\n"
           "# Every key is described in the mentor documentation (docs/file-formats.md).\n"
           "\n"
           "[program]\n"
           "id = " + json_quote(p.id) + "\n"
           "name = " + json_quote(p.name) + "\n"
           "timezone = " + json_quote(p.timezone) + "      # an IANA name, e.g. \"America/Chicago\"\n"
           "participation = \"mandatory\"    # or \"optional\"\n"
           "mode = \"one-to-one\"            # one-to-one | peer | stable\n"
           "duration = \"1y\"                # how long a pairing lasts: \"1y\" (the school year), \"2y\", \"12 weeks\"\n"
           "\n"
           "[term]\n"
           "start = " + y.start.iso() + "\n"
           "end = " + y.end.iso() + "\n"
           "holidays = [\n" + holidays + "]\n"
           "breaks = [\n" + breaks + "]\n"
           "\n"
           "[cadence]\n"
           "every = \"1w\"                   # how often pairs meet: 1w, 2w, 4w ...\n"
           "minutes = 45\n"
           "grace_days = 3                 # days past the cadence before a pair counts as late\n"
           "max_per_day = 2                # most meetings one person has in a day\n"
           "observations = 3               # classroom observations per pair and term\n"
           "observation_spacing_days = 28\n"
           "\n"
           "[matching]\n"
           "same_school = \"prefer\"         # require | prefer | any\n"
           "require_trained = true         # only mentors with a training date are paired\n"
           "exclude_supervisor = true      # never pair a teacher with their evaluator\n"
           "min_shared_minutes = 0         # weekly free time a pair must have in common\n"
           "default_capacity = 1           # mentees per mentor when the roster gives no capacity\n"
           "allow_repeat = false           # may a pair from an earlier year be made again?\n"
           "peer_odd = \"trio\"              # peer mode: the odd one out joins a pair (\"trio\") or waits (\"unmatched\")\n"
           "weights = { subject = 5, grade = 3, school = 4, availability = 3, focus = 4, survey = 2, language = 1, "
           "experience = 2, preference = 3 }\n"
           "\n"
           "[remind]\n"
           "horizon_days = 7\n"
           "repeat_days = 7\n"
           "# from = \"induction@school.example.org\"\n"
           "sendmail = \"/usr/sbin/sendmail -t -oi\"\n"
           "\n"
           "[stipend]\n"
           "currency = \"USD\"\n"
           "hourly = 40.0\n"
           "workshop_hourly = 50.0\n"
           "planning_ratio = 2.0           # planning hours paid per workshop hour\n"
           "\n"
           "[privacy]\n"
           "default = \"private\"            # journal entries are private unless logged --shared\n"
           "\n"
           "# Induction rules that `mentor report` checks; each is off until you uncomment it.\n"
           "# [compliance]\n"
           "# min_minutes_per_week = 60     # mentoring minutes a mentee gets per school week, on average\n"
           "# min_minutes_per_term = 1200   # ... and over the whole term\n"
           "# max_days_to_match = 30        # days from a mentee's start to their first mentor\n"
           "# first_goal_within_days = 45   # days from a mentee's start to their first goal\n";
}

std::string roster_template() {
    return "# The program's people. Edit freely: mentor reads this file and never rewrites it\n"
           "# (`mentor roster import` only appends new people at the end).\n"
           "# Every key is described in the mentor documentation (docs/file-formats.md).\n"
           "#\n"
           "# people:\n"
           "#   - id: asmith                 # unique: lowercase letters, digits, '.', '_' or '-'\n"
           "#     name: Ana Smith\n"
           "#     email: asmith@example.org\n"
           "#     roles: [mentee]            # mentor, mentee, coordinator, supervisor\n"
           "#     school: lincoln\n"
           "#     subjects: [math, science]\n"
           "#     grades: [3, 4]             # K is 0\n"
           "#     years: 1\n"
           "#     supervisor: pprincipal\n"
           "#     availability: [\"mon 14:30-15:30\", \"thu 07:30-08:15\"]\n"
           "#     teaches: [\"mon 09:00-09:50\", \"thu 10:00-10:50\"]   # teaching periods: never free; observed there\n"
           "#     focus: [classroom-management]\n"
           "\n"
           "people:\n";
}

std::string gitattributes_template() {
    return "# Records that mentor appends to: when two people add entries on two clones,\n"
           "# keep both sides' lines instead of reporting a conflict.\n"
           "journal/** merge=union\n"
           "# Every file mentor reads or writes is UTF-8 text with LF line ends.\n"
           "*.toml text eol=lf\n"
           "*.yaml text eol=lf\n"
           "*.tsv text eol=lf\n"
           "*.md text eol=lf\n"
           "journal/** text eol=lf\n"
           ".gitattributes text eol=lf\n"
           ".gitignore text eol=lf\n";
}

std::string gitignore_template() {
    return "# Local state of mentor (reminder history, locks): not part of the program's record.\n"
           ".mentor/\n"
           "# Temporary files of a write that was killed before it finished (.NAME.tmp-XXXXXX).\n"
           ".*.tmp-*\n";
}

std::string readme_template(const NewProgram& p) {
    return "# " + p.name + "\n"
           "\n"
           "This directory is a mentorship program run with `mentor`. It is meant to live in git.\n"
           "\n"
           "- `program.toml`: the program's settings (term dates, holidays, cadence, matching rules).\n"
           "- `roster.yaml`: the people: mentors, mentees, coordinators and supervisors.\n"
           "\n"
           "Both files are yours: edit them by hand, keep comments, commit them.\n"
           "After every edit, run\n"
           "\n"
           "    mentor check\n"
           "\n"
           "It lists every problem as FILE:LINE:COL with a hint, and exits 0 when all is well.\n"
           "To add staff from a spreadsheet export, save it as CSV and run\n"
           "`mentor roster import staff.csv --dry-run`, then again without `--dry-run`.\n"
           "\n"
           "See `man mentor` for every command.\n";
}

// Lines of `wanted` that `existing` does not already have, so re-running init adds nothing twice.
std::string missing_lines(const std::string& existing, const std::string& wanted) {
    std::set<std::string> have;
    std::istringstream current(existing);
    for (std::string line; std::getline(current, line);) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        have.insert(line);
    }
    std::string out;
    std::istringstream in(wanted);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        if (!have.count(line)) out += line + "\n";
    }
    return out;
}

}  // namespace mentor
