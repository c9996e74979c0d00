// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Test discovery runs this binary at build time, with no display: without offscreen the
    // QApplication aborts and zero GUI tests get registered, silently.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, data and cache in a folder of this process alone: never the real user's, and
    // never another test process's (ctest -j runs several at once; a shared "last database"
    // setting let one test open another's data).
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    // The dialogs' PDF engine is Qt's unless the variable is set (issue 32: the tagged PDF has
    // tests of its own, tests/cli/test_tagged_pdf.cpp).
    if (!qEnvironmentVariableIsSet("SCWRES_BROWSER"))
        qputenv("SCWRES_BROWSER", "none");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SCWRES-tests"));
    QApplication::setApplicationName(QStringLiteral("scwres-desktop-tests"));
    return Catch::Session().run(argc, argv);
}
