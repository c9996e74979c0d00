// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ExportReaders.h"
#include "ActionPlanDemo.h"
#include "Database.h"
#include "export/ZipArchive.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "export/DataReport.h"
#include "Certainty.h"
#include "export/XlsxFile.h"

#include "DemoData.h"
#include "NationalFigures.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace scwres;
using namespace scwres::test;

namespace {

DataReport demoReport(bool publication)
{
    const std::vector<AnnualReturn> returns = demoReturns();
    REQUIRE(returns.size() >= 2);
    const AnnualReturn &current = returns.back();
    const AnnualReturn &previous = returns[returns.size() - 2];
    static const NationalFigures national = NationalFigures::builtIn();
    DataReportOptions options;
    options.publication.enabled = publication;
    return DataReport::build(current, &previous, &national, options);
}

std::optional<double> number(const QString &cell)
{
    QString text = cell.trimmed();
    double scale = 1;
    if (text.endsWith(QLatin1Char('%'))) {
        text.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value * scale) : std::nullopt;
}

void checkClose(const QString &cell, std::optional<double> expected)
{
    INFO("cell '" << cell.toStdString() << "'");
    REQUIRE(expected);
    const auto value = number(cell);
    REQUIRE(value);
    CHECK(std::abs(*value - *expected) <= 1e-9 * std::max(1.0, std::abs(*expected)));
}

QString sheetCsv(const QString &dir, const QString &sheet)
{
    return QDir(dir).filePath(QStringLiteral("report-%1.csv").arg(sheet));
}

} // namespace

TEST_CASE("Data report xlsx: LibreOffice recalculates the engine's numbers, and the charts survive",
          "[datareport-xlsx]")
{
    QTemporaryDir dir;
    const DataReport report = demoReport(false);
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    REQUIRE(report.writeXlsx(xlsx, &error));
    libreOfficeConvert(xlsx, kCsvAllSheets, dir.path());

    // Summary: one row per area and metric, the counts and the derived figures as LibreOffice
    // computed them from the formulas.
    const auto summary = readCsv(sheetCsv(dir.path(), QStringLiteral("Summary")));
    int checkedRows = 0;
    for (const DataReport::View &view : report.views())
        for (MetricId id : kRatioMetricIds) {
            const RatioResult &r = view.report.ratio(id);
            if (!r.relativeLikelihood)
                continue;
            const auto row = std::find_if(summary.begin(), summary.end(), [&](const QStringList &cells) {
                return cells.size() > 16 && cells[0] == areaSelectionName(view.area) && cells[1] == metricChartLabel(id);
            });
            INFO(areaSelectionName(view.area).toStdString() << " " << metricChartLabel(id).toStdString());
            REQUIRE(row != summary.end());
            CHECK((*row)[2] == QString::number(r.events.minorityEthnic));
            CHECK((*row)[3] == QString::number(r.events.white));
            CHECK((*row)[5] == QString::number(r.population.minorityEthnic));
            CHECK((*row)[6] == QString::number(r.population.white));
            checkClose((*row)[8], r.likelihoodMinorityEthnic);
            checkClose((*row)[9], r.likelihoodWhite);
            checkClose((*row)[10], r.relativeLikelihood);
            checkClose((*row)[11], r.ci95->lower);
            checkClose((*row)[12], r.ci95->upper);
            // The headline status, and beside it whether the interval settles it (issue 17).
            REQUIRE(r.certainty);
            CHECK((*row)[13]
                  == QStringLiteral("%1 (%2)").arg(scwres::statusText(r.status), certaintyText(*r.certainty).toLower()));
            ++checkedRows;
        }
    CHECK(checkedRows >= 20);

    // Each metric's own sheet: the RL row of every area, in order.
    for (MetricId id : kRatioMetricIds) {
        const auto sheet = readCsv(sheetCsv(dir.path(), QString::fromUtf8(XlsxFile::sheetName(metricChartLabel(id)))));
        std::vector<QStringList> likelihoodRows;
        for (const QStringList &cells : sheet)
            if (!cells.isEmpty() && cells[0] == QStringLiteral("Events ÷ population"))
                likelihoodRows.push_back(cells);
        std::size_t i = 0;
        for (const DataReport::View &view : report.views()) {
            const RatioResult &r = view.report.ratio(id);
            if (r.status == MetricStatus::NotCollected)
                continue;
            REQUIRE(i < likelihoodRows.size());
            if (r.relativeLikelihood)
                checkClose(likelihoodRows[i][3], r.relativeLikelihood);
            ++i;
        }
    }
    // Metric 1: the whole workforce's counts and shares.
    const auto payBands = readCsv(sheetCsv(dir.path(), QStringLiteral("1 Pay bands")));
    const auto workforce = std::find_if(payBands.begin(), payBands.end(),
                                        [](const QStringList &cells) { return cells.value(0) == QStringLiteral("Whole workforce"); });
    REQUIRE(workforce != payBands.end());
    const MetricReport &first = report.views().front().report;
    CHECK((*workforce)[4] == QString::number(first.payBands.workforce.counts.total()));
    checkClose((*workforce)[5], *first.payBands.workforce.percentMinorityEthnic / 100.0);

    // The native charts (one per metric sheet) and the formulas are still there after a round trip.
    libreOfficeConvert(xlsx, QStringLiteral("fods"), dir.path());
    QFile fods(dir.filePath(QStringLiteral("report.fods")));
    REQUIRE(fods.open(QIODevice::ReadOnly));
    const QByteArray flat = fods.readAll();
    CHECK(flat.count("<chart:chart ") >= 10);
    CHECK(flat.contains("of:=[.C"));
}

