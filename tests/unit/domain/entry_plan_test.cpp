#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/domain/entry_plan.hpp"

using namespace mentor;
using namespace mentor::test;

namespace {

Pair pair_of(const char* mentor_id, const char* mentee_id) {
    Pair p;
    p.mentor = mentor_id;
    p.mentee = mentee_id;
    p.start = day("2026-08-24");
    return p;
}

// jdoe mentors asmith, bcho and ekim; kpatel mentors dlee; kb coordinates.
struct Group {
    Program program = test::program();
    Roster roster = test::roster({test::mentor("jdoe"), mentee("asmith"), mentee("bcho"), mentee("ekim"),
                                  test::mentor("kpatel"), mentee("dlee"), person("kb", {Role::coordinator})});
    std::vector<Pair> pairs{pair_of("jdoe", "asmith"), pair_of("jdoe", "bcho"), pair_of("jdoe", "ekim"),
                            pair_of("kpatel", "dlee")};

    EntryPlan log(const char* person_id, std::vector<std::string> with, const char* writer,
                  EntryKind kind = EntryKind::check_in) const {
        LogRequest r;
        r.person = person_id;
        r.with = std::move(with);
        r.kind = kind;
        r.date = r.today = day("2026-11-17");
        r.writer = writer;
        return plan_log_entry(r, program, roster, pairs, {});
    }
};

}  // namespace

TEST_CASE("plan_log_entry: a group session is one check-in of the mentor with every mentee named") {
    const Group g;
    const EntryPlan p = g.log("ekim", {"asmith", "ekim", "bcho"}, "jdoe");
    REQUIRE_FALSE(p.refusal);
    CHECK(p.entry.kind == EntryKind::check_in);
    CHECK(p.entry.mentor == "jdoe");
    CHECK(p.entry.mentee.empty());
    CHECK(p.entry.mentees == std::vector<std::string>{"asmith", "bcho", "ekim"});
    CHECK(p.entry.minutes == g.program.cadence.minutes);
    // A coordinator may log it for the mentor.
    CHECK_FALSE(g.log("asmith", {"bcho"}, "kb").refusal);
    // The same person twice is one person: an ordinary check-in.
    const EntryPlan one = g.log("asmith", {"asmith"}, "jdoe");
    REQUIRE_FALSE(one.refusal);
    CHECK(one.entry.mentee == "asmith");
    CHECK(one.entry.mentees.empty());
}

TEST_CASE("plan_log_entry: a group session is refused with a reason when it cannot be one") {
    const Group g;
    const auto refused = [](const EntryPlan& p) { return p.refusal ? p.refusal->message : std::string("(allowed)"); };
    CHECK(refused(g.log("asmith", {"dlee"}, "kb")) == "asmith and dlee have different mentors on 2026-11-17 (jdoe and kpatel)");
    CHECK(refused(g.log("asmith", {"dlee"}, "jdoe")) == "jdoe is not part of the pair of kpatel (mentor) and dlee (mentee)");
    CHECK(refused(g.log("asmith", {"bcho"}, "asmith")) == "asmith is not part of the pair of jdoe (mentor) and bcho (mentee)");
    CHECK(refused(g.log("asmith", {"nobody"}, "jdoe")) == "no person 'nobody' in roster.yaml");
    CHECK(refused(g.log("asmith", {"bcho"}, "jdoe", EntryKind::observation)) ==
          "--kind observation is about one pair; only a check-in can be a group session");
}

TEST_CASE("entry_text_refusal: UTF-8 text with line breaks and tabs is an entry's text") {
    CHECK_FALSE(entry_text_refusal("Zoë came early.\n\n\tTwo paragraphs.\r\nThird."));
    CHECK_FALSE(entry_text_refusal(""));
}

TEST_CASE("entry_text_refusal: invalid UTF-8 and control characters, located in the text") {
    const std::optional<Refusal> latin1 = entry_text_refusal("Zoë's caf\xE9");
    REQUIRE(latin1);
    CHECK(latin1->message == "the entry's text: invalid UTF-8 (byte 0xE9) (at character 10)");
    const std::optional<Refusal> escape = entry_text_refusal("red \x1b[31mtext");
    REQUIRE(escape);
    CHECK(escape->message == "the entry's text: control character U+001B is not allowed (at character 5)");
    CHECK(entry_text_refusal("a\rb"));
    CHECK(entry_text_refusal(std::string_view("a\0b", 3)));
}
