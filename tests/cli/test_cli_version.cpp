// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// --version and --help of both programs, with no display at all (issue 34): the manual pages are
// made from this output at build time, and a package's users read it over ssh.
#include "CliRunner.h"

#include <catch2/catch.hpp>

using scwres::test::runCli;

namespace {

// Runs a program with no display of any kind: no X, no Wayland, no Qt platform chosen.
scwres::test::CliResult runWithoutDisplay(const char *program, const QStringList &args)
{
    return runCli(QStringLiteral("/usr/bin/env"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("-u"),
                              QStringLiteral("DISPLAY"), QStringLiteral("-u"), QStringLiteral("WAYLAND_DISPLAY"),
                              QString::fromUtf8(program)} +
                      args);
}

} // namespace

TEST_CASE("Both programs print their version and help without a display", "[cli]")
{
    const QString version = QStringLiteral(SCWRES_VERSION);
    for (const char *program : {SCWRES_CLI_PATH, SCWRES_DESKTOP_PATH}) {
        const QString name = QString::fromUtf8(program).section(QLatin1Char('/'), -1);
        INFO(name.toStdString());
        for (const char *flag : {"--version", "-v"}) {
            const auto r = runWithoutDisplay(program, {QString::fromLatin1(flag)});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
            CHECK(r.out == name + QLatin1Char(' ') + version + QLatin1Char('\n'));
        }
        for (const char *flag : {"--help", "-h"}) {
            const auto r = runWithoutDisplay(program, {QString::fromLatin1(flag)});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
            CHECK(r.out.startsWith(QStringLiteral("Usage: ")));
            CHECK(r.out.contains(QStringLiteral("--version")));
            CHECK_FALSE(r.err.contains(QStringLiteral("display")));
        }
    }
    // A wrong option is refused in words, also without a display, and starts no window.
    const auto wrong = runWithoutDisplay(SCWRES_DESKTOP_PATH, {QStringLiteral("--no-such-option")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("no-such-option")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("display")));
}
