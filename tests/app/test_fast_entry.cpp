// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 28: data entry a fast typist can trust. Keys are sent as a window system sends them, each
// to the widget that has the keyboard focus when it arrives, with no event processing between
// them (as fast as keys can be sent) and again with the event loop run between keys; then the
// stored return is read back. And Tab walks every page of both service areas: every control is
// reached and Tab leaves every grid.
#include <catch2/catch.hpp>

#include "entry/AreaEntryPage.h"
#include "entry/BlockSection.h"
#include "entry/DataEntryPanel.h"
#include "entry/EntryGridModel.h"
#include "entry/EntryTableView.h"
#include "entry/PayBandTableModel.h"
#include "plan/PlanEvents.h"
#include "window/Dialogs.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include "ActionPlan.h"
#include "ActionPlanStore.h"

#include "entry/ReturnCells.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace scwres;

namespace {

const QString kAuthority = QStringLiteral("Fastshire County Council");

AreaReturn collectedArea()
{
    AreaReturn area;
    for (Block block : kBlocks)
        area.setCollected(block, true);
    area.payBands.bands = {
        PayBand{QStringLiteral("Band A"), NationalBand::Under30k, GroupCounts::empty()},
        PayBand{QStringLiteral("Band B"), NationalBand::From30kTo69k, GroupCounts::empty()},
        PayBand{QStringLiteral("Band C"), NationalBand::From70k, GroupCounts::empty()},
    };
    return area;
}

AnnualReturn twoAreaReturn()
{
    AnnualReturn r;
    r.authorityName = kAuthority;
    r.authorityCode = QStringLiteral("E10000097");
    r.year = 2024;
    r.snapshotDate = QDate(2024, 9, 30);
    r.periodStart = QDate(2023, 10, 1);
    r.periodEnd = QDate(2024, 9, 30);
    r.populationMinorityEthnicPercent = 20.0;
    r.populationSource = QStringLiteral("Census 2021");
    r.adult = collectedArea();
    r.children = collectedArea();
    return r;
}

struct FastFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<DataEntryPanel> panel;

    FastFixture()
    {
        REQUIRE(dir.isValid());
        workspace = std::make_unique<Workspace>();
        QString error;
        REQUIRE(workspace->openDatabase(dir.filePath(QStringLiteral("fast.sqlite")), &error));
        REQUIRE(workspace->database()->saveReturn(twoAreaReturn()));
        workspace->select(workspace->database()->authorityByName(kAuthority)->id, 2024);
        panel = std::make_unique<DataEntryPanel>(workspace.get());
        panel->resize(1366, 768);
        panel->show();
        REQUIRE(QTest::qWaitForWindowExposed(panel.get()));
        panel->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(panel.get()));
    }

    AnnualReturn stored() const
    {
        const auto ret = workspace->database()->loadReturn(kAuthority, 2024);
        REQUIRE(ret);
        return *ret;
    }
};

enum class Order { Enter, KeypadEnter, Tab };

// One key, to whatever has the keyboard focus now (as the window system delivers it).
void press(int key, Qt::KeyboardModifiers modifiers, bool runEventLoop)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
    if (runEventLoop)
        QTest::qWait(0);
}

void typeDigits(const QString &digits, bool runEventLoop)
{
    for (const QChar c : digits) {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        QTest::keyClick(target, c.toLatin1());
        if (runEventLoop)
            QTest::qWait(0);
    }
}

// The grid's count cells in the order a key walks them: down the columns (Enter) or along the
// rows (Tab).
std::vector<QModelIndex> countCells(const EntryTableView *view, Order order)
{
    const QAbstractItemModel *m = view->model();
    std::vector<QModelIndex> cells;
    const bool byColumn = order != Order::Tab;
    const int outer = byColumn ? m->columnCount() : m->rowCount();
    const int inner = byColumn ? m->rowCount() : m->columnCount();
    for (int a = 0; a < outer; ++a)
        for (int b = 0; b < inner; ++b) {
            const int row = byColumn ? b : a;
            const int column = byColumn ? a : b;
            if (view->entryModel()->isCountCell(view->entryModel()->index(row, column)))
                cells.push_back(m->index(row, column));
        }
    return cells;
}

