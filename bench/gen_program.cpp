// mentor-gen: writes a synthetic, valid mentorship program (program.toml and
// roster.yaml) of any size, for benchmarks and load tests.
//
//   mentor-gen --people N --out DIR [--seed S] [--schools K] [--after-school] [--past-terms N]
//
// The output depends only on the arguments: the generator uses its own
// splitmix64 generator and integer arithmetic (no <random> distributions, no
// floating point, no hash-order iteration), so the same arguments give
// byte-identical files with every compiler and standard library.
//
// The shape follows examples/school: one block per person, flow lists, bare
// dates. Mix: one principal and one assistant principal per school (about
// people/80 schools, each elementary, middle or high), a few district
// coordinators, and teachers: about 47% mentees, 42% mentors (capacity 1-3),
// 3% both, the rest teacher-leaders who coordinate. Every reference (supervisor,
// prefers, avoid) names an existing id; nobody prefers or avoids themselves or
// prefers their supervisor; capacity and trained only on mentors; start and
// leave dates are school days inside the term.

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------- random

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, identical everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform integer in [0, n); n > 0. Rejection sampling, so no modulo bias.
    std::uint32_t below(std::uint32_t n) {
        const std::uint32_t limit = UINT32_MAX - UINT32_MAX % n;
        for (;;) {
            const auto x = static_cast<std::uint32_t>(next() >> 32);
            if (x < limit) return x % n;
        }
    }

    std::size_t index(std::size_t n) { return static_cast<std::size_t>(below(static_cast<std::uint32_t>(n))); }

    /// Uniform integer in [lo, hi].
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }

    /// True with probability per_mille / 1000.
    bool chance(std::uint32_t per_mille) { return below(1000) < per_mille; }

    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items) {
        return items[index(N)];
    }

    template <typename T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[index(i)]);
    }

private:
    std::uint64_t state_;
};

// ---------------------------------------------------------------- dates

/// Days since 1970-01-01 (H. Hinnant's days_from_civil).
int days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string format_date(int days) {
    days += 719468;
    const int era = (days >= 0 ? days : days - 146096) / 146097;
    const int doe = days - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    const int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    std::string out = std::to_string(y);
    out += m < 10 ? "-0" : "-";
    out += std::to_string(m);
    out += d < 10 ? "-0" : "-";
    out += std::to_string(d);
    return out;
}

/// 0 = Monday ... 6 = Sunday.
int weekday(int days) { return ((days % 7) + 7 + 3) % 7; }

struct Ymd {
    int y, m, d;
    int days() const { return days_from_civil(y, m, d); }
};

struct Closure {
    std::string_view name;
    Ymd start, end;
};

// The 2026-27 calendar, shared by program.toml and the roster's dates.
constexpr Ymd term_start{2026, 8, 24};
constexpr Ymd term_end{2027, 6, 11};
constexpr std::array<std::pair<Ymd, std::string_view>, 10> holidays{{
    {{2026, 9, 7}, "Labor Day"},
    {{2026, 10, 12}, "teacher in-service"},
    {{2026, 11, 25}, "teacher in-service"},
    {{2026, 11, 26}, "Thanksgiving"},
    {{2026, 11, 27}, "day after Thanksgiving"},
    {{2027, 1, 4}, "teacher work day"},
    {{2027, 1, 18}, "Martin Luther King Jr. Day"},
    {{2027, 2, 15}, "Presidents' Day"},
    {{2027, 3, 19}, "teacher in-service"},
    {{2027, 5, 31}, "Memorial Day"},
}};
constexpr std::array<Closure, 2> breaks{{
    {"Winter break", {2026, 12, 21}, {2027, 1, 1}},
    {"Spring break", {2027, 3, 22}, {2027, 3, 26}},
}};

bool is_school_day(int days) {
    if (weekday(days) >= 5 || days < term_start.days() || days > term_end.days()) return false;
    for (const auto& h : holidays) {
        if (h.first.days() == days) return false;
    }
    for (const auto& b : breaks) {
        if (days >= b.start.days() && days <= b.end.days()) return false;
    }
    return true;
}

/// A random school day in [from, to]; both ends must bracket at least one.
int random_school_day(Rng& rng, Ymd from, Ymd to) {
    for (;;) {
        const int d = rng.between(from.days(), to.days());
        if (is_school_day(d)) return d;
    }
}

/// A random weekday in [from, to] (for training dates in the summer).
int random_weekday(Rng& rng, Ymd from, Ymd to) {
    for (;;) {
        const int d = rng.between(from.days(), to.days());
        if (weekday(d) < 5) return d;
    }
}

// ---------------------------------------------------------------- vocabulary

struct Name {
    std::string_view display;
    std::string_view ascii;  ///< for email addresses; empty when display is ASCII
};

