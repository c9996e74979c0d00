// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The dashboard shows the engine's numbers: the charts' series are read back and compared with
// MetricEngine's report for the same selection, computed here independently of the panel.
#include "charts/ChartPanel.h"
#include "dashboard/DashboardPanel.h"
#include "dashboard/OverviewModel.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "Database.h"
#include "DemoData.h"
#include "MetricEngine.h"
#include "NationalFigures.h"
#include "ChartData.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsSimpleTextItem>
#include <QLogValueAxis>
#include <QRegularExpression>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <set>

using namespace scwres;

namespace {

// A workspace holding the demo authority, with the dashboard on it, the demo's 2024 selected.
struct DashboardFixture {
    DashboardFixture()
    {
        QSettings().remove(QStringLiteral("dashboard")); // the default range and area
        QString error;
        REQUIRE(dir.isValid());
        REQUIRE(workspace.openDatabase(dir.filePath(QStringLiteral("dash.sqlite")), &error));
        REQUIRE(writeDemoData(*workspace.database(), &error));
        workspace.notifyAuthoritiesChanged();
        demoId = workspace.database()->authorityByName(demoAuthorityName())->id;
        workspace.select(demoId, 2024);
        panel = std::make_unique<DashboardPanel>(&workspace);
        panel->resize(1000, 700);
    }

    // The engine's report for a selection, as the dashboard should show it.
    MetricReport expected(int year, AreaSelection area, NonAdverseRange range = {}) const
    {
        static const NationalFigures national = NationalFigures::builtIn();
        const auto ret = workspace.database()->loadReturn(demoId, year);
        REQUIRE(ret);
        const auto previous = workspace.database()->loadReturn(demoId, year - 1);
        return MetricEngine(range).compute(*ret, area, previous ? &*previous : nullptr, &national);
    }

    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = panel->findChild<T *>(name);
        REQUIRE(widget);
        return widget;
    }

    ChartPanel *chartPanel(const QString &name) const { return find<ChartPanel>(name + QStringLiteral("ChartPanel")); }

    void chooseArea(AreaSelection area) const
    {
        auto *combo = find<QComboBox>(QStringLiteral("dashboardAreaCombo"));
        combo->setCurrentIndex(combo->findData(areaSelectionKey(area)));
    }

    QString overviewText(MetricId id, int column) const
    {
        QAbstractItemModel *model = find<QTableView>(QStringLiteral("overviewTable"))->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(OverviewModel::MetricIdRole).toInt() == static_cast<int>(id))
                return model->index(row, column).data().toString();
        }
        FAIL("metric not in the overview");
        return {};
    }

    QTemporaryDir dir;
    Workspace workspace;
    long long demoId = 0;
    std::unique_ptr<DashboardPanel> panel;
};

template <typename T>
T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

QBarSet *barSetNamed(QAbstractBarSeries *series, const QString &name)
{
    for (QBarSet *set : series->barSets()) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

bool isComputable(const RatioResult &r)
{
    return r.relativeLikelihood && r.status != MetricStatus::NotComputable && r.status != MetricStatus::NotCollected;
}

const std::vector<MetricId> kRatioIds{MetricId::M2,  MetricId::M3,  MetricId::M4, MetricId::M5, MetricId::M6,
                                      MetricId::M7a, MetricId::M7b, MetricId::M8, MetricId::M9};

// Forest points: (RL, row) from the three status series; row n is the first metric listed.
std::vector<QPointF> forestPoints(QChart *chart)
{
    std::vector<QPointF> points;
    for (const char *name : {"withinRange", "adverseToMinorityEthnic", "adverseToWhite"}) {
        for (const QString &suffix : {QString(), QStringLiteral("Small")}) {
            if (auto *s = seriesNamed<QScatterSeries>(chart, QString::fromLatin1(name) + suffix)) {
                for (const QPointF &p : s->points())
                    points.push_back(p);
            }
        }
    }
    return points;
}

int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += image.height() / 40)
        for (int x = 0; x < image.width(); x += image.width() / 40)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

