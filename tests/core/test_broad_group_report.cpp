// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 17 item 5: the broad ethnic groups in the full data report's files, and publication
// mode's rule for them (a metric's groups in every area, or in none).
#include "test_metric_support.h"

#include "BroadGroupRatios.h"
#include "ExportReaders.h"
#include "export/DataReport.h"
#include "export/ReportModel.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::testing;

namespace {

BroadCounts broad(long long asian, long long black, long long mixed, long long white, long long other,
                  long long unknown)
{
    BroadCounts c;
    c.set(BroadGroup::Asian, asian);
    c.set(BroadGroup::Black, black);
    c.set(BroadGroup::Mixed, mixed);
    c.set(BroadGroup::White, white);
    c.set(BroadGroup::Other, other);
    c.set(BroadGroup::Unknown, unknown);
    return c;
}

GroupCounts withBroad(const BroadCounts &b)
{
    GroupCounts c = counts(b.get(BroadGroup::White), b.headline(EthnicGroup::MinorityEthnic),
                           b.get(BroadGroup::Unknown));
    c.setBroad(b);
    REQUIRE(c.broadMatchesHeadline());
    return c;
}

// Shortlisting (metric 2) in both areas, every count 10 or more (or a zero in a row of ten or more):
//   adult:    shortlisted Asian 60, Black 50, Mixed 25, White 200, Other 15, unknown 10
//             appointed   Asian 20, Black 10, Mixed 10, White  60, Other 10, unknown 0
//   children: shortlisted Asian 30, Black 20, Mixed 15, White 100, Other 15
//             appointed   Asian 10, Black 10, Mixed 10, White  30, Other 10
// childrenMixedAppointed replaces the children's 10 appointed Mixed (Other takes the difference).
AnnualReturn twoAreaReturn(long long childrenMixedAppointed = 10)
{
    AreaReturn adult;
    setMetric(adult, MetricId::M2, withBroad(broad(20, 10, 10, 60, 10, 0)), withBroad(broad(60, 50, 25, 200, 15, 10)));
    AreaReturn children;
    setMetric(children, MetricId::M2,
              withBroad(broad(10, 10, childrenMixedAppointed, 30, 20 - childrenMixedAppointed, 0)),
              withBroad(broad(30, 20, 15, 100, 15, 0)));
    AnnualReturn ret = adultOnly(adult);
    ret.children = children;
    return ret;
}

DataReport reportOf(const AnnualReturn &ret, bool publication)
{
    DataReportOptions options;
    options.layout = DataReportLayout::Full;
    options.publication.enabled = publication;
    return DataReport::build(ret, nullptr, nullptr, options);
}

std::vector<const ReportTable *> broadTables(const ReportModel &model)
{
    std::vector<const ReportTable *> tables;
    for (const ReportBlock &block : model.blocks)
        if (block.kind == ReportBlock::Kind::Table && block.table.caption.startsWith(QStringLiteral("By broad ethnic group")))
            tables.push_back(&block.table);
    return tables;
}

int paragraphsStarting(const ReportModel &model, const QString &start)
{
    int n = 0;
    for (const ReportBlock &block : model.blocks)
        n += block.text.startsWith(start) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Broad groups in the report: the full report prints each group beside the headline",
          "[broad][datareport]")
{
    const DataReport report = reportOf(twoAreaReturn(), false);
    REQUIRE(report.views().size() == 3); // adult, children, combined
    const ReportModel model = report.document();
    const auto tables = broadTables(model);
    // Metric 2 in each of the three views; no other metric has a breakdown.
    REQUIRE(tables.size() == 3);
    CHECK(tables[0]->caption.contains(QStringLiteral("metric 2 (Adult social care)")));
    CHECK(tables[0]->headers == DataReport::broadGroupHeaders());
    REQUIRE(tables[0]->rows.size() == 5);
    // White: 60 / 200 = 30.0%, the comparison.
    CHECK(tables[0]->rows[0] == QStringList{QStringLiteral("White (the comparison)"), QStringLiteral("60"),
                                            QStringLiteral("200"), QStringLiteral("30.0%"), QStringLiteral("1.00"),
                                            QStringLiteral("—"), QStringLiteral("No")});
    // Asian: 20 / 60 = 33.3%; RL 0.3333 / 0.30 = 1.11; Katz from the four counts.
    const auto reading = broadGroupRatios(report.views()[0].report, MetricId::M2);
    REQUIRE(reading);
    const BroadGroupRatio &asian = reading->groups[0];
    CHECK(*asian.relativeLikelihood == Approx(10.0 / 9.0));
    CHECK(tables[0]->rows[1][0] == QStringLiteral("Asian"));
    CHECK(tables[0]->rows[1][3] == QStringLiteral("33.3%"));
    CHECK(tables[0]->rows[1][4] == QStringLiteral("1.11"));
    CHECK(tables[0]->rows[1][5]
          == QStringLiteral("%1–%2").arg(QString::number(asian.ci95->lower, 'f', 2), QString::number(asian.ci95->upper, 'f', 2)));
    // Black: 10 / 50 = 20.0%, RL 0.67, exactly 10 events: not small.
    CHECK(tables[0]->rows[2] == QStringList{QStringLiteral("Black"), QStringLiteral("10"), QStringLiteral("50"),
                                            QStringLiteral("20.0%"), QStringLiteral("0.67"),
                                            tables[0]->rows[2][5], QStringLiteral("No")});
    // The combined view sums the areas: white 90 / 300.
    CHECK(tables[2]->caption.contains(QStringLiteral("combined")));
    CHECK(tables[2]->rows[0][1] == QStringLiteral("90"));
    CHECK(tables[2]->rows[0][2] == QStringLiteral("300"));

    // The files the council receives hold the same rows.
    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    REQUIRE(report.writeHtml(html, nullptr, &error));
    const QString page = scwres::test::readText(html);
    CHECK(page.contains(QStringLiteral("By broad ethnic group, metric 2")));
    CHECK(page.contains(tables[0]->rows[1][5]));
    const QString docx = dir.filePath(QStringLiteral("r.docx"));
    REQUIRE(report.writeDocx(docx, nullptr, &error));
    const QString document = QString::fromUtf8(scwres::test::readZip(docx)[QStringLiteral("word/document.xml")]);
    CHECK(document.contains(QStringLiteral("White (the comparison)")));
    CHECK(document.contains(tables[0]->rows[1][5]));
    const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
    REQUIRE(report.writeXlsx(xlsx, &error));
    const auto parts = scwres::test::readZip(xlsx);
    const QString strings = QString::fromUtf8(parts.at(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(strings.contains(QStringLiteral("By broad ethnic group, each relative to white staff (Adult social care)")));
    // The Asian RL is stored as a number at full precision in the private workbook.
    bool found = false;
    for (const auto &[name, bytes] : parts)
        if (name.startsWith(QStringLiteral("xl/worksheets/")))
            found = found || QString::fromUtf8(bytes).contains(QStringLiteral("<v>1.111111"));
    CHECK(found);
}

TEST_CASE("Broad groups in the report: publication mode publishes them when every count is ten or more",
          "[broad][datareport][publication]")
{
    const DataReport report = reportOf(twoAreaReturn(), true);
    CHECK_FALSE(report.suppression().broadGroupsSuppressed(MetricId::M2));
    const ReportModel model = report.document();
    const auto tables = broadTables(model);
    REQUIRE(tables.size() == 3);
    // What a reader can work out from them: each group's counts (the RL and interval give them
    // back) and the four groups' sum, the headline. None is under ten.
    for (const ReportTable *table : tables)
        for (const QStringList &row : table->rows)
            for (int column : {1, 2}) {
                CAPTURE(table->caption.toStdString(), row.join(QStringLiteral(" | ")).toStdString());
                const long long value = QString(row[column]).remove(QLatin1Char(',')).toLongLong();
                CHECK((value == 0 || value >= 10));
            }
}

TEST_CASE("Broad groups in the report: one group under ten withholds the metric's groups in every area",
          "[broad][datareport][publication]")
{
    // 3 Mixed staff appointed in children's social care. Published elsewhere, the adult view's
    // groups and the combined view's would give it back (combined − adult), as would the other
    // children's groups with the headline (minority ethnic − Asian − Black − Other).
    const AnnualReturn ret = twoAreaReturn(3);
    const DataReport published = reportOf(ret, true);
    CHECK(published.suppression().broadGroupsSuppressed(MetricId::M2));
    const ReportModel model = published.document();
    CHECK(broadTables(model).empty());
    CHECK(paragraphsStarting(model, QStringLiteral("Figures by broad ethnic group withheld")) == 3);
    // The headline is unaffected: its own counts are all ten or more.
    CHECK_FALSE(published.suppression().ratioSuppressed(AreaSelection::Adult, MetricId::M2));

    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(QStringLiteral("p.html"));
    REQUIRE(published.writeHtml(html, nullptr, &error));
    const QString page = scwres::test::readText(html);
    CHECK_FALSE(page.contains(QStringLiteral("(the comparison)")));
    CHECK(page.contains(QStringLiteral("Figures by broad ethnic group withheld")));
    const QString xlsx = dir.filePath(QStringLiteral("p.xlsx"));
    REQUIRE(published.writeXlsx(xlsx, &error));
    const QString strings = QString::fromUtf8(scwres::test::readZip(xlsx)[QStringLiteral("xl/sharedStrings.xml")]);
    CHECK_FALSE(strings.contains(QStringLiteral("(the comparison)")));
    CHECK(strings.contains(QStringLiteral("Figures by broad ethnic group withheld")));

    // The full-figures report of the same return still shows every group, the 3 included.
    const ReportModel full = reportOf(ret, false).document();
    const auto tables = broadTables(full);
    REQUIRE(tables.size() == 3);
    CHECK(tables[1]->rows[3][0] == QStringLiteral("Mixed"));
    CHECK(tables[1]->rows[3][1] == QStringLiteral("3"));
}

TEST_CASE("Broad groups in the report: without a breakdown, nothing is printed or withheld", "[broad][datareport]")
{
    AreaReturn adult;
    setMetric(adult, MetricId::M2, counts(60, 50), counts(200, 150));
    const DataReport report = reportOf(adultOnly(adult), true);
    const ReportModel model = report.document();
    CHECK(broadTables(model).empty());
    CHECK(paragraphsStarting(model, QStringLiteral("Figures by broad ethnic group")) == 0);
}
