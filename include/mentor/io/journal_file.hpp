#pragma once
// The journal's file format, in one include: a line (journal_line.hpp), a file's text
// (journal_text.hpp) and file names (journal_names.hpp). Reading and appending files is the
// program store's (store.hpp).
#include "mentor/io/journal_line.hpp"
#include "mentor/io/journal_names.hpp"
#include "mentor/io/journal_text.hpp"
