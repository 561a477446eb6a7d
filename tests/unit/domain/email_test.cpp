#include <catch2/catch.hpp>

#include <string>

#include "mentor/domain/email.hpp"

using namespace mentor;

TEST_CASE("email_address_problem: plain addresses of the accepted syntax pass") {
    for (const char* good : {"asmith@example.org", "a.smith+induction@lincoln.k12.example.org", "o'connor@x.org",
                             "x_y-z@sub-domain.example.co", "1@2.io", "!#$%&'*+-/=?^_`{|}~@example.org"}) {
        INFO(good);
        CHECK(is_email_address(good));
    }
}

TEST_CASE("email_address_problem: line breaks, display names and lists are refused with a reason") {
    const std::pair<std::string, std::string> bad[] = {
        {"asmith@example.org\nBcc: all@staff.example.org", "a control character or line break"},
        {"asmith@example.org\r\nBcc:x@y.org", "a control character or line break"},
        {"asmith@example.org\tx", "a control character or line break"},
        {"Ana <asmith@example.org>", "a space"},
        {"<asmith@example.org>", "'<' before the '@'"},
        {"a@x.org,b@x.org", "more than one '@'"},
        {"a@x.org;b", "';' in the domain"},
        {"asmith@", "nothing after the '@'"},
        {"@example.org", "nothing before the '@'"},
        {"asmith.example.org", "no '@'"},
        {"asmith@localhost", "a domain without a dot"},
        {".a@x.org", "a dot at the start or end of the name, or two in a row"},
        {"a..b@x.org", "a dot at the start or end of the name, or two in a row"},
        {"a@x..org", "an empty part in the domain"},
        {"a@-x.org", "a part of the domain that starts or ends with '-'"},
        {"a@x_y.org", "'_' in the domain"},
        {"jos\xc3\xa9@x.org", "a character outside ASCII"},
        {"\"a b\"@x.org", "a space"},
        {"\"ab\"@x.org", "'\"' before the '@'"},
        {std::string(65, 'a') + "@x.org", "more than 64 characters before the '@'"},
        {"a@" + std::string(64, 'b') + ".org", "a part of the domain longer than 63 characters"},
        {"a@" + std::string(260, 'b'), "more than 254 characters"},
    };
    for (const auto& [address, why] : bad) {
        INFO(address);
        CHECK(email_address_problem(address) == why);
    }
}
