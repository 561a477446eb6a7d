// Sealed private text: X25519 keys, XChaCha20-Poly1305 for the text, crypto_box_seal for the
// content key, all from libsodium. The design and its limits: docs/file-formats.md.
#include "mentor/io/seal.hpp"

#include <stdexcept>

#include <fmt/format.h>
#include <sodium.h>

#include "mentor/domain/model.hpp"
#include "mentor/domain/text.hpp"

namespace mentor {

namespace {

using Bytes = std::vector<unsigned char>;

void init_sodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_base64(const unsigned char* data, std::size_t size) {
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

std::optional<Bytes> from_base64(std::string_view text) {
    Bytes out(text.size() / 4 * 3 + 3);
    std::size_t size = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &size, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(size);
    return out;
}

std::string key_id_of(const std::array<unsigned char, 32>& key) {
    unsigned char h[16];
    crypto_generichash(h, sizeof h, key.data(), key.size(), nullptr, 0);
    std::string out;
    for (int i = 0; i < 6; ++i) out += fmt::format("{:02x}", h[i]);
    return out;
}

// The entry's clear fields, each named and length-prefixed, and the ids of its readers: what
// the seal binds, so that a sealed text cannot be moved to another entry or its fields changed.
std::string associated_data(const Entry& e) {
    std::string ad = "mentor sealed entry v1";
    auto field = [&ad](std::string_view name, std::string_view v) {
        ad += fmt::format("\n{}={}:", name, v.size());
        ad += v;
    };
    auto list = [&field](std::string_view name, const std::vector<std::string>& items) {
        std::string joined;
        for (const std::string& s : items) joined += s + ",";
        field(name, joined);
    };
    field("id", e.id);
    field("date", e.date.iso());
    field("kind", kind_name(e.kind));
    field("by", e.by);
    field("mentor", e.mentor);
    field("mentee", e.mentee);
    list("mentees", e.mentees);
    field("person", e.person);
    field("observer", e.observer);
    field("observed", e.observed);
    field("class", e.class_name);
    list("focus", e.focus);
    list("attendees", e.attendees);
    field("goal", e.goal);
    field("what", e.definition.what);
    field("value", e.value ? fmt::format("{}", *e.value) : std::string());
    field("minutes", fmt::format("{}", e.minutes));
    list("goals", e.goals);
    // Only on corrections, so that entries sealed before corrections existed still open.
    if (!e.supersedes.empty()) list("supersedes", e.supersedes);
    std::vector<std::string> readers;
    for (const SealedText::Recipient& r : e.sealed.to) readers.push_back(r.id);
    list("readers", readers);
    return ad;
}

// `TAG BASE64 ID` on the first line; comments and blank lines after it are allowed.
struct KeyLine {
    std::string_view tag, key, id;
    int key_col = 0, id_col = 0;
};

std::optional<KeyLine> split_key_line(std::string_view text, std::string_view tag, std::string_view what,
                                      Diagnostics& d) {
    if (const std::optional<TextFault> f = find_text_fault(text, Controls::lines)) {
        d.error(position_of(text, f->offset), f->message, f->hint);
        return std::nullopt;
    }
    const std::string_view line = text.substr(0, text.find('\n'));
    const std::string_view hint_fmt = "a {} reads `{} KEY ID` on one line, as `mentor key init` writes it";
    const std::size_t a = line.find(' ');
    const std::size_t b = a == std::string_view::npos ? a : line.find(' ', a + 1);
    if (line.substr(0, a) != tag || b == std::string_view::npos) {
        d.error({1, 1}, fmt::format("this is not a mentor {}", what),
                fmt::format(fmt::runtime(hint_fmt), what, tag));
        return std::nullopt;
    }
    KeyLine k{line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1), static_cast<int>(a) + 2,
              static_cast<int>(b) + 2};
    for (std::string_view rest = text.substr(std::min(text.size(), line.size() + 1)); !rest.empty();) {
        const std::string_view l = rest.substr(0, rest.find('\n'));
        if (!l.empty() && l.front() != '#') {
            d.error({2, 1}, fmt::format("a {} holds one key line", what), "remove what follows the first line");
            return std::nullopt;
        }
        rest.remove_prefix(std::min(rest.size(), l.size() + 1));
    }
    return k;
}

}  // namespace

SecretKey::~SecretKey() { sodium_memzero(secret.data(), secret.size()); }

std::string random_token() {
    init_sodium();
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    std::string out;
    for (unsigned char c : b) out += fmt::format("{:02x}", c);
    return out;
}

SecretKey generate_key_pair(const std::string& id) {
    init_sodium();
    SecretKey k;
    crypto_box_keypair(k.pub.key.data(), k.secret.data());
    k.pub.id = id;
    k.pub.key_id = key_id_of(k.pub.key);
    return k;
}

std::string format_public_key(const PublicKey& k) {
    return fmt::format("{} {} {}\n", public_key_tag, to_base64(k.key.data(), k.key.size()), k.id);
}

std::string format_secret_key(const SecretKey& k) {
    return fmt::format("{} {} {}\n", secret_key_tag, to_base64(k.secret.data(), k.secret.size()), k.pub.id);
}

std::optional<PublicKey> parse_public_key(std::string_view text, std::string_view expected_id, Diagnostics& d) {
    init_sodium();
    const std::optional<KeyLine> line = split_key_line(text, public_key_tag, "public key file", d);
    if (!line) return std::nullopt;
    const std::optional<Bytes> key = from_base64(line->key);
    if (!key || key->size() != 32) {
        d.error({1, line->key_col}, "the key is not 32 bytes in base64", "write the key file again with `mentor key init`");
        return std::nullopt;
    }
    if (line->id != expected_id) {
        d.error({1, line->id_col}, fmt::format("this key is {}'s, but the file is named {}.pub", line->id, expected_id),
                "a public key file is keys/ID.pub, named after the person whose key it is");
        return std::nullopt;
    }
    PublicKey k;
    k.id = std::string(line->id);
    std::copy(key->begin(), key->end(), k.key.begin());
    k.key_id = key_id_of(k.key);
    return k;
}

std::optional<SecretKey> parse_secret_key(std::string_view text, Diagnostics& d) {
    init_sodium();
    const std::optional<KeyLine> line = split_key_line(text, secret_key_tag, "secret key file", d);
    if (!line) return std::nullopt;
    std::optional<Bytes> key = from_base64(line->key);
    if (!key || key->size() != 32) {
        d.error({1, line->key_col}, "the key is not 32 bytes in base64", "make a new key with `mentor key init --new`");
        return std::nullopt;
    }
    if (!is_valid_id(line->id)) {
        d.error({1, line->id_col}, fmt::format("'{}' is not a person's id", line->id), "the line ends with your roster id");
        return std::nullopt;
    }
    SecretKey k;
    std::copy(key->begin(), key->end(), k.secret.begin());
    sodium_memzero(key->data(), key->size());
    crypto_scalarmult_base(k.pub.key.data(), k.secret.data());
    k.pub.id = std::string(line->id);
    k.pub.key_id = key_id_of(k.pub.key);
    return k;
}

void seal_entry(Entry& e, const std::vector<const PublicKey*>& readers) {
    init_sodium();
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES> content{};
    crypto_aead_xchacha20poly1305_ietf_keygen(content.data());
    e.sealed.to.clear();
    for (const PublicKey* r : readers) e.sealed.to.push_back({r->id, r->key_id, {}});
    const std::string ad = associated_data(e);
    Bytes box(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + e.text.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned char* nonce = box.data();
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char*>(e.text.data()), e.text.size(),
        reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr, nonce, content.data());
    e.sealed.box = to_base64(box.data(), box.size());
    for (std::size_t i = 0; i < readers.size(); ++i) {
        std::array<unsigned char, crypto_box_SEALBYTES + crypto_aead_xchacha20poly1305_ietf_KEYBYTES> wrapped{};
        crypto_box_seal(wrapped.data(), content.data(), content.size(), readers[i]->key.data());
        e.sealed.to[i].wrapped = to_base64(wrapped.data(), wrapped.size());
    }
    sodium_memzero(content.data(), content.size());
    sodium_memzero(e.text.data(), e.text.size());
    e.text.clear();
}

Opened open_entry(Entry& e, const SecretKey& key, std::string& why) {
    init_sodium();
    if (e.sealed.empty()) return Opened::not_sealed;
    const auto r = std::find_if(e.sealed.to.begin(), e.sealed.to.end(),
                                [&](const SealedText::Recipient& x) { return x.id == key.pub.id; });
    if (r == e.sealed.to.end()) return Opened::not_for_me;
    if (r->key_id != key.pub.key_id) return Opened::other_key;
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES> content{};
    const std::optional<Bytes> wrapped = from_base64(r->wrapped);
    if (!wrapped || wrapped->size() != crypto_box_SEALBYTES + content.size() ||
        crypto_box_seal_open(content.data(), wrapped->data(), wrapped->size(), key.pub.key.data(), key.secret.data()) != 0) {
        why = fmt::format("the content key sealed for {} does not open with {}'s key {}: it was changed after sealing",
                          key.pub.id, key.pub.id, key.pub.key_id);
        return Opened::broken;
    }
    const std::optional<Bytes> box = from_base64(e.sealed.box);
    constexpr std::size_t nonce_size = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    Bytes plain;
    unsigned long long size = 0;
    const std::string ad = associated_data(e);
    const bool ok = box && box->size() >= nonce_size + crypto_aead_xchacha20poly1305_ietf_ABYTES &&
                    (plain.resize(box->size() - nonce_size - crypto_aead_xchacha20poly1305_ietf_ABYTES),
                     crypto_aead_xchacha20poly1305_ietf_decrypt(
                         plain.data(), &size, nullptr, box->data() + nonce_size, box->size() - nonce_size,
                         reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), box->data(), content.data()) == 0);
    sodium_memzero(content.data(), content.size());
    if (!ok) {
        why = "the sealed text does not verify: the text or one of the entry's fields was changed after sealing";
        return Opened::broken;
    }
    std::string text(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(size));
    sodium_memzero(plain.data(), plain.size());
    if (const std::optional<TextFault> f = find_text_fault(text, Controls::newlines)) {
        why = "the sealed text opens but holds " + f->message;
        return Opened::broken;
    }
    e.text = std::move(text);
    return Opened::opened;
}

std::optional<std::string> opened_text(const Entry& e, const SecretKey& key) {
    Entry copy = e;
    std::string why;
    if (open_entry(copy, key, why) != Opened::opened) return std::nullopt;
    return std::move(copy.text);
}

}  // namespace mentor
