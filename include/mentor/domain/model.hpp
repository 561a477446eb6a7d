#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mentor/domain/availability.hpp"
#include "mentor/domain/date.hpp"
#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/names.hpp"
#include "mentor/domain/survey.hpp"

namespace mentor {

/// Roles a person can hold; a person may hold several (a mentor who is also a mentee).
enum class Role : std::uint8_t { mentor = 1, mentee = 2, coordinator = 4, supervisor = 8 };

/// The roles' names, in the order the roster documents them.
inline constexpr NameTable<Role, 4> role_names{{
    {Role::mentor, "mentor"}, {Role::mentee, "mentee"}, {Role::coordinator, "coordinator"}, {Role::supervisor, "supervisor"},
}};

/// The roles in the order the roster documents them.
inline constexpr std::array<Role, 4> all_roles = role_names.values();

/// `mentor`, `mentee`, `coordinator` or `supervisor`.
inline std::string_view role_name(Role r) { return role_names.name_of(r); }
/// A role by name, or nothing.
inline std::optional<Role> parse_role(std::string_view text) { return role_names.parse(text); }

/// True when `id` is a valid person or program id: `[a-z0-9][a-z0-9._-]*`, at most 64 bytes.
bool is_valid_id(std::string_view id);

/// Where a person's fields were written, so that cross-record problems can be located.
struct PersonPositions {
    SourcePos item;        ///< the `- id:` entry
    SourcePos id;
    SourcePos supervisor;
    SourcePos capacity;
    SourcePos trained;
    SourcePos start;
    SourcePos leaves;
    SourcePos left_reason;
    std::vector<SourcePos> prefers;
    std::vector<SourcePos> avoid;
    std::vector<SourcePos> strengths;
    SourcePos participates;
    SourcePos recommended_by;
    friend bool operator==(const PersonPositions&, const PersonPositions&) = default;
};

/// Why someone left the program's staff (`left_reason` in the roster).
enum class LeftReason : std::uint8_t { other_school, other_district, left_teaching, retired, other };
/// The reasons' names, in the order the roster documents them.
inline constexpr NameTable<LeftReason, 5> left_reason_names{{
    {LeftReason::other_school, "other-school"},
    {LeftReason::other_district, "other-district"},
    {LeftReason::left_teaching, "left-teaching"},
    {LeftReason::retired, "retired"},
    {LeftReason::other, "other"},
}};

/// One person of the roster, as the coordinator wrote them.
struct Person {
    std::string id;
    std::string name;
    std::string email;
    std::uint8_t roles = 0;
    std::string school;
    std::vector<std::string> subjects;
    std::vector<int> grades;                 ///< K is 0
    std::optional<int> years;                ///< years of teaching experience
    std::string supervisor;                  ///< id of who evaluates this person
    std::optional<int> capacity;             ///< mentors: most mentees at once
    std::optional<Date> trained;             ///< mentors: date of mentor training
    bool in_person = true;                   ///< modality: meets in person
    bool online = false;                     ///< modality: meets online
    std::vector<std::string> languages;
    std::vector<Window> availability;        ///< weekly windows free for meetings
    std::vector<Window> teaches;             ///< weekly teaching periods: never free, where observations go
    std::optional<bool> group;               ///< mentors: meets their mentees together (else `[cadence] group`)
    std::vector<std::string> focus;
    std::vector<std::pair<std::string, double>> survey;  ///< sorted by question
    std::vector<std::string> prefers;        ///< ranked, most wanted first
    std::vector<std::string> avoid;
    std::string cohort;
    std::optional<Date> start;
    std::optional<Date> leaves;
    std::optional<LeftReason> left_reason;   ///< why they left (with `leaves`)
    std::vector<std::string> strengths;      ///< mentors: areas they can help with, matched against mentees' needs
    std::optional<bool> participates;        ///< mentees: opted in or out (else what `participation` implies)
    std::string recommended_by;              ///< mentors: who recommended them (`[selection] recommendation`)
    /// Needs self-ratings by area (sorted by area), from needs surveys and `mentor needs`; not
    /// a roster key: the store fills it in.
    std::vector<std::pair<std::string, int>> needs;
    /// Mentors: the `[selection]` criteria they do not meet, each a sentence (empty: qualified,
    /// or no criteria). Not a roster key: filled in from the roster, the journal and surveys.
    std::vector<std::string> not_qualified;
    PersonPositions pos;

