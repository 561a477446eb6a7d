# Every dependency is a Debian package found by its own CMake config.
find_package(CLI11 CONFIG REQUIRED)
find_package(yaml-cpp CONFIG REQUIRED)
find_package(tomlplusplus CONFIG REQUIRED)
find_package(fmt CONFIG REQUIRED)
# LEMON (liblemon-dev): Edmonds' blossom algorithm for peer mode's matching on a general
# graph, exact and well tested; its config sets LEMON_INCLUDE_DIRS and LEMON_LIBRARIES.
find_package(lemon CONFIG REQUIRED)
if(MENTOR_BUILD_TESTS)
  find_package(Catch2 CONFIG REQUIRED)
endif()
# libsodium (libsodium-dev): X25519 sealed boxes and XChaCha20-Poly1305 for sealed journal
# entries (src/io/seal.cpp). Debian ships no CMake config for it, only a pkg-config file.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# libutf8proc (libutf8proc-dev): the display width of names in aligned tables (CJK and emoji
# take two columns, combining marks none) and grapheme clusters. Debian ships no CMake config
# for it, so pkg-config finds it.
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
