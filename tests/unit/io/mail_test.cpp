#include <catch2/catch.hpp>

#include "builders.hpp"
#include "mentor/io/mail.hpp"
#include "mentor/io/remind_state.hpp"

using namespace mentor;
using namespace mentor::test;

TEST_CASE("format_mailbox: plain, quoted and encoded display names") {
    CHECK(format_mailbox({"Ana Smith", "asmith@example.org"}) == "Ana Smith <asmith@example.org>");
    CHECK(format_mailbox({"", "asmith@example.org"}) == "asmith@example.org");
    CHECK(format_mailbox({"O'Connor, Brendan", "b@example.org"}) == "\"O'Connor, Brendan\" <b@example.org>");
    CHECK(format_mailbox({"Say \"hi\"", "b@example.org"}) == "\"Say \\\"hi\\\"\" <b@example.org>");
    CHECK(format_mailbox({"José Núñez", "jnunez@example.org"}) == "=?UTF-8?B?Sm9zw6kgTsO6w7Fleg==?= <jnunez@example.org>");
}

TEST_CASE("encode_header_text: ASCII as is; long UTF-8 in words of at most 75 characters, split between characters") {
    CHECK(encode_header_text("Reminders for Mon 23 Nov") == "Reminders for Mon 23 Nov");
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "Zoë ";
    const std::string encoded = encode_header_text(long_text);
    std::size_t start = 0;
    int words = 0;
    while (start < encoded.size()) {
        std::size_t nl = encoded.find("\n ", start);
        if (nl == std::string::npos) nl = encoded.size();
        const std::string word = encoded.substr(start, nl - start);
        CHECK(word.size() <= 75);
        CHECK(word.rfind("=?UTF-8?B?", 0) == 0);
        ++words;
        start = nl + 2;
    }
    CHECK(words > 1);
}

TEST_CASE("quoted_printable: escapes, soft breaks, trailing spaces") {
    CHECK(quoted_printable("a=b\n") == "a=3Db\n");
    CHECK(quoted_printable("Zoë\n") == "Zo=C3=AB\n");
    CHECK(quoted_printable("end \nx") == "end=20\nx");
    const std::string line(100, 'x');
    const std::string qp = quoted_printable(line);
    CHECK(qp == std::string(75, 'x') + "=\n" + std::string(25, 'x'));
}

TEST_CASE("rfc5322_date: weekday, offset sign") {
    CHECK(rfc5322_date(day("2026-11-23"), 7 * 60, -6 * 3600) == "Mon, 23 Nov 2026 07:00:00 -0600");
    CHECK(rfc5322_date(day("2026-07-01"), 7 * 60 + 5, 5 * 3600 + 1800) == "Wed, 01 Jul 2026 07:05:00 +0530");
}

TEST_CASE("build_message: headers, 7bit for ASCII and quoted-printable for UTF-8") {
    MailParts p{{"Program", "induction@example.org"}, {"Ana Smith", "asmith@example.org"}, "Hello", "Mon, 23 Nov 2026 07:00:00 -0600",
                "id.1@example.org", "plain body\n", {}};
    std::string m = build_message(p);
    CHECK(m.find("From: Program <induction@example.org>\nTo: Ana Smith <asmith@example.org>\nSubject: Hello\n") == 0);
    CHECK(m.find("Message-ID: <id.1@example.org>\n") != std::string::npos);
    CHECK(m.find("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\nplain body\n") !=
          std::string::npos);
    CHECK(m.find('\r') == std::string::npos);
    p.body = "Zoë\n";
    m = build_message(p);
    CHECK(m.find("Content-Transfer-Encoding: quoted-printable\n\nZo=C3=AB\n") != std::string::npos);
}

TEST_CASE("mbox_entry: From line, >From quoting in the body only, blank line after") {
    const std::string msg = "From: a@example.org\nSubject: x\n\nFrom here\n>From there\nok\n";
    CHECK(mbox_entry(msg, "a@example.org", day("2026-11-23"), 7 * 60) ==
          "From a@example.org Mon Nov 23 07:00:00 2026\nFrom: a@example.org\nSubject: x\n\n>From here\n>>From there\nok\n\n");
}

