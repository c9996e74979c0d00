// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"
#include "ServiceArea.h"
#include "Validator.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace scwres {

class CurrentReturn;

// What every entry grid shares: cells that are counts of the current return, addressed by the
// validator's FieldLocation, edited through CurrentReturn (one undo step per committed edit),
// and the findings about each cell. Presentation (icons, colours) is left to FindingMarkerProxy.
class EntryGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity) of the worst finding on the cell, or absent
        FindingTextRole,                 // the findings' messages, one per line
        TotalRole,                       // true on computed (read-only) totals
    };

    struct CellValue {
        int row = 0;
        int column = 0;
        long long value = 0;
        bool empty = false; // "not entered": the cell is cleared, which is not 0
    };

    EntryGridModel(CurrentReturn *current, ServiceArea area, Block block, QObject *parent = nullptr);

    ServiceArea area() const { return m_area; }
    Block block() const { return m_block; }
    CurrentReturn *current() const { return m_current; }

    // The count a cell holds, or empty for names, totals and other cells not typed in.
    virtual std::optional<FieldLocation> countLocation(int row, int column) const = 0;
    // The cell a finding points at (for moving the focus to it), or an invalid index.
    virtual QModelIndex indexOf(const FieldLocation &location) const = 0;

    bool isCountCell(const QModelIndex &index) const;
    // Writes several counts as one undo step (a paste). False when nothing changed.
    bool setCounts(const std::vector<CellValue> &values, const QString &undoText);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    // The location findings are matched against: the count's, or e.g. a pay band's name cell.
    virtual std::optional<FieldLocation> findingLocation(int row, int column) const;
    // Cells other than counts (names, totals, band mapping) are the subclass's to show.
    virtual QVariant otherData(const QModelIndex &index, int role) const = 0;
    virtual bool setOtherData(const QModelIndex &index, const QVariant &value);
    // "Adult social care, shortlisting, minority ethnic, shortlisted": what a screen reader says.
    virtual QString accessibleText(const QModelIndex &index) const = 0;
    QString blockPhrase() const;
    // Called when the current return changed; row counts may have changed.
    virtual void refresh();
    FieldLocation blockLocation() const;
    QString cellUndoText(const QModelIndex &index) const;

private:
    CurrentReturn *m_current;
    ServiceArea m_area;
    Block m_block;
};

} // namespace scwres
