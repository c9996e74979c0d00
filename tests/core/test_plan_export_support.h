// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Shared by the plan export tests (core, CLI, app): the demo plans in a fresh database, and the
// real readers the tests check the files with (QuaZip, LibreOffice, poppler).
#pragma once

#include "ActionPlanDemo.h"
#include "Database.h"
#include "DemoData.h"
#include "export/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <vector>

namespace scwres::test {

// A database file holding the demo authority, its returns and its 2023 (signed off) and 2024
// (draft, rolled over) plans.
inline QString writeDemoPlanDatabase(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    REQUIRE(writeDemoData(*db, &error));
    REQUIRE(writeDemoPlans(*db, &error));
    return path;
}

inline std::map<QString, QByteArray> readZip(const QString &path)
{
    QString reason;
    const auto entries = ZipArchive::read(path, &reason);
    INFO(reason.toStdString());
    REQUIRE(entries);
    std::map<QString, QByteArray> parts;
    for (const ZipEntry &entry : *entries)
        parts[entry.name] = entry.data;
    return parts;
}

// Whitespace collapsed: table cells and page widths wrap lines differently in every format.
inline QString squeezed(const QString &text)
{
    return text.simplified();
}

inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

inline QString runTool(const QString &program, const QStringList &args)
{
    const QString found = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " must be installed (poppler-utils)");
    REQUIRE_FALSE(found.isEmpty());
    QProcess process;
    process.start(found, args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

inline QString pdfInfo(const QString &path)
{
    return runTool(QStringLiteral("pdfinfo"), {path});
}

// Converts files with LibreOffice headless, with a private profile so that parallel tests and a
// running LibreOffice do not clash. Fails the test (never skips) when LibreOffice is missing:
// a passing test must mean the files were read. One call converts many files in one start-up
// (about 1.5 s each start on CI).
inline void convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outDir)
{
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    INFO("LibreOffice (soffice) must be installed for the export tests: see the set-up script");
    REQUIRE_FALSE(soffice.isEmpty());
    QTemporaryDir profile;
    REQUIRE(profile.isValid());
    QProcess process;
    QStringList args{QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                     QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outDir};
    args << files;
    process.start(soffice, args);
    REQUIRE(process.waitForFinished(180000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
}

inline QString readText(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
inline std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
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
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                record << field;
                records.push_back(record);
            }
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record << field;
        records.push_back(record);
    }
    return records;
}

} // namespace scwres::test
