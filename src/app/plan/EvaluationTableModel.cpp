// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "EvaluationTableModel.h"

#include "PlanEditor.h"

namespace scwres {

EvaluationTableModel::EvaluationTableModel(PlanEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(m_editor, &PlanEditor::planChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EvaluationTableModel::rowCount(const QModelIndex &parent) const
{
    const auto &plan = m_editor->plan();
    return parent.isValid() || !plan ? 0 : static_cast<int>(plan->lastYearEvaluation.size());
}

int EvaluationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()
        || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    const EvaluationEntry &e = m_editor->plan()->lastYearEvaluation[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case Metric: return sectionTitle(e.section);
    case Action: return e.details;
    case FinalStatus: return actionStatusText(e.finalStatus);
    case CarriedForward: return e.carriedForward ? tr("Rolled over into this plan") : tr("Not carried over");
    case Outcome: return e.outcome;
    default: return {};
    }
}

bool EvaluationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Outcome || index.row() >= rowCount())
        return false;
    ActionPlan plan = *m_editor->plan();
    plan.lastYearEvaluation[static_cast<size_t>(index.row())].outcome = value.toString();
    return m_editor->edit(plan, tr("Edit the outcome of last year's action %1").arg(index.row() + 1),
                          QStringLiteral("outcome%1").arg(index.row()));
}

Qt::ItemFlags EvaluationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Outcome && !m_editor->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Metric: return tr("Metric");
    case Action: return tr("Last year's action");
    case FinalStatus: return tr("Final status");
    case CarriedForward: return tr("Carried forward");
    case Outcome: return tr("Outcome");
    default: return {};
    }
}

} // namespace scwres
