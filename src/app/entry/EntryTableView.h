// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QTableView>

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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Step { Next, Previous, Down, Up };
    // The next editable cell from current in that order, wrapping rows (Tab) or columns (Enter);
    // invalid past the last one.
    QModelIndex step(const QModelIndex &current, Step how) const;
    // Moves the current cell; past the end, Tab and Shift+Tab go on to the next grid of the page.
    void go(Step how);
    void jumpToEdge(int dRow, int dColumn);
    bool focusNeighbourGrid(bool next);
    void clearSelectedCounts();
    void refuse(const QString &reason);

    EntryGridModel *m_model = nullptr;
    FindingMarkerProxy *m_proxy = nullptr;
};

} // namespace scwres
