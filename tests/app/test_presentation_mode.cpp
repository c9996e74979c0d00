// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Presentation mode (issue 18): the pages are read back as text and compared with MetricEngine's
// report for the same selection, computed here apart from the dashboard, and with the published
// data report's own cell texts for the publication preview.
#include "charts/ChartPanel.h"
#include "dashboard/DashboardPanel.h"
#include "dashboard/OverviewModel.h"
#include "present/PresentationPage.h"
#include "present/PresentationWindow.h"
#include "window/Dialogs.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include "Certainty.h"
#include "ChartData.h"
#include "Database.h"
#include "MetricEngine.h"
#include "NationalFigures.h"
#include "export/DataReport.h"

#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace scwres;

namespace {

// The main window on a fresh database holding the demo authority.
struct PresentFixture {
    explicit PresentFixture(const QString &name = QStringLiteral("present.sqlite"))
    {
        QSettings().remove(QStringLiteral("dashboard"));
        QSettings().remove(QStringLiteral("window"));
        REQUIRE(dir.isValid());
        path = dir.filePath(name);
        window = std::make_unique<MainWindow>();
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openDatabase(path));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window->offerDemoIfEmpty();
        REQUIRE(window->workspace()->currentAuthorityId() != 0);
        panels = window->findChild<QTabWidget *>(QStringLiteral("panels"));
        REQUIRE(panels);
        dashboard = window->dashboardPanel();
        REQUIRE(dashboard);
    }

    // The engine's report for the window's selection, computed here as the dashboard should.
    MetricReport expected(AreaSelection area) const
    {
        static const NationalFigures national = NationalFigures::builtIn();
        Database *db = window->workspace()->database();
        const long long id = window->workspace()->currentAuthorityId();
        const int year = window->workspace()->currentYear();
        const auto ret = db->loadReturn(id, year);
        REQUIRE(ret);
        const auto previous = db->loadReturn(id, year - 1);
        return MetricEngine().compute(*ret, area, previous ? &*previous : nullptr, &national);
    }

