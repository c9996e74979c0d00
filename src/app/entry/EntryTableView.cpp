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
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>

namespace scwres {

namespace {
// Dynamic properties on an open editor: this grid watches its keys; it was opened by typing over.
constexpr const char *kWatchedProperty = "scwresEntryWatched";
constexpr const char *kTypedOverProperty = "scwresTypedOver";
} // namespace

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

void EntryTableView::focusFirstCount()
{
    const QModelIndex first = edgeCell(true);
    if (first.isValid()) {
        setCurrentIndex(first);
        scrollTo(first);
    }
    setFocus(Qt::OtherFocusReason);
}

void EntryTableView::setReadOnlyLook(bool readOnly)
{
    if (property("scwresReadOnlyLook").toBool() == readOnly)
        return;
    setProperty("scwresReadOnlyLook", readOnly);
    QPalette look = QApplication::palette(this);
    if (readOnly)
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            look.setBrush(group, QPalette::Base, look.brush(group, QPalette::Window));
    setPalette(look);
    setToolTip(readOnly ? tr("These figures are locked: they can be read and copied, not changed.") : QString());
}

void EntryTableView::refuse(const QString &reason)
{
    Dialogs::warning(this, tr("Cannot paste"), reason);
}

bool EntryTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (!QTableView::edit(index, trigger, event))
        return false;
    // Watch the editor's keys before its delegate does (a filter installed later runs first): the
    // delegate's own Enter commits through a queued call, too late for a fast typist.
    if (QWidget *editor = indexWidget(index)) {
        if (!editor->property(kWatchedProperty).toBool()) {
            editor->installEventFilter(this);
            editor->setProperty(kWatchedProperty, true);
        }
        // Typed over (as opposed to F2 or a double-click): the arrows leave the cell, as in a
        // spreadsheet, instead of moving the text cursor.
        editor->setProperty(kTypedOverProperty, trigger == AnyKeyPressed);
    }
    return true;
}

bool EntryTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && state() == EditingState) {
        auto *editor = qobject_cast<QWidget *>(watched);
        // Only the editor open on the current cell: a closed one waiting for deletion is no longer ours.
        if (editor && editor->property(kWatchedProperty).toBool() && indexWidget(currentIndex()) == editor) {
            if (const auto how = editorStep(editor, static_cast<QKeyEvent *>(event))) {
                commitAndGo(editor, *how);
                event->accept();
                return true;
            }
        }
    }
    return QTableView::eventFilter(watched, event);
}

std::optional<EntryTableView::Step> EntryTableView::editorStep(QWidget *editor, const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool shift = modifiers & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: // the keypad's
        if (modifiers & ~Qt::ShiftModifier)
            return std::nullopt;
        return shift ? Step::Up : Step::Down;
    case Qt::Key_Tab:
        if (modifiers & ~Qt::ShiftModifier)
            return std::nullopt;
        return shift ? Step::Previous : Step::Next;
    case Qt::Key_Backtab:
        return Step::Previous;
    default:
        break;
    }
    // The arrows belong to a line editor's text only when it was opened to edit in place (F2).
    if (!qobject_cast<QLineEdit *>(editor) || modifiers != Qt::NoModifier)
        return std::nullopt;
    const bool typedOver = editor->property(kTypedOverProperty).toBool();
    switch (event->key()) {
    case Qt::Key_Up: return Step::ArrowUp;
    case Qt::Key_Down: return Step::ArrowDown;
    case Qt::Key_Left: return typedOver ? std::optional(Step::Left) : std::nullopt;
    case Qt::Key_Right: return typedOver ? std::optional(Step::Right) : std::nullopt;
    default: return std::nullopt;
    }
}

