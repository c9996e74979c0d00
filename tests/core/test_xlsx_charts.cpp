// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// What the data report's native charts plot, read from the file itself: each series' value
// reference is resolved in the sheet XML, the cells must be numbers, the chart's cache must hold
// the same numbers, and those must be the engine's (a withheld value: an empty cell and no point).
#include "ExportReaders.h"

#include "DemoData.h"
#include "NationalFigures.h"
#include "export/DataReport.h"
#include "export/XlsxFile.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>

using namespace scwres;
using namespace scwres::test;

namespace {

struct Series {
    QString sheet;
    int firstRow = 0, lastRow = 0, column = 0; // 0-based
    std::map<int, double> cache;               // point index → cached value
};

struct Chart {
    QString title;
    std::vector<Series> series;
};

int columnIndex(const QString &letters)
{
    int column = 0;
    for (QChar c : letters)
        column = column * 26 + (c.unicode() - u'A' + 1);
    return column - 1;
}

Chart readChart(const QByteArray &xml)
{
    Chart chart;
    QXmlStreamReader reader(xml);
    bool inValues = false;
    bool inTitle = false;
    int pointIndex = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.name();
        if (reader.isStartElement()) {
            if (name == u"title" && chart.series.empty())
                inTitle = true;
            else if (name == u"t" && inTitle)
                chart.title += reader.readElementText();
            else if (name == u"val")
                inValues = true;
            else if (name == u"f" && inValues) {
                // 'Sheet name'!$K$30:$K$33
                static const QRegularExpression ref(QStringLiteral("^'?(.*?)'?!\\$([A-Z]+)\\$(\\d+):\\$([A-Z]+)\\$(\\d+)$"));
                const auto match = ref.match(reader.readElementText());
                REQUIRE(match.hasMatch());
                Series series;
                series.sheet = match.captured(1);
                series.column = columnIndex(match.captured(2));
                CHECK(match.captured(2) == match.captured(4));
                series.firstRow = match.captured(3).toInt() - 1;
                series.lastRow = match.captured(5).toInt() - 1;
                chart.series.push_back(series);
            } else if (name == u"pt" && inValues)
                pointIndex = reader.attributes().value(QStringLiteral("idx")).toInt();
            else if (name == u"v" && inValues && pointIndex >= 0)
                chart.series.back().cache[pointIndex] = reader.readElementText().toDouble();
        } else if (reader.isEndElement()) {
            if (name == u"title")
                inTitle = false;
            else if (name == u"val")
                inValues = false;
            else if (name == u"pt")
                pointIndex = -1;
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return chart;
}

struct Cell {
    QString type; // "n" (number), "s" (shared string), "str" (formula text), …
    bool hasFormula = false;
    QString value;
};

// Every cell of a sheet by (row, column).
std::map<std::pair<int, int>, Cell> readSheet(const QByteArray &xml)
{
    std::map<std::pair<int, int>, Cell> cells;
    QXmlStreamReader reader(xml);
    std::pair<int, int> at;
    static const QRegularExpression ref(QStringLiteral("^([A-Z]+)(\\d+)$"));
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"c") {
            const auto match = ref.match(reader.attributes().value(QStringLiteral("r")).toString());
            REQUIRE(match.hasMatch());
            at = {match.captured(2).toInt() - 1, columnIndex(match.captured(1))};
            const QString type = reader.attributes().value(QStringLiteral("t")).toString();
            cells[at].type = type.isEmpty() ? QStringLiteral("n") : type;
        } else if (reader.name() == u"f") {
            cells[at].hasFormula = true;
        } else if (reader.name() == u"v") {
            cells[at].value = reader.readElementText();
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return cells;
}

// Sheet name → its part ("xl/worksheets/sheet3.xml"), through the workbook's relationships.
std::map<QString, QString> sheetParts(const std::map<QString, QByteArray> &zip)
{
    std::map<QString, QString> targets;
    QXmlStreamReader rels(zip.at(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd())
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship")
            targets[rels.attributes().value(QStringLiteral("Id")).toString()] =
                QStringLiteral("xl/") + rels.attributes().value(QStringLiteral("Target")).toString();
    std::map<QString, QString> parts;
    QXmlStreamReader workbook(zip.at(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd())
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == u"sheet") {
            const QString id = workbook.attributes().value(
                QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"), QStringLiteral("id")).toString();
            parts[workbook.attributes().value(QStringLiteral("name")).toString()] = targets.at(id);
        }
    return parts;
}

// What the engine says point `index` of series `s` of the chart on `sheet` shows (nothing: withheld).
std::optional<double> engineValue(const DataReport &report, const QString &sheet, int s, int index)
{
    const ReportSuppression &suppression = report.suppression();
    const bool publication = suppression.enabled();
    for (MetricId id : kRatioMetricIds) {
        if (sheet != QString::fromUtf8(XlsxFile::sheetName(metricChartLabel(id))))
            continue;
        const DataReport::View &view = report.views().at(std::size_t(index));
        const RatioResult &r = view.report.ratio(id);
        const EthnicGroup group = s == 0 ? EthnicGroup::MinorityEthnic : EthnicGroup::White;
        const auto &value = s == 0 ? r.likelihoodMinorityEthnic : r.likelihoodWhite;
        if (!value || r.status == MetricStatus::NotCollected || suppression.likelihoodSuppressed(view.area, id, group))
            return std::nullopt;
        return publication ? publishedFraction(*value) : *value;
    }
    FAIL("a chart on an unexpected sheet: " << sheet.toStdString());
    return std::nullopt;
}

std::optional<double> payBandValue(const DataReport &report, int viewIndex, int s, int index)
{
    const DataReport::View &view = report.views().at(std::size_t(viewIndex));
    const PayBandResult &bands = view.report.payBands;
    const auto rows = payBandRows(bands);
    const int workforce = int(rows.size()) - 1;
    const int row = index < int(bands.nationalBands.size()) ? index : workforce;
    for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown, CountColumn::Total})
        if (report.suppression().isSuppressed({view.area, MetricId::M1, row, column}))
            return std::nullopt;
    const CountColumn columns[3] = {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown};
    return double(countValue(rows[std::size_t(row)]->counts, columns[s]));
}

void checkCharts(bool publication)
{
    const std::vector<AnnualReturn> returns = demoReturns();
    const NationalFigures national = NationalFigures::builtIn();
    DataReportOptions options;
    options.publication.enabled = publication;
    const DataReport report = DataReport::build(returns.back(), &returns[returns.size() - 2], &national, options);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    REQUIRE(report.writeXlsx(path, &error));
    const auto zip = readZip(path);
    const auto parts = sheetParts(zip);
    // Charts are numbered in the order they were inserted: the pay-band chart of each view, then
    // one per metric 2-9.
    std::vector<Chart> charts;
    for (int n = 1;; ++n) {
        const auto it = zip.find(QStringLiteral("xl/charts/chart%1.xml").arg(n));
        if (it == zip.end())
            break;
        charts.push_back(readChart(it->second));
    }
    const int views = int(report.views().size());
    REQUIRE(int(charts.size()) == views + int(kRatioMetricIds.size()));
    int pointsChecked = 0;
    int gaps = 0;
    for (std::size_t c = 0; c < charts.size(); ++c) {
        const Chart &chart = charts[c];
        INFO("chart " << c + 1 << ": " << chart.title.toStdString());
        REQUIRE_FALSE(chart.series.empty());
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const Series &series = chart.series[s];
            const auto cells = readSheet(zip.at(parts.at(series.sheet)));
            for (int row = series.firstRow; row <= series.lastRow; ++row) {
                const int index = row - series.firstRow;
                INFO("series " << s << ", point " << index);
                const std::optional<double> expected =
                    int(c) < views ? payBandValue(report, int(c), int(s), index)
                                   : engineValue(report, series.sheet, int(s), index);
                const auto cell = cells.find({row, series.column});
                const auto cached = series.cache.find(index);
                if (!expected) {
                    // A gap: no number in the cell and no point in the cache (never a 0).
                    CHECK((cell == cells.end() || cell->second.value.isEmpty()));
                    CHECK(cached == series.cache.end());
                    ++gaps;
                    continue;
                }
                REQUIRE(cell != cells.end());
                CHECK(cell->second.type == QLatin1String("n"));
                const double inCell = cell->second.value.toDouble();
                CHECK(std::abs(inCell - *expected) <= 1e-12 * std::max(1.0, std::abs(*expected)));
                REQUIRE(cached != series.cache.end());
                CHECK(std::abs(cached->second - *expected) <= 1e-12 * std::max(1.0, std::abs(*expected)));
                if (publication && int(c) < views)
                    CHECK_FALSE((*expected >= 1 && *expected <= 9));
                ++pointsChecked;
            }
        }
    }
    CHECK(pointsChecked > 20);
    if (publication)
        CHECK(gaps > 0); // the demo has withheld figures, so the gap rule is exercised
    // Nothing forces a recalculation that would replace the cached values on opening.
    CHECK_FALSE(zip.at(QStringLiteral("xl/workbook.xml")).contains("fullCalcOnLoad"));
}

} // namespace

TEST_CASE("Data report xlsx: every native chart plots the engine's values from numeric cells", "[datareport-xlsx][charts]")
{
    SECTION("private") { checkCharts(false); }
    SECTION("publication: withheld values are gaps") { checkCharts(true); }
}