    PresentationWindow *present()
    {
        QTest::keyClick(window.get(), Qt::Key_F5);
        auto *shown = window->findChild<PresentationWindow *>();
        REQUIRE(shown);
        REQUIRE(QTest::qWaitForWindowExposed(shown));
        return shown;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    QTabWidget *panels = nullptr;
    DashboardPanel *dashboard = nullptr;
};

QString labelText(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    REQUIRE(label);
    return label->isVisible() ? label->text() : QString();
}

// What a page shows as the metric's figure, as the engine gives it.
QString expectedFigure(const MetricReport &report, MetricId id)
{
    if (id != MetricId::M1)
        return formatRelativeLikelihood(report.ratio(id).relativeLikelihood);
    const BandShare *top = nullptr;
    for (const BandShare &band : report.payBands.nationalBands)
        if (band.counts.total() > 0)
            top = &band;
    REQUIRE(top);
    return PresentationText::tr("%1 against %2")
        .arg(formatPercent(top->percentMinorityEthnic), formatPercent(report.payBands.workforce.percentMinorityEthnic));
}

void key(PresentationWindow *shown, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(shown, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

} // namespace

// (No ";" in a test name: catch_discover_tests would cut the name there and run nothing.)
TEST_CASE("F5 presents the current metric, the arrows walk every page in template order and Esc goes back")
{
    PresentFixture f;
    f.panels->setCurrentIndex(1);
    f.dashboard->showMetricDetail(MetricId::M4);
    const int detailTab = f.dashboard->currentTab();
    PresentationWindow *shown = f.present();
    CHECK(shown->isFullScreen());
    CHECK(shown->metric() == MetricId::M4);
    CHECK(labelText(shown, QStringLiteral("presentationMetricTitle")) == metricChartLabel(MetricId::M4));

    const MetricReport report = f.expected(f.dashboard->area());
    key(shown, Qt::Key_Home);
    CHECK(shown->page() == PresentationWindow::kOverviewPage);
    CHECK_FALSE(labelText(shown, QStringLiteral("presentationFigure")).size() > 0);
    CHECK(shown->presentationPage()->chartPanel()->chart() != nullptr); // the forest plot
    CHECK(PresentationWindow::pageCount() == 11);
    // Right, then Page Down, alternately: both go forward through the template's order.
    for (std::size_t i = 0; i < kMetricIds.size(); ++i) {
        key(shown, i % 2 ? Qt::Key_PageDown : Qt::Key_Right);
        const MetricId id = kMetricIds[i];
        INFO("page of metric " << metricKey(id).toStdString());
        REQUIRE(shown->metric() == id);
        CHECK(labelText(shown, QStringLiteral("presentationMetricTitle")) == metricChartLabel(id));
        CHECK(labelText(shown, QStringLiteral("presentationFigure")) == expectedFigure(report, id));
        // A screen reader hears the figure with what it is, and the status in words.
        auto *figure = shown->findChild<QLabel *>(QStringLiteral("presentationFigure"));
        CHECK(figure->accessibleName().endsWith(QStringLiteral(": ") + expectedFigure(report, id)));
        CHECK(figure->accessibleName().contains(id == MetricId::M1 ? QStringLiteral("whole workforce")
                                                                   : QStringLiteral("minority ethnic relative to white")));
        CHECK_FALSE(shown->findChild<QLabel *>(QStringLiteral("presentationStatusMark"))->accessibleName().isEmpty());
        if (id != MetricId::M1) {
            const RatioResult &r = report.ratio(id);
            CHECK(labelText(shown, QStringLiteral("presentationSentence")) == r.sentence);
            CHECK(labelText(shown, QStringLiteral("presentationStatus")).contains(statusText(r.status)));
            if (r.certainty)
                CHECK(labelText(shown, QStringLiteral("presentationCertainty")).startsWith(certaintyText(*r.certainty)));
            if (r.national)
                CHECK(labelText(shown, QStringLiteral("presentationNational"))
                          .contains(formatRelativeLikelihood(r.national->relativeLikelihood)));
            if (r.previous && r.previous->relativeLikelihood)
                CHECK(labelText(shown, QStringLiteral("presentationPrevious"))
                          .contains(formatRelativeLikelihood(r.previous->relativeLikelihood)));
        }
    }
    key(shown, Qt::Key_Right); // past the last page: stays
    CHECK(shown->metric() == kMetricIds.back());
    for (std::size_t i = kMetricIds.size(); i-- > 1;) {
        key(shown, i % 2 ? Qt::Key_Left : Qt::Key_PageUp);
        CHECK(shown->metric() == kMetricIds[i - 1]);
    }
    key(shown, Qt::Key_Left);
    CHECK(shown->page() == PresentationWindow::kOverviewPage);

    // Esc: back to the dashboard's Metric detail tab, whatever the pages walked.
    f.panels->setCurrentIndex(0); // even if something behind it moved
    QPointer<PresentationWindow> guard(shown);
    key(shown, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
    CHECK(f.panels->currentIndex() == 1);
    CHECK(f.dashboard->currentTab() == detailTab);

    // From the Overview tab with no row chosen it opens on the overview page, and goes back there.
    f.dashboard->setCurrentTab(0);
    shown = f.present();
    CHECK(shown->page() == PresentationWindow::kOverviewPage);
    key(shown, Qt::Key_Escape);
    CHECK(f.dashboard->currentTab() == 0);
}

TEST_CASE("In presentation mode A and Y change the area and year and keep the page")
{
    PresentFixture f;
    f.panels->setCurrentIndex(1);
    f.dashboard->showMetricDetail(MetricId::M5);
    PresentationWindow *shown = f.present();
    REQUIRE(shown->metric() == MetricId::M5);
    const AreaSelection before = f.dashboard->area();
    key(shown, Qt::Key_A);
    const AreaSelection after = f.dashboard->area();
    CHECK(after != before);
    CHECK(shown->metric() == MetricId::M5);
    CHECK(labelText(shown, QStringLiteral("presentationHeading")).contains(areaSelectionName(after)));
    CHECK(labelText(shown, QStringLiteral("presentationFigure")) == expectedFigure(f.expected(after), MetricId::M5));

    const int year = f.window->workspace()->currentYear();
    key(shown, Qt::Key_Y);
    const int next = f.window->workspace()->currentYear();
    CHECK(next != year);
    CHECK(shown->metric() == MetricId::M5);
    CHECK(labelText(shown, QStringLiteral("presentationHeading")).contains(QString::number(next)));
    CHECK(labelText(shown, QStringLiteral("presentationFigure")) == expectedFigure(f.expected(after), MetricId::M5));
    key(shown, Qt::Key_Y, Qt::ShiftModifier);
    CHECK(f.window->workspace()->currentYear() == year);
}

TEST_CASE("The publication preview shows what the published data report shows, withheld figures withheld")
{
    PresentFixture f;
    f.panels->setCurrentIndex(1);
    Database *db = f.window->workspace()->database();
    const long long authority = f.window->workspace()->currentAuthorityId();
    PresentationWindow *shown = f.present();
    shown->setPublicationPreview(true);
    CHECK(labelText(shown, QStringLiteral("presentationPublication")).contains(QStringLiteral("Publication preview")));
    int withheld = 0;
    int published = 0;
    // Every year and area of the demo, as the published data report of that year prints them.
    for (int year : db->years(authority)) {
        f.window->workspace()->select(authority, year);
        const auto ret = db->loadReturn(authority, year);
        REQUIRE(ret);
        auto previous = db->loadReturn(authority, year - 1);
        if (previous && !previous->complete)
            previous.reset();
        for (AreaSelection area : {AreaSelection::Combined, AreaSelection::Adult, AreaSelection::Children}) {
            f.dashboard->setArea(area);
            DataReportOptions options;
            options.areas = {area};
            options.publication.enabled = true;
            const NationalFigures national = NationalFigures::builtIn();
            const DataReport file = DataReport::build(*ret, previous ? &*previous : nullptr, &national, options);
            const DataReport::View &view = file.views().front();
            shown->setPage(1);
            INFO(year << " " << areaSelectionKey(area).toStdString() << " metric 1");
            CHECK(labelText(shown, QStringLiteral("presentationSentence")) == file.payBandReading(view));
            if (file.payBandReading(view) == file.suppression().withheldText()) {
                ++withheld;
                CHECK(labelText(shown, QStringLiteral("presentationFigure")) == QStringLiteral("withheld"));
            }
            for (std::size_t i = 1; i < kMetricIds.size(); ++i) {
                const MetricId id = kMetricIds[i];
                shown->setPage(static_cast<int>(i) + 1);
                INFO(year << " " << areaSelectionKey(area).toStdString() << " metric " << metricKey(id).toStdString());
                const QString figure = labelText(shown, QStringLiteral("presentationFigure"));
                CHECK(figure == file.relativeLikelihoodText(view, id));
                CHECK(labelText(shown, QStringLiteral("presentationSentence")) == file.sentenceText(view, id));
                if (file.suppression().ratioSuppressed(area, id)) {
                    ++withheld;
                    CHECK(labelText(shown, QStringLiteral("presentationCertainty")).isEmpty());
                    CHECK(shown->presentationPage()->chartPanel()->chart() == nullptr);
                } else {
                    ++published;
                }
                if (file.previousText(view, id).startsWith(QStringLiteral("withheld")))
                    CHECK(labelText(shown, QStringLiteral("presentationPrevious")).endsWith(QStringLiteral("withheld")));
            }
        }
    }
    CHECK(withheld > 0);
    CHECK(published > 0);

    // Off again: the figure is back.
    shown->setPublicationPreview(false);
    CHECK_FALSE(labelText(shown, QStringLiteral("presentationPublication")).contains(QStringLiteral("Publication preview")));
    CHECK(labelText(shown, QStringLiteral("presentationFigure")) != QStringLiteral("withheld"));
}

TEST_CASE("Copy chart and Save chart as work in presentation mode")
{
    PresentFixture f;
    f.panels->setCurrentIndex(1);
    f.dashboard->showMetricDetail(MetricId::M3);
    PresentationWindow *shown = f.present();
    QGuiApplication::clipboard()->clear();
    key(shown, Qt::Key_C, Qt::ControlModifier);
    const QImage copied = QGuiApplication::clipboard()->image();
    CHECK(copied.width() > 400);
    const QString file = f.dir.filePath(QStringLiteral("chart.png"));
    Dialogs::setNextFileName(file);
    key(shown, Qt::Key_S, Qt::ControlModifier);
    const QImage saved(file);
    INFO("saved " << saved.width() << "x" << saved.height() << ", copied " << copied.width() << "x" << copied.height());
    CHECK(saved.width() > 400);
}

TEST_CASE("The overview splitter keeps the position the user gave it when the window is opened again")
{
    QList<int> moved;
    {
        PresentFixture f(QStringLiteral("splitter.sqlite"));
        f.window->resize(1200, 800);
        f.panels->setCurrentIndex(1);
        f.dashboard->setCurrentTab(0);
        QCoreApplication::processEvents();
        auto *splitter = f.window->findChild<QSplitter *>(QStringLiteral("overviewSplitter"));
        REQUIRE(splitter);
        const QList<int> before = splitter->sizes();
        // Drag the handle 60 px down, as the user does.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint start = handle->rect().center();
        const QPoint end = start + QPoint(0, 60);
        QMouseEvent press(QEvent::MouseButtonPress, start, handle->mapToGlobal(start), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(handle, &press);
        QMouseEvent move(QEvent::MouseMove, end, handle->mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(handle, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, end, handle->mapToGlobal(end), Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QCoreApplication::sendEvent(handle, &release);
        moved = splitter->sizes();
        REQUIRE(moved.size() == 2);
        CHECK(moved[0] > before[0] + 40);
        f.window->close();
        f.window.reset(); // lets go of the database
        // The second window below shares this process's settings, not the database.
        QSettings().remove(QStringLiteral("window"));
        auto second = std::make_unique<MainWindow>();
        second->resize(1200, 800);
        second->show();
        REQUIRE(QTest::qWaitForWindowExposed(second.get()));
        REQUIRE(second->openDatabase(f.path));
        second->findChild<QTabWidget *>(QStringLiteral("panels"))->setCurrentIndex(1);
        QCoreApplication::processEvents();
        auto *again = second->findChild<QSplitter *>(QStringLiteral("overviewSplitter"));
        REQUIRE(again);
        CHECK(again->sizes() == moved);
    }
}

// Run with a 1366×768 screen (tests/support/laptop-screen.json; registered in tests/CMakeLists.txt).
TEST_CASE("On a 1366x768 laptop the overview table shows every row and presentation pages cut no text", "[.laptop]")
{
    PresentFixture f(QStringLiteral("laptop-present.sqlite"));
    REQUIRE(f.window->screen()->geometry().size() == QSize(1366, 768));
    f.panels->setCurrentIndex(1);
    f.dashboard->setCurrentTab(0);
    QCoreApplication::processEvents();
    auto *table = f.dashboard->findChild<QTableView *>(QStringLiteral("overviewTable"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == static_cast<int>(kMetricIds.size()));
    if (!qEnvironmentVariable("SCWRES_SCREENSHOT_DIR").isEmpty())
        f.window->grab().save(qEnvironmentVariable("SCWRES_SCREENSHOT_DIR") + QStringLiteral("/overview.png"));
    const QRect viewport = table->viewport()->rect();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        INFO("overview row " << row << " at " << table->visualRect(table->model()->index(row, 0)).bottom()
                             << " in a viewport " << viewport.height() << " px high");
        CHECK(viewport.contains(table->visualRect(table->model()->index(row, 0))));
    }
    // No column out of sight to the right, and no cell's text cut short: each fits its column,
    // on the lines its row has (the compact wording on a laptop; the full one in its tooltip).
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    CHECK(table->horizontalHeader()->length() <= viewport.width());
    const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QModelIndex index = table->model()->index(row, column);
            const QString text = index.data().toString();
            int width = table->columnWidth(column) - 2 * textMargin - 1;
            if (!index.data(Qt::DecorationRole).isNull())
                width -= table->iconSize().isValid() ? table->iconSize().width() + 2 * textMargin
                                                     : table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * textMargin;
            const QRect needed = table->fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
            INFO("overview cell (" << row << ", " << column << ") \"" << text.toStdString() << "\" needs "
                                   << needed.width() << "×" << needed.height() << " of " << width << "×"
                                   << table->rowHeight(row));
            CHECK(needed.width() <= width);
            CHECK(needed.height() <= table->rowHeight(row));
            // Shortened or not, the whole wording reaches a screen reader.
            CHECK(index.data(Qt::AccessibleTextRole).toString().size() >= text.size());
        }
    // Under it, the forest plot draws every metric's name, and its whole legend.
    auto *forestPanel = f.dashboard->findChild<ChartPanel *>(QStringLiteral("forestChartPanel"));
    REQUIRE(forestPanel);
    QChart *forest = forestPanel->chart();
    REQUIRE(forest);
    QChartView *forestView = forestPanel->chartView();
    QStringList forestTexts;
    for (QGraphicsItem *item : forestView->scene()->items())
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item); rich && rich->isVisible())
            forestTexts << rich->toPlainText().simplified();
    int forestRows = 0;
    for (QAbstractAxis *axis : forest->axes(Qt::Vertical))
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            for (const QString &label : categories->categoriesLabels()) {
                ++forestRows;
                INFO("forest plot label \"" << label.toStdString() << "\"");
                CHECK(forestTexts.contains(label.simplified()));
            }
    CHECK(forestRows == 9);
    const QRectF legend = forest->legend()->sceneBoundingRect();
    for (QLegendMarker *marker : forest->legend()->markers()) {
        if (!marker->isVisible())
            continue;
        INFO("legend entry \"" << marker->label().toStdString() << "\"");
        bool drawnWhole = false;
        for (QGraphicsItem *item : forestView->scene()->items())
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item); rich && rich->isVisible()
                && rich->toPlainText().simplified() == QTextDocumentFragment::fromHtml(marker->label()).toPlainText().simplified())
                drawnWhole = legend.contains(rich->sceneBoundingRect());
        CHECK(drawnWhole);
    }

    PresentationWindow *shown = f.present();
    REQUIRE(shown->size() == QSize(1366, 768));
    CHECK(shown->presentationPage()->bodyPixels() >= 24);
    auto *figure = shown->findChild<QLabel *>(QStringLiteral("presentationFigure"));
    REQUIRE(figure);
    CHECK(figure->font().pixelSize() >= 48);
    const QString shots = qEnvironmentVariable("SCWRES_SCREENSHOT_DIR");
    const auto checkPage = [&](const QString &where) {
        QCoreApplication::processEvents();
        for (QLabel *label : shown->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            INFO(where.toStdString() << ", " << label->objectName().toStdString() << ": \""
                                     << label->text().toStdString() << "\"");
            const QRect box = label->contentsRect();
            if (label->wordWrap()) {
                // A wrapping label must have the height its lines need, or the last ones are cut.
                CHECK(label->heightForWidth(label->width()) <= label->height());
            } else {
                CHECK(label->fontMetrics().horizontalAdvance(label->text()) <= box.width());
                CHECK(label->fontMetrics().height() <= box.height());
            }
            if (label->objectName() != QStringLiteral("presentedMessage"))
                CHECK(label->font().pixelSize() >= 24);
        }
        QChartView *view = shown->presentationPage()->chartPanel()->chartView();
        if (view->isVisible() && view->scene()) {
            // QtCharts drops a category label that has no room, silently: every one must be drawn.
            QStringList drawn;
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item); rich && rich->isVisible())
                    drawn << rich->toPlainText().simplified();
            for (QAbstractAxis *axis : view->chart()->axes())
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    for (const QString &category : categories->categories()) {
                        const QString plain = QTextDocumentFragment::fromHtml(category).toPlainText().simplified();
                        INFO(where.toStdString() << ", category \"" << plain.toStdString() << "\"");
                        CHECK(drawn.contains(plain));
                    }
            for (QGraphicsItem *item : view->scene()->items()) {
                QString text;
                if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                    text = rich->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    text = simple->text();
                if (!item->isVisible() || text.isEmpty())
                    continue;
                INFO(where.toStdString() << ", chart text \"" << text.toStdString() << "\"");
                CHECK_FALSE(text.contains(QChar(0x2026)));
                CHECK_FALSE(text.endsWith(QStringLiteral("...")));
            }
        }
        if (!shots.isEmpty())
            shown->grab().save(QStringLiteral("%1/present-%2.png").arg(shots, QString(where).replace(QLatin1Char(' '), QLatin1Char('-'))));
    };
    for (bool publication : {false, true}) {
        shown->setPublicationPreview(publication);
        for (int page = 0; page < PresentationWindow::pageCount(); ++page) {
            shown->setPage(page);
            checkPage(QStringLiteral("%1 page %2").arg(publication ? QStringLiteral("published") : QStringLiteral("full")).arg(page));
        }
    }
}
