// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include <catch2/catch.hpp>

#include "entry/AreaEntryPage.h"
#include "entry/BlockSection.h"
#include "entry/CountsGridModel.h"
#include "entry/CurrentReturn.h"
#include "entry/DataEntryPanel.h"
#include "entry/CountDelegate.h"
#include "entry/EntryTableView.h"
#include "entry/MetricFiguresBox.h"
#include "entry/PayBandTableModel.h"
#include "entry/ProblemsList.h"
#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "MetricEngine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace scwres;

namespace {

const QString kAuthority = QStringLiteral("Testshire County Council");

AnnualReturn smallReturn()
{
    AnnualReturn r;
    r.authorityName = kAuthority;
    r.authorityCode = QStringLiteral("E10000098");
    r.year = 2024;
    r.snapshotDate = QDate(2024, 9, 30);
    r.periodStart = QDate(2023, 10, 1);
    r.periodEnd = QDate(2024, 9, 30);
    r.populationMinorityEthnicPercent = 20.0;
    r.populationSource = QStringLiteral("Census 2021");
    AreaReturn adult;
    for (Block block : kBlocks)
        adult.setCollected(block, true);
    adult.payBands.bands = {
        PayBand{QStringLiteral("Band A"), NationalBand::Under30k, GroupCounts{200, 60, 5}},
        PayBand{QStringLiteral("Band B"), NationalBand::From30kTo69k, GroupCounts{100, 30, 2}},
        PayBand{QStringLiteral("Band C"), NationalBand::From70k, GroupCounts{10, 2, 0}},
    };
    adult.shortlisting.population = GroupCounts{100, 50, 0};
    adult.shortlisting.events = GroupCounts{20, 5, 0};
    r.adult = adult;
    return r;
}

// A database holding smallReturn(), a workspace on it with that year selected, and the panel.
struct EntryFixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<DataEntryPanel> panel;

    explicit EntryFixture(bool seed = true)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("entry.sqlite"));
        open(seed);
    }

    void open(bool seed)
    {
        workspace = std::make_unique<Workspace>();
        QString error;
        REQUIRE(workspace->openDatabase(path, &error));
        if (seed) {
            const bool saved = workspace->database()->saveReturn(smallReturn());
            INFO(workspace->database()->lastError().toStdString());
            REQUIRE(saved);
        }
        const auto authority = workspace->database()->authorityByName(kAuthority);
        REQUIRE(authority);
        workspace->select(authority->id, 2024);
        panel = std::make_unique<DataEntryPanel>(workspace.get());
        panel->resize(1200, 900);
        panel->show();
        REQUIRE(QTest::qWaitForWindowExposed(panel.get()));
    }

    // Closes everything, as quitting the program does, and opens the same file again.
    void restart()
    {
        panel.reset();
        workspace.reset();
        open(false);
    }

    BlockSection *section(Block block, ServiceArea area = ServiceArea::Adult) const
    {
        return panel->areaPage(area)->section(block);
    }

    // Shows the block's grid the way a finding does, with the current cell at (row, column).
    EntryTableView *gridAt(Block block, int row, int column) const
    {
        BlockSection *s = section(block);
        FieldLocation loc;
        loc.area = ServiceArea::Adult;
        loc.block = block;
        panel->areaPage(ServiceArea::Adult)->focusLocation(loc);
        EntryTableView *view = s->grid();
        view->setCurrentIndex(view->model()->index(row, column));
        return view;
    }
};

// The editor open on the grid's current cell (a closed one lingers until its deferred deletion).
QLineEdit *openEditor(EntryTableView *view)
{
    for (QLineEdit *editor : view->findChildren<QLineEdit *>(QStringLiteral("countEditor")))
        if (editor->isVisible())
            return editor;
    return nullptr;
}

// Types text into the grid's current cell and presses Enter, as a person does.
void typeIntoCell(EntryTableView *view, const QString &text)
{
    QTest::keyClick(view, text.at(0).toLatin1());
    auto *editor = openEditor(view);
    REQUIRE(editor);
    if (text.size() > 1)
        QTest::keyClicks(editor, text.mid(1));
    // Enter stores the count and moves on in the key event itself (no queued call to wait for).
    QTest::keyClick(editor, Qt::Key_Return);
}

QString figures(const EntryFixture &f, Block block)
{
    return f.section(block)->figures()->figuresText();
}

