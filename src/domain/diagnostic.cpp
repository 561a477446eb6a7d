#include "mentor/domain/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace mentor {

void Diagnostics::error(SourcePos pos, std::string message, std::string hint) {
    items_.push_back({Severity::error, file_, pos, std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string hint) {
    items_.push_back({Severity::warning, file_, pos, std::move(message), std::move(hint)});
}

bool has_errors(const std::vector<Diagnostic>& diags) {
    return std::any_of(diags.begin(), diags.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_diagnostics(std::vector<Diagnostic>& diags) {
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.pos.line, a.pos.col, a.message) <
               std::tie(b.file, b.pos.line, b.pos.col, b.message);
    });
}

}  // namespace mentor
