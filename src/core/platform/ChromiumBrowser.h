// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QString>
#include <QStringList>

namespace scwres::platform {

// Where a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge) lives on this
// platform: the one place that knows install paths and program names. Both branches compile
// (Windows with MinGW-w64).

// Candidate executables in order of preference: on Windows Edge (every Windows 10/11 desktop has
// it), then Chrome, under Program Files, Program Files (x86) and the user's LocalAppData; on
// Linux and other POSIX systems chromium, chromium-browser, google-chrome, google-chrome-stable,
// microsoft-edge found on PATH.
QStringList chromiumCandidates();

// The browser to use: `configured` (a path from the settings or SCWRES_BROWSER) when it is set —
// and then nothing when it is not an executable file, so that a wrong setting is reported rather
// than silently replaced — otherwise the first candidate found. Empty when there is none.
QString findChromiumBrowser(const QString &configured);

// Extra switches the browser needs here: Chromium refuses to start as root (the tests and CI run
// as root) unless its sandbox is turned off; never on Windows.
QStringList chromiumPlatformArguments();

} // namespace scwres::platform
