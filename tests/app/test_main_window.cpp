// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "charts/ChartPanel.h"
#include "dashboard/DashboardPanel.h"
#include "export/DataReportExportDialog.h"
#include "export/PlanExportDialog.h"
#include "help/UserGuide.h"
#include "import/ExtractImportWizard.h"
#include "plan/ActionDialog.h"
#include "plan/PlanEditor.h"
#include "window/Dialogs.h"
#include "window/HistoryDialog.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include "Backups.h"
#include "Database.h"
#include "DemoData.h"
#include "SqliteLockHolder.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <functional>

#include <QAbstractItemView>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QAbstractSpinBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace scwres;

TEST_CASE("The main window opens on the demo data and shows its three years", "[mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1024, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("first-start.sqlite"))));

    // First start on an empty database: the program offers the demo; the user accepts.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("Exampleshire County Council")));

    auto *navigator = window.findChild<QTreeWidget *>(QStringLiteral("navigator"));
    REQUIRE(navigator);
    REQUIRE(navigator->topLevelItemCount() == 1);
    QTreeWidgetItem *authority = navigator->topLevelItem(0);
    CHECK(authority->text(0) == demoAuthorityName());
    REQUIRE(authority->childCount() == 3);
    CHECK(authority->child(0)->text(0) == QStringLiteral("2024"));
    CHECK(authority->child(2)->text(0) == QStringLiteral("2022"));
    // The newest year is selected, and the title says which.
    CHECK(window.workspace()->currentYear() == 2024);
    CHECK(window.windowTitle().contains(QStringLiteral("2024")));

    // Choosing another year in the navigator selects it for every panel.
    navigator->setCurrentItem(authority->child(2));
    CHECK(window.workspace()->currentYear() == 2022);

    auto *panels = window.findChild<QTabWidget *>(QStringLiteral("panels"));
    REQUIRE(panels);
    CHECK(panels->count() == 3);
}

TEST_CASE("Declining the demo leaves the database empty", "[mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("empty.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::No);
    window.offerDemoIfEmpty();
    CHECK(window.workspace()->database()->authorities().empty());
}

TEST_CASE("Import of a return is undoable and a refused file changes nothing", "[mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("import.sqlite"))));
    auto *import = window.findChild<QAction *>(QStringLiteral("actionImportReturn"));
    REQUIRE(import);

    const QString junk = dir.filePath(QStringLiteral("junk.json"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"scwres-return\", \"format_version\": 99}");
    }
    Dialogs::setNextFileName(junk);
    Dialogs::setNextAnswer(QMessageBox::Ok); // acknowledges the refusal
    import->trigger();
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("format_version")));
    CHECK(window.workspace()->database()->authorities().empty());

    Dialogs::setNextFileName(test::dataPath(QStringLiteral("example-return.json")));
    Dialogs::setNextAnswer(QMessageBox::Ok); // acknowledges the findings (children's area empty)
    import->trigger();
    Database *db = window.workspace()->database();
    REQUIRE(db->authorities().size() == 1);
    CHECK(*db->loadReturn(demoAuthorityName(), 2024) == test::exampleReturn());

    // The import is the 2024 return's first step, on that year's own undo history.
    QUndoStack *stack = window.workspace()->returnStack(demoAuthorityName(), 2024);
    CHECK(window.workspace()->undoStack() == stack);
    stack->undo();
    CHECK_FALSE(db->loadReturn(demoAuthorityName(), 2024));
    stack->redo();
    CHECK(db->loadReturn(demoAuthorityName(), 2024));
}

TEST_CASE("A database the program cannot use is refused with a message", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("plain text");
    }
    MainWindow window;
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(path));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("not an SC-WRES database")));
    CHECK(window.workspace()->database() == nullptr);
}

