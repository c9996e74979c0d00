// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "EntryGridModel.h"

namespace scwres {

// The grid of a counts block (one column, e.g. leavers) or a rate block (population and events,
// e.g. shortlisted and appointed): a row per ethnic group and a computed total row. A total
// column is left out on purpose: adding appointed to shortlisted would add a part to its whole.
class CountsGridModel final : public EntryGridModel {
    Q_OBJECT

public:
    static constexpr int kTotalRow = 3;

    CountsGridModel(CurrentReturn *current, ServiceArea area, Block block, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    std::optional<FieldLocation> countLocation(int row, int column) const override;
    QModelIndex indexOf(const FieldLocation &location) const override;

protected:
    QVariant otherData(const QModelIndex &index, int role) const override;
    QString accessibleText(const QModelIndex &index) const override;

private:
    FieldLocation::Part partOf(int column) const;
    QString columnLabel(int column) const;
};

} // namespace scwres
