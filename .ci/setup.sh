#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#
# Set-up for a fresh Debian 12 machine, run from the repository root as root (or with sudo):
#   bash .ci/setup.sh run    installs what is missing, builds (Release, Ninja), starts the program
#   bash .ci/setup.sh test   installs what is missing, builds, runs every test through ctest
# .ci/run (CI) calls the second one, exactly as the README gives it.
#
# The test mode runs, in this order (docs/building.md, "What CI runs", has the timings):
#   1. the Release build (build/) that every later step needs;
#   2. the sanitizer build (build-asan/: ASan + UBSan + LeakSanitizer) and its suites;
#   3. when clang is present, the libFuzzer targets (build-fuzz/), 60 s each on the seed corpus;
#   4. the Debian package: made from build/, checked (lintian, desktop-file-validate, appstreamcli,
#      man), installed as root, its programs run from /usr/bin, then purged;
#   5. every test of the Release build, last, so that a passing run ends with ctest's summary.
# A failing step does not stop the later ones, so one run shows every failure; the script exits
# non-zero if any step failed.
set -euo pipefail

mode="${1:-}"
if [[ "$mode" != "run" && "$mode" != "test" ]]; then
  echo "usage: bash .ci/setup.sh run|test" >&2
  exit 2
fi
cd "$(dirname "$0")/.."

# Everything comes from Debian 12's own archive (see docs/building.md for what each is for).
# One package per entry is fine; add new ones to the list of the mode that needs them.
packages=(
  cmake ninja-build pkg-config g++ ccache
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev
  qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev
  libsqlite3-dev libxlsxwriter-dev nlohmann-json3-dev libminizip-dev libglpk-dev libcsv-dev catch2
  fonts-dejavu-core xvfb xauth
  # The manual pages are made from the programs' --help at build time (packaging/CMakeLists.txt).
  help2man
)
test_packages=(
  # The tests open every exported file with real readers: LibreOffice (xlsx, docx, odt) and poppler (PDF).
  poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui
  # The HTML exports are opened in headless Chromium and checked with axe-core (npm, installed into
  # build/node by the test itself: tests/cli/test_html_exports.cpp); Node and npm come with the machine.
  chromium
  # The attack on publication mode solves integer programs with python3-scipy (milp).
  python3-scipy
  # The tagged PDFs (printed by chromium) are read with pikepdf: tests/pdf/check_tagged_pdf.py.
  python3-pikepdf
  # The fuzz targets: clang with libFuzzer and the sanitizer runtimes for clang.
  clang libclang-rt-14-dev
  # The Debian package's checks: lintian, desktop-file-validate, appstreamcli; man to read the pages.
  lintian desktop-file-utils appstream man-db
)
if [[ "$mode" == "test" ]]; then
  packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
  else
    SUDO=
  fi
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

build_start=$SECONDS
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSCWRES_WERROR=ON
cmake --build build -j"$(nproc)"
echo "== Release build took $((SECONDS - build_start)) s" >&2

if [[ "$mode" == "run" ]]; then
  # The program opens its default database (in the user's data folder) and, when it is empty,
  # offers the fictional demo authority.
  if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting the program on a virtual X display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x900x24" ./build/src/app/scwres-desktop "${@:2}"
  fi
  exec ./build/src/app/scwres-desktop "${@:2}"
fi

# Tests: no display needed (offscreen), a private runtime folder, no standard input.
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"

source .ci/test-steps.sh

failed=()
step "sanitizer build and the $(IFS=,; echo "${sanitized_suites[*]}") suites (build-asan)" sanitizer_step || failed+=("sanitizers")
if command -v clang++ >/dev/null 2>&1; then
  step "fuzz targets, ${fuzz_seconds} s each (build-fuzz)" fuzz_step || failed+=("fuzzing")
else
  echo "clang++ not found: the timed fuzz run is skipped (its regression tests still run below)." >&2
fi
step "Debian package: cpack, lintian, desktop file, AppStream, man pages; install, run, purge" package_step || failed+=("package")
echo "== Release tests (build)"
release_ok=1
check_registered build core app cli || release_ok=0
# ctest prints its own timing; its summary stays the last line of a passing run.
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)" || release_ok=0
if ((${#failed[@]})) || ((!release_ok)); then
  ((release_ok)) || failed+=("Release tests")
  echo "CI FAILED: ${failed[*]} (see above)" >&2
  exit 1
fi
