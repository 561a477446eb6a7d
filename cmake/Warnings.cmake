# Warnings are set once, here, for every target of the project.
add_library(mentor_warnings INTERFACE)
target_compile_options(mentor_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference)
if(MENTOR_WERROR)
  target_compile_options(mentor_warnings INTERFACE -Werror)
endif()