TEST_CASE("Data report xlsx, publication mode: no count under 10, none recoverable from a total",
          "[datareport-xlsx]")
{
    QTemporaryDir dir;
    const DataReport report = demoReport(true);
    REQUIRE(report.suppression().anySuppressed()); // the demo has small counts, so this test bites
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    REQUIRE(report.writeXlsx(xlsx, &error));
    libreOfficeConvert(xlsx, kCsvAllSheets, dir.path());
    const QStringList sheets = QDir(dir.path()).entryList({QStringLiteral("report-*.csv")});
    REQUIRE(sheets.size() == 13);
    const QRegularExpression small(QStringLiteral("^[1-9]$"));
    int hiddenSeen = 0;
    for (const QString &name : sheets) {
        const auto rows = readCsv(dir.filePath(name));
        for (const QStringList &cells : rows) {
            for (const QString &cell : cells) {
                INFO(name.toStdString() << ": " << cells.join(QLatin1Char('|')).toStdString());
                CHECK_FALSE(small.match(cell.trimmed()).hasMatch());
            }
            // A counts row (label, minority ethnic, white, unknown, total): try to solve each
            // hidden cell from the total, knowing "<10" is 0-9 and "[c]" is 10 or more.
            if (cells.size() < 5 || !name.contains(QRegularExpression(QStringLiteral("report-[1-9]"))))
                continue;
            const auto total = number(cells[4]);
            bool hidden[3];
            double lower[3];
            double upper[3];
            double published = 0;
            int hiddenCount = 0;
            bool countsRow = total.has_value();
            for (int c = 0; c < 3 && countsRow; ++c) {
                const QString cell = cells[1 + c].trimmed();
                hidden[c] = cell == QStringLiteral("<10") || cell == QStringLiteral("[c]");
                if (hidden[c]) {
                    ++hiddenCount;
                    lower[c] = cell == QStringLiteral("<10") ? 0 : 10;
                    upper[c] = cell == QStringLiteral("<10") ? 9 : std::numeric_limits<double>::infinity();
                } else if (const auto v = number(cell)) {
                    published += *v;
                } else {
                    countsRow = false;
                }
            }
            if (!countsRow || hiddenCount == 0)
                continue;
            hiddenSeen += hiddenCount;
            INFO(name.toStdString() << ": " << cells.join(QLatin1Char('|')).toStdString());
            CHECK(hiddenCount >= 2);
            const double rest = *total - published;
            for (int c = 0; c < 3; ++c) {
                if (!hidden[c])
                    continue;
                double othersLower = 0;
                double othersUpper = 0;
                for (int o = 0; o < 3; ++o)
                    if (o != c && hidden[o]) {
                        othersLower += lower[o];
                        othersUpper += upper[o];
                    }
                const double low = std::max(lower[c], rest - othersUpper);
                const double high = std::min(upper[c], rest - othersLower);
                CHECK(low < high);
            }
        }
    }
    CHECK(hiddenSeen > 0);
}

TEST_CASE("Data report: a folder that cannot be written fails, names the file, leaves nothing", "[datareport-xlsx]")
{
    QTemporaryDir dir;
    const QString plainFile = dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(plainFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const DataReport report = demoReport(false);
    QString error;
    const QString target = plainFile + QStringLiteral("/report.xlsx");
    CHECK_FALSE(report.writeXlsx(target, &error));
    CHECK(error.contains(QDir::toNativeSeparators(target)));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("not-a-folder")});
}
