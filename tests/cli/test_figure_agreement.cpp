// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// One formatting rule everywhere (issue 18): the demo's RLs and likelihoods read the same in the
// xlsx as a spreadsheet displays them (LibreOffice's "save cell contents as shown"), in the PDF's
// text and in the function the dashboard uses (FigureFormat.h).
#include "CliRunner.h"
#include "ExportReaders.h"

#include "ChartData.h"
#include "DemoData.h"
#include "FigureFormat.h"
#include "MetricEngine.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::test;

TEST_CASE("The xlsx as displayed, the PDF and the dashboard's format agree on every RL and likelihood",
          "[cli][report][format]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli(QStringLiteral(SCWRES_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString xlsx = dir.filePath(QStringLiteral("shown.xlsx"));
    const QString pdf = dir.filePath(QStringLiteral("shown.pdf"));
    const CliResult written = runCli(QStringLiteral(SCWRES_CLI_PATH),
                                     {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                      demoAuthorityName(), QStringLiteral("--year"), QStringLiteral("2024"),
                                      QStringLiteral("--xlsx"), xlsx, QStringLiteral("--pdf"), pdf});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);

    // Token 9 true: each cell as its number format shows it ("16.7%", "0.56"), not the stored value.
    libreOfficeConvert(xlsx, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"),
                       dir.path());
    const auto summary = readCsv(dir.filePath(QStringLiteral("shown-Summary.csv")));
    REQUIRE(!summary.empty());
    const QString pdfText = squeezed(test::pdfText(pdf));

    const AnnualReturn ret = demoReturns().back();
    REQUIRE(ret.year == 2024);
    const MetricEngine engine;
    int compared = 0;
    for (AreaSelection area : {AreaSelection::Adult, AreaSelection::Children, AreaSelection::Combined}) {
        const MetricReport report = engine.compute(ret, area);
        for (const auto &[id, r] : report.ratios) {
            if (!r.relativeLikelihood || !r.likelihoodMinorityEthnic || !r.likelihoodWhite)
                continue;
            CAPTURE(areaSelectionKey(area).toStdString(), metricKey(id).toStdString());
            const QStringList *row = nullptr;
            for (const QStringList &line : summary)
                if (line.size() > 10 && line[0] == areaSelectionName(area) && line[1] == metricChartLabel(id))
                    row = &line;
            REQUIRE(row);
            CHECK((*row)[8] == formatShare(r.likelihoodMinorityEthnic));
            CHECK((*row)[9] == formatShare(r.likelihoodWhite));
            CHECK((*row)[10] == formatRelativeLikelihood(r.relativeLikelihood));
            // The PDF's summary table row and the likelihoods under the metric's chart (metric 9's
            // chart shows shares instead).
            CHECK(pdfText.contains(metricChartLabel(id) + QLatin1Char(' ') + formatRelativeLikelihood(r.relativeLikelihood)));
            if (id != MetricId::M9)
                CHECK(pdfText.contains(QStringLiteral("%1: minority ethnic %2, white %3")
                                       .arg(metricChartLabel(id), formatShare(r.likelihoodMinorityEthnic),
                                            formatShare(r.likelihoodWhite))));
            ++compared;
        }
    }
    CHECK(compared >= 24);
}
