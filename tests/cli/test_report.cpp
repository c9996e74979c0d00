// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExportReaders.h"
#include "ActionPlanDemo.h"
#include "Database.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "CliRunner.h"

#include "DemoData.h"
#include "ChartData.h"
#include "Metric.h"
#include "export/ZipArchive.h"

#include <QRegularExpression>

using namespace scwres;
using namespace scwres::test;

namespace {

const QString kAuthority = QStringLiteral("Exampleshire County Council");

QString demoDatabase(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    const CliResult demo = runCli(QStringLiteral(SCWRES_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), db});
    REQUIRE(demo.exitCode == 0);
    return db;
}

QStringList reportArgs(const QString &db)
{
    return {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
            QStringLiteral("--year"), QStringLiteral("2024")};
}

// The text of an ODT's body, tags removed.
QString odtText(const QString &path)
{
    QString reason;
    const auto entries = ZipArchive::read(path, &reason);
    REQUIRE(entries);
    for (const ZipEntry &entry : *entries)
        if (entry.name == QStringLiteral("content.xml"))
            return QString::fromUtf8(entry.data).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    FAIL("no content.xml");
    return {};
}

// Table rows of the PDF text whose label is a count row: "Appointed   25   60   2   87".
QStringList countRows(const QString &text)
{
    QStringList labels;
    for (MetricId id : kMetricIds) {
        if (id == MetricId::M1)
            continue;
        for (const QString &label : QStringList{metricEventsLabel(id), metricPopulationLabel(id)})
            labels << label.left(1).toUpper() + label.mid(1);
    }
    labels << QStringLiteral("Whole workforce") << QStringLiteral("Under £30,000") << QStringLiteral("£30,000 to £69,999")
           << QStringLiteral("£70,000 and over");
    QStringList rows;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        for (const QString &label : labels)
            if (trimmed.startsWith(label + QStringLiteral("  ")))
                rows << trimmed.mid(label.size());
    }
    return rows;
}

} // namespace

TEST_CASE("report: the PDF has every metric, the authority, its title and A4 pages", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliResult result = runCli(QStringLiteral(SCWRES_CLI_PATH), reportArgs(db) << QStringLiteral("-o") << pdf);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString text = pdfLayoutText(pdf);
    CHECK(text.contains(kAuthority));
    for (MetricId id : kMetricIds) {
        INFO(metricShortTitle(id).toStdString());
        CHECK(text.contains(QStringLiteral("Metric %1: %2").arg(metricKey(id), metricShortTitle(id))));
    }
    CHECK(text.contains(QStringLiteral("Data quality")));
    // Words are searchable: no "ff" ligature in "staff".
    CHECK(text.contains(QStringLiteral("white staff")));
    CHECK(text.contains(QStringLiteral("Page 1 of ")));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("Title:           Exampleshire County Council: SC-WRES data report 2024")));
    CHECK(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));
    // Charts are drawn as vectors: their axis titles are text, and no picture is embedded.
    CHECK(text.contains(QStringLiteral("Relative likelihood")));
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // the header lines only
}

TEST_CASE("report --publication: no count from 1 to 9 in the PDF or the ODT", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString pdf = dir.filePath(QStringLiteral("published.pdf"));
    const QString odt = dir.filePath(QStringLiteral("published.odt"));
    const QString fullPdf = dir.filePath(QStringLiteral("full.pdf"));
    REQUIRE(runCli(QStringLiteral(SCWRES_CLI_PATH),
                   reportArgs(db) << QStringLiteral("--publication") << QStringLiteral("--layout")
                                  << QStringLiteral("full") << QStringLiteral("--pdf") << pdf
                                  << QStringLiteral("--odt") << odt)
                .exitCode == 0);
    REQUIRE(runCli(QStringLiteral(SCWRES_CLI_PATH), reportArgs(db) << QStringLiteral("-o") << fullPdf).exitCode == 0);

    const QRegularExpression smallCount(QStringLiteral("(^|\\s)[1-9](\\s|$)"));
    // The full report does show small counts in its tables (so the check below can fail).
    bool fullHasSmall = false;
    for (const QString &row : countRows(pdfLayoutText(fullPdf)))
        fullHasSmall = fullHasSmall || smallCount.match(row).hasMatch();
    CHECK(fullHasSmall);

    const QString published = pdfLayoutText(pdf);
    const QStringList rows = countRows(published);
    CHECK(rows.size() > 20);
    for (const QString &row : rows) {
        INFO(row.toStdString());
        CHECK_FALSE(smallCount.match(row).hasMatch());
    }
    CHECK(published.contains(QStringLiteral("<10")));
    CHECK(published.contains(QStringLiteral("Published version")));
    // The ODT's table cells hold one value each: no cell is a count from 1 to 9.
    const QString content = [&] {
        QString reason;
        const auto entries = ZipArchive::read(odt, &reason);
        REQUIRE(entries);
        for (const ZipEntry &entry : *entries)
            if (entry.name == QStringLiteral("content.xml"))
                return QString::fromUtf8(entry.data);
        return QString();
    }();
    const QRegularExpression cell(QStringLiteral("<table:table-cell[^>]*>(.*?)</table:table-cell>"),
                                  QRegularExpression::DotMatchesEverythingOption);
    int cells = 0;
    for (auto it = cell.globalMatch(content); it.hasNext();) {
        const QString value = it.next().captured(1).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).trimmed();
        ++cells;
        INFO(value.toStdString());
        CHECK_FALSE(QRegularExpression(QStringLiteral("^[1-9]$")).match(value).hasMatch());
    }
    CHECK(cells > 100);
    CHECK(odtText(odt).contains(kAuthority));
}

TEST_CASE("report: a destination that cannot be written fails with the reason and leaves nothing",
          "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString plainFile = dir.filePath(QStringLiteral("plain"));
    {
        QFile f(plainFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    for (const QString &name : {QStringLiteral("r.pdf"), QStringLiteral("r.odt"), QStringLiteral("r.xlsx")}) {
        const QString target = plainFile + QLatin1Char('/') + name;
        const CliResult result = runCli(QStringLiteral(SCWRES_CLI_PATH), reportArgs(db) << QStringLiteral("-o") << target);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(target));
    }
    const CliResult missing = runCli(QStringLiteral(SCWRES_CLI_PATH),
                                     reportArgs(db) << QStringLiteral("-o") << dir.filePath(QStringLiteral("no/such/r.pdf")));
    CHECK(missing.exitCode == 1);
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    left.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("demo.db")); });
    CHECK(left == QStringList{QStringLiteral("plain")});
    // A wrong suffix is a usage error.
    CHECK(runCli(QStringLiteral(SCWRES_CLI_PATH), reportArgs(db) << QStringLiteral("-o") << dir.filePath(QStringLiteral("r.txt")))
              .exitCode
          == 2);
}