// Types a distinct number of two to four digits into every count of the block's grid, in the
// key's order, starting from the first count; returns the number meant for each cell.
std::map<std::pair<int, int>, long long> typeBlock(EntryTableView *view, Order order, bool runEventLoop, int seed)
{
    view->focusFirstCount();
    REQUIRE(view->hasFocus());
    const auto cells = countCells(view, order);
    REQUIRE(cells.size() >= 3);
    REQUIRE(view->currentIndex() == cells.front());
    std::map<std::pair<int, int>, long long> meant;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        // 307, 126, 12, 4015, …: lengths vary, so a merge of two counts can never look right.
        const long long value = (seed * 131 + static_cast<long long>(i) * 977) % (i % 2 ? 100 : 5000) + 10;
        meant[{cells[i].row(), cells[i].column()}] = value;
        typeDigits(QString::number(value), runEventLoop);
        switch (order) {
        case Order::Enter: press(Qt::Key_Return, Qt::NoModifier, runEventLoop); break;
        case Order::KeypadEnter: press(Qt::Key_Enter, Qt::KeypadModifier, runEventLoop); break;
        case Order::Tab: press(Qt::Key_Tab, Qt::NoModifier, runEventLoop); break;
        }
    }
    return meant;
}

void checkStored(const FastFixture &f, EntryTableView *view, const std::map<std::pair<int, int>, long long> &meant)
{
    QCoreApplication::processEvents(); // anything still queued would show here, not pass unseen
    const AnnualReturn stored = f.stored();
    for (const auto &[cell, value] : meant) {
        const QModelIndex index = view->entryModel()->index(cell.first, cell.second);
        INFO(index.data(Qt::AccessibleTextRole).toString().toStdString());
        CHECK(index.data(Qt::EditRole).toLongLong() == value);
        const auto location = view->entryModel()->countLocation(cell.first, cell.second);
        REQUIRE(location);
        CHECK(ReturnCells::count(stored, *location).value_or(-1) == value); // -1: not entered
    }
}

} // namespace

TEST_CASE("Typed as fast as keys can be sent, every count of a pay-band block and a metric block lands in its cell",
          "[entry][keyboard][fast]")
{
    struct Run {
        Order order;
        bool runEventLoop;
        const char *name;
    };
    const std::vector<Run> runs{
        {Order::Enter, false, "Enter, no event processing between keys"},
        {Order::Enter, true, "Enter, qWait(0) between keys"},
        {Order::KeypadEnter, false, "keypad Enter, no event processing between keys"},
        {Order::Tab, false, "Tab, no event processing between keys"},
        {Order::Tab, true, "Tab, qWait(0) between keys"},
    };
    int seed = 1;
    for (const Run &run : runs) {
        for (Block block : {Block::PayBands, Block::Shortlisting}) {
            INFO(run.name << ", " << blockInfo(block).key);
            FastFixture f;
            EntryTableView *view = f.panel->areaPage(ServiceArea::Adult)->section(block)->grid();
            FieldLocation loc;
            loc.area = ServiceArea::Adult;
            loc.block = block;
            f.panel->areaPage(ServiceArea::Adult)->focusLocation(loc);
            const int stepsBefore = f.workspace->undoStack()->count();
            const auto meant = typeBlock(view, run.order, run.runEventLoop, seed++);
            checkStored(f, view, meant);
            // One ordinary edit per count, no more and no fewer.
            CHECK(f.workspace->undoStack()->count() == stepsBefore + static_cast<int>(meant.size()));
            // The band names are as they were: no count went into a name.
            if (block == Block::PayBands) {
                const AnnualReturn stored = f.stored();
                const auto &bands = stored.adult->payBands.bands;
                REQUIRE(bands.size() == 3);
                CHECK(bands[0].name == QStringLiteral("Band A"));
                CHECK(bands[1].name == QStringLiteral("Band B"));
                CHECK(bands[2].name == QStringLiteral("Band C"));
            }
        }
    }
}

TEST_CASE("Typed fast with Enter, every grid of both service areas stores what was typed", "[entry][keyboard][fast]")
{
    FastFixture f;
    int seed = 7;
    for (ServiceArea area : kServiceAreas) {
        for (Block block : kBlocks) {
            INFO(serviceAreaKey(area).toStdString() << ", " << blockInfo(block).key);
            FieldLocation loc;
            loc.area = area;
            loc.block = block;
            Finding finding;
            finding.location = loc;
            f.panel->showFinding(finding);
            EntryTableView *view = f.panel->areaPage(area)->section(block)->grid();
            REQUIRE(view->isVisible());
            const auto meant = typeBlock(view, seed % 2 ? Order::Enter : Order::Tab, false, seed);
            ++seed;
            checkStored(f, view, meant);
        }
    }
}