TEST_CASE("fnv1a64: stable") {
    CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
}

TEST_CASE("remind state: round trip, sorted, bad lines skipped") {
    RemindHistory h;
    h[{"jdoe", "meeting:asmith+jdoe:2026-11-24"}] = day("2026-11-23");
    h[{"asmith", "goal-due:g1:2026-11-27"}] = day("2026-11-20");
    const std::string text = format_remind_state(h);
    CHECK(text == std::string(remind_state_header) +
                      "\nasmith\tgoal-due:g1:2026-11-27\t2026-11-20\njdoe\tmeeting:asmith+jdoe:2026-11-24\t2026-11-23\n");
    CHECK(parse_remind_state(text) == h);
    CHECK(parse_remind_state("garbage\nx\ty\tnot-a-date\n\tk\t2026-01-01\n").empty());
}

TEST_CASE("build_message: no data adds a header line; a bad address is refused") {
    MailParts p{{"Program\nBcc: all@staff.example.org", "induction@example.org"},
                {"Ana\r\nBcc: x@evil.example", "asmith@example.org"},
                "Hello\nBcc: y@evil.example",
                "Mon, 23 Nov 2026 07:00:00 -0600",
                "id.1@example.org",
                "body\n", {}};
    const std::string m = build_message(p);
    const std::string headers = m.substr(0, m.find("\n\n") + 1);
    INFO(headers);
    CHECK(headers.find("\nBcc") == std::string::npos);
    CHECK(headers.find("From: \"Program Bcc: all@staff.example.org\" <induction@example.org>\n") == 0);
    CHECK(headers.find("To: \"Ana  Bcc: x@evil.example\" <asmith@example.org>\n") != std::string::npos);
    CHECK(headers.find("Subject: Hello Bcc: y@evil.example\n") != std::string::npos);
    // Every header line is a known header.
    std::size_t at = 0, lines = 0;
    while (at < headers.size()) {
        const std::size_t nl = headers.find('\n', at);
        const std::string line = headers.substr(at, nl - at);
        CHECK((line.rfind("From: ", 0) == 0 || line.rfind("To: ", 0) == 0 || line.rfind("Subject: ", 0) == 0 ||
               line.rfind("Date: ", 0) == 0 || line.rfind("Message-ID: ", 0) == 0 || line.rfind("Auto-Submitted: ", 0) == 0 ||
               line.rfind("MIME-Version: ", 0) == 0 || line.rfind("Content-", 0) == 0));
        at = nl + 1;
        ++lines;
    }
    CHECK(lines == 9);
    p.to.address = "asmith@example.org\nBcc: all@staff.example.org";
    CHECK_THROWS_WITH(build_message(p), Catch::Contains("is not an email address"));
    p.to.address = "asmith@example.org";
    p.from.address = "induction@example.org, all@staff.example.org";
    CHECK_THROWS_WITH(build_message(p), Catch::Contains("is not an email address"));
}

TEST_CASE("encode_header_text and format_mailbox: UTF-8 with a line break is encoded on one logical line") {
    const std::string subject = encode_header_text("Zoë\nBcc: x@y.org");
    CHECK(subject.find("\nBcc") == std::string::npos);
    CHECK(subject.rfind("=?UTF-8?B?", 0) == 0);
    const std::string box = format_mailbox({"Zoë\nBcc: x@y.org", "z@example.org"});
    CHECK(box.find("\nBcc") == std::string::npos);
    CHECK(box.find(" <z@example.org>") != std::string::npos);
}

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("base64_lines: 76 characters a line, each ending in LF") {
    CHECK(base64_lines("") == "");
    CHECK(base64_lines("Zo\xc3\xab") == "Wm/Dqw==\n");
    const std::string lines = base64_lines(std::string(100, 'a'));
    CHECK(lines.find('\n') == 76);
    CHECK(lines.size() == 136 + 2);
    CHECK(lines.substr(0, 8) == "YWFhYWFh");
}