constexpr auto first_names = std::to_array<Name>({
    {"Ana", ""},       {"José", "Jose"},   {"Zoë", "Zoe"},       {"Renée", "Renee"},   {"Chloé", "Chloe"},
    {"Inés", "Ines"},  {"Søren", "Soren"}, {"Łukasz", "Lukasz"}, {"Siobhán", "Siobhan"}, {"Joaquín", "Joaquin"},
    {"Mónica", "Monica"}, {"Élodie", "Elodie"}, {"Ramón", "Ramon"}, {"Anaïs", "Anais"}, {"Björn", "Bjorn"},
    {"Thảo", "Thao"},  {"Minh", ""},       {"Lan", ""},          {"Mary", ""},         {"James", ""},
    {"Patricia", ""},  {"Robert", ""},     {"Jennifer", ""},     {"Michael", ""},      {"Linda", ""},
    {"David", ""},     {"Elizabeth", ""},  {"William", ""},      {"Barbara", ""},      {"Richard", ""},
    {"Susan", ""},     {"Joseph", ""},     {"Jessica", ""},      {"Thomas", ""},       {"Sarah", ""},
    {"Christopher", ""}, {"Karen", ""},    {"Daniel", ""},       {"Lisa", ""},         {"Matthew", ""},
    {"Nancy", ""},     {"Anthony", ""},    {"Betty", ""},        {"Mark", ""},         {"Sandra", ""},
    {"Steven", ""},    {"Ashley", ""},     {"Andrew", ""},       {"Emily", ""},        {"Joshua", ""},
    {"Michelle", ""},  {"Kevin", ""},      {"Amanda", ""},       {"Brian", ""},        {"Melissa", ""},
    {"Jason", ""},     {"Stephanie", ""},  {"Ryan", ""},         {"Rebecca", ""},      {"Jacob", ""},
    {"Laura", ""},     {"Tyler", ""},      {"Megan", ""},        {"Aaron", ""},        {"Rachel", ""},
    {"Kyle", ""},      {"Hannah", ""},     {"Noah", ""},         {"Olivia", ""},       {"Ethan", ""},
    {"Sophia", ""},    {"Liam", ""},       {"Isabella", ""},     {"Mateo", ""},        {"Camila", ""},
    {"Aisha", ""},     {"Omar", ""},       {"Fatima", ""},       {"Hassan", ""},       {"Priya", ""},
    {"Arjun", ""},     {"Mei", ""},        {"Wei", ""},          {"Yuna", ""},         {"Hiroshi", ""},
    {"Chioma", ""},    {"Kwame", ""},      {"Amara", ""},        {"Diego", ""},        {"Lucía", "Lucia"},
    {"Valentina", ""}, {"Gabriel", ""},    {"Naomi", ""},        {"Marcus", ""},       {"Keisha", ""},
    {"Darnell", ""},
});

constexpr auto last_names = std::to_array<Name>({
    {"Núñez", "Nunez"},     {"García", "Garcia"},     {"López", "Lopez"},     {"Pérez", "Perez"},
    {"Martínez", "Martinez"}, {"Hernández", "Hernandez"}, {"González", "Gonzalez"}, {"Rodríguez", "Rodriguez"},
    {"Sánchez", "Sanchez"}, {"Ramírez", "Ramirez"},   {"Nguyễn", "Nguyen"},   {"Trần", "Tran"},
    {"Lê", "Le"},           {"Phạm", "Pham"},         {"Müller", "Muller"},   {"Schröder", "Schroder"},
    {"Wójcik", "Wojcik"},   {"Muñoz", "Munoz"},       {"Jiménez", "Jimenez"}, {"Álvarez", "Alvarez"},
    {"Peña", "Pena"},       {"Ibáñez", "Ibanez"},     {"O'Brien", "OBrien"},  {"O'Connor", "OConnor"},
    {"D'Angelo", "DAngelo"}, {"Smith", ""},           {"Johnson", ""},        {"Williams", ""},
    {"Brown", ""},          {"Jones", ""},            {"Miller", ""},         {"Davis", ""},
    {"Wilson", ""},         {"Anderson", ""},         {"Taylor", ""},         {"Thomas", ""},
    {"Moore", ""},          {"Jackson", ""},          {"Martin", ""},         {"Lee", ""},
    {"Thompson", ""},       {"White", ""},            {"Harris", ""},         {"Clark", ""},
    {"Lewis", ""},          {"Robinson", ""},         {"Walker", ""},         {"Young", ""},
    {"Allen", ""},          {"King", ""},             {"Wright", ""},         {"Scott", ""},
    {"Torres", ""},         {"Hill", ""},             {"Flores", ""},         {"Green", ""},
    {"Adams", ""},          {"Nelson", ""},           {"Baker", ""},          {"Hall", ""},
    {"Rivera", ""},         {"Campbell", ""},         {"Mitchell", ""},       {"Carter", ""},
    {"Roberts", ""},        {"Kim", ""},              {"Chen", ""},           {"Wang", ""},
    {"Patel", ""},          {"Shah", ""},             {"Singh", ""},          {"Khan", ""},
    {"Ali", ""},            {"Okafor", ""},           {"Okonkwo", ""},        {"Mensah", ""},
    {"Cohen", ""},          {"Rossi", ""},            {"Kowalski", ""},       {"Novak", ""},
    {"Fischer", ""},        {"Johansson", ""},        {"Lambert", ""},        {"Brennan", ""},
    {"Fitzgerald", ""},     {"Murphy", ""},           {"Sullivan", ""},       {"Reyes", ""},
    {"Morales", ""},        {"Ortiz", ""},            {"Castillo", ""},       {"Mendoza", ""},
    {"Vargas", ""},         {"Tanaka", ""},           {"Yamamoto", ""},       {"Park", ""},
    {"Choi", ""},           {"Hassan", ""},           {"Ibrahim", ""},        {"Abdi", ""},
});

