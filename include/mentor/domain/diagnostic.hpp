#pragma once
#include <string>
#include <vector>

namespace mentor {

/// A 1-based position in a source file; line 0 means "the file as a whole".
struct SourcePos {
    int line = 0;
    int col = 0;
    friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

enum class Severity { error, warning };

/// One problem found in a file: where, what, and how to fix it when that is known.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    SourcePos pos;
    std::string message;
    std::string hint;
};

/// Collects diagnostics for one source file.
class Diagnostics {
public:
    explicit Diagnostics(std::string file) : file_(std::move(file)) {}

    void error(SourcePos pos, std::string message, std::string hint = {});
    void warning(SourcePos pos, std::string message, std::string hint = {});

    const std::string& file() const { return file_; }
    const std::vector<Diagnostic>& items() const { return items_; }
    std::vector<Diagnostic> take() { return std::move(items_); }

private:
    std::string file_;
    std::vector<Diagnostic> items_;
};

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diags);

/// Orders diagnostics by file, line, column, then message, for stable output.
void sort_diagnostics(std::vector<Diagnostic>& diags);

}  // namespace mentor