TEST_CASE("The forest plot holds exactly the engine's RLs and intervals", "[dashboard]")
{
    DashboardFixture f;
    const MetricReport report = f.expected(2024, AreaSelection::Combined);
    QChart *chart = f.chartPanel(QStringLiteral("forest"))->chart();
    REQUIRE(chart);

    std::vector<MetricId> computable;
    for (MetricId id : kRatioIds) {
        if (isComputable(report.ratio(id)))
            computable.push_back(id);
    }
    const int n = static_cast<int>(computable.size());
    REQUIRE(n >= 8);
    const std::vector<QPointF> points = forestPoints(chart);
    REQUIRE(static_cast<int>(points.size()) == n);
    for (int i = 0; i < n; ++i) {
        const RatioResult &r = report.ratio(computable[static_cast<std::size_t>(i)]);
        CAPTURE(metricKey(r.id).toStdString());
        const double row = n - i; // the first metric is the top row
        const auto it = std::find_if(points.begin(), points.end(), [row](const QPointF &p) { return p.y() == row; });
        REQUIRE(it != points.end());
        CHECK(it->x() == *r.relativeLikelihood);
        // The point is in the series of its status, so the legend's words and shapes are right.
        const QString statusSeries = r.status == MetricStatus::WithinRange ? QStringLiteral("withinRange")
            : r.status == MetricStatus::AdverseToMinorityEthnic            ? QStringLiteral("adverseToMinorityEthnic")
                                                                            : QStringLiteral("adverseToWhite");
        // A metric on small numbers is in the hollow series of its status.
        auto *series = seriesNamed<QScatterSeries>(chart, statusSeries + (r.smallNumbers ? QStringLiteral("Small") : QString()));
        REQUIRE(series);
        CHECK(series->points().contains(*it));
        CHECK((series->brush().style() == Qt::NoBrush) == r.smallNumbers);
    }
    // Whiskers: one per metric with an interval, at the engine's interval ends.
    int whiskers = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() != QStringLiteral("interval"))
            continue;
        const QList<QPointF> ends = qobject_cast<QLineSeries *>(s)->points();
        REQUIRE(ends.size() == 2);
        const int index = n - static_cast<int>(ends[0].y());
        const RatioResult &r = report.ratio(computable[static_cast<std::size_t>(index)]);
        REQUIRE(r.ci95);
        CHECK(ends[0].x() == Approx(r.ci95->lower).epsilon(1e-12));
        CHECK(ends[1].x() == Approx(r.ci95->upper).epsilon(1e-12));
        ++whiskers;
    }
    CHECK(whiskers == n);
}

TEST_CASE("A not-collected metric has no point on the forest plot", "[dashboard]")
{
    DashboardFixture f;
    f.chooseArea(AreaSelection::Children);
    f.workspace.select(f.demoId, 2022);
    const MetricReport report = f.expected(2022, AreaSelection::Children);
    REQUIRE(report.ratio(MetricId::M4).status == MetricStatus::NotCollected);

    QChart *chart = f.chartPanel(QStringLiteral("forest"))->chart();
    REQUIRE(chart);
    const auto computable =
        std::count_if(kRatioIds.begin(), kRatioIds.end(), [&](MetricId id) { return isComputable(report.ratio(id)); });
    CHECK(forestPoints(chart).size() == static_cast<std::size_t>(computable));
    auto *rows = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).front());
    REQUIRE(rows);
    CHECK(rows->count() == computable);
    for (const QString &label : rows->categoriesLabels())
        CHECK_FALSE(label.startsWith(QStringLiteral("4 ")));
    CHECK(f.overviewText(MetricId::M4, OverviewModel::RlColumn) == statusText(MetricStatus::NotCollected));
}

