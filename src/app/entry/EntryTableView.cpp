// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "EntryTableView.h"

#include "CountDelegate.h"
#include "EntryGridModel.h"
#include "FindingMarkerProxy.h"
#include "window/Dialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace scwres {

EntryTableView::EntryTableView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new FindingMarkerProxy(this))
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::DoubleClicked);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    // Tab moves cell to cell (focusNextPrevChild below), as in a spreadsheet.
    setTabKeyNavigation(true);
    setItemDelegate(new CountDelegate(this));
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // as wide as its columns, no wider
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void EntryTableView::setEntryModel(EntryGridModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        if (!currentIndex().isValid() && m_proxy->rowCount() > 0)
            setCurrentIndex(m_proxy->index(0, 0));
    });
}

QSize EntryTableView::sizeHint() const
{
    // Tall enough for every row, so a grid never scrolls inside the page that scrolls.
    const QSize base = QTableView::sizeHint();
    const int height = horizontalHeader()->height() + verticalHeader()->length() + 2 * frameWidth()
        + (horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0);
    return {base.width(), height};
}

QSize EntryTableView::minimumSizeHint() const
{
    return {QTableView::minimumSizeHint().width(), sizeHint().height()};
}

QString EntryTableView::selectionAsText() const
{
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty())
        return {};
    int top = selected.first().row(), bottom = top, left = selected.first().column(), right = left;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model()->index(row, column);
            cells << (selectionModel()->isSelected(index) ? index.data(Qt::DisplayRole).toString() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

bool EntryTableView::pasteText(const QString &text)
{
    if (!m_model)
        return false;
    const QModelIndex start = currentIndex();
    if (!start.isValid()) {
        refuse(tr("Choose the cell to paste into first."));
        return false;
    }
    QString cleaned = text;
    cleaned.remove(QLatin1Char('\r'));
    // Spreadsheets end a copied block with a line break; that is not an extra row.
    while (cleaned.endsWith(QLatin1Char('\n')))
        cleaned.chop(1);
    if (cleaned.isEmpty()) {
        refuse(tr("There is nothing to paste."));
        return false;
    }
    const QStringList lines = cleaned.split(QLatin1Char('\n'));
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, static_cast<int>(line.split(QLatin1Char('\t')).size()));
    const QString startName = start.data(Qt::AccessibleTextRole).toString();

    std::vector<EntryGridModel::CellValue> values;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList cells = lines.at(r).split(QLatin1Char('\t'));
        for (int c = 0; c < cells.size(); ++c) {
            const int row = start.row() + r;
            const int column = start.column() + c;
            const QModelIndex target = m_model->index(row, column);
            if (!target.isValid() || !m_model->isCountCell(target)) {
                const QString why = target.isValid()
                    ? tr("%1 is not a count you can type in.").arg(target.data(Qt::AccessibleTextRole).toString())
                    : tr("it runs past the edge of the grid.");
                refuse(tr("The copied block (%1 rows by %2 columns) does not fit when pasted at %3: %4 Nothing was "
                          "pasted.")
                           .arg(lines.size())
                           .arg(width)
                           .arg(startName, why));
                return false;
            }
            QString error;
            const auto value = parseCountText(cells.at(c), &error);
            if (!value) {
                refuse(tr("%1: %2. Nothing was pasted.").arg(target.data(Qt::AccessibleTextRole).toString(), error));
                return false;
            }
            values.push_back({row, column, *value});
        }
    }
    m_model->setCounts(values, tr("Paste into %1").arg(m_model->data(m_model->index(start.row(), start.column()),
                                                                      Qt::AccessibleTextRole).toString()));
    // Select what was pasted, as a spreadsheet does, so the user sees where it went.
    const QModelIndex last = model()->index(start.row() + static_cast<int>(lines.size()) - 1,
                                            start.column() + width - 1);
    selectionModel()->select(QItemSelection(start, last), QItemSelectionModel::ClearAndSelect);
    return true;
}

void EntryTableView::focusCell(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
    setFocus(Qt::OtherFocusReason);
}

void EntryTableView::refuse(const QString &reason)
{
    Dialogs::warning(this, tr("Cannot paste"), reason);
}

void EntryTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        QApplication::clipboard()->setText(selectionAsText());
        event->accept();
        return;
    }
    if (event == QKeySequence::Paste) {
        pasteText(QApplication::clipboard()->text());
        event->accept();
        return;
    }
    if (state() != EditingState) {
        const bool shift = event->modifiers() & Qt::ShiftModifier;
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            go(shift ? Step::Up : Step::Down);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
            go(event->key() == Qt::Key_Backtab || shift ? Step::Previous : Step::Next);
            event->accept();
            return;
        }
        if (event->modifiers() & Qt::ControlModifier) {
            const int key = event->key();
            if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down) {
                jumpToEdge(key == Qt::Key_Up ? -1 : key == Qt::Key_Down ? 1 : 0,
                           key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : 0);
                event->accept();
                return;
            }
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCounts();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void EntryTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an editor arrives as SubmitModelCache, Tab as EditNextItem: commit, then move as
    // the key does when not editing (without opening the next cell: typing there replaces it).
    const bool moves = hint == QAbstractItemDelegate::SubmitModelCache || hint == QAbstractItemDelegate::EditNextItem
        || hint == QAbstractItemDelegate::EditPreviousItem;
    QTableView::closeEditor(editor, moves ? QAbstractItemDelegate::NoHint : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        go(QApplication::keyboardModifiers() & Qt::ShiftModifier ? Step::Up : Step::Down);
    else if (hint == QAbstractItemDelegate::EditNextItem)
        go(Step::Next);
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        go(Step::Previous);
}

bool EntryTableView::focusNextPrevChild(bool next)
{
    // Tab reaches keyPressEvent only through here (QWidget turns it into focus movement first).
    if (hasFocus() && state() != EditingState) {
        go(next ? Step::Next : Step::Previous);
        return true;
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void EntryTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    const QModelIndex current = currentIndex();
    if (current.isValid() && selectionModel() && !selectionModel()->isSelected(current))
        selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    viewport()->update();
}

void EntryTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    // Only the grid being typed in shows a current cell: two highlighted cells on one page made
    // people type into the wrong grid. An open editor keeps its selection (the editor has focus).
    if (state() != EditingState && selectionModel() && event->reason() != Qt::PopupFocusReason
        && event->reason() != Qt::ActiveWindowFocusReason)
        selectionModel()->clearSelection();
    viewport()->update();
}

QModelIndex EntryTableView::step(const QModelIndex &current, Step how) const
{
    const QAbstractItemModel *m = model();
    if (!m || !current.isValid())
        return {};
    const int rows = m->rowCount();
    const int columns = m->columnCount();
    const bool alongRows = how == Step::Next || how == Step::Previous;
    const int direction = how == Step::Next || how == Step::Down ? 1 : -1;
    // Cells in reading order (Tab) or column order (Enter), from current to either end.
    int position = alongRows ? current.row() * columns + current.column() : current.column() * rows + current.row();
    const int count = rows * columns;
    for (position += direction; position >= 0 && position < count; position += direction) {
        const int row = alongRows ? position / columns : position % rows;
        const int column = alongRows ? position % columns : position / rows;
        const QModelIndex candidate = m->index(row, column);
        if (candidate.flags() & Qt::ItemIsEditable)
            return candidate;
    }
    return {};
}

void EntryTableView::go(Step how)
{
    const QModelIndex target = step(currentIndex(), how);
    if (target.isValid()) {
        setCurrentIndex(target);
        scrollTo(target);
        return;
    }
    if (how == Step::Next || how == Step::Previous)
        focusNeighbourGrid(how == Step::Next);
}

bool EntryTableView::focusNeighbourGrid(bool next)
{
    // The next grid in the focus chain that can be seen and typed in; past the page's last one,
    // the next ordinary widget.
    for (QWidget *w = next ? nextInFocusChain() : previousInFocusChain(); w && w != this;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
        auto *grid = qobject_cast<EntryTableView *>(w);
        if (!grid || !grid->isVisible() || !grid->isEnabled() || !grid->model())
            continue;
        if (window() != grid->window())
            continue;
        QModelIndex first = grid->model()->index(0, 0);
        if (!(first.flags() & Qt::ItemIsEditable))
            first = grid->step(first, Step::Next);
        if (next) {
            if (first.isValid())
                grid->setCurrentIndex(first);
        } else {
            const QAbstractItemModel *m = grid->model();
            QModelIndex last = m->index(m->rowCount() - 1, m->columnCount() - 1);
            if (!(last.flags() & Qt::ItemIsEditable))
                last = grid->step(last, Step::Previous);
            if (last.isValid())
                grid->setCurrentIndex(last);
        }
        grid->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    // Not QAbstractItemView's: with Tab navigation on it would send the Tab back to this grid.
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void EntryTableView::jumpToEdge(int dRow, int dColumn)
{
    QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    // The farthest editable cell that way, as Ctrl+Arrow in a spreadsheet.
    for (QModelIndex next = model()->index(current.row() + dRow, current.column() + dColumn); next.isValid();
         next = model()->index(next.row() + dRow, next.column() + dColumn))
        if (next.flags() & Qt::ItemIsEditable)
            current = next;
    setCurrentIndex(current);
    scrollTo(current);
}

void EntryTableView::clearSelectedCounts()
{
    if (!m_model)
        return;
    std::vector<EntryGridModel::CellValue> values;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (m_model->isCountCell(source))
            values.push_back({source.row(), source.column(), 0, true}); // cleared: not entered
    }
    if (!values.empty())
        m_model->setCounts(values, tr("Clear cells"));
}

} // namespace scwres
