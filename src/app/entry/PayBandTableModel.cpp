// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PayBandTableModel.h"

#include "TextLimits.h"
#include "window/Workspace.h"

#include "CurrentReturn.h"

#include <QFont>

namespace scwres {

namespace {
std::optional<EthnicGroup> groupOfColumn(int column)
{
    switch (column) {
    case PayBandTableModel::WhiteColumn: return EthnicGroup::White;
    case PayBandTableModel::MinorityEthnicColumn: return EthnicGroup::MinorityEthnic;
    case PayBandTableModel::UnknownColumn: return EthnicGroup::Unknown;
    default: return std::nullopt;
    }
}

const PayBandsBlock *bandsOf(const CurrentReturn *current, ServiceArea area)
{
    if (!current->value())
        return nullptr;
    const AreaReturn *data = current->value()->area(area);
    return data ? &data->payBands : nullptr;
}
} // namespace

PayBandTableModel::PayBandTableModel(CurrentReturn *current, ServiceArea area, QObject *parent)
    : EntryGridModel(current, area, Block::PayBands, parent)
{
    m_rows = bandCount() + 1;
}

int PayBandTableModel::bandCount() const
{
    const PayBandsBlock *bands = bandsOf(current(), area());
    return bands ? static_cast<int>(bands->bands.size()) : 0;
}

bool PayBandTableModel::addBand(int at, const QString &name)
{
    const ServiceArea which = area();
    return current()->change(
        [&](AnnualReturn &ret) {
            AreaReturn *data = ret.area(which);
            if (!data)
                return;
            auto &bands = data->payBands.bands;
            const auto pos = std::clamp<std::ptrdiff_t>(at, 0, static_cast<std::ptrdiff_t>(bands.size()));
            bands.insert(bands.begin() + pos, PayBand{name, std::nullopt, {}});
        },
        tr("Add pay band"));
}

bool PayBandTableModel::removeBand(int row)
{
    if (row < 0 || row >= bandCount())
        return false;
    const ServiceArea which = area();
    return current()->change(
        [&](AnnualReturn &ret) {
            auto &bands = ret.area(which)->payBands.bands;
            bands.erase(bands.begin() + row);
        },
        tr("Remove pay band %1").arg(bandName(row)));
}

bool PayBandTableModel::moveBand(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= bandCount() || target < 0 || target >= bandCount())
        return false;
    const ServiceArea which = area();
    return current()->change(
        [&](AnnualReturn &ret) {
            auto &bands = ret.area(which)->payBands.bands;
            std::swap(bands[static_cast<std::size_t>(row)], bands[static_cast<std::size_t>(target)]);
        },
        tr("Move pay band %1").arg(bandName(row)));
}

int PayBandTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PayBandTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PayBandTableModel::columnName(int column) const
{
    switch (column) {
    case NameColumn: return tr("Local pay band");
    case NationalBandColumn: return tr("National band");
    case TotalColumn: return tr("Total");
    default:
        if (const auto group = groupOfColumn(column))
            return ethnicGroupName(*group);
    }
    return {};
}

QString PayBandTableModel::bandName(int row) const
{
    const PayBandsBlock *bands = bandsOf(current(), area());
    if (!bands || row < 0 || row >= static_cast<int>(bands->bands.size()))
        return {};
    const QString name = bands->bands[static_cast<std::size_t>(row)].name;
    return name.trimmed().isEmpty() ? tr("pay band %1").arg(row + 1) : name;
}

QVariant PayBandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < ColumnCount ? QVariant(columnName(section)) : QVariant();
    if (section < 0 || section >= rowCount())
        return {};
    return isTotalRow(section) ? tr("Total") : QString::number(section + 1);
}