constexpr auto school_names = std::to_array<std::string_view>({
    "lincoln",    "washington", "jefferson",  "roosevelt",   "kennedy",    "adams",       "madison",
    "monroe",     "franklin",   "hamilton",   "garfield",    "grant",      "mckinley",    "truman",
    "oak-grove",  "cedar-ridge", "maple",     "willow-creek", "riverside", "lakeview",    "hillcrest",
    "pine-valley", "meadowbrook", "sunset",   "fairview",    "highland",   "parkside",    "brookside",
    "westwood",   "eastwood",   "northgate",  "southview",   "central",    "valley-view", "mountain-view",
    "prairie",    "stonebridge", "silver-lake", "clearwater", "heritage",  "liberty",     "pioneer",
    "discovery",  "horizon",    "summit",     "canyon",      "harbor",     "bayside",     "greenfield",
    "evergreen",  "aspen",      "birch",      "sycamore",    "magnolia",   "dogwood",     "chestnut",
    "hawthorne",  "juniper",    "redwood",    "sequoia",     "cypress",    "king",        "chavez",
    "douglass",
});

constexpr std::array<std::string_view, 9> focus_areas{
    "classroom-management", "differentiation", "literacy",   "math-instruction", "family-engagement",
    "assessment",           "ell-support",     "behavior-support", "technology",
};

constexpr std::array<std::string_view, 5> elementary_specials{"art", "music", "pe", "special-education", "ell"};
constexpr std::array<std::array<std::string_view, 2>, 5> elementary_classroom{{
    {"literacy", "math"},
    {"literacy", "math"},
    {"math", "science"},
    {"literacy", "social-studies"},
    {"literacy", "science"},
}};
constexpr std::array<std::string_view, 12> secondary_subjects{
    "english", "math",  "science", "social-studies",    "world-languages", "art",
    "music",   "pe",    "ell",     "special-education", "computer-science", "cte",
};
constexpr std::array<std::string_view, 10> other_languages{"vi", "zh", "ar", "fr", "ht", "so", "ru", "ko", "tl", "pt"};
constexpr std::array<std::string_view, 5> day_names{"mon", "tue", "wed", "thu", "fri"};

// ---------------------------------------------------------------- model

enum class Level { elementary, middle, high };

struct School {
    std::string id;
    Level level = Level::elementary;
    int bell = 480;       ///< first bell, minutes after midnight
    int dismissal = 905;  ///< last bell
    int plan_offset = 0;  ///< shifts this school's planning blocks
};

enum RoleBits : unsigned { mentor = 1, mentee = 2, coordinator = 4, supervisor = 8 };

struct Person {
    std::string name;
    std::string email;
    unsigned roles = 0;
    std::string school;
    std::size_t school_index = 0;
    bool teacher = false;
    std::vector<std::string_view> subjects;
    std::vector<int> grades;
    int years = 0;
    std::optional<std::size_t> supervisor;
    int capacity = 0;
    int trained = -1;  ///< days, or -1
    bool online = false;
    bool in_person = true;
    std::vector<std::string_view> languages;
    std::vector<std::string> availability;
    std::vector<std::string_view> focus;
    std::vector<std::pair<std::string_view, int>> survey;
    std::vector<std::size_t> prefers;
    std::vector<std::size_t> avoid;
    std::string cohort;
    int start = -1;   ///< days, or -1
    int leaves = -1;  ///< days, or -1
};

struct Options {
    std::size_t people = 0;
    std::uint64_t seed = 1;
    std::size_t schools = 0;  ///< 0: people / 80
    bool after_school = false;  ///< every teacher also free after school each weekday
    std::size_t past_terms = 0;  ///< school years before 2026-27 listed as [[past_terms]]
    std::string out;
};

// ---------------------------------------------------------------- generation

std::string hhmm(int minutes) {
    const int h = minutes / 60, m = minutes % 60;
    std::string out;
    if (h < 10) out += '0';
    out += std::to_string(h);
    out += m < 10 ? ":0" : ":";
    out += std::to_string(m);
    return out;
}

std::string window(std::size_t day, int from, int to) {
    std::string out(day_names[day]);
    out += ' ';
    out += hhmm(from);
    out += '-';
    out += hhmm(to);
    return out;
}

std::string email_local(const Name& first, const Name& last) {
    std::string out;
    auto add = [&out](std::string_view s) {
        for (const char c : s) {
            if (c >= 'A' && c <= 'Z') {
                out += static_cast<char>(c - 'A' + 'a');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out += c;
            }
        }
    };
    add(first.ascii.empty() ? first.display : first.ascii);
    out += '.';
    add(last.ascii.empty() ? last.display : last.ascii);
    return out;
}