TEST_CASE("A digit typed after Tab past a row's last count goes to the next row's first count, not a band's name",
          "[entry][keyboard]")
{
    FastFixture f;
    EntryTableView *view = f.panel->areaPage(ServiceArea::Adult)->section(Block::PayBands)->grid();
    FieldLocation loc;
    loc.area = ServiceArea::Adult;
    loc.block = Block::PayBands;
    f.panel->areaPage(ServiceArea::Adult)->focusLocation(loc);
    view->focusFirstCount();
    view->setCurrentIndex(view->model()->index(0, PayBandTableModel::UnknownColumn));
    press(Qt::Key_Tab, Qt::NoModifier, false);
    CHECK(view->currentIndex() == view->model()->index(1, PayBandTableModel::WhiteColumn));
    typeDigits(QStringLiteral("42"), false);
    press(Qt::Key_Return, Qt::NoModifier, false);
    CHECK(f.stored().adult->payBands.bands[1].name == QStringLiteral("Band B"));
    CHECK(f.stored().adult->payBands.bands[1].counts.white == 42);
    // Space opens no editor (a count cannot hold a space).
    view->setCurrentIndex(view->model()->index(1, PayBandTableModel::WhiteColumn));
    press(Qt::Key_Space, Qt::NoModifier, false);
    for (const QLineEdit *editor : view->findChildren<QLineEdit *>(QStringLiteral("countEditor")))
        CHECK_FALSE(editor->isVisible());
    CHECK(view->hasFocus());
}

namespace {

// The controls of a page a keyboard can reach: shown, enabled, taking Tab.
std::set<QWidget *> tabStops(QWidget *page)
{
    std::set<QWidget *> stops;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            continue; // a view's viewport: the view is the stop
        stops.insert(w);
    }
    return stops;
}

QString describe(const QWidget *w)
{
    return w ? QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
             : QStringLiteral("nothing");
}

// Presses Tab (or Shift+Tab) from the focus until it leaves page; returns what had the focus on
// the way. Fails if the focus never leaves (a keyboard trap).
std::vector<QWidget *> walk(QWidget *page, bool forward)
{
    std::vector<QWidget *> visited;
    for (int presses = 0; presses < 600; ++presses) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        if (!page->isAncestorOf(focus))
            return visited;
        if (visited.empty() || visited.back() != focus)
            visited.push_back(focus);
        press(forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier, false);
    }
    FAIL("the focus never left the page: a keyboard trap after " << describe(visited.back()).toStdString());
    return visited;
}

} // namespace

TEST_CASE("Tab and Shift+Tab reach every control of every page of both service areas and leave every grid",
          "[entry][keyboard][focus]")
{
    FastFixture f;
    for (ServiceArea area : kServiceAreas) {
        REQUIRE(f.panel->showArea(area));
        auto *groups = f.panel->findChild<QTabWidget *>(QStringLiteral("groups_") + serviceAreaKey(area));
        REQUIRE(groups);
        for (int g = 0; g < groups->count(); ++g) {
            groups->setCurrentIndex(g);
            QApplication::processEvents();
            QWidget *page = groups->currentWidget();
            INFO(serviceAreaKey(area).toStdString() << " / " << groups->tabText(g).toStdString());
            const std::set<QWidget *> stops = tabStops(page);
            REQUIRE(stops.size() >= 3);
            for (QWidget *stop : stops) {
                // No unnamed Tab stop.
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(stop);
                INFO(describe(stop).toStdString());
                CHECK_FALSE((iface ? iface->text(QAccessible::Name) : QString()).trimmed().isEmpty());
            }
            for (bool forward : {true, false}) {
                INFO((forward ? "Tab" : "Shift+Tab"));
                // From the control just before (after) the page: the group's tab bar.
                groups->tabBar()->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                if (forward) {
                    press(Qt::Key_Tab, Qt::NoModifier, false);
                } else {
                    // Shift+Tab from the control after the page: the first one outside it in the chain.
                    QWidget *last = nullptr;
                    for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain())
                        if (stops.count(w))
                            last = w;
                    REQUIRE(last);
                    last->setFocus(Qt::BacktabFocusReason);
                }
                const std::vector<QWidget *> visited = walk(page, forward);
                std::set<QWidget *> missed = stops;
                for (QWidget *w : visited)
                    missed.erase(w);
                QStringList names;
                for (QWidget *w : missed)
                    names << describe(w);
                INFO("not reached: " << names.join(QStringLiteral(", ")).toStdString());
                CHECK(missed.empty());
                // Every grid was entered and left: the focus went on past it.
                QWidget *after = QApplication::focusWidget();
                CHECK_FALSE(page->isAncestorOf(after));
            }
        }
    }
}

