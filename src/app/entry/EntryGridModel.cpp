// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "EntryGridModel.h"

#include "CurrentReturn.h"
#include "ReturnCells.h"
#include "window/Workspace.h"

namespace scwres {

EntryGridModel::EntryGridModel(CurrentReturn *current, ServiceArea area, Block block, QObject *parent)
    : QAbstractTableModel(parent)
    , m_current(current)
    , m_area(area)
    , m_block(block)
{
    connect(m_current, &CurrentReturn::changed, this, &EntryGridModel::refresh);
}

bool EntryGridModel::isCountCell(const QModelIndex &index) const
{
    return index.isValid() && countLocation(index.row(), index.column()).has_value();
}

bool EntryGridModel::setCounts(const std::vector<CellValue> &values, const QString &undoText)
{
    std::vector<FieldLocation> locations;
    for (const CellValue &cell : values) {
        const auto loc = countLocation(cell.row, cell.column);
        if (!loc || (!cell.empty && cell.value < 0))
            return false;
        locations.push_back(*loc);
    }
    return m_current->change(
        [&](AnnualReturn &ret) {
            for (std::size_t i = 0; i < values.size(); ++i)
                if (values[i].empty)
                    ReturnCells::clearCount(ret, locations[i]);
                else
                    ReturnCells::setCount(ret, locations[i], values[i].value);
        },
        undoText);
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_current->value())
        return {};
    if (role == Qt::AccessibleTextRole)
        return accessibleText(index);
    if (role == SeverityRole || role == FindingTextRole) {
        const auto where = findingLocation(index.row(), index.column());
        if (!where)
            return {};
        std::optional<Severity> worst;
        QStringList messages;
        for (const Finding &finding : m_current->findings()) {
            if (!ReturnCells::sameCell(finding.location, *where))
                continue;
            messages << finding.message;
            if (!worst || finding.severity == Severity::Error)
                worst = finding.severity;
        }
        if (!worst)
            return {};
        if (role == SeverityRole)
            return static_cast<int>(*worst);
        return messages.join(QLatin1Char('\n'));
    }
    if (const auto loc = countLocation(index.row(), index.column())) {
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            const auto value = ReturnCells::count(*m_current->value(), *loc);
            return value ? QVariant(*value) : QVariant();
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return otherData(index, role);
}

bool EntryGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (!isCountCell(index))
        return setOtherData(index, value);
    // Text from the editor or a paste is read as a person types it ("1,204"); refused, never stored.
    long long number = 0;
    // Emptied: "not entered", which is not 0.
    if ((value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()) || value.isNull()) {
        CellValue cleared{index.row(), index.column(), 0, true};
        setCounts({cleared}, cellUndoText(index));
        return true;
    }
    if (value.typeId() == QMetaType::QString) {
        const auto parsed = parseCountText(value.toString(), nullptr);
        if (!parsed)
            return false;
        number = *parsed;
    } else {
        bool ok = false;
        number = value.toLongLong(&ok);
        if (!ok || number < 0)
            return false;
    }
    setCounts({CellValue{index.row(), index.column(), number}}, cellUndoText(index));
    return true;
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Locked (signed off) or read-only: no editor opens, whatever is typed.
    if (isCountCell(index) && m_current->isEditable())
        result |= Qt::ItemIsEditable;
    return result;
}

std::optional<FieldLocation> EntryGridModel::findingLocation(int row, int column) const
{
    return countLocation(row, column);
}

bool EntryGridModel::setOtherData(const QModelIndex &, const QVariant &)
{
    return false;
}

QString EntryGridModel::blockPhrase() const
{
    return serviceAreaName(m_area) + QStringLiteral(", ") + blockTitle(m_block).toLower();
}

void EntryGridModel::refresh()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

FieldLocation EntryGridModel::blockLocation() const
{
    FieldLocation loc;
    loc.area = m_area;
    loc.block = m_block;
    return loc;
}

QString EntryGridModel::cellUndoText(const QModelIndex &index) const
{
    return tr("Edit %1").arg(accessibleText(index));
}

} // namespace scwres