class Generator {
public:
    explicit Generator(const Options& o) : opt_(o), rng_(o.seed ^ 0x6D656E746F72ULL) {}

    void run() {
        make_schools();
        make_people();
        add_preferences();
    }

    std::string program_toml() const;
    std::string roster_yaml() const;

private:
    void make_schools();
    void make_people();
    void add_preferences();
    void name_person(Person& p, std::string_view domain);
    void teach(Person& p, const School& s);
    void make_availability(Person& p, const School& s, bool odd_hours);
    void add_focus(Person& p);
    void add_survey(Person& p);

    Options opt_;
    Rng rng_;
    std::vector<School> schools_;
    std::vector<Person> people_;
    std::unordered_set<std::string> emails_;
    std::size_t id_width_ = 6;
};

void Generator::make_schools() {
    const std::size_t n = opt_.schools;
    schools_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        School s;
        const std::uint32_t r = rng_.below(10);
        s.level = r < 6 ? Level::elementary : r < 8 ? Level::middle : Level::high;
        s.id = std::string(school_names[i % school_names.size()]);
        s.id += s.level == Level::elementary ? "-es" : s.level == Level::middle ? "-ms" : "-hs";
        if (i >= school_names.size()) s.id += "-" + std::to_string(i / school_names.size() + 1);
        switch (s.level) {
            case Level::elementary:
                s.bell = 450 + 15 * rng_.between(0, 4);  // 07:30 .. 08:30
                s.dismissal = s.bell + 425;
                break;
            case Level::middle:
                s.bell = 450 + 15 * rng_.between(0, 3);
                s.dismissal = s.bell + 410;
                break;
            case Level::high:
                s.bell = 420 + 15 * rng_.between(0, 3);  // 07:00 .. 07:45
                s.dismissal = s.bell + 415;
                break;
        }
        s.plan_offset = 5 * rng_.between(0, 3);
        schools_.push_back(std::move(s));
    }
}

void Generator::name_person(Person& p, std::string_view domain) {
    const Name& first = rng_.pick(first_names);
    const Name& last = rng_.pick(last_names);
    p.name = std::string(first.display) + " " + std::string(last.display);
    const std::string local = email_local(first, last);
    std::string email;
    for (int n = 1;; ++n) {
        email = local;
        if (n > 1) email += std::to_string(n);
        email += '@';
        email += domain;
        email += ".example.org";
        if (emails_.insert(email).second) break;
    }
    p.email = std::move(email);
}

void Generator::teach(Person& p, const School& s) {
    if (s.level == Level::elementary) {
        if (rng_.chance(720)) {
            const auto& duo = rng_.pick(elementary_classroom);
            p.subjects.assign(duo.begin(), duo.end());
            const int g = rng_.between(0, 5);
            p.grades.push_back(g);
            if (rng_.chance(120)) p.grades.push_back(g == 5 ? 4 : g + 1);
        } else {
            p.subjects.push_back(rng_.pick(elementary_specials));
            const std::uint32_t band = rng_.below(3);
            const int lo = band == 1 ? 3 : 0, hi = band == 0 ? 2 : 5;
            for (int g = lo; g <= hi; ++g) p.grades.push_back(g);
        }
    } else {
        const int lo = s.level == Level::middle ? 6 : 9, hi = s.level == Level::middle ? 8 : 12;
        p.subjects.push_back(rng_.pick(secondary_subjects));
        if (rng_.chance(150)) {
            const std::string_view second = rng_.pick(secondary_subjects);
            if (second != p.subjects.front()) p.subjects.push_back(second);
        }
        const int g = rng_.between(lo, hi);
        p.grades.push_back(g);
        for (int extra = rng_.between(0, 2), next = g + 1; extra > 0 && next <= hi; --extra, ++next) {
            p.grades.push_back(next);
        }
    }
    std::sort(p.grades.begin(), p.grades.end());
    p.grades.erase(std::unique(p.grades.begin(), p.grades.end()), p.grades.end());
}

void Generator::make_availability(Person& p, const School& s, bool odd_hours) {
    std::vector<std::size_t> days{0, 1, 2, 3, 4};
    rng_.shuffle(days);
    const std::size_t count = odd_hours ? 2 : static_cast<std::size_t>(rng_.between(2, 4));
    days.resize(count);
    std::sort(days.begin(), days.end());

    // A teacher's planning block is at the same time every day.
    int plan = 0;
    const bool elementary = s.level == Level::elementary;
    if (elementary && p.subjects.size() == 2 && !p.grades.empty()) {
        plan = s.bell + 30 + 55 * p.grades.front() + s.plan_offset;  // grade-level team planning
    } else {
        plan = s.bell + 5 + 55 * rng_.between(0, 6);
    }
    plan = std::min(plan, s.dismissal - 50);

    for (const std::size_t day : days) {
        int from = 0, to = 0;
        if (odd_hours) {
            if (rng_.chance(500)) {
                from = 360 + 5 * rng_.between(0, 3);  // 06:00 .. 06:15
                to = from + 30;
            } else {
                from = 1020 + 15 * rng_.between(0, 2);  // 17:00 .. 17:30
                to = from + 45;
            }
        } else {
            const std::uint32_t kind = rng_.below(100);
            if (kind < 22) {  // before school
                from = s.bell - 45 + 5 * rng_.between(0, 3);
                to = s.bell - 5 * rng_.between(1, 2);
            } else if (kind < 62) {  // planning period
                from = plan;
                to = plan + 45;
            } else {  // after school
                from = s.dismissal + 5 * rng_.between(2, 4);
                to = from + 15 * rng_.between(2, 4);
            }
        }
        p.availability.push_back(window(day, from, to));
    }
}