TEST_CASE("The bar charts hold the engine's likelihoods and shares", "[dashboard]")
{
    DashboardFixture f;
    const MetricReport report = f.expected(2024, AreaSelection::Combined);

    QChart *likelihoods = f.chartPanel(QStringLiteral("likelihoods"))->chart();
    REQUIRE(likelihoods);
    auto *bars = qobject_cast<QAbstractBarSeries *>(likelihoods->series().front());
    REQUIRE(bars);
    auto *categories = qobject_cast<QBarCategoryAxis *>(likelihoods->axes(Qt::Vertical).front());
    REQUIRE(categories);
    QBarSet *me = barSetNamed(bars, QStringLiteral("minorityEthnic"));
    QBarSet *white = barSetNamed(bars, QStringLiteral("white"));
    REQUIRE((me && white));
    const MetricId twoToEight[] = {MetricId::M2, MetricId::M3,  MetricId::M4,  MetricId::M5,
                                   MetricId::M6, MetricId::M7a, MetricId::M7b, MetricId::M8};
    REQUIRE(me->count() == 8); // every metric 2-8 has likelihoods in the demo's 2024 return
    REQUIRE(categories->count() == 8);
    for (MetricId id : twoToEight) {
        const RatioResult &r = report.ratio(id);
        CAPTURE(metricKey(id).toStdString());
        // The bar at the category labelled with the metric's key.
        const QStringList labels = categories->categories();
        const auto at = std::find_if(labels.begin(), labels.end(), [id](const QString &label) {
            return label.startsWith(metricKey(id) + QLatin1Char(' '));
        });
        REQUIRE(at != labels.end());
        const int i = static_cast<int>(at - labels.begin());
        CHECK(me->at(i) == Approx(*r.likelihoodMinorityEthnic * 100).epsilon(1e-12));
        CHECK(white->at(i) == Approx(*r.likelihoodWhite * 100).epsilon(1e-12));
    }

    QChart *payBands = f.chartPanel(QStringLiteral("payBands"))->chart();
    REQUIRE(payBands);
    auto *stacked = qobject_cast<QStackedBarSeries *>(payBands->series().front());
    REQUIRE(stacked);
    QBarSet *bandMe = barSetNamed(stacked, QStringLiteral("minorityEthnic"));
    QBarSet *bandUnknown = barSetNamed(stacked, QStringLiteral("unknown"));
    REQUIRE((bandMe && bandUnknown));
    for (int i = 0; i < 3; ++i) {
        CHECK(bandMe->at(i) == *report.payBands.nationalBands[static_cast<std::size_t>(i)].percentMinorityEthnic);
        CHECK(bandUnknown->at(i) == *report.payBands.nationalBands[static_cast<std::size_t>(i)].percentUnknown);
    }
    CHECK(bandMe->at(3) == *report.payBands.workforce.percentMinorityEthnic);
    auto *line = seriesNamed<QLineSeries>(payBands, QStringLiteral("workforceShare"));
    REQUIRE(line);
    CHECK(line->at(0).y() == *report.payBands.workforce.percentMinorityEthnic);

    QChart *senior = f.chartPanel(QStringLiteral("seniorManagers"))->chart();
    REQUIRE(senior);
    QBarSet *share = barSetNamed(qobject_cast<QBarSeries *>(senior->series().front()),
                                 QStringLiteral("percentMinorityEthnic"));
    REQUIRE(share);
    CHECK(share->at(0) == *report.seniorManagers.percentMinorityEthnicSenior);
    CHECK(share->at(1) == *report.seniorManagers.percentMinorityEthnicWorkforce);
    CHECK(share->at(2) == *f.workspace.database()->loadReturn(f.demoId, 2024)->populationMinorityEthnicPercent);
}

TEST_CASE("The trend shows each stored year's RL and the national RL", "[dashboard]")
{
    DashboardFixture f;
    auto *combo = f.find<QComboBox>(QStringLiteral("trendMetricCombo"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(MetricId::M8)));
    QChart *chart = f.chartPanel(QStringLiteral("trend"))->chart();
    REQUIRE(chart);
    auto *authority = seriesNamed<QLineSeries>(chart, QStringLiteral("authority"));
    auto *national = seriesNamed<QLineSeries>(chart, QStringLiteral("national"));
    REQUIRE((authority && national));
    REQUIRE(authority->count() == 3);
    for (const QPointF &p : authority->points()) {
        const int year = static_cast<int>(p.x());
        CHECK(p.y() == *f.expected(year, AreaSelection::Combined).ratio(MetricId::M8).relativeLikelihood);
    }
    const NationalFigures figures = NationalFigures::builtIn();
    REQUIRE(national->count() == 2); // published for 2023 and 2024
    CHECK(national->at(0).y() == figures.figure(2023, MetricId::M8)->relativeLikelihood);
    CHECK(national->at(1).y() == figures.figure(2024, MetricId::M8)->relativeLikelihood);
}