int errorItems(ProblemsList *list)
{
    int n = 0;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(severityName(Severity::Error)))
            ++n;
    return n;
}

} // namespace

TEST_CASE("Typing into a grid cell updates the model, the database and the live RL, and undo restores all three", "[entry]")
{
    EntryFixture f;
    // Shortlisting: minority ethnic 5 of 50 appointed, white 20 of 100: RL (5/50)/(20/100) = 0.50.
    EntryTableView *view = f.gridAt(Block::Shortlisting, 1, 1);
    REQUIRE(view->currentIndex().data().toLongLong() == 5);
    CHECK(figures(f, Block::Shortlisting).contains(QStringLiteral("Relative likelihood (RL), minority ethnic relative to white: 0.50")));

    typeIntoCell(view, QStringLiteral("10"));

    // Typed over, not appended to: 10, not 510. RL (10/50)/(20/100) = 1.00.
    CHECK(view->model()->index(1, 1).data().toLongLong() == 10);
    CHECK(f.workspace->database()->loadReturn(kAuthority, 2024)->adult->shortlisting.events.minorityEthnic == 10);
    CHECK(figures(f, Block::Shortlisting).contains(QStringLiteral("Relative likelihood (RL), minority ethnic relative to white: 1.00")));
    CHECK(view->model()->index(CountsGridModel::kTotalRow, 1).data().toLongLong() == 30);
    // Enter went down the column.
    CHECK(view->currentIndex() == view->model()->index(2, 1));

    f.workspace->undoStack()->undo();
    CHECK(view->model()->index(1, 1).data().toLongLong() == 5);
    CHECK(f.workspace->database()->loadReturn(kAuthority, 2024)->adult->shortlisting.events.minorityEthnic == 5);
    CHECK(figures(f, Block::Shortlisting).contains(QStringLiteral("Relative likelihood (RL), minority ethnic relative to white: 0.50")));
}

TEST_CASE("Text that is not a count stays visible, is refused with the reason, and is never stored", "[entry]")
{
    EntryFixture f;
    EntryTableView *view = f.gridAt(Block::Shortlisting, 0, 0);
    auto *delegate = qobject_cast<CountDelegate *>(view->itemDelegate());
    REQUIRE(delegate);
    const int steps = f.workspace->undoStack()->count();
    for (const QString &typed : {QStringLiteral("-5"), QStringLiteral("12a"), QStringLiteral("4x-2.5")}) {
        INFO(typed.toStdString());
        view->setFocus();
        QTest::keyClick(view, typed.at(0).toLatin1());
        auto *editor = openEditor(view);
        REQUIRE(editor);
        QTest::keyClicks(editor, typed.mid(1));
        // Nothing dropped: what was typed is what the cell shows.
        CHECK(editor->text() == typed);
        QTest::keyClick(editor, Qt::Key_Return);
        // Enter is refused with the reason; the editor stays open on the cell.
        CHECK(delegate->lastRefusal().contains(QStringLiteral("is not a count")));
        CHECK(editor->toolTip() == delegate->lastRefusal());
        CHECK(editor->isVisible());
        QTest::keyClick(editor, Qt::Key_Escape);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor goes
        CHECK(f.workspace->undoStack()->count() == steps);
        CHECK(f.workspace->database()->loadReturn(kAuthority, 2024)->adult->shortlisting.population.white == 100);
    }
    CHECK(delegate->lastRefusal().size() > 0);
}