TEST_CASE("Closing after a change keeps a checked backup — a damaged file is restored from it", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.sqlite"));
    {
        MainWindow window;
        REQUIRE(window.openDatabase(path));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
        // An undoable change: import the example over the demo's 2024.
        Dialogs::setNextFileName(test::dataPath(QStringLiteral("example-return.json")));
        Dialogs::setNextAnswer(QMessageBox::Yes); // replace the stored year
        Dialogs::setNextAnswer(QMessageBox::Ok);  // findings acknowledged
        window.findChild<QAction *>(QStringLiteral("actionImportReturn"))->trigger();
        window.close();
    }
    const QStringList backups = Backups(Backups::defaultFolderFor(path)).list(QStringLiteral("work.sqlite"));
    REQUIRE(backups.size() == 1);

    {
        // Damage the live file past its header, as a failing disk would.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    MainWindow window;
    Dialogs::setNextAnswer(QMessageBox::Yes); // restore the newest backup
    REQUIRE(window.openDatabase(path));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("damaged")));
    CHECK(*window.workspace()->database()->loadReturn(demoAuthorityName(), 2024) == test::exampleReturn());
    // The damaged file is kept, renamed, not thrown away.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("work.sqlite.damaged-*")}, QDir::Files).size() == 1);
}

TEST_CASE("A read-only database opens read-only: said in the title and status bar, no cell editable", "[mainwindow][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        QString error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        REQUIRE(writeDemoData(*db, &error));
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = test::readFile(path);
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(path));
        CHECK(window.workspace()->isReadOnly());
        CHECK(window.windowTitle().contains(QStringLiteral("[read-only]")));
        auto *label = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
        REQUIRE(label);
        CHECK(label->isVisible());
        CHECK(label->text().contains(QStringLiteral("the file is read-only")));
        int editable = 0;
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            // Tables that only show figures (the dashboard's) never open an editor.
            if (!model || qobject_cast<QHeaderView *>(view)
                || view->editTriggers() == QAbstractItemView::NoEditTriggers)
                continue;
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    if (model->flags(model->index(r, c)) & Qt::ItemIsEditable) {
                        ++editable;
                        UNSCOPED_INFO(view->objectName().toStdString());
                    }
        }
        CHECK(editable == 0);
        // Notes can be read but not typed into; nothing that makes or changes a year is offered.
        auto *entry = window.findChild<QWidget *>(QStringLiteral("dataEntryPanel"));
        REQUIRE(entry);
        for (QPlainTextEdit *note : entry->findChildren<QPlainTextEdit *>())
            CHECK(note->isReadOnly());
        for (const char *button : {"newYearButton", "fromLastYearButton", "deleteYearButton", "newAuthorityButton"}) {
            INFO(button);
            auto *w = entry->findChild<QWidget *>(QString::fromLatin1(button));
            REQUIRE(w);
            CHECK_FALSE(w->isEnabled());
        }
        window.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("A database locked by another program is not offered a restore", "[mainwindow][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.sqlite"));
    {
        QString error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        REQUIRE(writeDemoData(*db, &error));
        REQUIRE_FALSE(Backups(Backups::defaultFolderFor(path)).take(*db, QDateTime::currentDateTime(), &error).isEmpty());
    }
    {
        test::SqliteLockHolder other(path);
        MainWindow window;
        // Were it offered, a restore would take this answer and replace the good file.
        Dialogs::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(window.openDatabase(path));
        CHECK(Dialogs::lastMessage().contains(QStringLiteral("locked by another program")));
        CHECK_FALSE(Dialogs::lastMessage().contains(QStringLiteral("damaged")));
    }
    CHECK(QDir(dir.path()).entryList({QStringLiteral("work.sqlite.damaged-*")}, QDir::Files).isEmpty());
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    CHECK(db->years(db->authorityByName(demoAuthorityName())->id).size() == 3);
}