TEST_CASE("Saving a chart writes a PNG with a picture and a valid SVG", "[dashboard]")
{
    DashboardFixture f;
    REQUIRE(f.chartPanel(QStringLiteral("forest"))->chart());
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("forest.png"));
    const QString svg = out.filePath(QStringLiteral("forest.svg"));

    Dialogs::setNextFileName(png);
    QTest::mouseClick(f.find<QToolButton>(QStringLiteral("forestSaveButton")), Qt::LeftButton);
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1000);
    // A blank or single-colour image has a handful of colours; a drawn chart has many.
    CHECK(distinctColours(image) >= 8);

    Dialogs::setNextFileName(svg);
    QTest::mouseClick(f.find<QToolButton>(QStringLiteral("forestSaveButton")), Qt::LeftButton);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    REQUIRE(xml.readNextStartElement());
    CHECK(xml.name() == QStringLiteral("svg"));
    bool hasText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && xml.text().contains(QStringLiteral("minority ethnic relative to white")))
            hasText = true;
    }
    CHECK_FALSE(xml.hasError());
    CHECK(hasText); // the title is text in the SVG, not pixels
}

TEST_CASE("Show as table gives the same numbers as the chart", "[dashboard]")
{
    DashboardFixture f;
    const MetricReport report = f.expected(2024, AreaSelection::Combined);
    ChartPanel *forest = f.chartPanel(QStringLiteral("forest"));
    QTest::mouseClick(f.find<QToolButton>(QStringLiteral("forestTableButton")), Qt::LeftButton);
    CHECK(forest->isTableShown());
    QAbstractItemModel *model = forest->tableView()->model();
    REQUIRE(model->rowCount() == static_cast<int>(forestPoints(forest->chart()).size()));
    CHECK(model->index(1, 0).data().toString().startsWith(QStringLiteral("3 ")));
    CHECK(model->index(1, 1).data().toString()
          == QString::number(*report.ratio(MetricId::M3).relativeLikelihood, 'f', 2));
    QTest::mouseClick(f.find<QToolButton>(QStringLiteral("forestTableButton")), Qt::LeftButton);
    CHECK_FALSE(forest->isTableShown());
}

TEST_CASE("Changing the area or the year shows the engine's values for that selection", "[dashboard]")
{
    DashboardFixture f;
    auto checkOverview = [&f](int year, AreaSelection area) {
        const MetricReport report = f.expected(year, area);
        for (MetricId id : kRatioIds) {
            const RatioResult &r = report.ratio(id);
            CAPTURE(year, areaSelectionKey(area).toStdString(), metricKey(id).toStdString());
            const QString rl = f.overviewText(id, OverviewModel::RlColumn);
            if (isComputable(r))
                CHECK(rl.startsWith(QString::number(*r.relativeLikelihood, 'f', 2)));
            CHECK(f.overviewText(id, OverviewModel::StatusColumn).startsWith(statusText(r.status)));
            CHECK(f.overviewText(id, OverviewModel::PhraseColumn) == r.phrase);
        }
    };
    checkOverview(2024, AreaSelection::Combined);
    const QString combinedRl = f.overviewText(MetricId::M2, OverviewModel::RlColumn);

    f.chooseArea(AreaSelection::Adult);
    checkOverview(2024, AreaSelection::Adult);
    CHECK(f.overviewText(MetricId::M2, OverviewModel::RlColumn) != combinedRl);

    // The year through the dashboard's own control, as a user would.
    auto *year = f.find<QComboBox>(QStringLiteral("dashboardYearCombo"));
    REQUIRE(year->currentData().toInt() == 2024);
    QTest::keyClick(year, Qt::Key_Up); // the years are listed ascending
    CHECK(f.workspace.currentYear() == 2023);
    checkOverview(2023, AreaSelection::Adult);
    // The previous-year column compares with 2022.
    // A copy: expected() returns the report by value, so a reference into it would dangle.
    const RatioResult r = f.expected(2023, AreaSelection::Adult).ratio(MetricId::M2);
    REQUIRE((r.previous && r.previous->relativeLikelihood));
    CHECK(f.overviewText(MetricId::M2, OverviewModel::PreviousColumn)
              .startsWith(QString::number(*r.previous->relativeLikelihood, 'f', 2)));
}

