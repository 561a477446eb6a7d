#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/survey.hpp"

using namespace mentor;

namespace {

SurveyConfig feedback() {
    SurveyConfig s;
    s.id = "midyear";
    s.scale = {{"Disagree", 1}, {"Neutral", 2}, {"Agree", 3}};
    s.scale_min = 1, s.scale_max = 3;
    s.questions = {{"support", "Support", QuestionType::scale, {}},
                   {"topics", "Topics", QuestionType::multi, {"Assessment", "Differentiation"}},
                   {"comments", "Comments", QuestionType::text, {}}};
    return s;
}

Roster people() {
    Person a = test::mentee("asmith");
    a.email = "ASmith@example.org";
    Person b = test::mentee("bjones");
    b.email = "bjones@example.org";
    return test::roster({a, b});
}

SurveyRow row(int line, std::string who, std::string when, std::vector<std::string> answers) {
    SurveyRow r{line, {std::move(who), {line, 2}}, {std::move(when), {line, 1}}, {}};
    int col = 3;
    for (auto& a : answers) r.answers.push_back({std::move(a), {line, col++}});
    return r;
}

}  // namespace

TEST_CASE("parse_form_timestamp: Google Forms, Microsoft Forms and ISO times") {
    CHECK(parse_form_timestamp("2027/01/12 8:41:07 AM GMT-6", DateOrder::mdy) == "2027-01-12T08:41:07");
    CHECK(parse_form_timestamp("2027/01/12 12:05:00 AM", DateOrder::mdy) == "2027-01-12T00:05:00");
    CHECK(parse_form_timestamp("2027/01/12 12:05:00 PM", DateOrder::mdy) == "2027-01-12T12:05:00");
    CHECK(parse_form_timestamp("1/14/2027 9:32", DateOrder::mdy) == "2027-01-14T09:32:00");
    CHECK(parse_form_timestamp("14/1/2027 9:32", DateOrder::dmy) == "2027-01-14T09:32:00");
    CHECK(parse_form_timestamp("1/14/27 16:02:11", DateOrder::mdy) == "2027-01-14T16:02:11");
    CHECK(parse_form_timestamp("2027-01-12T08:41:07.123Z", DateOrder::mdy) == "2027-01-12T08:41:07");
    CHECK(parse_form_timestamp("2027-01-12", DateOrder::mdy) == "2027-01-12T00:00:00");
    CHECK_FALSE(parse_form_timestamp("14/1/2027 9:32", DateOrder::mdy));  // no 14th month
    CHECK_FALSE(parse_form_timestamp("2027/02/30 9:00", DateOrder::mdy));
    CHECK_FALSE(parse_form_timestamp("13:00 PM 2027/01/01", DateOrder::mdy));
    CHECK_FALSE(parse_form_timestamp("2027/01/12 13:00 PM", DateOrder::mdy));
    CHECK_FALSE(parse_form_timestamp("2027/01/12 25:00", DateOrder::mdy));
    CHECK_FALSE(parse_form_timestamp("9999/01/12", DateOrder::mdy));
    CHECK_FALSE(parse_form_timestamp("yesterday", DateOrder::mdy));
    CHECK_FALSE(parse_form_timestamp("", DateOrder::mdy));
}

TEST_CASE("merge_survey_rows: answers mapped by scale, choices and text; respondents by email or id") {
    const SurveyImport r = merge_survey_rows(
        feedback(), people(),
        {row(2, "asmith@EXAMPLE.org", "2027/01/12 8:00:00 AM", {" agree ", "Differentiation, Assessment", "More time, please"}),
         row(3, "bjones", "2027/01/13 9:00:00 AM", {"2", "", ""})},
        {}, "export.csv");
    CHECK(r.diagnostics.empty());
    CHECK(r.added == std::vector<std::string>{"asmith", "bjones"});
    REQUIRE(r.answers.size() == 4);
    CHECK(r.answers[0] == SurveyAnswer{"asmith", "comments", "2027-01-12T08:00:00", "More time, please"});
    CHECK(r.answers[1] == SurveyAnswer{"asmith", "support", "2027-01-12T08:00:00", "3"});
    CHECK(r.answers[2] == SurveyAnswer{"asmith", "topics", "2027-01-12T08:00:00", "Assessment; Differentiation"});
    CHECK(r.answers[3] == SurveyAnswer{"bjones", "support", "2027-01-13T09:00:00", "2"});
}

