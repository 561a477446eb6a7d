#include <catch2/catch.hpp>

#include "mentor/io/program_toml.hpp"
#include "mentor/io/survey_file.hpp"

using namespace mentor;

namespace {

constexpr std::string_view base_toml = R"([program]
id = "p"
name = "P"
[term]
start = 2026-08-24
end = 2027-06-11
)";

ParsedProgram with(std::string_view tables) { return parse_program(std::string(base_toml) + std::string(tables), "program.toml"); }

bool has_message(const std::vector<Diagnostic>& d, std::string_view text, int line) {
    for (const auto& x : d) {
        if (x.message.find(text) != std::string::npos && x.pos.line == line) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("format_survey_answers / parse_survey_answers: round trip with escapes") {
    const std::vector<SurveyAnswer> answers{{"asmith", "comments", "2027-01-12T08:00:00", "two\tcols\nand a \\ line\r"},
                                            {"asmith", "support", "2027-01-12T08:00:00", "4"},
                                            {"bjones", "topics", "2027-01-13T09:30:00", "Assessment; Differentiation"}};
    const std::string text = format_survey_answers(answers);
    CHECK(text.rfind("# mentor survey v1\n", 0) == 0);
    const ParsedSurveyAnswers back = parse_survey_answers(text, "surveys/x.tsv");
    CHECK(back.diagnostics.empty());
    CHECK(back.answers == answers);
    CHECK(format_survey_answers(back.answers) == text);
}

TEST_CASE("parse_survey_answers: bad lines are errors at their line") {
    const std::string head = "# mentor survey v1\n";
    CHECK(has_message(parse_survey_answers("# mentor pairs v1\n", "s").diagnostics, "first line", 1));
    CHECK(has_message(parse_survey_answers(head + "Bad Id\tq\t2027-01-12T08:00:00\t4\n", "s").diagnostics, "person's id", 2));
    CHECK(has_message(parse_survey_answers(head + "a\tq\t2027-01-12 08:00\t4\n", "s").diagnostics, "submission time", 2));
    CHECK(has_message(parse_survey_answers(head + "a\tq\t2027-01-12T08:00:00\tx\\q\n", "s").diagnostics, "backslash", 2));
    CHECK(has_message(parse_survey_answers(head + "a\tq\t2027-01-12T08:00:00\n", "s").diagnostics, "fields", 2));
    CHECK(has_message(parse_survey_answers(head + "a\tq\t2027-01-12T08:00:00\t1\na\tq\t2027-01-12T08:00:00\t2\n", "s").diagnostics,
                      "twice", 1));
    CHECK(has_message(parse_survey_answers(head + "a\tq\t2027-01-12T08:00:00\t\xe9\n", "s").diagnostics, "UTF-8", 2));
}

TEST_CASE("survey_rows: columns found by header, case and spaces aside; missing ones located with a suggestion") {
    SurveyConfig s;
    s.id = "midyear";
    s.questions = {{"support", "My mentor supports me", QuestionType::scale, {}}};
    Diagnostics d("export.csv");
    const CsvTable t = parse_csv("Timestamp,Email Address,my mentor  supports me \n2027/01/12 8:00:00 AM,a@x.org,Agree\n", d);
    const auto rows = survey_rows(t, s, d);
    CHECK(d.items().empty());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].respondent.text == "a@x.org");
    CHECK(rows[0].timestamp.text == "2027/01/12 8:00:00 AM");
    CHECK(rows[0].answers[0].text == "Agree");
    CHECK(rows[0].answers[0].pos == SourcePos{2, 31});

    s.questions[0].column = "My mentor support me";
    Diagnostics d2("export.csv");
    CHECK(survey_rows(parse_csv("Timestamp,Email,My mentor supports me\n", d2), s, d2).empty());
    REQUIRE(d2.items().size() == 1);
    CHECK(d2.items()[0].pos == SourcePos{1, 1});
    CHECK(d2.items()[0].hint.find("did you mean \"My mentor supports me\"") != std::string::npos);

    Diagnostics d3("export.csv");
    survey_rows(parse_csv("When,Who,My mentor support me\n", d3), s, d3);
    CHECK(d3.items().size() == 2);  // neither a respondent nor a time column
}

