// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

// Independent readers for the exported files: LibreOffice (headless, a private profile per run,
// formulas recalculated on load) and poppler. A missing tool fails the test; nothing is skipped.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

namespace scwres::test::exportcheck {

inline QString requireTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " must be installed (scripts set it up; CI installs it)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

inline QString runTool(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(requireTool(program), args);
    REQUIRE(process.waitForFinished(timeoutMs));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Converts file with LibreOffice into outDir; filter e.g. "fods" or the CSV filter string.
inline void libreOfficeConvert(const QString &file, const QString &filter, const QString &outDir)
{
    QTemporaryDir profile;
    REQUIRE(profile.isValid());
    QDir().mkpath(profile.filePath(QStringLiteral("user")));
    QFile settings(profile.filePath(QStringLiteral("user/registrymodifications.xcu")));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    // Recalculate xlsx formulas on load (toolchain.md §6), so the numbers read back are the
    // formulas' own results, not the cached values the program wrote.
    settings.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    settings.close();
    runTool(QStringLiteral("libreoffice"),
            {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), outDir,
             file});
}

// Every sheet as its own CSV ("<base>-<sheet>.csv"), full precision, UTF-8.
inline const QString kCsvAllSheets = QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");

// RFC 4180 enough for LibreOffice's output.
inline std::vector<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    return rows;
}

inline QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

} // namespace scwres::test::exportcheck