TEST_CASE("Text fields keep what the reader keeps: NFC, no control characters, 200 characters a name",
          "[mainwindow][faults]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("limits.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();
    auto *editor = window.findChild<QWidget *>(QStringLiteral("authorityProfileEditor"));
    REQUIRE(editor);
    QList<QLineEdit *> edits;
    for (QLineEdit *e : editor->findChildren<QLineEdit *>())
        if (!qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
            edits << e;
    REQUIRE_FALSE(edits.isEmpty());
    for (QLineEdit *edit : edits)
        CHECK(edit->maxLength() == 200);
    QLineEdit *edit = edits.front();
    edit->setFocus();
    edit->clear();
    // Pasted, as such text arrives: a control character and a decomposed "ü".
    QGuiApplication::clipboard()->setText(QStringLiteral("Bad") + QChar(0x0001) + QStringLiteral("u") + QChar(0x0308));
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    CHECK(edit->text() == QStringLiteral("Bad\u00fc"));
    edit->clear();
    QTest::keyClicks(edit, QString(250, QLatin1Char('x')));
    CHECK(edit->text().size() == 200);
}

TEST_CASE("The window opens as the user left it", "[mainwindow]")
{
    QSettings().remove(QStringLiteral("window"));
    QSize left;
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // (The fit to a 1366×768 laptop screen is tested with that screen: tests/cli, "[laptop]".)
        window.resize(1000, 700);
        left = window.size();
        window.close();
    }
    MainWindow again;
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == left);
}

TEST_CASE("The View menu shows each panel with Ctrl+1, 2, 3 and steps through the years — F1 opens the panel's guide page",
          "[mainwindow][keyboard]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("view.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();
    window.activateWindow();
    auto *panels = window.findChild<QTabWidget *>(QStringLiteral("panels"));
    REQUIRE(panels);
    for (int i : {1, 2, 0}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        CHECK(panels->currentIndex() == i);
    }
    REQUIRE(window.workspace()->currentYear() == 2024);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::AltModifier);
    CHECK(window.workspace()->currentYear() == 2023);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::AltModifier); // no year before 2022: stays
    CHECK(window.workspace()->currentYear() == 2022);
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::AltModifier);
    CHECK(window.workspace()->currentYear() == 2023);

    // View > Service area: the dashboard shows the area, and data entry its page.
    auto *areaCombo = window.findChild<QComboBox *>(QStringLiteral("dashboardAreaCombo"));
    auto *entryTabs = window.findChild<QTabWidget *>(QStringLiteral("entryTabs"));
    auto *children = window.findChild<QAction *>(QStringLiteral("actionArea_children"));
    auto *adult = window.findChild<QAction *>(QStringLiteral("actionArea_adult"));
    REQUIRE(areaCombo);
    REQUIRE(entryTabs);
    REQUIRE(children);
    REQUIRE(adult);
    panels->setCurrentIndex(0);
    children->trigger();
    CHECK(entryTabs->tabText(entryTabs->currentIndex()) == QStringLiteral("&Children's social care"));
    CHECK(areaCombo->currentData().toString() == QStringLiteral("children"));
    adult->trigger();
    CHECK(entryTabs->tabText(entryTabs->currentIndex()) == QStringLiteral("&Adult social care"));
    panels->setCurrentIndex(1);
    window.findChild<QAction *>(QStringLiteral("actionArea_combined"))->trigger();
    CHECK(areaCombo->currentData().toString() == QStringLiteral("combined"));

    panels->setCurrentIndex(1);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<UserGuide *>(QStringLiteral("userGuide"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->currentPage() == QStringLiteral("analyse.md"));
    guide->hide();
    window.activateWindow();
    panels->setCurrentIndex(2);
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(window.findChildren<UserGuide *>().size() == 1); // the same guide window, not a second one
    CHECK(guide->isVisible());
    CHECK(guide->currentPage() == QStringLiteral("plan.md"));
    guide->hide();
    window.activateWindow();

    // Shift+F1: the panel's keys, as before the guide.
    panels->setCurrentIndex(1);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&window, Qt::Key_F1, Qt::ShiftModifier);
    CHECK(Dialogs::lastMessage().startsWith(QStringLiteral("Help: Dashboard")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("minority ethnic staff relative to white staff")));
}

