// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// `scwres report --docx`: the Word data report a council edits before publishing. LibreOffice
// reads it back to text holding every metric's RL as the engine gives it; its document.xml marks
// table header rows to repeat (w:tblHeader), sets the language (w:lang en-GB) and gives every
// chart picture its alternative text.
#include "CliRunner.h"
#include "ExportReaders.h"

#include "DemoData.h"
#include "NationalFigures.h"
#include "export/DataReport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::test;

TEST_CASE("report --docx: Word reads every RL — header rows repeat, en-GB, alt text on every chart",
          "[cli][report][docx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cli = QStringLiteral(SCWRES_CLI_PATH);
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(cli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString docx = dir.filePath(QStringLiteral("report.docx"));
    const CliResult r = runCli(cli, {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                     QStringLiteral("Exampleshire County Council"), QStringLiteral("--year"),
                                     QStringLiteral("2024"), QStringLiteral("--layout"), QStringLiteral("full"),
                                     QStringLiteral("--docx"), docx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("Wrote ") + QDir::toNativeSeparators(docx));

    const auto zip = readZip(docx);
    const QString xml = QString::fromUtf8(zip.at(QStringLiteral("word/document.xml")));
    CHECK(xml.count(QStringLiteral("<w:tblHeader/>")) >= 20);
    CHECK(xml.contains(QStringLiteral("<w:lang w:val=\"en-GB\"/>")));
    CHECK(xml.contains(QStringLiteral("w:val=\"Heading1\"")));
    const int pictures = int(xml.count(QStringLiteral("<wp:docPr ")));
    CHECK(pictures >= 20); // the forest plots and every metric's chart
    static const QRegularExpression described(QStringLiteral("<wp:docPr [^>]*descr=\"[^\"]{20,}\""));
    CHECK(int(xml.count(described)) == pictures);

    libreOfficeConvert(docx, QStringLiteral("txt:Text"), dir.path());
    const QString text = squeezed(readText(dir.filePath(QStringLiteral("report.txt"))));
    const std::vector<AnnualReturn> returns = demoReturns();
    const NationalFigures national = NationalFigures::builtIn();
    const DataReport report = DataReport::build(returns.back(), &returns[returns.size() - 2], &national, {});
    int rls = 0;
    for (const DataReport::View &view : report.views())
        for (MetricId id : kRatioMetricIds) {
            const auto &rl = view.report.ratio(id).relativeLikelihood;
            if (!rl)
                continue;
            // The summary table's row: the metric, then its RL.
            const QString row = metricChartLabel(id) + QLatin1Char(' ') + formatRelativeLikelihood(rl);
            INFO(areaSelectionName(view.area).toStdString() << ": " << row.toStdString());
            CHECK(text.contains(row));
            ++rls;
        }
    CHECK(rls >= 20);
    CHECK(text.contains(QStringLiteral("Data quality")));
}