    bool has(Role r) const { return (roles & static_cast<std::uint8_t>(r)) != 0; }
    /// Whether the person is on staff on `day` (started, and not yet left).
    bool is_present(Date day) const {
        return (!start || *start <= day) && (!leaves || day < *leaves);
    }
    friend bool operator==(const Person&, const Person&) = default;
};

/// The roster file: every person, in the order written.
struct Roster {
    std::string source;  ///< file name used in diagnostics
    std::vector<Person> people;

    /// The person with this id, or null. Linear; use a RosterIndex for repeated lookups.
    const Person* find(std::string_view id) const;
};

/// The people of a roster by id, for lookups in a loop. Holds pointers into the roster,
/// which must outlive it and not change.
class RosterIndex {
public:
    explicit RosterIndex(const Roster& roster);
    /// The person with this id, or null.
    const Person* find(std::string_view id) const;

private:
    std::unordered_map<std::string_view, const Person*> by_id_;
};

enum class Mode { one_to_one, peer, stable };
/// `program.mode` in the config.
inline constexpr NameTable<Mode, 3> mode_names{{{Mode::one_to_one, "one-to-one"}, {Mode::peer, "peer"}, {Mode::stable, "stable"}}};

enum class SameSchool { require, prefer, any };
/// `matching.same_school` in the config.
inline constexpr NameTable<SameSchool, 3> same_school_names{
    {{SameSchool::require, "require"}, {SameSchool::prefer, "prefer"}, {SameSchool::any, "any"}}};

enum class Participation { mandatory, optional };
/// `program.participation` in the config.
inline constexpr NameTable<Participation, 2> participation_names{
    {{Participation::mandatory, "mandatory"}, {Participation::optional, "optional"}}};

/// What peer mode does with the odd person out of a cohort.
enum class PeerOdd { trio, unmatched };
/// `matching.peer_odd` in the config.
inline constexpr NameTable<PeerOdd, 2> peer_odd_names{{{PeerOdd::trio, "trio"}, {PeerOdd::unmatched, "unmatched"}}};

/// How long a pairing lasts: a number of school years, terms or weeks.
struct Duration {
    enum class Unit { year, term, week } unit = Unit::year;
    int count = 1;
    friend bool operator==(const Duration&, const Duration&) = default;
};

/// Parses `1y`, `2y`, `1term`, `2terms`, `1 week`, `12 weeks` (a count from 1 to 1000).
std::optional<Duration> parse_duration(std::string_view text);
std::string format_duration(const Duration& d);

/// Parses a period such as `1w`, `2w`, `10d` into days (1 to 365).
std::optional<int> parse_period_days(std::string_view text);

struct Break {
    std::string name;
    Date start;
    Date end;  ///< inclusive
};

/// The criteria a compatibility score is made of, and their weights.
struct Weights {
    double subject = 5;
    double grade = 3;
    double school = 4;
    double availability = 3;
    double focus = 4;
    double survey = 2;
    double language = 1;
    double experience = 2;
    double preference = 3;
    double needs = 0;  ///< a mentor's strengths against the mentee's highest needs (off unless weighted)
};

/// Names of the weight criteria, in the order the config documents them.
inline constexpr std::string_view weight_names[] = {"subject", "grade",  "school",     "availability", "focus",
                                                    "survey",  "language", "experience", "preference", "needs"};

/// The weight of a criterion by name; null when there is no such criterion.
double* weight_by_name(Weights& w, std::string_view name);
double weight_by_name(const Weights& w, std::string_view name);

/// Where the config's cross-checked values were written.
struct ProgramPositions {
    SourcePos timezone;
    SourcePos term_start;
    SourcePos term_end;
    std::vector<SourcePos> holidays;
    std::vector<SourcePos> breaks;
    SourcePos default_capacity;
};

/// Induction rules a state or district sets, each optional: a report shows who meets each
/// rule that is configured and who does not.
struct Compliance {
    std::optional<int> min_minutes_per_week;    ///< mentoring minutes a mentee gets per school week, on average
    std::optional<int> min_minutes_per_term;    ///< mentoring minutes a mentee gets over the term
    std::optional<int> max_days_to_match;       ///< days from a mentee's start to their first pair
    std::optional<int> first_goal_within_days;  ///< days from a mentee's start to their first goal
    bool any() const {
        return min_minutes_per_week || min_minutes_per_term || max_days_to_match || first_goal_within_days;
    }
};

/// `[term]`: the school year's calendar.
struct Term {
    Date start;
    Date end;                   ///< inclusive
    std::vector<Date> holidays;
    std::vector<Break> breaks;

