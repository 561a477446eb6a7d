#pragma once
#include <string>

namespace mentor {

/// Opens `editor` (a shell command line, as $VISUAL or $EDITOR hold it) on a temporary file
/// holding `skeleton`, waits for it, and returns what was written without the lines that
/// start with '#'. The file is removed afterwards. Throws SystemError when the editor fails.
std::string edit_text(const std::string& editor, const std::string& skeleton);

}  // namespace mentor
