// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QAbstractTableModel>

namespace scwres {

class PlanEditor;

// The evaluation of last year's actions, made when this plan was started from last year's: each
// action with its final status and whether it was rolled over. Only the outcome note is edited
// here (an undoable edit of the plan); the rest is the record.
class EvaluationTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Metric, Action, FinalStatus, CarriedForward, Outcome, ColumnCount };

    explicit EvaluationTableModel(PlanEditor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanEditor *m_editor;
};

} // namespace scwres
