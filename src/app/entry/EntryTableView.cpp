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
    setTabKeyNavigation(false); // Tab leaves the grid for the next input; arrows move within it
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
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveDown();
            event->accept();
            return;
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
    // Enter in an editor arrives as SubmitModelCache: commit, then go down the column.
    QTableView::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache
                                        ? QAbstractItemDelegate::NoHint
                                        : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

void EntryTableView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex below = model()->index(current.row() + 1, current.column());
    if (below.isValid() && (below.flags() & Qt::ItemIsEditable))
        setCurrentIndex(below);
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
