#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/domain/date.hpp"
#include "mentor/domain/text.hpp"  // fnv1a64, which this header used to declare

namespace mentor {

/// A display name and an address: `José Núñez <jnunez@example.org>`.
struct Mailbox {
    std::string name;
    std::string address;
};

/// A mailbox as an RFC 5322 header writes it: the name as is when it is a plain phrase,
/// quoted when it holds specials, RFC 2047 encoded-words (UTF-8, base64) when it is not ASCII;
/// control characters in the name (line breaks above all) become spaces. Throws InputError when
/// the address is not one `email_address_problem` accepts: no data can add a header line.
std::string format_mailbox(const Mailbox& m);

/// Unstructured header text (a Subject), control characters made spaces: as is when ASCII, else encoded-words of at most 75
/// characters each, folded onto continuation lines, split only between UTF-8 characters.
std::string encode_header_text(std::string_view text);

/// Quoted-printable (RFC 2045) of UTF-8 text with LF line ends: lines of at most 76
/// characters with soft breaks, `=` and bytes outside printable ASCII encoded, and spaces
/// at the end of a line protected.
std::string quoted_printable(std::string_view text);

/// `Mon, 23 Nov 2026 07:00:00 -0600`: a local time on `day` at `minutes` after midnight,
/// `offset_seconds` east of UTC.
std::string rfc5322_date(Date day, int minutes, int offset_seconds);

/// A file sent with a message.
struct MailAttachment {
    std::string media_type;  ///< type, subtype and parameters, from the program's own code: `text/calendar; method=PUBLISH`
    std::string filename;    ///< written with every byte outside `A-Za-z0-9._-` made `_` (at most 64 of them)
    std::string bytes;       ///< sent base64, so any bytes (CRLF line ends, UTF-8) arrive unchanged
};

/// The base64 (RFC 2045) of `bytes` in lines of 76 characters, each ending in LF.
std::string base64_lines(std::string_view bytes);

/// What a message is made of.
struct MailParts {
    Mailbox from;
    Mailbox to;
    std::string subject;
    std::string date;        ///< as rfc5322_date writes it
    std::string message_id;  ///< without the angle brackets
    std::string body;        ///< UTF-8, LF line ends
    std::vector<MailAttachment> attachments;  ///< none: a plain text message
};

/// A complete message with LF line ends (what `sendmail -t` reads on standard input):
/// From, To, Subject, Date, Message-ID, MIME-Version, Content-Type text/plain; charset=utf-8,
/// Content-Transfer-Encoding 7bit for ASCII bodies, else quoted-printable, and
/// Auto-Submitted: auto-generated. With attachments the message is multipart/mixed: the
/// text part first (the same headers and body bytes as the plain message), then each
/// attachment base64 with its filename in Content-Type `name` and Content-Disposition. The
/// boundary is `=_mentor_` and 16 hex digits of a hash of the parts, never found in them.
std::string build_message(const MailParts& parts);

/// One message of an mbox stream (mboxrd): a `From ` line naming the sender and the date,
/// the message with body lines matching `>*From ` quoted by one more `>`, and a blank line.
std::string mbox_entry(std::string_view message, std::string_view sender, Date day, int minutes);

}  // namespace mentor
