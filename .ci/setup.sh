#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#
# Set-up for a fresh Debian 12 machine, run from the repository root as root (or with sudo):
#   bash .ci/setup.sh run    installs what is missing, builds (Release, Ninja), starts the program
#   bash .ci/setup.sh test   installs what is missing, builds, runs every test through ctest
# .ci/run (CI) calls the second one, exactly as the README gives it.
set -euo pipefail

mode="${1:-}"
if [[ "$mode" != "run" && "$mode" != "test" ]]; then
  echo "usage: bash .ci/setup.sh run|test" >&2
  exit 2
fi
cd "$(dirname "$0")/.."

# Everything comes from Debian 12's own archive (see docs/building.md for what each is for).
packages=(
  cmake ninja-build pkg-config g++ ccache
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev
  qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev
  libsqlite3-dev libxlsxwriter-dev nlohmann-json3-dev libminizip-dev libglpk-dev catch2
  fonts-dejavu-core xvfb xauth
)
if [[ "$mode" == "test" ]]; then
  # The tests open every exported file with real readers: LibreOffice (xlsx, docx, odt) and poppler (PDF).
  # The attack on publication mode solves integer programs with python3-scipy (milp).
  packages+=(poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui python3-scipy)
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

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSCWRES_WERROR=ON
cmake --build build -j"$(nproc)"

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

# GUI tests vanish silently if their discovery fails: make sure every suite registered tests.
for suite in core app cli; do
  count=$(ctest --test-dir build -N | grep -c "Test *#[0-9]*: $suite:" || true)
  if [[ "$count" -eq 0 ]]; then
    echo "No '$suite' tests were registered: test discovery failed." >&2
    exit 1
  fi
done
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)"
