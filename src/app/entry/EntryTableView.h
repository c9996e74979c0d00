// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QTableView>

#include <optional>

namespace scwres {

class EntryGridModel;
class FindingMarkerProxy;

// A grid for typing counts as in a spreadsheet: typing over a cell replaces it, F2 edits in place,
// Tab / Shift+Tab move along the row and wrap to the next (skipping totals and other read-only
// cells) and past the last cell go on to the next grid of the page; Enter / Shift+Enter move down
// and up the column (wrapping to the next column); Ctrl+Arrow jumps to the last count that way;
// Delete clears; Ctrl+C copies the selection as tab-separated text and Ctrl+V fills the grid from
// the current cell with a block copied from a spreadsheet. A paste that does not fit, or holds
// something that is not a count, changes nothing and says why. Only the grid with the keyboard
// focus shows its current cell (a focus frame, distinct from the selection).
//
// Keys that leave a cell (Enter, keypad Enter, Tab, Shift+Tab, the arrows) commit the open editor
// and move in the same key event, never through a queued call: the next key typed, however soon,
// goes to the cell now shown as current, never into the editor just left (typing 307 Enter 126
// once stored 307126). From a count, Tab and Shift+Tab move count to count (a row's last to the
// next row's first), never on to a band's name.
class EntryTableView final : public QTableView {
    Q_OBJECT

public:
    explicit EntryTableView(QWidget *parent = nullptr);

    // Shows model through a FindingMarkerProxy (icons, tints, tooltips for the findings).
    void setEntryModel(EntryGridModel *model);
    EntryGridModel *entryModel() const { return m_model; }

    QString selectionAsText() const;
    // Fills from the current cell; on refusal shows a warning naming the cell and returns false.
    bool pasteText(const QString &text);
    // Moves the current cell to the source model's index (for a finding) and focuses the grid.
    void focusCell(const QModelIndex &sourceIndex);
    // The current cell on the first count and the keyboard focus on the grid.
    void focusFirstCount();
    // Drawn as read-only (the palette's window colour for the cells' base), for a locked year or
    // a read-only database; the cells are then not editable (the model's flags) either.
    void setReadOnlyLook(bool readOnly);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    using QTableView::edit;

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Step { Next, Previous, Down, Up, Left, Right, ArrowUp, ArrowDown };
    // The next editable cell from current in that order, wrapping rows (Tab) or columns (Enter);
    // invalid past the last one.
    QModelIndex step(const QModelIndex &current, Step how) const;
    // Moves the current cell; past the end, Tab and Shift+Tab go on to the next grid of the page.
    void go(Step how);
    // The move a key pressed in an open editor asks for, or empty when the editor keeps the key.
    std::optional<Step> editorStep(QWidget *editor, const QKeyEvent *event) const;
    // Commits the editor (unless its text is refused: then it stays open), closes it and moves.
    void commitAndGo(QWidget *editor, Step how);
    // The first (or last) count of the grid, where Tab (or Shift+Tab) from outside lands.
    QModelIndex edgeCell(bool first) const;
    bool isCount(const QModelIndex &index) const;
    // The grid has the keyboard focus, or its open editor has: its current cell is framed.
    bool showsCurrentCell() const;
    void jumpToEdge(int dRow, int dColumn);
    void clearSelectedCounts();
    void refuse(const QString &reason);

    EntryGridModel *m_model = nullptr;
    FindingMarkerProxy *m_proxy = nullptr;
};

} // namespace scwres
