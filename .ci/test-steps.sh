# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#
# The test steps of .ci/setup.sh test beyond the Release run, sourced by it (not run alone).
# Each step returns non-zero on failure instead of exiting, so that one CI run reports them all.

# Which suites run under the sanitizers: docs/building.md records the timings behind this choice.
sanitized_suites=(core cli app)
# The sanitizer build's type: with ASan, -O2 makes each file 3 to 5 times as slow to compile,
# and the sanitized suites (mostly LibreOffice and poppler) cannot win that back; see
# docs/building.md.
sanitize_build_type=Debug
fuzz_seconds=60
fuzz_targets=(return_json national_figures extract_csv extract_xlsx extract_profile database)

# step TITLE FUNCTION: runs FUNCTION and says how long it took, whatever the outcome.
step() {
  local title="$1" start=$SECONDS status=0
  echo "== $title"
  "$2" || status=$?
  if ((status)); then
    echo "== FAILED after $((SECONDS - start)) s: $title" >&2
  else
    echo "== passed in $((SECONDS - start)) s: $title" >&2
  fi
  return "$status"
}

# GUI tests vanish silently if their discovery fails: make sure every suite registered tests.
# check_registered BUILD_DIR SUITE...
check_registered() {
  local dir="$1" suite count
  shift
  for suite in "$@"; do
    # The fuzz regression tests are core tests too, but they are not discovered: left out here.
    count=$(ctest --test-dir "$dir" -N | grep "Test *#[0-9]*: $suite:" | grep -vc ":Fuzz regression " || true)
    if [[ "$count" -eq 0 ]]; then
      echo "No '$suite' tests were registered in $dir: test discovery failed." >&2
      return 1
    fi
  done
}

# Any sanitizer report fails the test that produced it: ASan and UBSan abort at the first error,
# LeakSanitizer fails the process at exit. Known leaks in other projects' libraries (never ours)
# are listed, each with its reason, in tests/sanitizers/lsan.supp.
sanitizer_environment() {
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
}

sanitizer_step() {
  local regex
  regex="^($(IFS='|'; echo "${sanitized_suites[*]}")):"
  (
    # Set for the build too: test discovery runs the sanitized test binaries at build time.
    sanitizer_environment
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE="$sanitize_build_type" -DSCWRES_WERROR=ON \
      -DSCWRES_SANITIZE=ON &&
      cmake --build build-asan -j"$(nproc)" &&
      check_registered build-asan "${sanitized_suites[@]}" &&
      ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$(nproc)" -R "$regex"
  )
}

# The libFuzzer targets in their own tree (clang; the Qt libraries are GCC-built, which links
# fine). Each runs for fuzz_seconds from the seed corpus; new inputs go to build-fuzz/corpus, a
# crash or broken invariant to build-fuzz/artifacts (docs/building.md says how to keep it).
fuzz_step() {
  local target log status=0
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCWRES_FUZZ=ON ||
    return 1
  cmake --build build-fuzz -j"$(nproc)" --target scwres_fuzz_targets || return 1
  for target in "${fuzz_targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$target" "build-fuzz/artifacts/$target"
    log="build-fuzz/fuzz-$target.log"
    echo "-- fuzzing $target for $fuzz_seconds s (log: $log)"
    if (
      sanitizer_environment
      "build-fuzz/tests/fuzz/scwres_fuzz_$target" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="tests/fuzz/$target.dict" -artifact_prefix="build-fuzz/artifacts/$target/" -print_final_stats=1 \
        "build-fuzz/corpus/$target" "tests/fuzz/corpus/$target"
    ) >"$log" 2>&1; then
      grep -E '^(Done|stat::number_of_executed_units)' "$log" || true
    else
      status=1
      tail -n 60 "$log" >&2
      echo "-- $target: a crash or broken invariant, saved in build-fuzz/artifacts/$target/" >&2
    fi
  done
  return "$status"
}