TEST_CASE("Pasting a 3x3 tab-separated block fills the right cells, and a block too large is refused", "[entry]")
{
    EntryFixture f;
    EntryTableView *view = f.gridAt(Block::PayBands, 0, PayBandTableModel::WhiteColumn);
    const int steps = f.workspace->undoStack()->count();

    // As a spreadsheet copies it: tab-separated, CRLF, a final line break, a thousands comma.
    QApplication::clipboard()->setText(QStringLiteral("1\t2\t3\r\n4\t5\t6\r\n7\t8\t1,009\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);

    const AnnualReturn ret = *f.workspace->database()->loadReturn(kAuthority, 2024);
    const auto &bands = ret.adult->payBands.bands;
    CHECK(bands[0].counts == GroupCounts{1, 2, 3});
    CHECK(bands[1].counts == GroupCounts{4, 5, 6});
    CHECK(bands[2].counts == GroupCounts{7, 8, 1009});
    CHECK(view->model()->index(1, PayBandTableModel::MinorityEthnicColumn).data().toLongLong() == 5);
    // The computed total column and row follow.
    CHECK(view->model()->index(2, PayBandTableModel::TotalColumn).data().toLongLong() == 1024);
    CHECK(view->model()->index(3, PayBandTableModel::WhiteColumn).data().toLongLong() == 12);
    CHECK(f.workspace->undoStack()->count() == steps + 1); // one paste, one undo step

    // Copying the block gives back tab-separated text.
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("1\t2\t3\n4\t5\t6\n7\t8\t1009"));

    // Four rows from the first band would run into the computed total row.
    view->setCurrentIndex(view->model()->index(0, PayBandTableModel::WhiteColumn));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(view->pasteText(QStringLiteral("9\t9\t9\n9\t9\t9\n9\t9\t9\n9\t9\t9")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("does not fit")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("Adult social care, pay bands (headcount), Band A, white")));
    // A word in the block is refused too, naming its cell.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(view->pasteText(QStringLiteral("9\t9\n9\tlots")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("Band B, minority ethnic")));
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("lots")));

    CHECK(f.workspace->undoStack()->count() == steps + 1);
    CHECK(f.workspace->database()->loadReturn(kAuthority, 2024)->adult->payBands.bands[0].counts
          == GroupCounts{1, 2, 3});
}

TEST_CASE("An invalid count shows in the problems list and marks the cell, and fixing it clears both", "[entry]")
{
    EntryFixture f;
    ProblemsList *problems = f.panel->problems();
    REQUIRE(errorItems(problems) == 0);
    EntryTableView *view = f.gridAt(Block::Shortlisting, 1, 1);
    CHECK_FALSE(view->currentIndex().data(Qt::DecorationRole).isValid());

    typeIntoCell(view, QStringLiteral("60")); // 60 minority ethnic appointed, only 50 shortlisted

    REQUIRE(errorItems(problems) == 1);
    const QModelIndex cell = view->model()->index(1, 1);
    CHECK(cell.data(Qt::DecorationRole).isValid());
    CHECK(cell.data(Qt::BackgroundRole).isValid());
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("60")));
    CHECK(cell.data(Qt::ToolTipRole).toString().startsWith(severityName(Severity::Error)));
    // No figures from impossible counts beside the error.
    CHECK(figures(f, Block::Shortlisting).contains(QStringLiteral("can't be worked out until the 1 error")));
    CHECK_FALSE(figures(f, Block::Shortlisting).contains(QStringLiteral("Relative likelihood")));

    // Activating the finding takes the user to the cell, from another tab and cell.
    f.gridAt(Block::Leavers, 0, 0);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < problems->count(); ++i)
        if (problems->item(i)->text().startsWith(severityName(Severity::Error)))
            item = problems->item(i);
    REQUIRE(item);
    problems->setCurrentItem(item);
    problems->setFocus();
    QTest::keyClick(problems, Qt::Key_Return);
    CHECK(view->isVisible());
    CHECK(view->currentIndex() == cell);

    view->setCurrentIndex(cell);
    typeIntoCell(view, QStringLiteral("5"));
    CHECK(errorItems(problems) == 0);
    CHECK_FALSE(view->model()->index(1, 1).data(Qt::DecorationRole).isValid());
    CHECK(figures(f, Block::Shortlisting).contains(QStringLiteral("Relative likelihood")));
}

TEST_CASE("Not collected survives a restart and gives not_collected in the metrics", "[entry]")
{
    EntryFixture f;
    auto *check = f.panel->findChild<QCheckBox *>(QStringLiteral("notCollected_adult_disciplinary"));
    REQUIRE(check);
    CHECK(f.section(Block::Disciplinary)->grid()->isEnabled());
    check->click();
    CHECK_FALSE(f.section(Block::Disciplinary)->grid()->isEnabled());

    f.restart();

    check = f.panel->findChild<QCheckBox *>(QStringLiteral("notCollected_adult_disciplinary"));
    REQUIRE(check);
    CHECK(check->isChecked());
    CHECK_FALSE(f.section(Block::Disciplinary)->grid()->isEnabled());
    CHECK(figures(f, Block::Disciplinary) == statusText(MetricStatus::NotCollected));
    const auto ret = f.workspace->database()->loadReturn(kAuthority, 2024);
    const MetricReport report = MetricEngine().compute(*ret, AreaSelection::Adult);
    CHECK(statusKey(report.ratio(MetricId::M3).status) == QStringLiteral("not_collected"));
    // A block collected with zeros is not the same thing.
    CHECK(statusKey(report.ratio(MetricId::M5).status) != QStringLiteral("not_collected"));
}