TEST_CASE("The non-adverse range is settable, used by the engine and remembered", "[dashboard]")
{
    DashboardFixture f;
    auto *upper = f.find<QDoubleSpinBox>(QStringLiteral("rangeUpperSpin"));
    upper->setValue(4.0);
    const MetricReport wide = f.expected(2024, AreaSelection::Combined, {0.8, 4.0});
    for (MetricId id : kRatioIds)
        CHECK(f.overviewText(id, OverviewModel::StatusColumn).startsWith(statusText(wide.ratio(id).status)));
    // Metric 3 (RL above 3) is adverse with the usual range and within it with this one.
    CHECK(wide.ratio(MetricId::M3).status == MetricStatus::WithinRange);
    CHECK(f.expected(2024, AreaSelection::Combined).ratio(MetricId::M3).status != MetricStatus::WithinRange);
    CHECK(QSettings().value(QStringLiteral("dashboard/nonAdverseUpper")).toDouble() == 4.0);

    DashboardPanel again(&f.workspace);
    CHECK(again.findChild<QDoubleSpinBox *>(QStringLiteral("rangeUpperSpin"))->value() == 4.0);
}

TEST_CASE("A metric with small numbers shows the warning", "[dashboard]")
{
    DashboardFixture f;
    const MetricReport report = f.expected(2024, AreaSelection::Combined);
    int small = 0;
    for (MetricId id : kRatioIds) {
        const bool warned = f.overviewText(id, OverviewModel::RlColumn).contains(QStringLiteral("small numbers"));
        CAPTURE(metricKey(id).toStdString());
        CHECK(warned == report.ratio(id).smallNumbers);
        small += report.ratio(id).smallNumbers ? 1 : 0;
    }
    CHECK(small > 0); // the demo has some, so the check above means something
}

TEST_CASE("The overview fits its window: the full wording when wide, the compact one on a laptop", "[dashboard][format]")
{
    DashboardFixture f;
    auto *table = f.find<QTableView>(QStringLiteral("overviewTable"));
    auto *model = qobject_cast<OverviewModel *>(table->model());
    REQUIRE(model);
    const auto row = [&](MetricId id) { return model->rowOf(id); };
    f.panel->resize(1900, 1000);
    f.panel->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.panel.get()));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // Metric 4 in the demo 2024: small numbers, three years pooled, not clear.
    CHECK_FALSE(model->isCompact());
    CHECK(f.overviewText(MetricId::M4, OverviewModel::RlColumn) == QStringLiteral("2.98 ⚠ small numbers; pooled (stratified by year) 2022–2024: 2.99"));
    CHECK(f.overviewText(MetricId::M4, OverviewModel::StatusColumn)
          == QStringLiteral("Adverse to minority ethnic staff (not clear — could be chance)"));
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());

    f.panel->resize(1100, 700);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(model->isCompact());
    CHECK(f.overviewText(MetricId::M4, OverviewModel::RlColumn) == QStringLiteral("2.98 ⚠ (pooled 2.99)"));
    CHECK(model->headerData(OverviewModel::RlColumn, Qt::Horizontal, Qt::DisplayRole).toString()
          == QStringLiteral("RL (⚠ small numbers)"));
    CHECK(f.overviewText(MetricId::M4, OverviewModel::StatusColumn) == QStringLiteral("Adverse to minority ethnic staff; not clear"));
    CHECK(f.overviewText(MetricId::M2, OverviewModel::PreviousColumn) == QStringLiteral("0.64 → 0.70: better"));
    // Nothing lost: the whole wording is the cell's accessible text and starts its tooltip.
    const QModelIndex rl = model->index(row(MetricId::M4), OverviewModel::RlColumn);
    CHECK(rl.data(Qt::AccessibleTextRole).toString() == model->fullText(rl.row(), rl.column()));
    CHECK(rl.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2.98 ⚠ small numbers; pooled (stratified by year) 2022–2024: 2.99\n")));
    const QModelIndex previous = model->index(row(MetricId::M2), OverviewModel::PreviousColumn);
    CHECK(previous.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("0.64 → 0.70: better — closer to the range")));
    // And the columns still fit: nothing scrolls sideways.
    CHECK(table->horizontalHeader()->length() <= table->viewport()->width());
}

