# The ASan+UBSan build: every target compiled and linked with both sanitizers,
# and any UB report turned into a failure instead of a message.
if(MENTOR_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
  # The asan preset builds at -O1 (tests run several times faster than at -O0). At -O1 GCC 12's
  # -Wmaybe-uninitialized, which never ran at -O0, reports false positives in ASan-instrumented
  # LEMON and libstdc++ allocator code; the dev build (-O2, -Werror) keeps that warning.
  add_compile_options(-Wno-maybe-uninitialized)
endif()

# The fuzz build (tools/fuzz.sh, clang only): coverage for libFuzzer, ASan and UBSan in every
# target, and any UB report turned into a crash that libFuzzer keeps as an input.
if(MENTOR_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
