// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CountsGridModel.h"

#include "CurrentReturn.h"
#include "ReturnCells.h"

#include <QFont>

namespace scwres {

CountsGridModel::CountsGridModel(CurrentReturn *current, ServiceArea area, Block block, QObject *parent)
    : EntryGridModel(current, area, block, parent)
{
    Q_ASSERT(blockInfo(block).shape != BlockShape::PayBands);
}

int CountsGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(kEthnicGroups.size()) + 1;
}

int CountsGridModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return blockInfo(block()).shape == BlockShape::Rate ? 2 : 1;
}

FieldLocation::Part CountsGridModel::partOf(int column) const
{
    if (blockInfo(block()).shape != BlockShape::Rate)
        return FieldLocation::Part::None;
    return column == 0 ? FieldLocation::Part::Population : FieldLocation::Part::Events;
}

QString CountsGridModel::columnLabel(int column) const
{
    return column == 0 ? blockPopulationLabel(block()) : blockEventsLabel(block());
}

QVariant CountsGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        QString label = columnLabel(section);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        return label;
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (section == kTotalRow)
        return tr("Total");
    return ethnicGroupName(kEthnicGroups[static_cast<std::size_t>(section)]);
}

std::optional<FieldLocation> CountsGridModel::countLocation(int row, int column) const
{
    if (row < 0 || row >= kTotalRow || column < 0 || column >= columnCount())
        return std::nullopt;
    FieldLocation loc = blockLocation();
    loc.part = partOf(column);
    loc.group = kEthnicGroups[static_cast<std::size_t>(row)];
    return loc;
}

QModelIndex CountsGridModel::indexOf(const FieldLocation &location) const
{
    if (location.area != area() || location.block != block())
        return {};
    const int column = location.part == FieldLocation::Part::Events ? 1 : 0;
    int row = 0;
    if (location.group)
        row = static_cast<int>(*location.group);
    return index(row, column);
}

QVariant CountsGridModel::otherData(const QModelIndex &index, int role) const
{
    if (index.row() != kTotalRow)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        long long total = 0;
        for (int row = 0; row < kTotalRow; ++row)
            total += data(this->index(row, index.column()), Qt::EditRole).toLongLong();
        return total;
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case TotalRole:
        return true;
    default:
        return {};
    }
}

QString CountsGridModel::accessibleText(const QModelIndex &index) const
{
    const QString rowName = index.row() == kTotalRow
        ? tr("total")
        : ethnicGroupName(kEthnicGroups[static_cast<std::size_t>(index.row())]).toLower();
    return QStringLiteral("%1, %2, %3").arg(blockPhrase(), rowName, columnLabel(index.column()));
}

} // namespace scwres
