#pragma once
#include <string>
#include <vector>

#include "context.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/store.hpp"

namespace mentor {

/// Opens the sealed entries among `entries` that `viewer` reads, with the viewer's own secret
/// key: their text is then shown as any private text is. Nothing stops the rest of the output:
/// a missing, foreign or exposed key file is a note on standard error, and a sealed entry that
/// does not verify is a located error there (the command exits 1 after its output).
/// Returns whether some entry is broken.
bool open_sealed(Context& ctx, ProgramStore& store, std::vector<Entry>& entries, const std::string& viewer);

/// The secret key of `id`, for a command that cannot work without it (`key reseal`):
/// throws InputError when the file is missing, readable by others, or not a key.
SecretKey require_secret_key(Context& ctx, ProgramStore& store, const std::string& id);

/// Warnings of `check`: the key files in keys/ that are not keys, and, once the program keeps
/// keys, the people of current pairs without one.
std::vector<Diagnostic> key_diagnostics(ProgramStore& store, Date today);

}  // namespace mentor
