// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace scwres {

// One metric's actions, read-only, one row each; edits go through ActionDialog and the plan's
// undo commands. Status is text ("At risk", "On track, overdue"), never colour alone.
class ActionsTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Details, Timescale, SuccessMeasure, Lead, Area, Start, Due, Status, ColumnCount };

    explicit ActionsTableModel(QObject *parent = nullptr);

    void setActions(const std::vector<PlanAction> &actions, const QDate &today);
    const std::vector<PlanAction> &actions() const { return m_actions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PlanAction> m_actions;
    QDate m_today;
};

} // namespace scwres