TEST_CASE("A new year from last year has the same bands and no counts", "[entry]")
{
    EntryFixture f;
    auto *button = f.panel->findChild<QPushButton *>(QStringLiteral("fromLastYearButton"));
    REQUIRE(button);
    button->click();

    CHECK(f.workspace->currentYear() == 2025);
    const auto next = f.workspace->database()->loadReturn(kAuthority, 2025);
    REQUIRE(next);
    const auto &bands = next->adult->payBands.bands;
    REQUIRE(bands.size() == 3);
    const auto previous = smallReturn().adult->payBands.bands;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        CHECK(bands[i].name == previous[i].name);
        CHECK(bands[i].nationalBand == previous[i].nationalBand);
        CHECK(bands[i].counts == GroupCounts::empty());
    }
    CHECK(next->adult->shortlisting.population == GroupCounts::empty());
    // The panel shows the new year's bands, empty.
    auto *model = f.section(Block::PayBands)->grid()->model();
    CHECK(model->index(2, PayBandTableModel::NameColumn).data().toString() == QStringLiteral("Band C"));
    CHECK(model->index(3, PayBandTableModel::TotalColumn).data().toLongLong() == 0);
}

TEST_CASE("Deleting a year asks first and can be undone", "[entry]")
{
    EntryFixture f;
    auto *button = f.panel->findChild<QPushButton *>(QStringLiteral("deleteYearButton"));
    REQUIRE(button);
    Dialogs::setNextAnswer(QMessageBox::No);
    button->click();
    CHECK(f.workspace->database()->loadReturn(kAuthority, 2024));

    Dialogs::setNextAnswer(QMessageBox::Yes);
    button->click();
    CHECK_FALSE(f.workspace->database()->loadReturn(kAuthority, 2024));

    f.workspace->undoStack()->undo();
    const auto back = f.workspace->database()->loadReturn(kAuthority, 2024);
    REQUIRE(back);
    CHECK(*back == smallReturn());
}

TEST_CASE("Pay bands are added, renamed, mapped, moved and removed as undo steps", "[entry]")
{
    EntryFixture f;
    EntryTableView *view = f.gridAt(Block::PayBands, 2, PayBandTableModel::NameColumn);
    auto *model = view->model();
    auto *add = f.panel->findChild<QPushButton *>(QStringLiteral("addBandButton_adult"));
    REQUIRE(add);
    add->click();
    CHECK(model->rowCount() == 5); // four bands and the total
    CHECK(model->setData(model->index(3, PayBandTableModel::NameColumn), QStringLiteral("Band D")));
    CHECK(model->setData(model->index(3, PayBandTableModel::NationalBandColumn),
                         static_cast<int>(NationalBand::From70k)));
    view->setCurrentIndex(model->index(3, PayBandTableModel::NameColumn));
    f.panel->findChild<QPushButton *>(QStringLiteral("moveUpButton_adult"))->click();
    auto bands = f.workspace->database()->loadReturn(kAuthority, 2024)->adult->payBands.bands;
    REQUIRE(bands.size() == 4);
    CHECK(bands[2].name == QStringLiteral("Band D"));
    CHECK(bands[2].nationalBand == NationalBand::From70k);
    CHECK(bands[3].name == QStringLiteral("Band C"));

    f.panel->findChild<QPushButton *>(QStringLiteral("removeBandButton_adult"))->click();
    CHECK(f.workspace->database()->loadReturn(kAuthority, 2024)->adult->payBands.bands.size() == 3);
    for (int i = 0; i < 5; ++i)
        f.workspace->undoStack()->undo();
    CHECK(f.workspace->database()->loadReturn(kAuthority, 2024)->adult->payBands == smallReturn().adult->payBands);
    CHECK(model->rowCount() == 4);
}