Qt::ItemFlags PayBandTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = EntryGridModel::flags(index);
    if (index.isValid() && !isTotalRow(index.row()) && current()->isEditable()
        && (index.column() == NameColumn || index.column() == NationalBandColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

std::optional<FieldLocation> PayBandTableModel::countLocation(int row, int column) const
{
    const auto group = groupOfColumn(column);
    if (!group || row < 0 || row >= bandCount() || row >= m_rows - 1)
        return std::nullopt;
    FieldLocation loc = blockLocation();
    loc.bandIndex = row;
    loc.group = group;
    return loc;
}

std::optional<FieldLocation> PayBandTableModel::findingLocation(int row, int column) const
{
    if (column == NameColumn || column == NationalBandColumn) {
        if (row < 0 || row >= bandCount())
            return std::nullopt;
        FieldLocation loc = blockLocation();
        loc.bandIndex = row;
        return loc;
    }
    if (isTotalRow(row) && column == UnknownColumn) {
        // The unknown-share warning is about the headcount as a whole.
        FieldLocation loc = blockLocation();
        loc.group = EthnicGroup::Unknown;
        return loc;
    }
    return countLocation(row, column);
}

QModelIndex PayBandTableModel::indexOf(const FieldLocation &location) const
{
    if (location.area != area() || location.block != block())
        return {};
    if (location.bandIndex < 0 || location.bandIndex >= bandCount())
        return location.group ? index(rowCount() - 1, UnknownColumn) : index(0, NameColumn);
    if (!location.group)
        return index(location.bandIndex, NameColumn);
    return index(location.bandIndex, WhiteColumn + static_cast<int>(*location.group));
}

QVariant PayBandTableModel::otherData(const QModelIndex &index, int role) const
{
    const PayBandsBlock *bands = bandsOf(current(), area());
    if (!bands)
        return {};
    const int row = index.row();
    if (isTotalRow(row) || index.column() == TotalColumn) {
        if (role == TotalRole)
            return true;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::TextAlignmentRole && index.column() >= WhiteColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() < WhiteColumn)
            return {};
        if (!isTotalRow(row) && row >= static_cast<int>(bands->bands.size()))
            return {};
        const GroupCounts counts
            = isTotalRow(row) ? bands->headcount() : bands->bands[static_cast<std::size_t>(row)].counts;
        // A band with nothing entered shows an empty total, not 0.
        if (!isTotalRow(row) && !counts.anyEntered())
            return {};
        if (const auto group = groupOfColumn(index.column()))
            return counts.get(*group);
        return counts.total();
    }
    if (row >= static_cast<int>(bands->bands.size()))
        return {};
    const PayBand &band = bands->bands[static_cast<std::size_t>(row)];
    if (index.column() == NameColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return band.name;
    if (index.column() == NationalBandColumn) {
        if (role == Qt::EditRole)
            return band.nationalBand ? static_cast<int>(*band.nationalBand) : kUnmapped;
        if (role == Qt::DisplayRole)
            return band.nationalBand ? nationalBandName(*band.nationalBand) : tr("(not mapped)");
    }
    return {};
}

bool PayBandTableModel::setOtherData(const QModelIndex &index, const QVariant &value)
{
    const int row = index.row();
    if (row < 0 || row >= bandCount())
        return false;
    const ServiceArea which = area();
    if (index.column() == NameColumn) {
        // Kept as the reader keeps it: NFC, no control characters, at most 200 characters.
        const QString name = keepableText(value.toString(), TextKind::Name).trimmed();
        current()->change(
            [&](AnnualReturn &ret) { ret.area(which)->payBands.bands[static_cast<std::size_t>(row)].name = name; },
            tr("Rename pay band %1").arg(bandName(row)));
        return true;
    }
    if (index.column() == NationalBandColumn) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < kUnmapped || number >= static_cast<int>(kNationalBands.size()))
            return false;
        std::optional<NationalBand> national;
        if (number != kUnmapped)
            national = kNationalBands[static_cast<std::size_t>(number)];
        current()->change(
            [&](AnnualReturn &ret) {
                ret.area(which)->payBands.bands[static_cast<std::size_t>(row)].nationalBand = national;
            },
            tr("Map pay band %1").arg(bandName(row)));
        return true;
    }
    return false;
}

QString PayBandTableModel::accessibleText(const QModelIndex &index) const
{
    const QString rowName = isTotalRow(index.row()) ? tr("total headcount") : bandName(index.row());
    return QStringLiteral("%1, %2, %3").arg(blockPhrase(), rowName, columnName(index.column()).toLower());
}

void PayBandTableModel::refresh()
{
    const int rows = bandCount() + 1;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    EntryGridModel::refresh();
}

} // namespace scwres
