#include <catch2/catch.hpp>

#include "mentor/io/user_config.hpp"

using namespace mentor;

TEST_CASE("parse_user_config: the four keys, with the line each was set on") {
    const auto r = parse_user_config("# mine\nuser = \"pshah\"\nsendmail = \"msmtp -t\"\ncolor = \"never\"\npager = \"\"\n", "c.toml");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.config.user == "pshah");
    CHECK(r.config.user_line == 2);
    CHECK(r.config.sendmail == "msmtp -t");
    CHECK(r.config.color == ColorMode::never);
    CHECK(r.config.pager == "");  // set, and empty: no pager
    CHECK(r.config.pager_line == 5);
}

TEST_CASE("parse_user_config: nothing set in an empty file") {
    const auto r = parse_user_config("", "c.toml");
    CHECK(r.diagnostics.empty());
    CHECK_FALSE(r.config.user);
    CHECK_FALSE(r.config.pager);
    CHECK_FALSE(r.config.color);
}

TEST_CASE("parse_user_config: bad input is located, with a hint") {
    auto r = parse_user_config("colour = \"auto\"\n", "c.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].file == "c.toml");
    CHECK(r.diagnostics[0].pos.line == 1);
    CHECK(r.diagnostics[0].message == "unknown key 'colour' in the user config");
    CHECK(r.diagnostics[0].hint == "did you mean 'color'?");

    r = parse_user_config("color = \"sometimes\"\n", "c.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "color 'sometimes' is not auto, always or never");
    CHECK_FALSE(r.config.color);

    r = parse_user_config("user = 3\n", "c.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "user must be a string in double quotes");

    r = parse_user_config("user = \"\"\nsendmail = \"\"\n", "c.toml");
    CHECK(r.diagnostics.size() == 2);

    r = parse_user_config("pager = \"less\n", "c.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.starts_with("TOML syntax error"));

    r = parse_user_config("user = \"a\\u0007b\"\n", "c.toml");  // a control character in a value
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos.line == 1);

    r = parse_user_config(std::string("user = \"\xff\"\n"), "c.toml");  // not UTF-8
    REQUIRE(r.diagnostics.size() == 1);
    CHECK_FALSE(r.config.user);

    r = parse_user_config("pager = \"" + std::string(5000, 'x') + "\"\n", "c.toml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK_FALSE(r.config.pager);
}

TEST_CASE("parse_color_mode: the three words and nothing else") {
    CHECK(parse_color_mode("auto") == ColorMode::automatic);
    CHECK(parse_color_mode("always") == ColorMode::always);
    CHECK(parse_color_mode("never") == ColorMode::never);
    CHECK_FALSE(parse_color_mode("Always"));
    CHECK(color_mode_name(ColorMode::automatic) == "auto");
}