// Run with a 1366×768 screen (tests/support/laptop-screen.json; registered in tests/CMakeLists.txt).
TEST_CASE("On a 1366x768 laptop the first window fits and no label is cut off", "[.laptop]")
{
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("window"));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    REQUIRE(available.size() == QSize(1366, 768));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("laptop.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();
    CHECK(window.frameGeometry().width() <= available.width());
    CHECK(window.frameGeometry().height() <= available.height());
    CHECK(window.minimumSizeHint().width() <= available.width());
    CHECK(window.minimumSizeHint().height() <= available.height());
    // Every one-line label and every column heading shown, on every page of every panel, holds
    // its whole text (headings may wrap).
    std::function<void(QWidget *, const QString &)> checkPage = [&](QWidget *root, const QString &where) {
        QCoreApplication::processEvents();
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()
                || Qt::mightBeRichText(label->text()))
                continue;
            const QString text = QString(label->text()).remove(QLatin1Char('&'));
            INFO(where.toStdString() << ": \"" << text.toStdString() << "\"");
            CHECK(label->fontMetrics().horizontalAdvance(text) <= label->contentsRect().width());
            CHECK(label->fontMetrics().height() <= label->contentsRect().height());
        }
        // A choice shown shorter than its text ("Exampleshire C") keeps the whole text in its
        // tooltip (the accessible value is always the whole text).
        for (QComboBox *combo : root->findChildren<QComboBox *>()) {
            if (!combo->isVisible() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field =
                combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (combo->fontMetrics().horizontalAdvance(combo->currentText()) <= field.width())
                continue;
            INFO(where.toStdString() << ": choice \"" << combo->currentText().toStdString() << "\" shown in "
                                     << field.width() << " px");
            CHECK(combo->toolTip().contains(combo->currentText()));
        }
        for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                if (header->isSectionHidden(section) || text.isEmpty())
                    continue;
                const QRect needed = header->fontMetrics().boundingRect(
                    QRect(0, 0, header->sectionSize(section) - 8, 1000), Qt::TextWordWrap, text);
                INFO(where.toStdString() << " heading: \"" << text.toStdString() << "\"");
                CHECK(needed.height() <= header->height());
            }
        }
    };
    auto *panels = window.findChild<QTabWidget *>(QStringLiteral("panels"));
    REQUIRE(panels);
    for (int panel = 0; panel < panels->count(); ++panel) {
        panels->setCurrentIndex(panel);
        const QString name = panels->tabText(panel);
        checkPage(panels->widget(panel), name);
        // Each page of the panel's own tab widgets, one at a time.
        for (QTabWidget *tabs : panels->widget(panel)->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int page = 0; page < tabs->count(); ++page) {
                tabs->setCurrentIndex(page);
                checkPage(tabs->widget(page), name + QStringLiteral(" > ") + tabs->tabText(page));
            }
            tabs->setCurrentIndex(0);
        }
    }

    // The plan's "Add action..." is on screen, not below the fold, for every metric, with or
    // without actions (the demo's metric 2 has some).
    panels->setCurrentIndex(2);
    auto *sections = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
    REQUIRE(sections);
    for (QTabWidget *tabs : panels->widget(2)->findChildren<QTabWidget *>())
        for (int page = 0; page < tabs->count(); ++page)
            if (tabs->widget(page)->isAncestorOf(sections))
                tabs->setCurrentIndex(page);
    REQUIRE(sections->isVisible());
    int withActions = 0;
    for (int row = 0; row < sections->count(); ++row) {
        sections->setCurrentRow(row);
        QCoreApplication::processEvents();
        for (auto *add : window.findChildren<QPushButton *>(QStringLiteral("addAction"))) {
            if (!add->isVisible())
                continue;
            INFO("plan section " << sections->item(row)->text().toStdString());
            CHECK(add->visibleRegion().boundingRect() == add->rect());
            if (!sections->item(row)->text().contains(QStringLiteral("(0 ")))
                ++withActions;
        }
    }
    CHECK(withActions > 0);

    // Dialog titles: offscreen has no title bar, so the test asks what one needs: the title in
    // the bold title font plus about 150 px for the icon and the three buttons.
    auto *planEditor = window.findChild<PlanEditor *>();
    REQUIRE(planEditor);
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new DataReportExportDialog(QStringLiteral("Exampleshire County Council"), 2024, true, true, &window));
    dialogs.emplace_back(new PlanExportDialog(QStringLiteral("Exampleshire County Council"), 2024, &window));
    dialogs.emplace_back(new ActionDialog(PlanAction{}, QDate(2026, 12, 2), &window));
    dialogs.emplace_back(new HistoryDialog(window.workspace(), planEditor, &window));
    dialogs.emplace_back(new ExtractImportWizard(window.workspace(), &window));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QCoreApplication::processEvents();
        QFont titleFont = dialog->font();
        titleFont.setBold(true);
        const QString title = dialog->windowTitle();
        INFO("dialog \"" << title.toStdString() << "\" is " << dialog->width() << " px wide");
        CHECK(QFontMetrics(titleFont).horizontalAdvance(title) + 150 <= dialog->width());
        CHECK(dialog->frameGeometry().width() <= available.width());
        CHECK(dialog->frameGeometry().height() <= available.height());
        checkPage(dialog.get(), title);
        dialog->hide();
    }
}

