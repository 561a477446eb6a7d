#!/usr/bin/env bash
# Fuzz campaigns with libFuzzer (Debian's clang and libclang-rt-*-dev):
#   tools/fuzz.sh TARGET SECONDS [LIBFUZZER_OPTION...]   fuzz TARGET for SECONDS
#   tools/fuzz.sh TARGET merge [MORE_CORPUS_DIR...]      add what campaigns found that reaches new code to the seed corpus
#   tools/fuzz.sh list                                   the targets
# A TARGET is a file tests/fuzz/TARGET.cpp with its seed corpus in tests/fuzz/corpus/TARGET/.
# The build is build/fuzz (clang, -fsanitize=fuzzer,address,undefined; MENTOR_FUZZ_BUILD
# names another). A campaign starts from the seed corpus and a work corpus,
# build/fuzz/work/TARGET/, where new inputs go; the seeds are not touched. A crash, a
# timeout (10 s for one input), a leak or a failed check is written to
# build/fuzz/artifacts/TARGET/ and ends the run with a non-zero status; reproduce it with
# `build/fuzz/tests/fuzz/fuzz_TARGET FILE` or `build/dev/tests/fuzz/mentor_fuzz_replay TARGET FILE`.
# `merge` adds to the seed corpus the work inputs (and those of any directory named after it)
# that reach code the corpus does not yet reach (libFuzzer's -merge=1), named by their SHA-1.
# Campaigns run under `nice -n 19`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz_dir=$root/tests/fuzz
build=${MENTOR_FUZZ_BUILD:-$root/build/fuzz}

targets() { for d in "$fuzz_dir"/corpus/*/; do basename "$d"; done; }
usage() {
  echo "usage: tools/fuzz.sh TARGET SECONDS [LIBFUZZER_OPTION...] | TARGET merge [DIR...] | list" >&2
  echo "targets: $(targets | tr '\n' ' ')" >&2
  exit 2
}

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then targets; exit 0; fi
[ $# -ge 2 ] || usage
target=$1
what=$2
shift 2
[ -f "$fuzz_dir/$target.cpp" ] && [ -d "$fuzz_dir/corpus/$target" ] || usage
if [ "$what" != merge ] && ! [[ "$what" =~ ^[0-9]+$ ]]; then usage; fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DMENTOR_FUZZ=ON -DMENTOR_BUILD_TESTS=OFF -DMENTOR_BUILD_BENCH=OFF \
    "${launcher[@]}" > /dev/null
fi
nice -n 19 cmake --build "$build" --target "fuzz_$target"
binary=$build/tests/fuzz/fuzz_$target
work=$build/work/$target
artifacts=$build/artifacts/$target
mkdir -p "$work" "$artifacts"
dict=()
[ -f "$fuzz_dir/$target.dict" ] && dict=(-dict="$fuzz_dir/$target.dict")

if [ "$what" = merge ]; then
  # libFuzzer copies into the first directory each input of the others that reaches code the
  # first does not (edges only, not hit counts: the corpus stays small); the seeds all stay.
  nice -n 19 "$binary" -merge=1 -use_counters=0 "$fuzz_dir/corpus/$target" "$work" "$@"
  echo "seed corpus: $(find "$fuzz_dir/corpus/$target" -type f | wc -l) files in tests/fuzz/corpus/$target"
  exit 0
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec nice -n 19 "$binary" -max_total_time="$what" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
  -max_len=4096 -artifact_prefix="$artifacts/" "${dict[@]}" "$@" "$work" "$fuzz_dir/corpus/$target"