void Generator::add_focus(Person& p) {
    const int n = rng_.between(1, 3);
    for (int i = 0; i < n; ++i) {
        const std::string_view f = rng_.pick(focus_areas);
        if (std::find(p.focus.begin(), p.focus.end(), f) == p.focus.end()) p.focus.push_back(f);
    }
}

void Generator::add_survey(Person& p) {
    if (!rng_.chance(400)) return;
    p.survey.emplace_back("structure", rng_.between(1, 5));
    p.survey.emplace_back("feedback", rng_.between(1, 5));
    if (rng_.chance(300)) p.survey.emplace_back("reflection", rng_.between(1, 5));
}

void Generator::make_people() {
    const std::size_t n_schools = schools_.size();
    const std::size_t n_district = std::max<std::size_t>(1, n_schools / 25);
    const std::size_t n_teachers = opt_.people - 2 * n_schools - n_district;

    // Spread the teachers over the schools, unevenly as in real districts.
    std::vector<std::size_t> per_school(n_schools, 0);
    for (std::size_t i = 0; i < n_teachers; ++i) ++per_school[rng_.index(n_schools)];

    people_.reserve(opt_.people);
    for (std::size_t si = 0; si < n_schools; ++si) {
        const School& s = schools_[si];
        const std::size_t principal = people_.size();
        for (int k = 0; k < 2; ++k) {  // principal, then assistant principal
            Person p;
            p.roles = supervisor;
            p.school = s.id;
            p.school_index = si;
            name_person(p, s.id);
            p.years = k == 0 ? rng_.between(12, 32) : rng_.between(8, 25);
            if (k == 1) p.supervisor = principal;
            p.languages.push_back("en");
            if (rng_.chance(150)) p.languages.push_back("es");
            const std::size_t early = rng_.index(5), late = (early + 1 + rng_.index(4)) % 5;
            if (early < late) {
                p.availability.push_back(window(early, s.bell - 45, s.bell - 15));
                p.availability.push_back(window(late, s.dismissal + 10, s.dismissal + 70));
            } else {
                p.availability.push_back(window(late, s.dismissal + 10, s.dismissal + 70));
                p.availability.push_back(window(early, s.bell - 45, s.bell - 15));
            }
            people_.push_back(std::move(p));
        }
        for (std::size_t t = 0; t < per_school[si]; ++t) {
            Person p;
            p.teacher = true;
            p.school = s.id;
            p.school_index = si;
            name_person(p, s.id);
            const std::uint32_t r = rng_.below(1000);
            p.roles = r < 470 ? mentee : r < 890 ? mentor : r < 920 ? (mentor | mentee) : coordinator;
            teach(p, s);
            // Elementary: the assistant principal evaluates grades 3-5; elsewhere a coin toss.
            const bool ap = s.level == Level::elementary ? p.grades.back() >= 3 && rng_.chance(850) : rng_.chance(500);
            p.supervisor = ap ? principal + 1 : principal;

            if (p.roles == mentee) {
                const std::uint32_t y = rng_.below(100);
                p.years = y < 50 ? 0 : y < 85 ? 1 : 2;
                p.cohort = "new-" + std::to_string(2026 - p.years);
                if (p.years == 0 && rng_.chance(60)) {
                    p.start = random_school_day(rng_, {2026, 9, 14}, {2027, 2, 26});  // mid-year hire
                }
            } else if (p.roles == coordinator) {
                p.years = rng_.between(8, 30);
            } else {
                p.years = p.roles == mentor ? rng_.between(4, 30) : rng_.between(3, 12);
                const std::uint32_t c = rng_.below(10);
                p.capacity = (p.roles & mentee) != 0 ? 1 : c < 4 ? 1 : c < 8 ? 2 : 3;
                if (rng_.chance(920)) {
                    const std::uint32_t y = rng_.below(100);
                    const int year = y < 50 ? 2026 : y < 75 ? 2025 : y < 90 ? 2024 : 2023;
                    p.trained = random_weekday(rng_, {year, 6, 8}, {year, 8, 14});
                }
                if (p.roles == mentor && rng_.chance(20)) {
                    p.leaves = random_school_day(rng_, {2026, 10, 15}, {2027, 5, 14});
                }
            }

            const std::uint32_t m = rng_.below(1000);
            if (m < 7 && (p.roles & mentor) != 0) {
                p.online = true;
                p.in_person = false;
            } else if (m < 50) {
                p.online = true;
            }
            p.languages.push_back("en");
            if (rng_.chance(140)) p.languages.push_back("es");
            if (rng_.chance(30)) p.languages.push_back(rng_.pick(other_languages));

            const bool odd_hours = (p.roles == mentee) && rng_.chance(6);
            make_availability(p, s, odd_hours);
            if (opt_.after_school && !odd_hours) {
                // A program that protects mentoring time: 90 minutes after dismissal, every weekday.
                for (std::size_t day = 0; day < 5; ++day) p.availability.push_back(window(day, s.dismissal + 10, s.dismissal + 100));
            }
            if (p.roles != coordinator) add_focus(p);
            add_survey(p);
            people_.push_back(std::move(p));
        }
    }
    for (std::size_t k = 0; k < n_district; ++k) {
        Person p;
        p.roles = coordinator;
        p.school = "district";
        name_person(p, "district");
        p.years = rng_.between(10, 30);
        p.languages.push_back("en");
        p.availability.push_back(window(rng_.index(2), 540, 600));
        p.availability.push_back(window(2 + rng_.index(3), 840, 900));
        people_.push_back(std::move(p));
    }

    std::size_t digits = 1;
    for (std::size_t v = people_.size(); v >= 10; v /= 10) ++digits;
    id_width_ = std::max<std::size_t>(6, digits);
}

