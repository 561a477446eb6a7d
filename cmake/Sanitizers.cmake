# The ASan+UBSan build: every target compiled and linked with both sanitizers,
# and any UB report turned into a failure instead of a message.
if(MENTOR_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
