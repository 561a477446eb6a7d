#include <catch2/catch.hpp>

#include "mentor/io/journal_line.hpp"
#include "mentor/io/seal.hpp"

using namespace mentor;

namespace {

Entry note(std::string text = "We planned the exit tickets.") {
    Entry e;
    e.id = "k3m9q2xa7f";
    e.date = *parse_date("2026-11-17");
    e.kind = EntryKind::check_in;
    e.by = "pshah";
    e.mentor = "pshah";
    e.mentee = "asmith";
    e.minutes = 30;
    e.text = std::move(text);
    return e;
}

Entry reread(const Entry& e) {
    std::string line = format_entry_line(e);
    line.pop_back();
    Diagnostics d("journal/2026-11.journal");
    Entry out;
    REQUIRE(parse_entry_line(line, 2, d, out));
    return out;
}

// Changes one base64 character of `s` at `at` into another.
void flip(std::string& s, std::size_t at) { s[at] = s[at] == 'A' ? 'B' : 'A'; }

}  // namespace

TEST_CASE("seal_entry: the pair's keys open the text; a third key does not, and the line holds no word of it") {
    const SecretKey mentor = generate_key_pair("pshah");
    const SecretKey mentee = generate_key_pair("asmith");
    const SecretKey other = generate_key_pair("cwhite");
    Entry e = note();
    seal_entry(e, {&mentee.pub, &mentor.pub});
    CHECK(e.text.empty());
    REQUIRE(e.sealed.to.size() == 2);
    CHECK(e.sealed.to[0].id == "asmith");
    CHECK(e.sealed.to[0].key_id == mentee.pub.key_id);
    const std::string line = format_entry_line(e);
    CHECK(line.find("exit tickets") == std::string::npos);
    CHECK(line.find(" minutes=30 visibility=private sealed=") != std::string::npos);

    std::string why;
    Entry a = reread(e);
    CHECK(open_entry(a, mentor, why) == Opened::opened);
    CHECK(a.text == "We planned the exit tickets.");
    Entry b = reread(e);
    CHECK(open_entry(b, mentee, why) == Opened::opened);
    CHECK(b.text == a.text);
    Entry c = reread(e);
    CHECK(open_entry(c, other, why) == Opened::not_for_me);
    CHECK(c.text.empty());
    // A new key of the same person: sealed for the earlier one.
    const SecretKey renewed = generate_key_pair("asmith");
    CHECK(open_entry(c, renewed, why) == Opened::other_key);
    CHECK(opened_text(e, mentor) == std::optional<std::string>("We planned the exit tickets."));
    CHECK(open_entry(a, mentor, why) == Opened::opened);  // opening twice is harmless
}

TEST_CASE("seal_entry: two seals of one text differ; a text with line breaks and UTF-8 comes back whole") {
    const SecretKey k = generate_key_pair("pshah");
    Entry a = note("Zeile eins\nÉlève: \"gut\"\tok");
    Entry b = a;
    seal_entry(a, {&k.pub});
    seal_entry(b, {&k.pub});
    CHECK(a.sealed.box != b.sealed.box);
    Entry r = reread(a);
    std::string why;
    REQUIRE(open_entry(r, k, why) == Opened::opened);
    CHECK(r.text == "Zeile eins\nÉlève: \"gut\"\tok");
}

TEST_CASE("open_entry: one byte changed in the text, a wrapped key or any clear field breaks the seal") {
    const SecretKey mentor = generate_key_pair("pshah");
    const SecretKey mentee = generate_key_pair("asmith");
    Entry sealed = note();
    seal_entry(sealed, {&mentee.pub, &mentor.pub});
    std::string why;
    SECTION("the sealed text") {
        Entry e = sealed;
        flip(e.sealed.box, 30);
        CHECK(open_entry(e, mentor, why) == Opened::broken);
        CHECK(why.find("does not verify") != std::string::npos);
        CHECK(e.text.empty());
    }
    SECTION("the mentor's wrapped key") {
        Entry e = sealed;
        flip(e.sealed.to[1].wrapped, 10);
        CHECK(open_entry(e, mentor, why) == Opened::broken);
        CHECK(open_entry(e, mentee, why) == Opened::opened);  // the other reader's copy is intact
    }
    SECTION("a clear field") {
        for (auto change : {+[](Entry& e) { e.minutes = 45; }, +[](Entry& e) { e.date = *parse_date("2026-11-18"); },
                            +[](Entry& e) { e.id = "k3m9q2xa7g"; }, +[](Entry& e) { e.kind = EntryKind::note; },
                            +[](Entry& e) { e.goals = {"g1"}; }}) {
            Entry e = sealed;
            change(e);
            CHECK(open_entry(e, mentor, why) == Opened::broken);
        }
    }
    SECTION("a reader dropped") {
        Entry e = sealed;
        e.sealed.to.erase(e.sealed.to.begin());
        CHECK(open_entry(e, mentor, why) == Opened::broken);
    }
}