TEST_CASE("A not-computable metric shows why instead of a number, at once after an edit", "[dashboard]")
{
    DashboardFixture f;
    REQUIRE(f.overviewText(MetricId::M3, OverviewModel::RlColumn).front().isDigit());
    // No white staff entered the disciplinary process: the ratio has no finite value.
    AnnualReturn ret = *f.workspace.database()->loadReturn(f.demoId, 2024);
    ret.adult->disciplinary.counts.white = 0;
    ret.children->disciplinary.counts.white = 0;
    REQUIRE(f.workspace.storeReturn(ret)); // what an edit in the data entry panel does

    const RatioResult r = f.expected(2024, AreaSelection::Combined).ratio(MetricId::M3); // a copy, as above
    REQUIRE(r.status == MetricStatus::NotComputable);
    const QString shown = f.overviewText(MetricId::M3, OverviewModel::RlColumn);
    CHECK(shown.contains(notComputableReasonText(r.reason)));
    CHECK_FALSE(shown.front().isDigit());
    CHECK(f.overviewText(MetricId::M3, OverviewModel::StatusColumn) == statusText(MetricStatus::NotComputable));

    // The detail says the same, and the forest plot has lost the metric's point.
    f.panel->showMetricDetail(MetricId::M3);
    CHECK(f.find<QLabel>(QStringLiteral("detailFigures"))->text().contains(notComputableReasonText(r.reason)));
    const MetricReport after = f.expected(2024, AreaSelection::Combined);
    const auto computable =
        std::count_if(kRatioIds.begin(), kRatioIds.end(), [&](MetricId id) { return isComputable(after.ratio(id)); });
    CHECK(forestPoints(f.chartPanel(QStringLiteral("forest"))->chart()).size() == static_cast<std::size_t>(computable));
}

