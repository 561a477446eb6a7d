#pragma once
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "mentor/domain/diagnostic.hpp"

namespace mentor {

/// What a versioned TSV file of mentor's looks like (pairs.tsv, schedule.tsv, remind.tsv): a
/// `# mentor NAME vN` header line, then `#` lines (the column line) and tab-separated records.
struct TsvFormat {
    std::string_view header;         ///< the exact first line, e.g. `# mentor pairs v1`
    std::string_view record;         ///< what one line holds, for messages: `a pair`
    std::size_t fields = 0;          ///< the number of fields every record has
    std::string_view fields_hint;    ///< the fields' names, the hint when a line has another count
    std::string_view foreign_hint;   ///< the hint when the first line is not a header of this format
    std::string_view empty_message;  ///< the error for a file without a line; none when empty
    std::string_view empty_hint;
    bool bad_count_is_error = true;  ///< false: a line with the wrong field count is a warning
};

/// One record line of a TSV file.
struct TsvRecord {
    int line = 0;                         ///< 1-based line number
    std::string_view text;                ///< the line, without its line break
    std::vector<std::string_view> fields; ///< exactly `TsvFormat::fields` of them

    /// The 1-based column where field `index` starts.
    int column(std::size_t index) const;
};

/// Reads `text` as a file of `format`: checks the header (a wrong or missing one is an error
/// at 1:1 and ends the reading), skips empty and `#` lines, reports records with the wrong
/// number of fields at their line, and calls `each` for every other record, in order.
/// Returns false when the header was wrong or the file was empty.
bool read_tsv(std::string_view text, const TsvFormat& format, Diagnostics& d,
              const std::function<void(const TsvRecord&)>& each);

}  // namespace mentor
