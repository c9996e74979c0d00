// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QTableView>

namespace scwres {

class EntryGridModel;
class FindingMarkerProxy;

// A grid for typing counts as in a spreadsheet: typing over a cell replaces it, Enter commits
// and moves down the column, Ctrl+C copies the selection as tab-separated text and Ctrl+V fills
// the grid from the current cell with a block copied from a spreadsheet. A paste that does not
// fit, or holds something that is not a count, changes nothing and says why.
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

private:
    void moveDown();
    void clearSelectedCounts();
    void refuse(const QString &reason);

    EntryGridModel *m_model = nullptr;
    FindingMarkerProxy *m_proxy = nullptr;
};

} // namespace scwres
