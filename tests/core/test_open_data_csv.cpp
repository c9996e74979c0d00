// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/DataReport.h"
#include "export/OpenDataCsv.h"

#include "DemoData.h"
#include "ExportReaders.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <set>

using namespace scwres;
using namespace scwres::test;

namespace {

std::vector<QStringList> rowsOf(bool publication)
{
    const std::vector<AnnualReturn> returns = demoReturns();
    DataReportOptions options;
    options.publication.enabled = publication;
    const DataReport report = DataReport::build(returns.back(), &returns[returns.size() - 2], nullptr, options);
    auto rows = parseCsv(QString::fromUtf8(OpenDataCsv::render(report)));
    REQUIRE(rows.size() > 100);
    return rows;
}

} // namespace

TEST_CASE("Open data CSV: exactly the columns and the vocabulary of docs/exports.md", "[open-data]")
{
    for (bool publication : {false, true}) {
        INFO("publication " << publication);
        const auto rows = rowsOf(publication);
        CHECK(rows.front().join(QLatin1Char(',')) == QStringLiteral("authority,year,area,metric,band,measure,group,value"));
        const std::set<QString> areas{QStringLiteral("adult"), QStringLiteral("children"), QStringLiteral("combined")};
        const std::set<QString> measures{QStringLiteral("headcount"),  QStringLiteral("events"),
                                         QStringLiteral("population"), QStringLiteral("likelihood"),
                                         QStringLiteral("relative_likelihood"), QStringLiteral("ci95_low"),
                                         QStringLiteral("ci95_high"),  QStringLiteral("status")};
        const std::set<QString> groups{QStringLiteral("white"), QStringLiteral("minority_ethnic"),
                                       QStringLiteral("unknown"), QStringLiteral("total")};
        const QRegularExpression metric(QStringLiteral("^([1-9]|7a|7b)$"));
        std::set<QString> bands;
        int symbols = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows[i];
            INFO(r.join(QLatin1Char(',')).toStdString());
            REQUIRE(r.size() == 8);
            CHECK(r[0] == demoAuthorityName());
            CHECK((r[1] == QStringLiteral("2024") || r[1] == QStringLiteral("2023")));
            CHECK(areas.count(r[2]));
            CHECK(metric.match(r[3]).hasMatch());
            CHECK(measures.count(r[5]));
            CHECK((r[3] == QStringLiteral("1")) == !r[4].isEmpty()); // a band for metric 1 only
            CHECK((r[3] == QStringLiteral("1")) == (r[5] == QStringLiteral("headcount")));
            const bool grouped = r[5] == QStringLiteral("headcount") || r[5] == QStringLiteral("events")
                              || r[5] == QStringLiteral("population") || r[5] == QStringLiteral("likelihood");
            CHECK(grouped == !r[6].isEmpty());
            if (grouped)
                CHECK(groups.count(r[6]));
            if (r[5] == QStringLiteral("headcount"))
                bands.insert(r[4]);
            symbols += r[7] == QStringLiteral("<10") || r[7] == QStringLiteral("[c]") || r[7] == QStringLiteral("withheld");
        }
        for (const char *band : {"under_30k", "30k_to_69k", "70k_plus", "all", "Grades 1-5", "Heads of service"})
            CHECK(bands.count(QString::fromUtf8(band)));
        // Private mode writes every figure; the published version hides some.
        CHECK((symbols > 0) == publication);
    }
}

TEST_CASE("Open data CSV: a band name a spreadsheet would run stays text, and a comma stays in its field",
          "[open-data]")
{
    AnnualReturn ret = demoReturns().back();
    ret.adult->payBands.bands.front().name = QStringLiteral("=HYPERLINK(\"x\"), grades 1-5");
    const DataReport report = DataReport::build(ret, nullptr, nullptr, DataReportOptions{});
    const auto rows = parseCsv(QString::fromUtf8(OpenDataCsv::render(report)));
    bool found = false;
    for (const QStringList &r : rows) {
        REQUIRE(r.size() == 8);
        if (r[4].contains(QStringLiteral("HYPERLINK"))) {
            found = true;
            CHECK(r[4] == QStringLiteral("'=HYPERLINK(\"x\"), grades 1-5"));
        }
    }
    CHECK(found);
}

TEST_CASE("Open data CSV: a folder that cannot be written fails, names the file, leaves nothing", "[open-data]")
{
    QTemporaryDir dir;
    const DataReport report = DataReport::build(demoReturns().back(), nullptr, nullptr, DataReportOptions{});
    const QString path = dir.filePath(QStringLiteral("missing/open-data.csv"));
    QString error;
    CHECK_FALSE(report.write(path, DataReport::Format::Csv, nullptr, &error));
    CHECK(error.contains(QStringLiteral("open-data.csv")));
    CHECK(filesIn(dir.path()).isEmpty());
    REQUIRE(report.write(dir.filePath(QStringLiteral("open-data.csv")), DataReport::Format::Csv, nullptr, &error));
    CHECK(readCsv(dir.filePath(QStringLiteral("open-data.csv"))).front().size() == 8);
}

TEST_CASE("Open data CSV and the report's count tables: a count not entered is never printed as 0", "[open-data]")
{
    std::vector<AnnualReturn> returns = demoReturns();
    AnnualReturn ret = returns.back();
    REQUIRE(ret.adult);
    // The adult minority ethnic CPD count left empty (issue 27).
    GroupCounts &cpd = ret.adult->cpd.counts;
    cpd.clear(EthnicGroup::MinorityEthnic);
    REQUIRE_FALSE(cpd.isEntered(EthnicGroup::MinorityEthnic));
    for (bool publication : {false, true}) {
        INFO("publication " << publication);
        DataReportOptions options;
        options.publication.enabled = publication;
        options.areas = {AreaSelection::Adult};
        const DataReport report = DataReport::build(ret, nullptr, nullptr, options);
        QString minorityEthnic;
        QString total;
        for (const QStringList &r : parseCsv(QString::fromUtf8(OpenDataCsv::render(report)))) {
            if (r.size() == 8 && r[3] == QStringLiteral("5") && r[5] == QStringLiteral("events")) {
                if (r[6] == QStringLiteral("minority_ethnic"))
                    minorityEthnic = r[7];
                if (r[6] == QStringLiteral("total"))
                    total = r[7];
            }
        }
        CHECK(minorityEthnic == QStringLiteral("not_entered"));
        CHECK(total == QStringLiteral("not_entered"));
        const DataReport::View &view = report.views().front();
        const GroupCounts &events = view.report.ratio(MetricId::M5).events;
        CHECK(report.countDisplayText(view, MetricId::M5, 0, CountColumn::MinorityEthnic, events) == QStringLiteral("not entered"));
        CHECK(report.countDisplayText(view, MetricId::M5, 0, CountColumn::Total, events) == QStringLiteral("not entered"));
        CHECK(report.countDisplayText(view, MetricId::M5, 0, CountColumn::White, events) != QStringLiteral("not entered"));
    }
}
