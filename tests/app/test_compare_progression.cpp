// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 17 items 4 and 6 on screen: the progression chart of metric 1's detail and the Compare
// authorities view hold the engine's numbers (series read back), and the CSV export its table.
#include "charts/ChartPanel.h"
#include "dashboard/CompareAuthoritiesDialog.h"
#include "dashboard/DashboardPanel.h"
#include "window/Workspace.h"

#include "AuthorityComparison.h"
#include "Certainty.h"
#include "Database.h"
#include "DemoData.h"
#include "ExportReaders.h"
#include "NationalFigures.h"
#include "PrintedFigure.h"
#include "Progression.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace scwres;

namespace {

template <typename T>
std::vector<T *> seriesNamed(QChart *chart, const QString &name)
{
    std::vector<T *> found;
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            found.push_back(qobject_cast<T *>(s));
    return found;
}

// (RL, row) of every point of the three status series; row n is the first listed.
std::vector<QPointF> points(QChart *chart)
{
    std::vector<QPointF> all;
    // A step on small numbers is in its status's hollow "…Small" series.
    for (const char *name : {"withinRange", "adverseToMinorityEthnic", "adverseToWhite"})
        for (const QString &series : {QString::fromLatin1(name), QString::fromLatin1(name) + QStringLiteral("Small")})
            for (QScatterSeries *s : seriesNamed<QScatterSeries>(chart, series))
                for (const QPointF &p : s->points())
                    all.push_back(p);
    std::sort(all.begin(), all.end(), [](const QPointF &a, const QPointF &b) { return a.y() > b.y(); });
    return all;
}

// Whisker ends by row.
std::map<int, std::pair<double, double>> whiskers(QChart *chart)
{
    std::map<int, std::pair<double, double>> ends;
    for (QLineSeries *s : seriesNamed<QLineSeries>(chart, QStringLiteral("interval")))
        ends[int(s->points()[0].y())] = {s->points()[0].x(), s->points()[1].x()};
    return ends;
}

} // namespace

TEST_CASE("Metric 1's detail plots each progression step's RL and interval as the engine has them",
          "[dashboard][progression]")
{
    QSettings().remove(QStringLiteral("dashboard"));
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    REQUIRE(workspace.openDatabase(dir.filePath(QStringLiteral("dash.sqlite")), &error));
    REQUIRE(writeDemoData(*workspace.database(), &error));
    workspace.notifyAuthoritiesChanged();
    const long long id = workspace.database()->authorityByName(demoAuthorityName())->id;
    workspace.select(id, 2024);
    DashboardPanel panel(&workspace);
    panel.resize(1000, 700);
    panel.showMetricDetail(MetricId::M1);

    const auto ret = workspace.database()->loadReturn(id, 2024);
    REQUIRE(ret);
    const ProgressionResult expected = computeProgression(MetricEngine().compute(*ret, AreaSelection::Combined));
    REQUIRE(expected.national.size() == 2);

    for (const auto &[name, steps] : {std::pair{QStringLiteral("detailProgression"), expected.national},
                                      std::pair{QStringLiteral("detailProgressionLocal"), expected.local}}) {
        CAPTURE(name.toStdString());
        auto *chartPanel = panel.findChild<ChartPanel *>(name + QStringLiteral("ChartPanel"));
        REQUIRE(chartPanel);
        std::vector<const ProgressionStep *> shown;
        for (const ProgressionStep &step : steps)
            if (step.relativeLikelihood)
                shown.push_back(&step);
        if (shown.empty()) {
            CHECK_FALSE(chartPanel->chart());
            continue;
        }
        QChart *chart = chartPanel->chart();
        REQUIRE(chart);
        const std::vector<QPointF> plotted = points(chart);
        REQUIRE(plotted.size() == shown.size());
        const auto ends = whiskers(chart);
        const int n = int(shown.size());
        for (int i = 0; i < n; ++i) {
            CHECK(plotted[std::size_t(i)].y() == n - i);
            CHECK(plotted[std::size_t(i)].x() == Approx(*shown[std::size_t(i)]->relativeLikelihood).epsilon(1e-12));
            REQUIRE(shown[std::size_t(i)]->ci95);
            REQUIRE(ends.count(n - i) == 1);
            CHECK(ends.at(n - i).first == Approx(shown[std::size_t(i)]->ci95->lower).epsilon(1e-12));
            CHECK(ends.at(n - i).second == Approx(shown[std::size_t(i)]->ci95->upper).epsilon(1e-12));
        }
        // The range is shaded behind the steps.
        CHECK_FALSE(seriesNamed<QAbstractSeries>(chart, QStringLiteral("range")).empty());
    }
    // The compound figure, in the detail's figures.
    REQUIRE(expected.nationalCompound);
    REQUIRE(expected.nationalCompound->relativeLikelihood);
    const QString figures = panel.findChild<QLabel *>(QStringLiteral("detailFigures"))->text();
    CHECK(figures.contains(QStringLiteral("top band's share ratio, national bands: RL %1 over 2 steps")
                               .arg(printedTwoDecimals(*expected.nationalCompound->relativeLikelihood))));
}

