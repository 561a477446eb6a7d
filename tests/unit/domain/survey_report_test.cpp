#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/survey_report.hpp"

using namespace mentor;

namespace {

Program with_survey() {
    Program p = test::program();
    SurveyConfig s;
    s.id = "midyear";
    s.kind = SurveyKind::feedback;
    s.opens = test::day("2027-01-11");
    s.closes = test::day("2027-01-29");
    s.questions = {{"support", "Support", QuestionType::scale, {}}, {"comments", "Comments", QuestionType::text, {}}};
    p.surveys = {s};
    return p;
}

Person mentee(std::string id, std::string school) {
    Person p = test::mentee(std::move(id));
    p.school = std::move(school);
    return p;
}

Pair pair(std::string mentor, std::string mentee) {
    Pair p;
    p.mentor = std::move(mentor);
    p.mentee = std::move(mentee);
    p.start = test::day("2026-08-24");
    return p;
}

SurveyAnswer answer(std::string who, std::string value) { return {std::move(who), "support", "2027-01-12T08:00:00", std::move(value)}; }

}  // namespace

TEST_CASE("compute_survey_figures: response rate and means, groups below min_group hidden") {
    const Program p = with_survey();
    const Roster r = test::roster({test::mentor("m1"), test::mentor("m2"), mentee("a", "east"), mentee("b", "east"),
                                   mentee("c", "east"), mentee("d", "west"), mentee("e", "west")});
    const std::vector<Pair> pairs{pair("m1", "a"), pair("m1", "b"), pair("m1", "c"), pair("m2", "d")};
    const std::vector<std::vector<SurveyAnswer>> answers{
        {answer("a", "4"), answer("b", "5"), answer("c", "3"), answer("d", "1"),
         {"d", "comments", "2027-01-12T08:00:00", "private words"}, answer("m2", "2")}};
    const auto figures = compute_survey_figures(p, r, pairs, answers, test::day("2027-02-01"));
    REQUIRE(figures.size() == 1);
    const SurveyFigures& f = figures[0];
    CHECK_FALSE(f.open);
    CHECK(f.as_of == test::day("2027-01-29"));
    CHECK(f.program.asked == 5);     // the mentors are not asked: m2's answer does not count
    CHECK(f.program.answered == 4);
    REQUIRE(f.program.questions.size() == 1);  // the text question is never a figure
    CHECK(f.program.questions[0].answers == 4);
    CHECK(*f.program.questions[0].mean == Approx(13.0 / 4));
    REQUIRE(f.schools.size() == 1);
    CHECK(f.schools[0].key == "east");
    CHECK(*f.schools[0].questions[0].mean == Approx(4.0));
    CHECK(f.schools_hidden == 1);    // west: one answer
    REQUIRE(f.mentors.size() == 1);
    CHECK(f.mentors[0].key == "m1");
    CHECK(f.mentors_hidden == 1);    // m2: one answer
}

TEST_CASE("compute_survey_figures: no mean below min_group, not even for the program; not shown before it opens") {
    Program p = with_survey();
    p.privacy.min_group = 5;
    const Roster r = test::roster({mentee("a", "east"), mentee("b", "east")});
    const std::vector<std::vector<SurveyAnswer>> answers{{answer("a", "4"), answer("b", "5")}};
    const auto figures = compute_survey_figures(p, r, {}, answers, test::day("2027-01-20"));
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].open);
    CHECK(figures[0].program.answered == 2);
    CHECK_FALSE(figures[0].program.questions[0].mean);
    CHECK(figures[0].schools.empty());
    CHECK(compute_survey_figures(p, r, {}, answers, test::day("2027-01-10")).empty());
}