TEST_CASE("Entry grid models pass QAbstractItemModelTester through edits, band changes and undo", "[entry]")
{
    EntryFixture f;
    CurrentReturn *current = f.panel->currentReturn();
    CountsGridModel counts(current, ServiceArea::Adult, Block::Shortlisting);
    PayBandTableModel bands(current, ServiceArea::Adult);
    QAbstractItemModelTester countsTester(&counts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester bandsTester(&bands, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(counts.index(1, 0).data(Qt::AccessibleTextRole).toString()
          == QStringLiteral("Adult social care, shortlisting, minority ethnic, shortlisted"));
    CHECK(counts.setData(counts.index(0, 0), QStringLiteral("1,204"), Qt::EditRole));
    CHECK(counts.index(0, 0).data().toLongLong() == 1204);
    CHECK_FALSE(counts.setData(counts.index(0, 0), QStringLiteral("12a"), Qt::EditRole));
    CHECK_FALSE(counts.flags(counts.index(CountsGridModel::kTotalRow, 0)) & Qt::ItemIsEditable);
    CHECK(bands.addBand(0, QStringLiteral("Band Z")));
    CHECK(bands.rowCount() == 5);
    CHECK(bands.removeBand(1));
    CHECK(bands.moveBand(0, 1));
    while (f.workspace->undoStack()->canUndo())
        f.workspace->undoStack()->undo();
    CHECK(bands.rowCount() == 4);
    CHECK(counts.index(0, 0).data().toLongLong() == 100);
}

// Run by the next test in a process of its own: makes one edit through the panel, then dies
// at once, as a crash or a kill would end the program, with no clean shutdown at all.
// Seeds a database at path with smallReturn(), runs one hidden test of this binary on it in a child
// process, and checks the child was killed (SIGKILL), not finished: nothing after its edit ran.
void runChildThatDies(const QString &path, const QString &childTest)
{
    {
        QString error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        REQUIRE(db->saveReturn(smallReturn()));
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SCWRES_ENTRY_CHILD_DB"), path);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {childTest});
    REQUIRE(child.waitForFinished(60000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
}

TEST_CASE("entry child: edit then die", "[.entry-child]")
{
    const QString path = qEnvironmentVariable("SCWRES_ENTRY_CHILD_DB");
    REQUIRE_FALSE(path.isEmpty());
    Workspace workspace;
    QString error;
    REQUIRE(workspace.openDatabase(path, &error));
    workspace.select(workspace.database()->authorityByName(kAuthority)->id, 2024);
    DataEntryPanel panel(&workspace);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    FieldLocation loc;
    loc.area = ServiceArea::Adult;
    loc.block = Block::Shortlisting;
    panel.areaPage(ServiceArea::Adult)->focusLocation(loc);
    EntryTableView *view = panel.areaPage(ServiceArea::Adult)->section(Block::Shortlisting)->grid();
    view->setCurrentIndex(view->model()->index(0, 1));
    typeIntoCell(view, QStringLiteral("37"));
    ::kill(::getpid(), SIGKILL);
}

TEST_CASE("Killing the program right after an edit loses nothing", "[entry]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    runChildThatDies(path, QStringLiteral("entry child: edit then die"));

    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db); // the lock the dead process left behind is stale and taken over
    const auto ret = db->loadReturn(kAuthority, 2024);
    REQUIRE(ret);
    CHECK(ret->adult->shortlisting.events.white == 37);
}

namespace {

// Every editable cell of a grid in reading order (Tab's order).
std::vector<QModelIndex> editableCells(const QAbstractItemModel *m, bool byColumn = false)
{
    std::vector<QModelIndex> cells;
    const int outer = byColumn ? m->columnCount() : m->rowCount();
    const int inner = byColumn ? m->rowCount() : m->columnCount();
    for (int a = 0; a < outer; ++a)
        for (int b = 0; b < inner; ++b) {
            const QModelIndex index = byColumn ? m->index(b, a) : m->index(a, b);
            if (index.flags() & Qt::ItemIsEditable)
                cells.push_back(index);
        }
    return cells;
}

} // namespace

TEST_CASE("Tab and Shift+Tab move count to count, skip totals and names, and go on to the next control", "[entry][keyboard]")
{
    EntryFixture f;
    for (Block block : {Block::Shortlisting, Block::PayBands}) {
        INFO(blockInfo(block).key);
        EntryTableView *view = f.gridAt(block, 0, 0);
        // Tab's order: the counts along each row (a band's name and national band, reached with
        // the arrows, are passed over, so a count typed after Tab never renames a band).
        std::vector<QModelIndex> cells;
        for (const QModelIndex &cell : editableCells(view->model()))
            if (view->entryModel()->isCountCell(view->entryModel()->index(cell.row(), cell.column())))
                cells.push_back(cell);
        REQUIRE(cells.size() >= 4);
        view->setCurrentIndex(cells.front());
        view->setFocus();
        REQUIRE(view->hasFocus());
        for (std::size_t i = 1; i < cells.size(); ++i) {
            QTest::keyClick(view, Qt::Key_Tab);
            CHECK(view->hasFocus());
            CHECK(view->currentIndex() == cells[i]);
        }
        // Past the last count: the next grid of the page at its first count, or, on a page with
        // one grid, the next thing there is to type in (never an invisible widget).
        QTest::keyClick(view, Qt::Key_Tab);
        CHECK_FALSE(view->hasFocus());
        QWidget *after = QApplication::focusWidget();
        REQUIRE(after);
        CHECK(after->isVisible());
        if (auto *next = qobject_cast<EntryTableView *>(after))
            CHECK(next->currentIndex() == editableCells(next->model()).front());
        // Only the focused grid shows a selected cell.
        CHECK(view->selectionModel()->selectedIndexes().isEmpty());
        // And Shift+Tab comes back to the last count of the first grid.
        QTest::keyClick(after, Qt::Key_Backtab);
        CHECK(view->hasFocus());
        CHECK(view->currentIndex() == cells.back());
        for (std::size_t i = cells.size() - 1; i > 0; --i) {
            QTest::keyClick(view, Qt::Key_Backtab);
            CHECK(view->currentIndex() == cells[i - 1]);
        }
    }
}

TEST_CASE("Enter moves down the column and on to the next — Ctrl+Arrow jumps to the edge — Tab in an editor commits",
          "[entry][keyboard]")
{
    EntryFixture f;
    EntryTableView *view = f.gridAt(Block::Shortlisting, 0, 0);
    const auto byColumn = editableCells(view->model(), true);
    view->setCurrentIndex(byColumn.front());
    view->setFocus();
    for (std::size_t i = 1; i < byColumn.size(); ++i) {
        QTest::keyClick(view, Qt::Key_Return);
        CHECK(view->currentIndex() == byColumn[i]);
    }
    QTest::keyClick(view, Qt::Key_Return, Qt::ShiftModifier);
    CHECK(view->currentIndex() == byColumn[byColumn.size() - 2]);

    const auto byRow = editableCells(view->model());
    view->setCurrentIndex(byRow.front());
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    int lastInRow = 0;
    for (const QModelIndex &cell : byRow)
        if (cell.row() == byRow.front().row())
            lastInRow = std::max(lastInRow, cell.column());
    CHECK(view->currentIndex().column() == lastInRow);
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    CHECK(view->currentIndex() == byRow.front());

    // Typing over a cell and pressing Tab stores it and moves right, as in a spreadsheet.
    QTest::keyClick(view, '7');
    auto *editor = openEditor(view);
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_Tab);
    QCoreApplication::processEvents();
    CHECK(view->currentIndex() == byRow[1]);
    CHECK(byRow.front().data(Qt::EditRole).toString() == QStringLiteral("7"));
}

TEST_CASE("Ctrl+C copies a selection as tab-separated text that a spreadsheet pastes", "[entry][keyboard]")
{
    EntryFixture f;
    // The pay-band grid: band name, national band, then the three groups' counts.
    EntryTableView *view = f.gridAt(Block::PayBands, 0, 2);
    view->setFocus();
    const QAbstractItemModel *m = view->model();
    const int bottom = std::min(2, m->rowCount() - 1);
    REQUIRE(m->columnCount() >= 5);
    view->selectionModel()->select(QItemSelection(m->index(0, 2), m->index(bottom, 4)),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QStringList expected;
    for (int row = 0; row <= bottom; ++row) {
        QStringList cells;
        for (int column = 2; column <= 4; ++column)
            cells << m->index(row, column).data(Qt::DisplayRole).toString();
        expected << cells.join(QLatin1Char('\t'));
    }
    CHECK(QApplication::clipboard()->text() == expected.join(QLatin1Char('\n')));
    CHECK(QApplication::clipboard()->text().count(QLatin1Char('\t')) == 2 * (bottom + 1));
}

TEST_CASE("An empty top pay band is said to be empty, not compared", "[entry]")
{
    EntryFixture f;
    CHECK(figures(f, Block::PayBands).contains(QStringLiteral("Status: the top pay band")));
    for (int column = 2; column <= 4; ++column) {
        EntryTableView *view = f.gridAt(Block::PayBands, 2, column); // Band C, £70k and over
        typeIntoCell(view, QStringLiteral("0"));
    }
    CHECK(figures(f, Block::PayBands).contains(QStringLiteral("no staff are in the top pay band")));
    CHECK_FALSE(figures(f, Block::PayBands).contains(QStringLiteral("is not below the workforce")));
}

namespace {

QPlainTextEdit *noteEditOf(const EntryFixture &f, Block block)
{
    auto *note = f.section(block)->findChild<QPlainTextEdit *>(QStringLiteral("note_adult_") +
                                                               QString::fromLatin1(blockInfo(block).key));
    REQUIRE(note);
    return note;
}

QString storedNote(Database *db, const QString &key)
{
    const auto ret = db->loadReturn(kAuthority, 2024);
    REQUIRE(ret);
    const auto it = ret->adult->notes.find(key);
    return it == ret->adult->notes.end() ? QString() : it->second;
}

} // namespace

TEST_CASE("Typing a note never waits for the disk, and it is saved within 300 ms of the last key", "[entry]")
{
    EntryFixture f;
    QPlainTextEdit *note = noteEditOf(f, Block::Shortlisting);
    f.gridAt(Block::Shortlisting, 0, 0);
    note->setFocus();
    const QString sentence = QStringLiteral("From March the tracker counts all posts.");
    REQUIRE(sentence.size() == 40);
    QString typed;
    for (const QChar c : sentence) {
        QTest::keyClick(note, c.toLatin1());
        typed += c;
        // On screen at once, every character.
        CHECK(note->toPlainText() == typed);
        QTest::qWait(10);
    }
    // Not one save per keystroke: nothing is stored while the typing goes on.
    CHECK(storedNote(f.workspace->database(), QStringLiteral("2")).isEmpty());
    QElapsedTimer sinceLastKey;
    sinceLastKey.start();
    while (storedNote(f.workspace->database(), QStringLiteral("2")) != sentence && sinceLastKey.elapsed() < 3000)
        QTest::qWait(5);
    const qint64 savedAfter = sinceLastKey.elapsed();
    CHECK(storedNote(f.workspace->database(), QStringLiteral("2")) == sentence);
    // Saved once the typing paused for 300 ms (not before: no save per keystroke). The upper bound
    // is loose on purpose: this is not a timing test, and the sanitizer build is slow.
    CHECK(savedAfter >= 250);
    CHECK(savedAfter < 3000);
}

TEST_CASE("Leaving a note saves it at once", "[entry]")
{
    EntryFixture f;
    QPlainTextEdit *note = noteEditOf(f, Block::Shortlisting);
    f.gridAt(Block::Shortlisting, 0, 0);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Counted by hand"));
    f.section(Block::Shortlisting)->grid()->setFocus(); // Tab or a click elsewhere
    CHECK(storedNote(f.workspace->database(), QStringLiteral("2")) == QStringLiteral("Counted by hand"));
}

TEST_CASE("entry child: type a note then pause then die", "[.entry-child]")
{
    const QString path = qEnvironmentVariable("SCWRES_ENTRY_CHILD_DB");
    REQUIRE_FALSE(path.isEmpty());
    Workspace workspace;
    QString error;
    REQUIRE(workspace.openDatabase(path, &error));
    workspace.select(workspace.database()->authorityByName(kAuthority)->id, 2024);
    DataEntryPanel panel(&workspace);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    FieldLocation loc;
    loc.area = ServiceArea::Adult;
    loc.block = Block::Shortlisting;
    panel.areaPage(ServiceArea::Adult)->focusLocation(loc);
    auto *note = panel.areaPage(ServiceArea::Adult)->section(Block::Shortlisting)->findChild<QPlainTextEdit *>(
        QStringLiteral("note_adult_shortlisting"));
    REQUIRE(note);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Typed before the pause"));
    QTest::qWait(350); // longer than the save delay: this much must survive
    ::kill(::getpid(), SIGKILL);
}

TEST_CASE("A note typed more than 300 ms before a kill -9 survives it", "[entry]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash-note.sqlite"));
    runChildThatDies(path, QStringLiteral("entry child: type a note then pause then die"));
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    CHECK(storedNote(db.get(), QStringLiteral("2")) == QStringLiteral("Typed before the pause"));
}