TEST_CASE("Compare authorities: the caterpillar chart and table hold the sorted comparison, the CSV too",
          "[compare]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("network.sqlite"));
    QString error;
    REQUIRE(scwres::test::writeComparisonDatabase(path, &error));
    auto db = Database::open(path, &error);
    REQUIRE(db);

    CompareAuthoritiesDialog dialog(db.get(), QStringLiteral("Gamma Council"), 2024, {}, IntervalMethod::Katz);
    dialog.setMetric(MetricId::M2);
    // What `scwres compare --metric 2` prints: the same core function.
    const auto comparisons =
        compareAuthorities(*db, 2024, {MetricId::M2}, MetricEngine(), NationalFigures::builtIn(), &error);
    REQUIRE(comparisons);
    const auto json = authorityComparisonToJson(*comparisons)["metrics"]["2"]["authorities"];
    REQUIRE(json.size() == 4);

    QChart *chart = dialog.chartPanel()->chart();
    REQUIRE(chart);
    const std::vector<QPointF> plotted = points(chart);
    REQUIRE(plotted.size() == 3); // Delta has no 2024 return: in the table, not on the chart
    const auto ends = whiskers(chart);
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        CHECK(plotted[std::size_t(i)].y() == 3 - i);
        CHECK(plotted[std::size_t(i)].x() == json[std::size_t(i)]["relative_likelihood"].get<double>());
        CHECK(ends.at(3 - i).first == json[std::size_t(i)]["ci95"][0].get<double>());
        CHECK(ends.at(3 - i).second == json[std::size_t(i)]["ci95"][1].get<double>());
    }
    CHECK(plotted[0].x() == Approx(0.5));
    CHECK(plotted[2].x() == Approx(1.5));
    // The own authority (Gamma, the top RL, bottom row) has its own star marker.
    const auto own = seriesNamed<QScatterSeries>(chart, QStringLiteral("highlighted"));
    REQUIRE(own.size() == 1);
    REQUIRE(own.front()->count() == 1);
    CHECK(own.front()->at(0) == plotted[2]);
    const auto national = NationalFigures::builtIn().figure(2024, MetricId::M2);
    const auto line = seriesNamed<QLineSeries>(chart, QStringLiteral("national"));
    if (national) {
        REQUIRE(line.size() == 1);
        CHECK(line.front()->at(0).x() == Approx(national->relativeLikelihood));
    } else {
        CHECK(line.empty());
    }

    // The table: the same rows in the same order, Gamma bold and named, Delta last.
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() >= 4);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Alpha Council"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("0.50"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Beta Council"));
    CHECK(table->item(2, 1)->text() == QStringLiteral("▶ Gamma Council (your authority)"));
    CHECK(table->item(2, 1)->font().bold());
    CHECK(table->item(2, 2)->text() == QStringLiteral("Yes"));
    CHECK_FALSE(table->item(0, 1)->font().bold());
    CHECK(table->item(3, 1)->text() == QStringLiteral("Delta Council"));
    CHECK(table->item(3, 9)->text() == QStringLiteral("No return for this year"));

    // CSV: the table's rows, readable back.
    const QString csvPath = dir.filePath(QStringLiteral("compare.csv"));
    REQUIRE(dialog.exportCsv(csvPath, &error));
    const std::vector<QStringList> csv = scwres::test::readCsv(csvPath);
    REQUIRE(csv.size() >= 5);
    CHECK(csv[0][1] == QStringLiteral("Authority"));
    CHECK(csv[1] == QStringList{QStringLiteral("1"), QStringLiteral("Alpha Council"), QString(), QStringLiteral("0.50"),
                                QStringLiteral("0.32"), QStringLiteral("0.79"),
                                statusText(MetricStatus::AdverseToMinorityEthnic),
                                certaintyText(Certainty::Clear), QStringLiteral("No"), QString()});
    CHECK(csv[2][9] == QStringLiteral("Draft (not marked complete)"));
    CHECK(csv[3][1] == QStringLiteral("▶ Gamma Council (your authority)"));
    CHECK(csv[3][2] == QStringLiteral("Yes"));
    CHECK(csv[3][3] == QStringLiteral("1.50"));
    CHECK(csv[4][1] == QStringLiteral("Delta Council"));
    CHECK(csv[4][3] == QStringLiteral("—"));

    // The chart saves as PNG and SVG (the panel's "Save chart as…"), the own authority named in it.
    const QString png = dir.filePath(QStringLiteral("compare.png"));
    const QString svg = dir.filePath(QStringLiteral("compare.svg"));
    REQUIRE(dialog.chartPanel()->saveChart(png, &error));
    REQUIRE(dialog.chartPanel()->saveChart(svg, &error));
    CHECK(QImage(png).width() > 0);
    CHECK(QString::fromUtf8(scwres::test::readFile(svg)).contains(QStringLiteral("Gamma Council (yours)")));

    // Another metric, chosen in the view: none collected it, every authority listed, no chart.
    dialog.setMetric(MetricId::M4);
    CHECK_FALSE(dialog.chartPanel()->chart());
    CHECK(dialog.comparison().rows.size() == 4);
}
