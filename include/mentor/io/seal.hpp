#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/journal.hpp"

namespace mentor {

/// Sealed private text (libsodium). A person's key pair is X25519; the public half is
/// committed as keys/ID.pub, the secret half stays in the user's data directory. A sealed
/// entry's text is encrypted with XChaCha20-Poly1305 under a random content key, with the
/// entry's clear fields as associated data (changing any of them breaks the seal); the content
/// key is wrapped for each reader with crypto_box_seal. docs/file-formats.md has the format.

/// A person's public key, as read from keys/ID.pub.
struct PublicKey {
    std::string id;                   ///< whose key: a roster id
    std::array<unsigned char, 32> key{};
    std::string key_id;               ///< 12 hex digits of a hash of `key`: names the key in entries
};

/// A person's key pair, as read from their secret key file.
struct SecretKey {
    PublicKey pub;
    std::array<unsigned char, 32> secret{};
    ~SecretKey();
};

/// The first line of a public key file, up to the key: `mentor-x25519-v1 `.
inline constexpr std::string_view public_key_tag = "mentor-x25519-v1";
inline constexpr std::string_view secret_key_tag = "mentor-x25519-secret-v1";

/// 32 random hex digits.
std::string random_token();

/// A new key pair for `id`, from the system's random source.
SecretKey generate_key_pair(const std::string& id);
/// `mentor-x25519-v1 BASE64 ID` and a newline.
std::string format_public_key(const PublicKey& k);
/// `mentor-x25519-secret-v1 BASE64 ID` and a newline.
std::string format_secret_key(const SecretKey& k);
/// A public key file's text, which must name `expected_id` (the file's name); nothing and a
/// located error in `d` when it is not one.
std::optional<PublicKey> parse_public_key(std::string_view text, std::string_view expected_id, Diagnostics& d);
/// A secret key file's text; nothing and a located error in `d` when it is not one.
std::optional<SecretKey> parse_secret_key(std::string_view text, Diagnostics& d);

/// Seals `e.text` (which must not be empty) to `readers`, sorted by id: fills `e.sealed` and
/// empties `e.text`. `e.id` must be set: it is bound into the seal with the other clear fields.
void seal_entry(Entry& e, const std::vector<const PublicKey*>& readers);

/// What became of an attempt to open a sealed text with one's own key.
enum class Opened {
    opened,      ///< `e.text` now holds the text
    not_sealed,  ///< the entry has no sealed text
    not_for_me,  ///< the key's owner is not among its readers
    other_key,   ///< sealed for an earlier key of the same person: someone must re-seal it
    broken,      ///< the key is the one it was sealed for, yet it does not open: changed after sealing
};

/// Opens `e.sealed` with `key`, filling `e.text`; `why` says what is wrong when broken.
Opened open_entry(Entry& e, const SecretKey& key, std::string& why);

/// The text of a sealed entry opened with `key` (for re-sealing), without changing `e`.
std::optional<std::string> opened_text(const Entry& e, const SecretKey& key);

}  // namespace mentor
