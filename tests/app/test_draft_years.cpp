// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Draft years as the user meets them: empty cells, "Mark complete" refused with the reason,
// "(draft)" labels, no comparison with a draft year, and "draft figures" on every exported page.
#include "charts/ChartPanel.h"
#include "dashboard/DashboardPanel.h"
#include "entry/CurrentReturn.h"
#include "entry/DataEntryPanel.h"
#include "entry/ProblemsList.h"
#include "entry/YearEditor.h"
#include "window/Dialogs.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include "Database.h"
#include "DemoData.h"
#include "ExportReaders.h"
#include "NationalFigures.h"
#include "export/DataReport.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace scwres;

namespace {

template <typename T>
T *seriesCalled(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    return nullptr;
}

struct DemoWindow {
    QTemporaryDir dir;
    MainWindow window;
    long long id = 0;
    DemoWindow()
    {
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("draft.sqlite"))));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
        id = window.workspace()->database()->authorityByName(demoAuthorityName())->id;
    }
    Database *db() const { return window.workspace()->database(); }
};

} // namespace

TEST_CASE("A new year from last year shows empty cells and cannot be marked complete until entered", "[draft]")
{
    DemoWindow f;
    f.window.workspace()->select(f.id, 2024);
    YearEditor *years = f.window.dataEntryPanel()->yearEditor();
    years->addYearFromLast();
    REQUIRE(f.window.workspace()->currentYear() == 2025);
    const auto stored = f.db()->loadReturn(f.id, 2025);
    REQUIRE(stored);
    CHECK_FALSE(stored->complete);
    CHECK_FALSE(stored->adult->shortlisting.events.anyEntered());

    // The problems list says what is missing, not "no problems".
    auto *problems = f.window.findChild<ProblemsList *>();
    REQUIRE(problems);
    QStringList shown;
    for (int i = 0; i < problems->count(); ++i)
        shown << problems->item(i)->text();
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.filter(QStringLiteral("nothing entered for metric 5")).size() == 2); // adult and children
    CHECK(shown.filter(QStringLiteral("No problems found")).isEmpty());

    // "Mark complete" refuses, naming what is missing; the year stays a draft.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(years->markComplete());
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("nothing entered for metric 5 \u2014 enter the counts or "
                                                         "mark it not collected")));
    CHECK_FALSE(f.db()->loadReturn(f.id, 2025)->complete);
    auto *navigator = f.window.findChild<QTreeWidget *>(QStringLiteral("navigator"));
    CHECK(navigator->topLevelItem(0)->child(0)->text(0) == QStringLiteral("2025 (draft)"));
    CHECK(navigator->topLevelItem(0)->child(1)->text(0) == QStringLiteral("2024"));

    // Every count entered (last year's), and it can be marked complete.
    AnnualReturn filled = *f.db()->loadReturn(f.id, 2024);
    REQUIRE(f.window.dataEntryPanel()->currentReturn()->change(
        [&](AnnualReturn &r) {
            r.adult = filled.adult;
            r.children = filled.children;
        },
        QStringLiteral("fill")));
    CHECK(years->markComplete());
    CHECK(f.db()->loadReturn(f.id, 2025)->complete);
    CHECK(navigator->topLevelItem(0)->child(0)->text(0) == QStringLiteral("2025"));
    // And back to draft with undo: it is an edit like any other.
    f.window.workspace()->undoStack()->undo();
    CHECK_FALSE(f.db()->loadReturn(f.id, 2025)->complete);
}

TEST_CASE("A draft year is labelled on the dashboard, a hollow point on the trend, never a comparison", "[draft]")
{
    DemoWindow f;
    Workspace *workspace = f.window.workspace();
    // 2022 and 2024 put back to drafts (as if never marked complete); 2023's plan is signed, so
    // its figures are locked.
    for (int year : {2022, 2024}) {
        AnnualReturn r = *f.db()->loadReturn(f.id, year);
        r.complete = false;
        REQUIRE(f.db()->saveReturn(r));
    }
    workspace->notifyAuthoritiesChanged();
    workspace->select(f.id, 2023);
    workspace->select(f.id, 2024);
    DashboardPanel *dashboard = f.window.dashboardPanel();
    auto *years = dashboard->findChild<QComboBox *>(QStringLiteral("dashboardYearCombo"));
    REQUIRE(years);
    CHECK(years->findText(QStringLiteral("2024 (draft)")) >= 0);
    CHECK(years->findText(QStringLiteral("2023")) >= 0);
    CHECK(dashboard->findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text().startsWith(QStringLiteral("Draft:")));

    auto *metric = dashboard->findChild<QComboBox *>(QStringLiteral("trendMetricCombo"));
    metric->setCurrentIndex(metric->findData(static_cast<int>(MetricId::M8)));
    QChart *chart = dashboard->findChild<ChartPanel *>(QStringLiteral("trendChartPanel"))->chart();
    REQUIRE(chart);
    auto *line = seriesCalled<QLineSeries>(chart, QStringLiteral("authority"));
    auto *drafts = seriesCalled<QScatterSeries>(chart, QStringLiteral("drafts"));
    REQUIRE((line && drafts));
    REQUIRE(line->count() == 1);
    CHECK(line->at(0).x() == 2023);
    REQUIRE(drafts->count() == 2);
    CHECK(drafts->pointLabelsVisible());
    CHECK(drafts->brush().style() == Qt::NoBrush);

    // 2023's figures in the data entry panel are not compared with the draft 2022.
    workspace->select(f.id, 2023);
    CHECK(years->currentText() == QStringLiteral("2023"));
    const MetricReport *entry = f.window.dataEntryPanel()->currentReturn()->report(ServiceArea::Adult);
    REQUIRE(entry);
    for (const auto &[id, ratio] : entry->ratios)
        CHECK_FALSE(ratio.previous);
}

TEST_CASE("The data report of a draft return says draft figures on every page", "[draft][export]")
{
    QTemporaryDir dir;
    AnnualReturn current = demoReturns().back();
    current.complete = false;
    const NationalFigures national = NationalFigures::builtIn();
    const DataReport report = DataReport::build(current, nullptr, &national, DataReportOptions{});
    const QString pdf = dir.filePath(QStringLiteral("draft.pdf"));
    QString error;
    REQUIRE(report.writePdf(pdf, nullptr, &error));
    const QStringList pages = test::pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() > 1);
    for (const QString &page : pages)
        if (!page.trimmed().isEmpty())
            CHECK(page.contains(QStringLiteral("DRAFT FIGURES")));

    const QString xlsx = dir.filePath(QStringLiteral("draft.xlsx"));
    REQUIRE(report.writeXlsx(xlsx, &error));
    int sheets = 0;
    for (const auto &[name, bytes] : test::readZip(xlsx))
        if (name.startsWith(QLatin1String("xl/worksheets/sheet"))) {
            ++sheets;
            INFO(name.toStdString());
            CHECK(bytes.contains("DRAFT FIGURES"));
        }
    CHECK(sheets > 1);

    // A complete return's report does not say so.
    current.complete = true;
    const QString done = dir.filePath(QStringLiteral("done.pdf"));
    REQUIRE(DataReport::build(current, nullptr, &national, DataReportOptions{}).writePdf(done, nullptr, &error));
    CHECK_FALSE(test::pdfText(done).contains(QStringLiteral("DRAFT FIGURES")));
}
