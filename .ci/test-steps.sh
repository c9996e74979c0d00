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

# The Debian package (docs/building.md, "The Debian package"): made with CPack from the Release
# build, checked with lintian, desktop-file-validate, appstreamcli and man, then installed as
# root, run from /usr/bin and purged. Needs root (or password-less sudo) only for the install.
package_step() {
  local status=0 out=build/package deb sudo= tmp
  rm -rf "$out"
  mkdir -p "$out"
  # lintian: any error or warning fails the step (overrides, if ever needed, go in packaging/ with a reason).
  cpack --config build/CPackConfig.cmake -G DEB -B "$PWD/$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; return 1; }
  deb=$(ls "$out"/scwres_*.deb 2>/dev/null | head -n 1)
  [[ -f "$deb" ]] || { echo "package: cpack made no .deb" >&2; cat "$out/cpack.log"; return 1; }
  echo "package: $deb"
  dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
  lintian --fail-on error,warning --display-info "$deb" || { echo "lintian failed" >&2; status=1; }
  desktop-file-validate build/packaging/*.desktop || { echo "desktop-file-validate failed" >&2; status=1; }
  # --pedantic shows every note; only errors and warnings fail (docs/building.md lists the notes).
  appstreamcli validate --pedantic --no-net build/packaging/*.metainfo.xml || { echo "appstreamcli failed" >&2; status=1; }
  local page warnings
  for page in build/packaging/scwres.1.gz build/packaging/scwres-desktop.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    if [[ -n "$warnings" || ! -s "$page" ]]; then
      echo "man --warnings -l $page:" >&2
      echo "$warnings" >&2
      status=1
    fi
  done

  if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then
      sudo=sudo
    else
      echo "package: not root and no password-less sudo: install, run and purge skipped" >&2
      return "$status"
    fi
  fi
  tmp=$(mktemp -d)
  # One install at a time on this machine (parallel CI runs would purge each other's package),
  # and a purge whatever happens, so the machine is left as it was.
  (
    flock -w 1200 9 || { echo "package: another run held the install lock for 20 min" >&2; exit 1; }
    installed_status=0
    install_and_run "$deb" "$tmp" "$sudo" || installed_status=1
    dpkg_wait $sudo dpkg --purge scwres || installed_status=1
    if dpkg-query -W -f='${Status}' scwres 2>/dev/null | grep -q installed || [[ -e /usr/bin/scwres ]]; then
      echo "package: still installed after the purge" >&2
      installed_status=1
    fi
    exit "$installed_status"
  ) 9>/tmp/scwres-package-install.lock || status=1
  rm -rf "$tmp"
  return "$status"
}

# dpkg_wait COMMAND...: runs a dpkg or apt-get command, waiting (up to 10 min) while another
# program holds dpkg's lock, as apt-get does on a shared machine.
dpkg_wait() {
  local tries=0 log
  log=$(mktemp)
  while true; do
    if "$@" 2>"$log"; then
      cat "$log" >&2
      rm -f "$log"
      return 0
    fi
    if grep -qi "lock" "$log" && ((tries++ < 120)); then
      sleep 5
      continue
    fi
    cat "$log" >&2
    rm -f "$log"
    return 1
  done
}

# install_and_run DEB TMP SUDO: installs the package (dpkg, then apt-get -f for what it lacks)
# and runs the installed programs in a throwaway home.
install_and_run() {
  local deb="$1" tmp="$2" sudo="$3"
  if ! dpkg_wait $sudo dpkg -i "$deb"; then
    dpkg_wait $sudo env DEBIAN_FRONTEND=noninteractive apt-get -f install -y --no-install-recommends || return 1
  fi
  dpkg-query -W -f='${Status}\n' scwres | grep -q "install ok installed" || { echo "package: not installed" >&2; return 1; }
  dpkg -L scwres | grep -E '^/usr/(bin|share/(applications|metainfo|man/man1))/.'
  # A clean home: the installed program must not read or write the user's settings or data.
  # (set -e does not work inside a tested subshell: every command is chained.)
  (
    export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" QT_QPA_PLATFORM=offscreen
    cd "$tmp" &&
      /usr/bin/scwres --version &&
      /usr/bin/scwres-desktop --version &&
      env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/scwres-desktop --help >/dev/null &&
      timeout 120 /usr/bin/scwres demo --db demo.sqlite &&
      timeout 120 /usr/bin/scwres report --db demo.sqlite --authority "Exampleshire County Council" \
        --year 2024 -o report.pdf && test -s report.pdf &&
      timeout 120 /usr/bin/scwres-desktop --database demo.sqlite --tab 1 --screenshot shot.png &&
      test -s shot.png &&
      man -l /usr/share/man/man1/scwres-desktop.1.gz >/dev/null &&
      echo "package: the installed programs ran (--version, --help, demo, report, --screenshot)"
  )
}
