// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <QAbstractTableModel>

#include <optional>

namespace scwres {

// The dashboard's overview: one row per metric (1, 2, 3, 4, 5, 6, 7a, 7b, 8, 9), read only,
// presenting the engine's report as text. Status carries words and an icon of its own shape
// and colour; a not-computable metric shows why in place of its RL.
class OverviewModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    // The RL column also carries the small-numbers warning (⚠ and words) and, when there is no
    // RL, the reason: the table fits the default window without scrolling sideways.
    enum Column { MetricColumn, RlColumn, StatusColumn, PhraseColumn, PreviousColumn, NationalColumn, ColumnCount };
    static constexpr int MetricIdRole = Qt::UserRole + 1; // the row's MetricId, as int

    explicit OverviewModel(QObject *parent = nullptr);

    void setReport(const std::optional<MetricReport> &report);
    // Compact: the shorter wording of a cell when the full one would not fit the window (a
    // 1366×768 laptop): "3.27 ⚠ (pooled 3.86)", "…; not clear", "0.64 → 0.70: better". The full
    // wording stays the cell's tooltip and accessible text, so nothing is lost, only moved.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // The cell's full wording, whatever the mode (what the dashboard measures to choose it).
    QString fullText(int row, int column) const;
    MetricId metricAt(int row) const;
    int rowOf(MetricId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(MetricId id, int column, bool compact) const;
    QString payBandText(int column, bool compact) const;
    MetricStatus status(MetricId id) const;
    QString toolTip(MetricId id, int column) const;

    std::optional<MetricReport> m_report;
    bool m_compact = false;
};


} // namespace scwres