TEST_CASE("Activating an overview row opens that metric's detail", "[dashboard]")
{
    DashboardFixture f;
    f.panel->show();
    auto *table = f.find<QTableView>(QStringLiteral("overviewTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0)); // metric 4
    QTest::keyClick(table, Qt::Key_Return);
    auto *tabs = f.find<QTabWidget>(QStringLiteral("dashboardTabs"));
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("metricDetailView"));
    CHECK(f.find<QComboBox>(QStringLiteral("detailMetricCombo"))->currentText().startsWith(QStringLiteral("4 ")));
    CHECK(f.find<QLabel>(QStringLiteral("detailDefinition"))->text().contains(metricWording(MetricId::M4).toHtmlEscaped()));
    const QString figures = f.find<QLabel>(QStringLiteral("detailFigures"))->text();
    CHECK(figures.contains(QStringLiteral("95% interval (an aid to reading, not part of the SC-WRES method)")));
    // Every chart of the dashboard has an accessible name.
    for (ChartPanel *panel : f.panel->findChildren<ChartPanel *>()) {
        if (panel->chart())
            CHECK_FALSE(panel->chartView()->accessibleName().isEmpty());
    }
}

TEST_CASE("The metric detail shows clear or not clear, the shortfall and the pooled years", "[dashboard][certainty]")
{
    DashboardFixture f;
    f.panel->showMetricDetail(MetricId::M4);
    const QString figures = f.find<QLabel>(QStringLiteral("detailFigures"))->text();
    // Demo 2024 fitness to practise: RL 2.98 with an interval from about 0.7 to 13.
    CHECK(figures.contains(QStringLiteral("Clear or not clear")));
    CHECK(figures.contains(QStringLiteral("<b>Not clear — could be chance</b>: the data are also consistent with no difference")));
    CHECK(figures.contains(QStringLiteral("To reach the range")));
    // Issue 27: more white referrals (3 of 228) is no aim, so that lever is gone; fewer minority ethnic
    // ones jump over the range (4 of 102: 2 give RL 1.49, 1 gives 0.75), so nothing sensible reaches it.
    CHECK_FALSE(figures.contains(QStringLiteral("white referrals to a fitness to practise process would bring it to")));
    CHECK(figures.contains(QStringLiteral("No sensible whole change in minority ethnic referrals to a fitness to "
                                          "practise process alone can bring the RL inside the range")));
    CHECK(figures.contains(QStringLiteral("Pooled (stratified by year) 2022, 2023, 2024: RL ")));
    // The overview says the same beside the status, and names the pooled years where numbers are small.
    CHECK(f.overviewText(MetricId::M4, OverviewModel::StatusColumn)
          == QStringLiteral("Adverse to minority ethnic staff (not clear — could be chance)"));
    CHECK(f.overviewText(MetricId::M4, OverviewModel::RlColumn).contains(QStringLiteral("pooled (stratified by year) 2022–2024: ")));

    f.panel->showMetricDetail(MetricId::M2);
    const QString m2 = f.find<QLabel>(QStringLiteral("detailFigures"))->text();
    const RatioResult r = f.expected(2024, AreaSelection::Combined).ratio(MetricId::M2);
    REQUIRE(r.toRange);
    REQUIRE(r.toRange->minorityEthnicEvents);
    CHECK(m2.contains(QStringLiteral("%1 more minority ethnic appointments from this year's shortlist would bring the RL to")
                          .arg(*r.toRange->minorityEthnicEvents)));
    // The exact interval is a setting: chosen, the engine uses it and remembers it.
    auto *interval = f.find<QComboBox>(QStringLiteral("intervalMethodCombo"));
    interval->setCurrentIndex(interval->findData(QStringLiteral("exact")));
    CHECK(QSettings().value(QStringLiteral("dashboard/intervalMethod")).toString() == QStringLiteral("exact"));
    f.panel->showMetricDetail(MetricId::M4);
    const RatioResult exact = MetricEngine({}, IntervalMethod::Exact)
                                  .compute(*f.workspace.database()->loadReturn(f.demoId, 2024), AreaSelection::Combined)
                                  .ratio(MetricId::M4);
    CHECK(f.find<QLabel>(QStringLiteral("detailFigures"))
              ->text()
              .contains(QStringLiteral("%1 to %2").arg(formatRelativeLikelihood(exact.ci95->lower),
                                                       formatRelativeLikelihood(exact.ci95->upper))));
    interval->setCurrentIndex(interval->findData(QStringLiteral("katz")));
}

TEST_CASE("Charts carry their caveats: hollow small-number markers, a note, each year's interval", "[dashboard][caveats]")
{
    DashboardFixture f;
    const MetricReport report = f.expected(2024, AreaSelection::Combined);
    // The demo has metrics on small numbers and metrics without: the marker tells them apart.
    int small = 0;
    int ample = 0;
    for (MetricId id : kRatioIds)
        (report.ratio(id).smallNumbers ? small : ample) += isComputable(report.ratio(id)) ? 1 : 0;
    REQUIRE(small > 0);
    REQUIRE(ample > 0);
    QChart *forest = f.chartPanel(QStringLiteral("forest"))->chart();
    int hollowPoints = 0;
    for (QAbstractSeries *s : forest->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (!scatter || !s->objectName().endsWith(QStringLiteral("Small")))
            continue;
        CHECK(scatter->brush().style() == Qt::NoBrush);
        CHECK(scatter->name().contains(QStringLiteral("small numbers")));
        hollowPoints += scatter->count();
    }
    CHECK(hollowPoints == small);

    // The likelihood chart flags the same metrics and says what the flag means in its legend.
    QChart *likelihoods = f.chartPanel(QStringLiteral("likelihoods"))->chart();
    auto *categories = qobject_cast<QBarCategoryAxis *>(likelihoods->axes(Qt::Vertical).front());
    REQUIRE(categories);
    for (const QString &label : categories->categories()) {
        const auto id = metricFromKey(label.section(QLatin1Char(' '), 0, 0));
        REQUIRE(id);
        CAPTURE(label.toStdString());
        CHECK(label.endsWith(QStringLiteral("⚠")) == report.ratio(*id).smallNumbers);
    }
    auto *note = seriesNamed<QScatterSeries>(likelihoods, QStringLiteral("note"));
    REQUIRE(note);
    CHECK(note->name().contains(QStringLiteral("small numbers")));

    // The trend: one whisker per year with an interval, at the engine's ends.
    auto *combo = f.find<QComboBox>(QStringLiteral("trendMetricCombo"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(MetricId::M3)));
    QChart *trend = f.chartPanel(QStringLiteral("trend"))->chart();
    std::map<int, QList<QPointF>> whiskers;
    for (QAbstractSeries *s : trend->series())
        if (s->objectName() == QStringLiteral("interval"))
            whiskers[qRound(qobject_cast<QLineSeries *>(s)->at(0).x())] = qobject_cast<QLineSeries *>(s)->points();
    REQUIRE(whiskers.size() == 3);
    for (int year : {2022, 2023, 2024}) {
        const RatioResult r = f.expected(year, AreaSelection::Combined).ratio(MetricId::M3); // a copy: the report is a temporary
        REQUIRE(r.ci95);
        CAPTURE(year);
        const QList<QPointF> ends = whiskers.at(year);
        REQUIRE(ends.size() == 2);
        // Clamped to the axis where an end lies beyond it, as the forest plot does.
        auto *axis = trend->axes(Qt::Vertical).front();
        const double lo = qobject_cast<QLogValueAxis *>(axis)->min();
        const double hi = qobject_cast<QLogValueAxis *>(axis)->max();
        CHECK(ends[0].y() == Approx(std::clamp(r.ci95->lower, lo, hi)).epsilon(1e-12));
        CHECK(ends[1].y() == Approx(std::clamp(r.ci95->upper, lo, hi)).epsilon(1e-12));
    }
}

TEST_CASE("Bar labels print every figure in the one format", "[dashboard][format]")
{
    DashboardFixture f;
    const MetricReport report = f.expected(2024, AreaSelection::Combined);
    auto labelTexts = [](QChart *chart) {
        QStringList texts;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts << text->text();
        return texts;
    };
    const QStringList likelihoodLabels = labelTexts(f.chartPanel(QStringLiteral("likelihoods"))->chart());
    for (MetricId id : {MetricId::M2, MetricId::M3, MetricId::M5, MetricId::M8}) {
        CAPTURE(metricKey(id).toStdString());
        CHECK(likelihoodLabels.contains(formatShare(report.ratio(id).likelihoodMinorityEthnic)));
        CHECK(likelihoodLabels.contains(formatShare(report.ratio(id).likelihoodWhite)));
    }
    // One decimal always: never "30%" or "2.86%".
    const QRegularExpression oneDecimal(QStringLiteral("^\\d+\\.\\d%$"));
    for (const QString &text : likelihoodLabels)
        CHECK(oneDecimal.match(text).hasMatch());
    const QStringList bandLabels = labelTexts(f.chartPanel(QStringLiteral("payBands"))->chart());
    CHECK(bandLabels.contains(formatPercent(report.payBands.workforce.percentMinorityEthnic)));
    for (const QString &text : bandLabels)
        CHECK(oneDecimal.match(text).hasMatch());
}

TEST_CASE("The metric detail shows broad-group RLs only where the return carries the breakdown", "[dashboard][broad]")
{
    DashboardFixture f;
    f.panel->showMetricDetail(MetricId::M2);
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("detailFigures"))->text().contains(QStringLiteral("broad ethnic group")));

    // The adult shortlisting of 2024 with a breakdown, as an extract import keeps it.
    AnnualReturn ret = *f.workspace.database()->loadReturn(f.demoId, 2024);
    RateBlock &block = ret.area(ServiceArea::Adult)->shortlisting;
    BroadCounts population;
    BroadCounts events;
    const long long p[] = {60, 50, 25, 200, 15, 10};
    const long long e[] = {12, 6, 5, 60, 2, 2};
    for (BroadGroup g : kBroadGroups) {
        population.set(g, p[static_cast<int>(g)]);
        events.set(g, e[static_cast<int>(g)]);
    }
    block.population.setBroad(population);
    block.events.setBroad(events);
    REQUIRE(f.workspace.storeReturn(ret));
    f.chooseArea(AreaSelection::Adult);
    f.panel->showMetricDetail(MetricId::M2);
    const QString figures = f.find<QLabel>(QStringLiteral("detailFigures"))->text();
    CHECK(figures.contains(QStringLiteral("By broad ethnic group<br>(each relative to white)")));
    // Black 6/50 against white 60/200: 0.40, Katz 0.18 to 0.87, on 6 events.
    CHECK(figures.contains(QStringLiteral("Black: 0.40 (95% interval 0.18 to 0.87) ⚠ small numbers")));
    CHECK(figures.contains(QStringLiteral("Asian: 0.67 (95% interval 0.39 to 1.15)<br>")));
    // The headline stays minority ethnic relative to white.
    CHECK(figures.contains(formatRelativeLikelihood(f.expected(2024, AreaSelection::Adult).ratio(MetricId::M2).relativeLikelihood)));
    // Children's has no breakdown, so the combined view has none either: nothing is guessed.
    f.chooseArea(AreaSelection::Combined);
    f.panel->showMetricDetail(MetricId::M2);
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("detailFigures"))->text().contains(QStringLiteral("broad ethnic group")));
}