TEST_CASE("merge_survey_rows: Microsoft Forms' trailing semicolon; unknown choices and words are warnings") {
    const SurveyImport r = merge_survey_rows(feedback(), people(),
                                             {row(2, "asmith", "1/12/2027 8:00", {"Strongly agree", "Assessment;Planning;", ""})},
                                             {}, "export.csv");
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].severity == Severity::warning);
    CHECK(r.diagnostics[0].pos == SourcePos{2, 3});
    CHECK(r.diagnostics[0].message.find("\"Strongly agree\"") != std::string::npos);
    CHECK(r.diagnostics[1].pos == SourcePos{2, 4});
    CHECK(r.diagnostics[1].message.find("\"Planning\"") != std::string::npos);
    REQUIRE(r.answers.size() == 1);
    CHECK(r.answers[0].answer == "Assessment");
}

TEST_CASE("merge_survey_rows: a number outside the range is not on the scale") {
    const SurveyImport r =
        merge_survey_rows(feedback(), people(), {row(2, "asmith", "1/12/2027 8:00", {"4", "", ""})}, {}, "export.csv");
    CHECK(r.answers.empty());
    REQUIRE(r.diagnostics.size() == 1);
}

TEST_CASE("merge_survey_rows: an unknown respondent or a bad time is listed with its line, the rest imported") {
    const SurveyImport r = merge_survey_rows(feedback(), people(),
                                             {row(2, "ghost@example.org", "1/12/2027 8:00", {"Agree", "", ""}),
                                              row(3, "bjones", "someday", {"Agree", "", ""}),
                                              row(4, "asmith", "1/12/2027 8:00", {"Agree", "", ""})},
                                             {}, "export.csv");
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].pos == SourcePos{2, 2});
    CHECK(r.diagnostics[0].message.find("ghost@example.org") != std::string::npos);
    CHECK(r.diagnostics[1].pos == SourcePos{3, 1});
    CHECK(r.added == std::vector<std::string>{"asmith"});
}

TEST_CASE("merge_survey_rows: of two submissions the later wins, whichever comes first in the file") {
    const SurveyImport r = merge_survey_rows(feedback(), people(),
                                             {row(2, "asmith", "1/20/2027 8:00", {"Agree", "", ""}),
                                              row(3, "asmith", "1/12/2027 8:00", {"Disagree", "", ""})},
                                             {}, "export.csv");
    REQUIRE(r.answers.size() == 1);
    CHECK(r.answers[0].answer == "3");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos.line == 3);
    CHECK(r.diagnostics[0].message.find("line 2") != std::string::npos);
}

TEST_CASE("merge_survey_rows: re-importing changes nothing; a later export replaces only later submissions") {
    const std::vector<SurveyRow> first{row(2, "asmith", "1/12/2027 8:00", {"Agree", "", ""}),
                                       row(3, "bjones", "1/12/2027 9:00", {"Neutral", "", ""})};
    const SurveyImport once = merge_survey_rows(feedback(), people(), first, {}, "export.csv");
    const SurveyImport twice = merge_survey_rows(feedback(), people(), first, once.answers, "export.csv");
    CHECK(twice.answers == once.answers);
    CHECK(twice.added.empty());
    CHECK(twice.unchanged == 2);

    std::vector<SurveyRow> later = first;
    later.push_back(row(4, "bjones", "1/20/2027 9:00", {"Disagree", "", ""}));
    const SurveyImport third = merge_survey_rows(feedback(), people(), later, once.answers, "export.csv");
    CHECK(third.replaced == std::vector<std::string>{"bjones"});
    CHECK(third.unchanged == 1);
    REQUIRE(third.answers.size() == 2);
    CHECK(third.answers[1] == SurveyAnswer{"bjones", "support", "2027-01-20T09:00:00", "1"});
    // An older export does not take back a later submission.
    const SurveyImport older = merge_survey_rows(feedback(), people(), first, third.answers, "export.csv");
    CHECK(older.answers == third.answers);
}
