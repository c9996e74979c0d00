// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// Core and CLI tests need a QCoreApplication for Qt Sql, resources and translations.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Settings, data and cache in a folder of this process alone, inherited by the programs the
    // CLI tests start (scwres, scwres-desktop): never the real user's, never another test's.
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    // The Qt PDF for every test written for it (and no browser start-up per PDF), unless the
    // variable is set: tests/cli/test_tagged_pdf.cpp finds the browser itself (issue 32).
    if (!qEnvironmentVariableIsSet("SCWRES_BROWSER"))
        qputenv("SCWRES_BROWSER", "none");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
