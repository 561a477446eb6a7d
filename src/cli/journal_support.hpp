#pragma once
// What the journal and goal commands share: ids given to options, and goal lookup.
#include <string>
#include <vector>

#include "mentor/domain/goals.hpp"
#include "mentor/domain/journal.hpp"
#include "mentor/io/store.hpp"

namespace mentor {
struct Context;
}

namespace mentor {

/// Ids from repeatable options that may also hold comma-separated lists, in order, without repeats.
std::vector<std::string> split_ids(const std::vector<std::string>& values);

/// Before an entry is written, with the roster errors the store let through
/// (`valid_except_entries`): refuses the entry with the errors of the people it involves, if
/// any; otherwise, when other people's entries have errors, warns that they do.
void check_people_of(Context& ctx, ProgramStore& store, const Entry& e);

/// Who an entry is about, for messages: "mentor/mentee", "mentor/g1,g2" for a group session,
/// or the one person.
std::string entry_subject(const Entry& e);

/// What the entry records, for the editor's prompt: "check-in of X (mentor) and Y (mentee) on DATE".
std::string entry_about(const Entry& e);

/// Throws InputError when the entry's text cannot be written: not clean text, or empty.
void require_entry_text(const std::string& text);

/// The goal with this id; throws NotFoundError with the nearest id as a hint.
const Goal& require_goal(const std::vector<Goal>& goals, const std::string& id);

/// After an append: warns when a private text stayed plain because a reader has no key.
void warn_unsealed(Context& ctx, const Appended& done);

}  // namespace mentor
