// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExportReaders.h"

#include "ActionPlanDemo.h"
#include "Database.h"
#include "DemoData.h"
#include "export/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace scwres::test {

const QString kCsvAllSheets =
    QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");

QString writeDemoPlanDatabase(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    REQUIRE(writeDemoData(*db, &error));
    REQUIRE(writeDemoPlans(*db, &error));
    return path;
}

QString requireTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " must be installed (the set-up script installs it)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

QString runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(requireTool(program), args);
    REQUIRE(process.waitForFinished(timeoutMs));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

QString pdfLayoutText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

QString pdfInfo(const QString &path)
{
    return runTool(QStringLiteral("pdfinfo"), {path});
}

void convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outDir)
{
    // A private profile, so parallel tests and a running LibreOffice do not clash.
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
    QStringList args{QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                     QStringLiteral("--headless"), QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"),
                     outDir};
    args << files;
    runTool(QStringLiteral("libreoffice"), args, 180000);
}

QString readText(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

std::vector<QStringList> parseCsv(const QString &text, bool keepBlankLines)
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
            if (any || !field.isEmpty() || keepBlankLines) {
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

std::map<QString, QByteArray> readZip(const QString &path)
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

QString squeezed(const QString &text)
{
    return text.simplified();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace scwres::test