    /// True on a day the school is open: a weekday inside the term, not a holiday or break.
    bool is_school_day(Date day) const;
};

/// `[cadence]`: how often and how long pairs meet, and the observations required.
struct Cadence {
    int every_days = 7;
    int minutes = 45;                    ///< a meeting's length
    int grace_days = 3;
    int max_per_day = 2;
    int observations = 0;
    int observation_spacing_days = 28;
    int observe_mentor = 0;              ///< visits of each mentee to the mentor's classes
    bool group = false;                  ///< a mentor with two or more mentees meets them together

    /// Whether `mentor` meets their mentees as one group: their own `group`, else the program's.
    bool groups(const Person& mentor) const { return mentor.group.value_or(group); }
};

/// `[matching]`: the rules and weights of pairing.
struct Matching {
    SameSchool same_school = SameSchool::prefer;
    bool require_trained = true;
    bool exclude_supervisor = true;
    bool allow_repeat = false;
    int min_shared_minutes = 0;
    int default_capacity = 1;
    PeerOdd peer_odd = PeerOdd::trio;
    Weights weights;

    /// The capacity a mentor has: their own, else the program default.
    int capacity_of(const Person& p) const { return p.capacity.value_or(default_capacity); }
};

/// `[remind]`: how far reminders look ahead, how often they repeat, and how mail goes out.
struct RemindSettings {
    int horizon_days = 7;
    int repeat_days = 7;
    std::string from;
    std::string sendmail = "/usr/sbin/sendmail -t -oi";
};

/// `[stipend]`: what mentoring and workshop hours pay.
struct StipendRates {
    std::string currency = "USD";
    double hourly = 0;
    double workshop_hourly = 0;
    double planning_ratio = 2.0;  ///< planning hours paid per workshop hour
};

/// `[needs]`: the areas of a needs assessment and its rating scale.
struct NeedsSettings {
    std::vector<std::string> areas;  ///< in the order written
    int scale = 4;                   ///< ratings run from 1 (no need) to this
    int top = 2;                     ///< how many of a mentee's highest needs matching looks at
};

/// `[selection]`: what a mentor must have to be paired. `[matching] require_trained` is the
/// training criterion (also written `[selection] trained`).
struct Selection {
    std::optional<int> min_years;            ///< years of teaching experience
    std::optional<int> min_training_hours;   ///< hours of `--kind training` journal entries
    bool recommendation = false;             ///< a `recommended_by` in the roster
    std::vector<std::string> subjects;       ///< teaches one of these (empty: no subject rule)
    std::optional<double> min_rating;        ///< mean rating from a feedback survey about the mentor
    std::string rating_survey;               ///< the survey whose rating question is read
    std::string rating_question;
    bool any() const {
        return min_years || min_training_hours || recommendation || !subjects.empty() || min_rating;
    }
};

/// `[privacy]`: whether entries are private unless said otherwise, and the smallest group
/// any figure about people is shown for.
struct Privacy {
    bool private_by_default = true;
    int min_group = 3;
};

/// A school year the program has finished: its name ("2025-26") and calendar, kept so that
/// records dated in it are checked against its own school days (`[[past_terms]]`).
struct PastTerm {
    std::string name;
    Term term;
    SourcePos pos;         ///< the `[[past_terms]]` entry
    SourcePos start_pos;
    SourcePos end_pos;
    std::vector<SourcePos> holidays;
    std::vector<SourcePos> breaks;
};

/// The rules that may differ by a mentee's year in the program (`[cadence.year2]`, ...).
struct YearRules {
    int year = 2;          ///< from this year in the program on
    Cadence cadence;
    Compliance compliance;
    StipendRates stipend;
};

/// The program config, with every default filled in: `[program]` at the top, then one member
/// per table of program.toml.
struct Program {
    std::string source;  ///< file name used in diagnostics

    std::string id;
    std::string name;
    std::string timezone = "UTC";
    Participation participation = Participation::mandatory;
    Mode mode = Mode::one_to_one;
    Duration duration;

    Term term;
    Cadence cadence;
    Matching matching;
    RemindSettings remind;
    StipendRates stipend;
    Privacy privacy;
    Compliance compliance;
    std::vector<PastTerm> past_terms;   ///< as written; validation requires them before [term], apart
    std::vector<YearRules> year_rules;  ///< sorted by year; each starts from the year-1 tables
    NeedsSettings needs;
    Selection selection;
    std::vector<SurveyConfig> surveys;  ///< `[survey.ID]` tables, sorted by id

    ProgramPositions pos;

    /// The survey with this id, or null.
    const SurveyConfig* survey(std::string_view survey_id) const {
        for (const auto& s : surveys) {
            if (s.id == survey_id) return &s;
        }
        return nullptr;
    }
};

}  // namespace mentor