TEST_CASE("convert_to_utf8: latin1, windows-1252, utf-16 with either byte order") {
    CHECK(convert_to_utf8("Jos\xe9", "latin1") == "José");
    CHECK(convert_to_utf8("\x93quoted\x94", "windows-1252") == "\u201cquoted\u201d");
    CHECK_FALSE(convert_to_utf8("\x81", "windows-1252"));
    CHECK(convert_to_utf8(std::string("\xff\xfe" "a\0\xe9\0", 6), "utf-16") == "aé");
    CHECK(convert_to_utf8(std::string("\xfe\xff\0a\xd8\x3d\xde\x00", 8), "UTF-16") == "a\U0001F600");
    CHECK_FALSE(convert_to_utf8(std::string("\xff\xfe\x3d\xd8", 4), "utf-16"));  // a lone surrogate
    CHECK_FALSE(convert_to_utf8("abc", "ebcdic"));
}

TEST_CASE("parse_program: [survey.ID] tables") {
    const ParsedProgram ok = with(R"(
[privacy]
min_group = 4
[survey.midyear]
title = "Mid-year"
kind = "feedback"
who = "everyone"
opens = 2027-01-11
closes = 2027-01-29
respondent = "Email"
date_order = "dmy"
scale = { "Disagree" = 1, "Agree" = 2 }
questions = [
  { id = "support", column = "Support" },
  { id = "topics", column = "Topics", type = "multi", options = ["A", "B"] },
]
[survey.intake]
kind = "compatibility"
range = [0, 10]
questions = [{ id = "structure", column = "Structure" }]
)");
    CHECK(ok.diagnostics.empty());
    CHECK(ok.program.privacy.min_group == 4);
    REQUIRE(ok.program.surveys.size() == 2);
    const SurveyConfig& intake = ok.program.surveys[0];
    CHECK(intake.id == "intake");
    CHECK(intake.scale_min == 0);
    CHECK(intake.scale_max == 10);
    const SurveyConfig& m = ok.program.surveys[1];
    CHECK(m.kind == SurveyKind::feedback);
    CHECK(m.who == SurveyAudience::everyone);
    CHECK(m.date_order == DateOrder::dmy);
    CHECK(m.scale_max == 2);
    CHECK(m.questions[1].options == std::vector<std::string>{"A", "B"});
}

TEST_CASE("parse_program: every bad value of a survey is located") {
    const auto d = with(R"(
[survey.midyear]
kind = "feedbak"
who = 3
opens = 2027-02-01
closes = 2027-01-01
scale = { "Agree" = 1, " agree" = 2, "Big" = 1e9 }
colour = "red"
questions = [
  { id = "Support", column = "S" },
  { id = "a", column = "A", type = "essay" },
  { id = "a", column = "B" },
  { id = "b" },
  { id = "c", column = "C", options = ["x"] },
]
[survey."Bad Id"]
kind = "needs"
[survey.empty]
kind = "needs"
)").diagnostics;
    CHECK(has_message(d, "survey.midyear.kind is 'feedbak'", 9));
    CHECK(has_message(d, "survey.midyear.who must be a string", 10));
    CHECK(has_message(d, "closes on 2027-01-01, before it opens", 12));
    CHECK(has_message(d, "lists \"Agree\" twice", 13));  // toml++ reads keys in order: " agree" first
    CHECK(has_message(d, "must be a number from", 13));
    CHECK(has_message(d, "unknown key 'colour'", 14));
    CHECK(has_message(d, "question id 'Support' is not a valid id", 16));
    CHECK(has_message(d, "type of question 'a' is 'essay'", 17));
    CHECK(has_message(d, "two questions with the id 'a'", 18));
    CHECK(has_message(d, "needs an id and a column", 19));
    CHECK(has_message(d, "options of question 'c'", 20));
    CHECK(has_message(d, "survey id 'Bad Id' is not a valid id", 22));
    CHECK(has_message(d, "survey.empty.questions is missing", 24));
}
