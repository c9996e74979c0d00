// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // Test discovery runs this binary at build time, with no display: without offscreen the
    // QApplication aborts and zero GUI tests get registered, silently.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the real user's data or settings
    QApplication::setOrganizationName(QStringLiteral("SCWRES-tests"));
    QApplication::setApplicationName(QStringLiteral("scwres-desktop-tests"));
    return Catch::Session().run(argc, argv);
}
