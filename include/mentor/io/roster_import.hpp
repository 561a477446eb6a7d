#pragma once
#include <string>
#include <utility>
#include <vector>

#include "mentor/domain/diagnostic.hpp"
#include "mentor/domain/model.hpp"
#include "mentor/io/csv.hpp"

namespace mentor {

/// Which CSV column feeds which roster field. `first_name` and `last_name` are also
/// accepted: when there is no name column they are joined into the name.
struct ColumnMapping {
    std::vector<std::pair<std::string, std::size_t>> fields;  ///< field -> column index, in schema order

    /// The column feeding `field`, if any.
    std::optional<std::size_t> column(std::string_view field) const;
};

/// Fields a column can be mapped to with `--map field=column`.
std::vector<std::string_view> importable_fields();

/// Maps columns by their header names (`Email Address` -> email, `Hire Date` -> start, ...),
/// then applies `overrides` (field, column header). Unknown fields or columns in the
/// overrides are reported in `diags` with a "did you mean".
ColumnMapping map_columns(const CsvTable& table, const std::vector<std::pair<std::string, std::string>>& overrides,
                          Diagnostics& diags);

/// A field whose imported value differs from what the roster says.
struct FieldChange {
    std::string id;
    std::string field;
    std::string roster_value;
    std::string import_value;
    int line = 0;  ///< CSV line of the row
};

/// What an import would do; nothing here has been written.
struct ImportPlan {
    std::vector<Person> added;               ///< new people, in CSV order, ids assigned
    std::vector<int> added_lines;            ///< CSV line of each added person
    std::vector<FieldChange> changes;        ///< existing people whose data differs
    std::vector<std::string> unchanged;      ///< existing people the CSV agrees with
    std::vector<Diagnostic> diagnostics;     ///< problems in the CSV rows, located in the CSV
};

/// Compares each CSV row with the roster: rows that match an existing person (by id, else
/// email, else exact name) are compared field by field; the others become new people.
/// Rows with bad values are reported and skipped. `default_role` is given to new people
/// whose row names no role.
ImportPlan plan_import(const Roster& roster, const CsvTable& table, const ColumnMapping& mapping,
                       const std::string& csv_source, std::optional<Role> default_role);

/// An id from a name: "José Núñez" -> "jnunez" (first initial and last name, accents removed).
std::string id_from_name(std::string_view name);

/// The errors the roster text after an import has (`new_text`, re-parsed and validated): those
/// in the appended people point back at their CSV rows in `csv_name`.
std::vector<Diagnostic> recheck_import(const std::string& new_text, const Roster& roster, const Program& program,
                                       const ImportPlan& plan, const std::string& old_text, const std::string& csv_name);

/// The lines of `after` that are not in `before`: what an append inserted, wherever it went.
std::string inserted_lines(const std::string& before, const std::string& after);

}  // namespace mentor