void Generator::add_preferences() {
    std::vector<std::vector<std::size_t>> mentors_by_school(schools_.size());
    for (std::size_t i = 0; i < people_.size(); ++i) {
        const Person& p = people_[i];
        if (p.teacher && (p.roles & mentor) != 0) mentors_by_school[p.school_index].push_back(i);
    }
    for (std::size_t i = 0; i < people_.size(); ++i) {
        Person& p = people_[i];
        if (!p.teacher || (p.roles & mentee) == 0) continue;
        const auto& pool = mentors_by_school[p.school_index];
        auto acceptable = [&](std::size_t m) {
            return m != i && (!p.supervisor || *p.supervisor != m) &&
                   std::find(p.prefers.begin(), p.prefers.end(), m) == p.prefers.end() &&
                   std::find(p.avoid.begin(), p.avoid.end(), m) == p.avoid.end();
        };
        if (pool.size() >= 4 && rng_.chance(120)) {
            const int want = rng_.between(2, 3);
            for (int tries = 0; tries < 20 && std::ssize(p.prefers) < want; ++tries) {
                const std::size_t m = pool[rng_.index(pool.size())];
                if (acceptable(m)) p.prefers.push_back(m);
            }
        }
        if (pool.size() >= 4 && rng_.chance(20)) {
            for (int tries = 0; tries < 20 && p.avoid.empty(); ++tries) {
                const std::size_t m = pool[rng_.index(pool.size())];
                if (acceptable(m)) p.avoid.push_back(m);
            }
        }
    }
}

// ---------------------------------------------------------------- output

