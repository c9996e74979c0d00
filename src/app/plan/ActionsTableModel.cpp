// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionsTableModel.h"

#include <QLocale>

namespace scwres {

ActionsTableModel::ActionsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionsTableModel::setActions(const std::vector<PlanAction> &actions, const QDate &today)
{
    beginResetModel();
    m_actions = actions;
    m_today = today;
    endResetModel();
}

int ActionsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PlanAction &a = m_actions[static_cast<size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    auto date = [](const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); };
    switch (index.column()) {
    case Details:
        if (!a.rolledOverFrom.isEmpty() && role != Qt::DisplayRole)
            return tr("%1 (rolled over from last year's plan)").arg(a.details);
        return a.details;
    case Timescale: return a.timescale;
    case SuccessMeasure: return a.successMeasure;
    case Lead: return a.lead;
    case Area: return a.area ? improvementAreaText(*a.area) : QString();
    case Start: return date(a.start);
    case Due: return date(a.due);
    case Status:
        if (a.due.isValid() && a.due < m_today && !isFinished(a.status))
            return tr("%1, overdue").arg(actionStatusText(a.status));
        return actionStatusText(a.status);
    default: return {};
    }
}

QVariant ActionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Details: return tr("Details of the action");
    case Timescale: return tr("Timescale to start seeing a change");
    case SuccessMeasure: return tr("How you'll know it is achieved");
    case Lead: return tr("Lead");
    case Area: return tr("Improvement area");
    case Start: return tr("Start");
    case Due: return tr("Due");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace scwres