TEST_CASE("build_message: an attachment makes multipart/mixed; the text part keeps the plain body's bytes") {
    MailParts p{{"Program", "induction@example.org"}, {"Zoë Lambert", "z@example.org"}, "Hello",
                "Mon, 23 Nov 2026 07:00:00 -0600", "id.1@example.org", "Hello Zoë,\n--\nbye\n", {}};
    const std::string plain = build_message(p);
    const std::string plain_part = plain.substr(plain.find("Content-Type:"));
    const std::string ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    p.attachments.push_back({"text/calendar; charset=utf-8; method=PUBLISH", "mentor-zl.ics", ics});
    const std::string m = build_message(p);
    CHECK(m == build_message(p));
    // The headers up to MIME-Version are the plain message's.
    CHECK(m.substr(0, m.find("Content-Type:")) == plain.substr(0, plain.find("Content-Type:")));
    const std::string lead = "Content-Type: multipart/mixed; boundary=\"";
    const std::size_t at = m.find(lead + "=_mentor_");
    REQUIRE(at != std::string::npos);
    const std::string boundary = m.substr(at + lead.size(), 25);
    INFO(m);
    CHECK(boundary.rfind("=_mentor_", 0) == 0);
    CHECK(boundary.find_first_not_of("0123456789abcdef", 9) == std::string::npos);
    CHECK(m.substr(at + lead.size() + 25, 3) == "\"\n\n");
    // The boundary only where it delimits: twice to open a part, once to close.
    CHECK(count_of(m, boundary) == 4);  // the header and three delimiters
    CHECK(m.find("\n\n--" + boundary + "\n" + plain_part + "\n--" + boundary + "\n") != std::string::npos);
    CHECK(m.find("\n--" + boundary + "\nContent-Type: text/calendar; charset=utf-8; method=PUBLISH; "
                 "name=\"mentor-zl.ics\"\nContent-Disposition: attachment; filename=\"mentor-zl.ics\"\n"
                 "Content-Transfer-Encoding: base64\n\n" +
                 base64_lines(ics) + "\n--" + boundary + "--\n") != std::string::npos);
    CHECK(m.substr(m.size() - boundary.size() - 5) == "--" + boundary + "--\n");
    CHECK(m.find('\r') == std::string::npos);
    // Other bytes, another boundary.
    p.attachments[0].bytes += "X";
    const std::string other = build_message(p);
    CHECK(other.find(boundary) == std::string::npos);
}

TEST_CASE("build_message: a boundary-like text in the body is not the boundary") {
    MailParts p{{"Program", "induction@example.org"}, {"Ana", "a@example.org"}, "Hello",
                "Mon, 23 Nov 2026 07:00:00 -0600", "id.1@example.org", "=_mentor_0000000000000000\n--=_mentor_\n", {}};
    p.attachments.push_back({"text/calendar", "a.ics", "x"});
    const std::string m = build_message(p);
    const std::size_t at = m.find("boundary=\"");
    REQUIRE(at != std::string::npos);
    const std::string boundary = m.substr(at + 10, 25);
    CHECK(count_of(m, boundary) == 4);
}

TEST_CASE("build_message: no filename or media type can add a header line") {
    MailParts p{{"Program", "induction@example.org"}, {"Ana", "a@example.org"}, "Hello",
                "Mon, 23 Nov 2026 07:00:00 -0600", "id.1@example.org", "body\n", {}};
    p.attachments.push_back({"text/calendar\nBcc: x@evil.example", "a\"b\r\nBcc: y@evil.example; z\xc3\xab.ics", "x"});
    const std::string m = build_message(p);
    INFO(m);
    CHECK(m.find("\nBcc") == std::string::npos);
    CHECK(m.find("Content-Type: text/calendar Bcc: x@evil.example; name=\"a_b__Bcc__y_evil.example__z__.ics\"\n") !=
          std::string::npos);
    CHECK(m.find("Content-Disposition: attachment; filename=\"a_b__Bcc__y_evil.example__z__.ics\"\n") != std::string::npos);
    p.attachments[0].filename = std::string(100, 'a');
    CHECK(build_message(p).find("filename=\"" + std::string(64, 'a') + "\"\n") != std::string::npos);
    p.attachments[0].filename = "";
    CHECK(build_message(p).find("filename=\"attachment\"\n") != std::string::npos);
}