class Writer {
public:
    explicit Writer(std::size_t reserve) { out_.reserve(reserve); }
    Writer& operator<<(std::string_view s) {
        out_ += s;
        return *this;
    }
    Writer& operator<<(char c) {
        out_ += c;
        return *this;
    }
    Writer& operator<<(int v) {
        out_ += std::to_string(v);
        return *this;
    }
    Writer& operator<<(std::size_t v) {
        out_ += std::to_string(v);
        return *this;
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

std::string person_id(std::size_t index, std::size_t width) {
    std::string digits = std::to_string(index + 1);
    std::string out = "t";
    if (digits.size() < width) out.append(width - digits.size(), '0');
    out += digits;
    return out;
}

template <typename Seq, typename Fn>
void flow(Writer& w, const Seq& items, Fn&& each) {
    w << '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) w << ", ";
        first = false;
        each(item);
    }
    w << ']';
}

std::string Generator::program_toml() const {
    const bool state = opt_.people >= 20000;
    Writer w(4096);
    w << "# Synthetic " << (state ? "statewide" : "district") << " induction program for benchmarks.\n"
      << "# Generated by: mentor-gen --people " << opt_.people << " --seed " << std::to_string(opt_.seed)
      << " --schools " << schools_.size() << (opt_.after_school ? " --after-school" : "") << "\n"
      << "# Regenerate instead of editing; the same arguments give the same bytes.\n\n";
    w << "[program]\n"
      << "id = \"" << (state ? "state-induction" : "district-induction") << "\"\n"
      << "name = \""
      << (state ? "Statewide Beginning Teacher Mentoring Program" : "Riverside Unified New Teacher Induction") << "\"\n"
      << "timezone = \"America/Chicago\"\n"
      << "participation = \"mandatory\"\n"
      << "mode = \"one-to-one\"\n"
      << "duration = \"1y\"\n\n";
    w << "[term]\n"
      << "start = " << format_date(term_start.days()) << "\n"
      << "end = " << format_date(term_end.days()) << "\n"
      << "holidays = [\n";
    for (const auto& h : holidays) w << "  " << format_date(h.first.days()) << ",   # " << h.second << "\n";
    w << "]\n"
      << "breaks = [\n";
    for (const auto& b : breaks) {
        w << "  { name = \"" << b.name << "\", start = " << format_date(b.start.days())
          << ", end = " << format_date(b.end.days()) << " },\n";
    }
    w << "]\n\n";
    w << "[cadence]\n"
      << "every = \"1w\"\n"
      << "minutes = 45\n"
      << "grace_days = 3\n"
      << "max_per_day = 2\n"
      << "observations = 3\n"
      << "observation_spacing_days = 28\n\n";
    w << "[matching]\n"
      << "same_school = \"prefer\"\n"
      << "require_trained = true\n"
      << "exclude_supervisor = true\n"
      << "min_shared_minutes = 30\n"
      << "default_capacity = 1\n"
      << "allow_repeat = false\n"
      << "peer_odd = \"trio\"\n"
      << "weights = { subject = 5, grade = 3, school = 4, availability = 3, focus = 4, survey = 2, language = 1, "
         "experience = 2, preference = 3 }\n\n";
    w << "[remind]\n"
      << "horizon_days = 7\n"
      << "repeat_days = 7\n"
      << "from = \"induction@" << (state ? "state" : "district") << ".example.org\"\n"
      << "sendmail = \"/usr/sbin/sendmail -t -oi\"\n\n";
    w << "[stipend]\n"
      << "currency = \"USD\"\n"
      << "hourly = 40.0\n"
      << "workshop_hourly = 50.0\n"
      << "planning_ratio = 2.0\n\n";
    w << "[privacy]\n"
      << "default = \"private\"\n";
    // The years before, oldest first: the fourth Monday of August to the second Friday of June.
    for (std::size_t k = opt_.past_terms; k >= 1; --k) {
        const int y = 2026 - static_cast<int>(k);
        const auto nth = [](int year, int month, int wd, int n) {
            const int first = days_from_civil(year, month, 1);
            return first + (wd - weekday(first) + 7) % 7 + 7 * (n - 1);
        };
        const int start = nth(y, 8, 0, 4), end = nth(y + 1, 6, 4, 2), labor = nth(y, 9, 0, 1);
        w << "\n[[past_terms]]\n"
          << "name = \"" << std::to_string(y) << "-" << std::to_string((y + 1) % 100) << "\"\n"
          << "start = " << format_date(start) << "\n"
          << "end = " << format_date(end) << "\n"
          << "holidays = [" << format_date(labor) << "]\n"
          << "breaks = [{ name = \"Winter break\", start = " << format_date(days_from_civil(y, 12, 24) - 3)
          << ", end = " << format_date(days_from_civil(y + 1, 1, 1) + 1) << " }]\n";
    }
    return w.take();
}

std::string Generator::roster_yaml() const {
    Writer w(people_.size() * 520 + 1024);
    w << "# Synthetic roster for benchmarks: " << people_.size() << " people in " << schools_.size()
      << (schools_.size() == 1 ? " school.\n" : " schools.\n")
      << "# Generated by: mentor-gen --people " << opt_.people << " --seed " << std::to_string(opt_.seed)
      << " --schools " << schools_.size() << (opt_.after_school ? " --after-school" : "") << "\n\n"
      << "people:\n";
    auto id = [this](std::size_t i) { return person_id(i, id_width_); };
    auto plain = [&w](std::string_view s) { w << s; };
    std::string current_school;
    for (std::size_t i = 0; i < people_.size(); ++i) {
        const Person& p = people_[i];
        if (p.school != current_school) {
            current_school = p.school;
            w << "  # ---- " << p.school << "\n";
        }
        w << "  - id: " << id(i) << "\n"
          << "    name: " << p.name << "\n"
          << "    email: " << p.email << "\n"
          << "    roles: ";
        std::vector<std::string_view> roles;
        if ((p.roles & mentor) != 0) roles.push_back("mentor");
        if ((p.roles & mentee) != 0) roles.push_back("mentee");
        if ((p.roles & coordinator) != 0) roles.push_back("coordinator");
        if ((p.roles & supervisor) != 0) roles.push_back("supervisor");
        flow(w, roles, plain);
        w << "\n    school: " << p.school << "\n";
        if (!p.subjects.empty()) {
            w << "    subjects: ";
            flow(w, p.subjects, plain);
            w << "\n";
        }
        if (!p.grades.empty()) {
            w << "    grades: ";
            flow(w, p.grades, [&w](int g) { w << g; });
            w << "\n";
        }
        w << "    years: " << p.years << "\n";
        if (p.supervisor) w << "    supervisor: " << id(*p.supervisor) << "\n";
        if ((p.roles & mentor) != 0) {
            w << "    capacity: " << p.capacity << "\n";
            if (p.trained >= 0) w << "    trained: " << format_date(p.trained) << "\n";
        }
        if (p.online) w << (p.in_person ? "    modality: [in-person, online]\n" : "    modality: [online]\n");
        w << "    languages: ";
        flow(w, p.languages, plain);
        w << "\n    availability: ";
        flow(w, p.availability, [&w](const std::string& a) { w << '"' << a << '"'; });
        w << "\n";
        if (!p.focus.empty()) {
            w << "    focus: ";
            flow(w, p.focus, plain);
            w << "\n";
        }
        if (!p.survey.empty()) {
            w << "    survey: {";
            bool first = true;
            for (const auto& [question, answer] : p.survey) {
                if (!first) w << ", ";
                first = false;
                w << question << ": " << answer;
            }
            w << "}\n";
        }
        if (!p.prefers.empty()) {
            w << "    prefers: ";
            flow(w, p.prefers, [&](std::size_t m) { w << id(m); });
            w << "\n";
        }
        if (!p.avoid.empty()) {
            w << "    avoid: ";
            flow(w, p.avoid, [&](std::size_t m) { w << id(m); });
            w << "\n";
        }
        if (!p.cohort.empty()) w << "    cohort: " << p.cohort << "\n";
        if (p.start >= 0) w << "    start: " << format_date(p.start) << "\n";
        if (p.leaves >= 0) w << "    leaves: " << format_date(p.leaves) << "\n";
        w << "\n";
    }
    return w.take();
}

// ---------------------------------------------------------------- main

constexpr std::string_view usage_text =
    "usage: mentor-gen --people N --out DIR [--seed S] [--schools K] [--after-school] [--past-terms N]\n"
    "\n"
    "Writes DIR/program.toml and DIR/roster.yaml: a synthetic, valid mentorship\n"
    "program of N people for benchmarks. The same arguments always give the\n"
    "same bytes.\n"
    "\n"
    "  --people N    number of people (e.g. 5000 for a district, 40000 for a state)\n"
    "  --out DIR     output directory (created if missing)\n"
    "  --seed S      random seed, an unsigned integer (default 1)\n"
    "  --schools K   number of schools (default: N / 80, at least 1)\n"
    "  --past-terms N  list the N school years before 2026-27 as [[past_terms]] (default 0)\n"
    "  --after-school  every teacher is also free for 90 minutes after dismissal on\n"
    "                every weekday (for scheduling benchmarks)\n"
    "  -h, --help    show this help\n";

int usage_error(std::string_view message) {
    std::cerr << "mentor-gen: " << message << "\n\n" << usage_text;
    return 2;
}

template <typename T>
bool parse_unsigned(std::string_view s, T& out) {
    if (s.empty()) return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && ptr == s.data() + s.size();
}

bool write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f) return false;
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
    f.close();
    return static_cast<bool>(f);
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    bool have_people = false, have_schools = false;
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (arg == "-h" || arg == "--help") {
            std::cout << usage_text;
            return 0;
        }
        if (arg == "--after-school") {
            opt.after_school = true;
            continue;
        }
        std::string_view value;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        } else if (arg == "--people" || arg == "--seed" || arg == "--out" || arg == "--schools" || arg == "--past-terms") {
            if (i + 1 >= args.size()) return usage_error(std::string(arg) + " needs a value");
            value = args[++i];
        } else {
            return usage_error("unknown argument '" + std::string(arg) + "'");
        }
        if (arg == "--people") {
            if (!parse_unsigned(value, opt.people) || opt.people == 0 || opt.people > 10'000'000) {
                return usage_error("--people must be a whole number from 1 to 10000000");
            }
            have_people = true;
        } else if (arg == "--seed") {
            if (!parse_unsigned(value, opt.seed)) return usage_error("--seed must be an unsigned integer");
        } else if (arg == "--past-terms") {
            if (!parse_unsigned(value, opt.past_terms) || opt.past_terms > 40) {
                return usage_error("--past-terms must be a whole number from 0 to 40");
            }
        } else if (arg == "--schools") {
            if (!parse_unsigned(value, opt.schools) || opt.schools == 0) {
                return usage_error("--schools must be a whole number, at least 1");
            }
            have_schools = true;
        } else if (arg == "--out") {
            if (value.empty()) return usage_error("--out needs a directory");
            opt.out = std::string(value);
        } else {
            return usage_error("unknown option '" + std::string(arg) + "'");
        }
    }
    if (!have_people) return usage_error("--people is required");
    if (opt.out.empty()) return usage_error("--out is required");
    if (!have_schools) opt.schools = std::max<std::size_t>(1, (opt.people + 40) / 80);
    const std::size_t staff = 2 * opt.schools + std::max<std::size_t>(1, opt.schools / 25);
    if (opt.people <= staff) {
        const std::string schools = std::to_string(opt.schools) + (opt.schools == 1 ? " school" : " schools");
        return usage_error("--people " + std::to_string(opt.people) + " is too few for " + schools +
                           " (each has a principal and an assistant principal): use more people or fewer schools");
    }

    Generator gen(opt);
    gen.run();

    std::error_code ec;
    const std::filesystem::path dir(opt.out);
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << "mentor-gen: cannot create " << dir.string() << ": " << ec.message() << "\n";
        return 1;
    }
    const std::pair<const char*, std::string> files[] = {{"program.toml", gen.program_toml()},
                                                         {"roster.yaml", gen.roster_yaml()}};
    for (const auto& [name, text] : files) {
        if (!write_file(dir / name, text)) {
            std::cerr << "mentor-gen: cannot write " << (dir / name).string() << "\n";
            return 1;
        }
    }
    return 0;
}
