// RFC 5322 messages: headers with RFC 2047 encoded-words, quoted-printable bodies, and the
// mboxrd stream that `mentor remind --format mail` prints.
#include "mentor/io/mail.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mentor/domain/email.hpp"
#include "mentor/io/error.hpp"

namespace mentor {

namespace {

bool is_ascii(std::string_view s) {
    for (char ch : s) {
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    }
    return true;
}

std::string base64(std::string_view bytes) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[k])); };
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = byte(i) << 16;
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (byte(i) << 16) | (byte(i + 1) << 8);
        out += alphabet[(v >> 18) & 63];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

/// Encoded-words for `text`, each holding at most 45 bytes (60 characters of base64, 72 with
/// the wrapper), cut only before a UTF-8 lead byte; joined by a folding line break.
std::string encoded_words(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + 45);
        while (end < text.size() && end > start + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (!out.empty()) out += "\n ";
        out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

/// A display name that needs no quoting: atoms (RFC 5322 atext) separated by single spaces.
bool is_plain_phrase(std::string_view s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
    static constexpr std::string_view atext_specials = "!#$%&'*+-/=?^_`{|}~";
    char prev = 0;
    for (char c : s) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c == ' ') {
            if (prev == ' ') return false;
        } else if (!alnum && atext_specials.find(c) == std::string_view::npos) {
            return false;
        }
        prev = c;
    }
    return true;
}

// Header text from data with every control character (line breaks above all) made a space:
// a value can never end its header line and start another.
std::string one_line(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
    }
    return out;
}

}  // namespace

std::string format_mailbox(const Mailbox& m) {
    if (const auto problem = email_address_problem(m.address)) {
        throw InputError(fmt::format("cannot write '{}' into a mail header: it is not an email address: {}",
                                     one_line(m.address), *problem),
                         "run `mentor check` and correct the address");
    }
    const std::string text = one_line(m.name);
    if (text.empty()) return m.address;
    std::string name;
    if (!is_ascii(text)) {
        name = encoded_words(text);
    } else if (is_plain_phrase(text)) {
        name = text;
    } else {
        name = "\"";
        for (char c : text) {
            if (c == '"' || c == '\\') name += '\\';
            name += c;
        }
        name += '"';
    }
    return fmt::format("{} <{}>", name, m.address);
}

std::string encode_header_text(std::string_view text) {
    std::string line = one_line(text);
    if (is_ascii(line)) return line;
    return encoded_words(line);
}

std::string quoted_printable(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    std::size_t width = 0;  // characters on the current output line
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += '\n';
            width = 0;
            continue;
        }
        const bool line_end = i + 1 == text.size() || text[i + 1] == '\n';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !line_end);
        const std::size_t size = literal ? 1 : 3;
        // Keep room for a soft break "=" within 76 characters.
        if (width + size > 75) {
            out += "=\n";
            width = 0;
        }
        if (literal) {
            out += static_cast<char>(c);
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        width += size;
    }
    return out;
}

std::string rfc5322_date(Date day, int minutes, int offset_seconds) {
    const int off = offset_seconds / 60;
    const char sign = off < 0 ? '-' : '+';
    const int a = off < 0 ? -off : off;
    return fmt::format("{}, {:02} {} {} {:02}:{:02}:00 {}{:02}{:02}", day.weekday_abbrev(), day.day(),
                       day.month_abbrev(), day.year(), minutes / 60, minutes % 60, sign, a / 60, a % 60);
}


std::string base64_lines(std::string_view bytes) {
    const std::string all = base64(bytes);
    std::string out;
    out.reserve(all.size() + all.size() / 76 + 1);
    for (std::size_t i = 0; i < all.size(); i += 76) {
        out.append(all, i, 76);
        out += '\n';
    }
    return out;
}