TEST_CASE("The focused grid frames its current cell, and the page opens with the focus on the first count",
          "[entry][keyboard][focus]")
{
    FastFixture f;
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    auto *grid = qobject_cast<EntryTableView *>(focus);
    REQUIRE(grid);
    CHECK(grid->objectName() == QStringLiteral("grid_adult_pay_bands"));
    CHECK(grid->currentIndex() == grid->model()->index(0, PayBandTableModel::WhiteColumn));

    // The frame: the highlight colour on the current cell's edge when focused, not when not.
    const QRect cell = grid->visualRect(grid->currentIndex());
    const QColor highlight = grid->palette().color(QPalette::Active, QPalette::Highlight);
    auto edgeColour = [&] {
        const QImage image = grid->viewport()->grab().toImage();
        return image.pixelColor(cell.center().x(), cell.top() + 1);
    };
    CHECK(edgeColour() == highlight);
    grid->clearFocus();
    QApplication::processEvents();
    CHECK(edgeColour() != highlight);
}

TEST_CASE("A signed-off year looks locked: no editor opens, a note says why, and a button reopens it",
          "[entry][locked]")
{
    FastFixture f;
    const auto authority = f.workspace->database()->authorityByName(kAuthority);
    REQUIRE(authority);
    ActionPlan plan = newPlan(*authority, 2024);
    REQUIRE(ActionPlanStore(*f.workspace->database()).save(plan));
    SignOff signOff;
    signOff.name = QStringLiteral("A. Director");
    signOff.role = QStringLiteral("Director of Adult Social Care");
    signOff.date = QDate(2024, 11, 1);
    QString error;
    REQUIRE(PlanEvents::signOff(f.workspace.get(), authority->id, 2024, signOff, &error));
    QApplication::processEvents();

    auto *note = f.panel->findChild<QFrame *>(QStringLiteral("lockNote"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(f.panel->findChild<QLabel *>(QStringLiteral("lockText"))->text().contains(QStringLiteral("locked")));
    auto *reopen = f.panel->findChild<QPushButton *>(QStringLiteral("reopenFiguresButton"));
    REQUIRE(reopen);
    CHECK(reopen->isVisible());

    EntryTableView *view = f.panel->areaPage(ServiceArea::Adult)->section(Block::PayBands)->grid();
    view->focusFirstCount();
    const QModelIndex first = view->currentIndex();
    CHECK_FALSE(first.flags() & Qt::ItemIsEditable);
    // Drawn as read-only: the cells' base is the palette's window colour.
    CHECK(view->palette().color(QPalette::Base) == view->palette().color(QPalette::Window));
    {
        // And painted so: the background of a count cell (away from its right-aligned digits).
        const QModelIndex cell = view->model()->index(1, PayBandTableModel::WhiteColumn);
        const QRect rect = view->visualRect(cell);
        const QImage image = view->viewport()->grab().toImage();
        CHECK(image.pixelColor(rect.left() + 6, rect.center().y()) == view->palette().color(QPalette::Window));
    }
    CHECK_FALSE(f.panel->findChild<QCheckBox *>(QStringLiteral("notCollected_adult_pay_bands"))->isEnabled());
    CHECK(f.panel->findChild<QPlainTextEdit *>(QStringLiteral("note_adult_pay_bands"))->isReadOnly());
    // Typing opens no editor and asks nothing (a question after typing was the old way).
    const QString before = Dialogs::lastMessage();
    typeDigits(QStringLiteral("42"), false);
    press(Qt::Key_Return, Qt::NoModifier, false);
    for (const QLineEdit *editor : view->findChildren<QLineEdit *>(QStringLiteral("countEditor")))
        CHECK_FALSE(editor->isVisible());
    CHECK(Dialogs::lastMessage() == before);
    CHECK(f.stored().adult->payBands.bands[0].counts == GroupCounts::empty());

    // The button reopens, with a reason: the figures can be typed in again.
    Dialogs::setNextText(QStringLiteral("Late survey results"));
    Dialogs::setNextText(QStringLiteral("P. Lead"));
    reopen->click();
    QApplication::processEvents();
    CHECK_FALSE(note->isVisible());
    CHECK(first.flags() & Qt::ItemIsEditable);
    view->focusFirstCount();
    typeDigits(QStringLiteral("42"), false);
    press(Qt::Key_Return, Qt::NoModifier, false);
    CHECK(f.stored().adult->payBands.bands[0].counts.white == 42);
    // "Reopened by" is who reopened it, as asked (not the plan's programme lead).
    const auto reopened = ActionPlanStore(*f.workspace->database()).load(authority->id, 2024);
    REQUIRE(reopened);
    REQUIRE(reopened->reopenings.size() == 1);
    CHECK(reopened->reopenings.front().by == QStringLiteral("P. Lead"));
}

TEST_CASE("Restart returns to the authority, year, service area and group of metrics the user left",
          "[entry][restart]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("place.sqlite"));
    QString authorityName;
    int year = 0;
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(path));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window.offerDemoIfEmpty();
        Database *db = window.workspace()->database();
        const auto authorities = db->authorities();
        REQUIRE(!authorities.empty());
        // Not the newest year, which is where a fresh start goes.
        const Authority &chosen = authorities.back();
        const auto years = db->years(chosen.id);
        REQUIRE(years.size() >= 2);
        authorityName = chosen.name;
        year = years.front();
        window.workspace()->select(chosen.id, year);
        DataEntryPanel *entry = window.dataEntryPanel();
        entry->showTab(2, 3); // adult social care, Development
        REQUIRE(entry->currentTab() == 2);
        REQUIRE(entry->currentGroup() == 3);
        window.close();
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(path));
    const auto authority = window.workspace()->database()->authority(window.workspace()->currentAuthorityId());
    REQUIRE(authority);
    CHECK(authority->name == authorityName);
    CHECK(window.workspace()->currentYear() == year);
    CHECK(window.dataEntryPanel()->currentTab() == 2);
    CHECK(window.dataEntryPanel()->currentGroup() == 3);
}

