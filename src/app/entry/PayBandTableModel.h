// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "EntryGridModel.h"

namespace scwres {

// The local pay bands of one service area: a row per band (its name, the national band it maps
// to, headcount by ethnic group and a computed band total) and a computed total row. Bands are
// added, removed, renamed and moved here, each as one undo step.
class PayBandTableModel final : public EntryGridModel {
    Q_OBJECT

public:
    enum Column { NameColumn, NationalBandColumn, WhiteColumn, MinorityEthnicColumn, UnknownColumn, TotalColumn,
                  ColumnCount };
    // Edit role of the national band column: the NationalBand as int, or -1 when unmapped.
    static constexpr int kUnmapped = -1;

    PayBandTableModel(CurrentReturn *current, ServiceArea area, QObject *parent = nullptr);

    int bandCount() const;
    bool isTotalRow(int row) const { return row == m_rows - 1; }

    // Each is one undo step. Return false when there is nothing to do.
    bool addBand(int at, const QString &name);
    bool removeBand(int row);
    bool moveBand(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    std::optional<FieldLocation> countLocation(int row, int column) const override;
    QModelIndex indexOf(const FieldLocation &location) const override;

protected:
    std::optional<FieldLocation> findingLocation(int row, int column) const override;
    QVariant otherData(const QModelIndex &index, int role) const override;
    bool setOtherData(const QModelIndex &index, const QVariant &value) override;
    QString accessibleText(const QModelIndex &index) const override;
    void refresh() override;

private:
    QString columnName(int column) const;
    QString bandName(int row) const;

    int m_rows = 1; // as last reported to views, so a change in the number of bands resets them
};

} // namespace scwres