void EntryTableView::commitAndGo(QWidget *editor, Step how)
{
    const QModelIndex cell = currentIndex();
    QAbstractItemDelegate *delegate = itemDelegateForColumn(cell.column());
    if (!delegate)
        delegate = itemDelegate();
    // Text that is not a count keeps the editor open on its cell, with the reason shown.
    if (auto *counts = qobject_cast<CountDelegate *>(delegate); counts && !counts->acceptsEditor(editor))
        return;
    const QPointer<QWidget> guard(editor);
    // Now, in this key event: the store, the grid and the figures hold the count before the
    // next key is read.
    commitData(editor);
    // The commit may have reset the grid (a band added elsewhere), which closes its editors.
    if (guard && state() == EditingState && indexWidget(cell) == editor)
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (!hasFocus())
        setFocus(Qt::OtherFocusReason);
    go(how);
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
        // Space is not a count: it would open an editor holding " " and an error.
        if (event->key() == Qt::Key_Space && isCount(currentIndex())) {
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void EntryTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Moving on is done by commitAndGo, in the key event itself; a hint that would open the next
    // cell's editor (or move again) is dropped. Escape (RevertModelCache) keeps its meaning.
    const bool moves = hint == QAbstractItemDelegate::SubmitModelCache || hint == QAbstractItemDelegate::EditNextItem
        || hint == QAbstractItemDelegate::EditPreviousItem;
    QTableView::closeEditor(editor, moves ? QAbstractItemDelegate::NoHint : hint);
}

bool EntryTableView::focusNextPrevChild(bool next)
{
    // Tab reaches keyPressEvent only through here (QWidget turns it into focus movement first).
    if (hasFocus() && state() != EditingState) {
        go(next ? Step::Next : Step::Previous);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void EntryTableView::focusInEvent(QFocusEvent *event)
{
    // Tab from the control before lands on the first count, Shift+Tab from the one after on the last.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        const QModelIndex edge = edgeCell(event->reason() == Qt::TabFocusReason);
        if (edge.isValid()) {
            setCurrentIndex(edge);
            scrollTo(edge);
        }
    }
    QTableView::focusInEvent(event);
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

void EntryTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    // The current cell of the grid being typed in: a frame two pixels wide in the palette's
    // highlight colour with a line of the base colour inside it, seen on a plain cell and on a
    // selected (highlight-filled) one alike. A grid without the focus draws none.
    const QModelIndex current = currentIndex();
    if (!showsCurrentCell() || !current.isValid())
        return;
    const QRect cell = visualRect(current);
    if (!cell.isValid() || !viewport()->rect().intersects(cell))
        return;
    QPainter painter(viewport());
    QPen outer(palette().color(QPalette::Active, QPalette::Highlight), 2);
    outer.setJoinStyle(Qt::MiterJoin);
    painter.setPen(outer);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
    painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Base), 1));
    painter.drawRect(cell.adjusted(2, 2, -3, -3));
}

bool EntryTableView::showsCurrentCell() const
{
    if (hasFocus())
        return true;
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus->parentWidget() == viewport(); // an open editor
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
    const bool fromCount = isCount(current);
    for (position += direction; position >= 0 && position < count; position += direction) {
        const int row = alongRows ? position / columns : position % rows;
        const int column = alongRows ? position % columns : position / rows;
        const QModelIndex candidate = m->index(row, column);
        if (!(candidate.flags() & Qt::ItemIsEditable))
            continue;
        // From a count, Tab and Shift+Tab go from count to count (the next row's first, the row
        // before's last): a band's name and national band are reached with the arrows or the
        // mouse, so a count typed after Tab never renames a band.
        if (alongRows && fromCount && !isCount(candidate))
            continue;
        return candidate;
    }
    return {};
}

bool EntryTableView::isCount(const QModelIndex &index) const
{
    return m_model && index.isValid() && m_model->isCountCell(m_proxy->mapToSource(index));
}

QModelIndex EntryTableView::edgeCell(bool first) const
{
    const QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0 || m->columnCount() == 0)
        return {};
    const int rows = m->rowCount();
    const int columns = m->columnCount();
    for (int i = 0; i < rows * columns; ++i) {
        const int position = first ? i : rows * columns - 1 - i;
        const QModelIndex candidate = m->index(position / columns, position % columns);
        if ((candidate.flags() & Qt::ItemIsEditable) && isCount(candidate))
            return candidate;
    }
    return {};
}

void EntryTableView::go(Step how)
{
    QModelIndex target;
    switch (how) {
    case Step::Left: target = moveCursor(MoveLeft, Qt::NoModifier); break;
    case Step::Right: target = moveCursor(MoveRight, Qt::NoModifier); break;
    case Step::ArrowUp: target = moveCursor(MoveUp, Qt::NoModifier); break;
    case Step::ArrowDown: target = moveCursor(MoveDown, Qt::NoModifier); break;
    default: target = step(currentIndex(), how); break;
    }
    if (target.isValid()) {
        setCurrentIndex(target);
        scrollTo(target);
        viewport()->update();
        return;
    }
    // Past the last count Tab goes on to the next control of the page in reading order (a note, a
    // button, the next grid), Shift+Tab to the one before: the grid is never a keyboard trap.
    if (how == Step::Next || how == Step::Previous)
        QWidget::focusNextPrevChild(how == Step::Next);
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