// QtCharts shortens an axis label or a legend entry that has no room with "…"; the test reads
// the text the chart actually draws, on every dashboard chart and every metric's detail.
TEST_CASE("On a 1366x768 laptop no chart label or legend entry is shortened", "[.laptop]")
{
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("window"));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("charts.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();
    auto *panels = window.findChild<QTabWidget *>(QStringLiteral("panels"));
    REQUIRE(panels);
    panels->setCurrentIndex(1);
    auto *dashboard = window.findChild<DashboardPanel *>();
    REQUIRE(dashboard);
    int chartsRead = 0;
    const auto checkCharts = [&](const QString &where) {
        QCoreApplication::processEvents();
        for (ChartPanel *panel : dashboard->findChildren<ChartPanel *>()) {
            QChartView *view = panel->chartView();
            if (!view || !view->isVisible() || !view->scene())
                continue;
            ++chartsRead;
            for (QGraphicsItem *item : view->scene()->items()) {
                QString text;
                if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                    text = rich->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    text = simple->text();
                if (!item->isVisible() || text.isEmpty())
                    continue;
                INFO(where.toStdString() << ", " << panel->objectName().toStdString() << ": \"" << text.toStdString() << "\"");
                CHECK_FALSE(text.contains(QChar(0x2026)));
                CHECK_FALSE(text.endsWith(QStringLiteral("...")));
                // Nor drawn past the chart's edge: a long row label ran off the left of a
                // narrow forest plot, under the axis title.
                const QRectF inside = view->chart()->geometry().adjusted(-1, -1, 1, 1);
                CHECK(inside.contains(item->sceneBoundingRect()));
            }
        }
    };
    // SCWRES_SCREENSHOT_DIR: each page as the test saw it, to look at.
    const QString shots = qEnvironmentVariable("SCWRES_SCREENSHOT_DIR");
    const auto shoot = [&](const QString &name) {
        if (!shots.isEmpty())
            window.grab().save(QStringLiteral("%1/%2.png").arg(shots, QString(name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))));
    };
    auto *tabs = dashboard->findChild<QTabWidget *>();
    REQUIRE(tabs);
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        checkCharts(tabs->tabText(page));
        shoot(QStringLiteral("dashboard-%1").arg(tabs->tabText(page)));
    }
    for (MetricId id : kMetricIds) {
        dashboard->showMetricDetail(id);
        auto *detailTabs = dashboard->findChild<QTabWidget *>(QStringLiteral("detailChartTabs"));
        REQUIRE(detailTabs);
        for (int page = 0; page < detailTabs->count(); ++page) {
            detailTabs->setCurrentIndex(page);
            checkCharts(QStringLiteral("detail of %1, %2").arg(metricChartLabel(id), detailTabs->tabText(page)));
            shoot(QStringLiteral("detail-%1-%2").arg(metricKey(id), detailTabs->tabText(page)));
        }
    }
    CHECK(chartsRead > 10);
}