namespace {

// A filename for a header parameter: nothing but letters, digits, dot, underscore and hyphen,
// so that it needs no quoting rules, encoding or length folding of its own.
std::string safe_filename(std::string_view name) {
    std::string out(name.substr(0, 64));
    for (char& c : out) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                          c == '_' || c == '-';
        if (!keep) c = '_';
    }
    if (out.empty()) out = "attachment";
    return out;
}

// The text part's headers and body: what a plain message has after its own headers.
std::string text_part(std::string_view text) {
    const bool ascii = is_ascii(text);
    std::string body(text);
    if (!body.empty() && body.back() != '\n') body += '\n';
    std::string out = "Content-Type: text/plain; charset=utf-8\n";
    out += std::string("Content-Transfer-Encoding: ") + (ascii ? "7bit" : "quoted-printable") + "\n";
    out += "\n";
    out += ascii ? body : quoted_printable(body);
    return out;
}

std::string attachment_part(const MailAttachment& a) {
    const std::string file = safe_filename(a.filename);
    std::string out = fmt::format("Content-Type: {}; name=\"{}\"\n", one_line(a.media_type), file);
    out += fmt::format("Content-Disposition: attachment; filename=\"{}\"\n", file);
    out += "Content-Transfer-Encoding: base64\n\n";
    out += base64_lines(a.bytes);
    return out;
}

// A boundary from a hash of the parts; should one of them hold it, the next hash is tried.
std::string boundary_for(const std::vector<std::string>& parts) {
    std::uint64_t h = fnv1a64_basis;
    for (const std::string& part : parts) h = fnv1a64(part, h);
    for (;;) {
        std::string b = fmt::format("=_mentor_{:016x}", h);
        const bool found = std::any_of(parts.begin(), parts.end(),
                                       [&](const std::string& part) { return part.find(b) != std::string::npos; });
        if (!found) return b;
        h = fnv1a64(b, h);
    }
}

}  // namespace

std::string build_message(const MailParts& p) {
    std::string out;
    out += "From: " + format_mailbox(p.from) + "\n";
    out += "To: " + format_mailbox(p.to) + "\n";
    out += "Subject: " + encode_header_text(p.subject) + "\n";
    out += "Date: " + p.date + "\n";
    out += "Message-ID: <" + p.message_id + ">\n";
    out += "Auto-Submitted: auto-generated\n";
    out += "MIME-Version: 1.0\n";
    if (p.attachments.empty()) return out + text_part(p.body);
    std::vector<std::string> parts{text_part(p.body)};
    for (const MailAttachment& a : p.attachments) parts.push_back(attachment_part(a));
    const std::string boundary = boundary_for(parts);
    out += fmt::format("Content-Type: multipart/mixed; boundary=\"{}\"\n", boundary);
    out += "\n";
    // The line break before each delimiter belongs to the delimiter (RFC 2046), so every
    // part keeps its own last line break.
    for (const std::string& part : parts) out += "--" + boundary + "\n" + part + "\n";
    out += "--" + boundary + "--\n";
    return out;
}

std::string mbox_entry(std::string_view message, std::string_view sender, Date day, int minutes) {
    std::string out = fmt::format("From {} {} {} {:2} {:02}:{:02}:00 {}\n", sender.empty() ? "MAILER-DAEMON" : sender,
                                  day.weekday_abbrev(), day.month_abbrev(), day.day(), minutes / 60,
                                  minutes % 60, day.year());
    std::size_t start = 0;
    bool in_body = false;
    while (start < message.size()) {
        const std::size_t nl = std::min(message.find('\n', start), message.size());
        const std::string_view line = message.substr(start, nl - start);
        if (in_body) {
            const std::size_t gt = line.find_first_not_of('>');
            if (gt != std::string_view::npos && line.substr(gt).starts_with("From ")) out += '>';
        }
        if (line.empty()) in_body = true;
        out += line;
        out += '\n';
        start = nl + 1;
    }
    out += '\n';
    return out;
}

}  // namespace mentor