TEST_CASE("parse_public_key: reads what format_public_key writes; refuses foreign files, other people's keys, short keys") {
    const SecretKey k = generate_key_pair("asmith");
    Diagnostics d("keys/asmith.pub");
    const std::optional<PublicKey> back = parse_public_key(format_public_key(k.pub), "asmith", d);
    REQUIRE(back);
    CHECK(back->key == k.pub.key);
    CHECK(back->key_id == k.pub.key_id);
    CHECK(back->key_id.size() == 12);
    CHECK(d.items().empty());

    auto error_of = [](std::string_view text, std::string_view id) {
        Diagnostics x("keys/asmith.pub");
        CHECK_FALSE(parse_public_key(text, id, x));
        REQUIRE(x.items().size() == 1);
        return x.items()[0];
    };
    const Diagnostic ssh = error_of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0 asmith@laptop\n", "asmith");
    CHECK(ssh.message == "this is not a mentor public key file");
    CHECK(ssh.pos == SourcePos{1, 1});
    const Diagnostic theirs = error_of(format_public_key(k.pub), "pshah");
    CHECK(theirs.message == "this key is asmith's, but the file is named pshah.pub");
    CHECK(theirs.pos.col == 63);
    CHECK(error_of("mentor-x25519-v1 AAAA asmith\n", "asmith").message == "the key is not 32 bytes in base64");
    CHECK(error_of(format_public_key(k.pub) + "more\n", "asmith").pos.line == 2);
    CHECK(error_of("mentor-x25519-v1 \xff asmith\n", "asmith").message.find("UTF-8") != std::string::npos);
    CHECK(error_of("", "asmith").message == "this is not a mentor public key file");
}

TEST_CASE("parse_secret_key: reads what format_secret_key writes, with the public key derived") {
    const SecretKey k = generate_key_pair("pshah");
    Diagnostics d("$XDG_DATA_HOME/mentor/pshah.key");
    const std::optional<SecretKey> back = parse_secret_key(format_secret_key(k), d);
    REQUIRE(back);
    CHECK(back->pub.id == "pshah");
    CHECK(back->pub.key == k.pub.key);
    CHECK(back->pub.key_id == k.pub.key_id);
    CHECK_FALSE(parse_secret_key(format_public_key(k.pub), d));  // a public key is not a secret key
}

TEST_CASE("journal line: sealed= and sealed-to= read back; malformed or misplaced ones are located errors") {
    const SecretKey k = generate_key_pair("pshah");
    Entry e = note();
    seal_entry(e, {&k.pub});
    const Entry back = reread(e);
    CHECK(back.sealed.box == e.sealed.box);
    CHECK(back.sealed.to == e.sealed.to);
    CHECK(back.sealed.col > 0);

    std::string line = format_entry_line(e);
    line.pop_back();
    auto error_of = [](const std::string& text) {
        Diagnostics d("journal/2026-11.journal");
        Entry x;
        CHECK_FALSE(parse_entry_line(text, 2, d, x));
        REQUIRE(d.items().size() == 1);
        return d.items()[0].message;
    };
    const std::size_t to = line.find(" sealed-to=");
    CHECK(error_of(line.substr(0, to)) == "a check-in entry needs sealed-to=");
    CHECK(error_of(line + " text=plain") == "an entry has either text= or sealed=, not both");
    std::string shared = line;
    shared.replace(shared.find("visibility=private"), 18, "visibility=shared");
    CHECK(error_of(shared) == "a shared entry's text is never sealed");
    std::string bad = line;
    bad.insert(line.find("sealed=") + 7, "!");
    CHECK(error_of(bad) == "sealed= is not base64");
    CHECK(error_of(line.substr(0, to) + " sealed-to=pshah:abc") == "sealed-to= is not a list of ID:KEY-ID:WRAPPED-KEY");
}