TEST_CASE("While typing over a cell the arrows store it and move, and after F2 Left and Right stay in the text",
          "[entry][keyboard]")
{
    FastFixture f;
    EntryTableView *view = f.panel->areaPage(ServiceArea::Adult)->section(Block::Shortlisting)->grid();
    FieldLocation loc;
    loc.area = ServiceArea::Adult;
    loc.block = Block::Shortlisting;
    f.panel->areaPage(ServiceArea::Adult)->focusLocation(loc);
    view->focusFirstCount();
    const QModelIndex first = view->currentIndex();
    typeDigits(QStringLiteral("64"), false);
    press(Qt::Key_Down, Qt::NoModifier, false);
    CHECK(view->currentIndex() == view->model()->index(first.row() + 1, first.column()));
    typeDigits(QStringLiteral("9"), false);
    press(Qt::Key_Right, Qt::NoModifier, false);
    CHECK(view->currentIndex() == view->model()->index(first.row() + 1, first.column() + 1));
    const AnnualReturn stored = f.stored();
    CHECK(stored.adult->shortlisting.population.white == 64);
    CHECK(stored.adult->shortlisting.population.minorityEthnic == 9);

    // F2 edits in place: Left moves the text cursor, not the cell; Enter then stores it.
    view->setCurrentIndex(first);
    press(Qt::Key_F2, Qt::NoModifier, false);
    press(Qt::Key_Left, Qt::NoModifier, false);
    typeDigits(QStringLiteral("1"), false);
    CHECK(view->currentIndex() == first);
    press(Qt::Key_Return, Qt::NoModifier, false);
    CHECK(f.stored().adult->shortlisting.population.white == 614);
}

TEST_CASE("In the main window Tab goes from the page's last control round to the navigator, and Shift+Tab back",
          "[entry][keyboard][focus]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("round.sqlite"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.offerDemoIfEmpty();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    DataEntryPanel *entry = window.dataEntryPanel();
    entry->showTab(2, 0); // adult social care, Workforce
    QWidget *navigator = window.findChild<QWidget *>(QStringLiteral("navigator"));
    REQUIRE(navigator);

    // From the first count, Tab until the navigator: never more than the page's cells and controls.
    QWidget *start = QApplication::focusWidget();
    REQUIRE(qobject_cast<EntryTableView *>(start));
    bool reached = false;
    for (int presses = 0; presses < 400 && !reached; ++presses) {
        press(Qt::Key_Tab, Qt::NoModifier, false);
        reached = QApplication::focusWidget() == navigator;
    }
    CHECK(reached);
    // And Shift+Tab from the navigator goes back into the window's panels (not stuck on it).
    press(Qt::Key_Backtab, Qt::ShiftModifier, false);
    CHECK(QApplication::focusWidget() != navigator);
}
