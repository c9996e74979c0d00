// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "OverviewModel.h"

#include "Certainty.h"

#include "ChartData.h"
#include "YearChange.h"
#include "charts/ChartPalette.h"


#include <cmath>

namespace scwres {

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverviewModel::setReport(const std::optional<MetricReport> &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void OverviewModel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    emit headerDataChanged(Qt::Horizontal, RlColumn, RlColumn);
}

QString OverviewModel::fullText(int row, int column) const
{
    return m_report && row >= 0 && row < rowCount() ? text(metricAt(row), column, false) : QString();
}

MetricId OverviewModel::metricAt(int row) const
{
    return kMetricIds.at(static_cast<std::size_t>(row));
}

int OverviewModel::rowOf(MetricId id) const
{
    for (std::size_t i = 0; i < kMetricIds.size(); ++i) {
        if (kMetricIds[i] == id)
            return static_cast<int>(i);
    }
    return -1;
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : static_cast<int>(kMetricIds.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn: return tr("Metric");
    case RlColumn: return m_compact ? tr("RL (⚠ small numbers)") : tr("RL");
    case StatusColumn: return tr("Status");
    case PhraseColumn: return tr("In words");
    case PreviousColumn:
        if (m_report) {
            for (const auto &[id, r] : m_report->ratios) {
                if (r.previous)
                    return tr("Previous (%1)").arg(r.previous->year);
            }
        }
        return tr("Previous year");
    case NationalColumn: return m_report ? tr("National %1").arg(m_report->year) : tr("National");
    default: return {};
    }
}

MetricStatus OverviewModel::status(MetricId id) const
{
    if (id != MetricId::M1)
        return m_report->ratio(id).status;
    const PayBandResult &bands = m_report->payBands;
    if (!bands.collected)
        return MetricStatus::NotCollected;
    return bands.adverseToMinorityEthnic ? MetricStatus::AdverseToMinorityEthnic : MetricStatus::WithinRange;
}

QString OverviewModel::payBandText(int column, bool compact) const
{
    const PayBandResult &bands = m_report->payBands;
    if (!bands.collected)
        return column == StatusColumn ? statusText(MetricStatus::NotCollected) : QString();
    // The highest national band with staff is the one metric 1 reads (the engine's rule).
    const BandShare *top = nullptr;
    for (const BandShare &band : bands.nationalBands) {
        if (band.counts.total() > 0)
            top = &band;
    }
    switch (column) {
    case MetricColumn: return metricChartLabel(MetricId::M1);
    case RlColumn: return tr("Shares, no RL");
    case StatusColumn:
        return bands.adverseToMinorityEthnic ? statusText(MetricStatus::AdverseToMinorityEthnic)
                                             : tr("No adverse reading");
    case PhraseColumn:
        if (!top || !top->nationalBand)
            return {};
        return (compact ? tr("%1 top band, %2 overall") : tr("%1 in the top band, %2 overall"))
            .arg(formatPercent(top->percentMinorityEthnic), formatPercent(bands.workforce.percentMinorityEthnic));
    case NationalColumn:
        if (top && top->nationalPercentMinorityEthnic)
            return tr("%1 in top band").arg(formatPercent(top->nationalPercentMinorityEthnic));
        return tr("Not published");
    case PreviousColumn: return tr("See the chart");
    default: return {};
    }
}

QString OverviewModel::text(MetricId id, int column, bool compact) const
{
    if (id == MetricId::M1)
        return payBandText(column, compact);
    const RatioResult &r = m_report->ratio(id);
    switch (column) {
    case MetricColumn: return metricChartLabel(id);
    case RlColumn:
        if (r.status == MetricStatus::NotCollected)
            return statusText(MetricStatus::NotCollected);
        // A count left empty is "not entered", never a figure (issue 27).
        if (r.status == MetricStatus::NotComputable && r.reason == NotComputableReason::NotEntered)
            return tr("Not entered");
        if ((r.status == MetricStatus::NotComputable || !r.relativeLikelihood) && compact)
            return tr("Not computable");
        if (r.status == MetricStatus::NotComputable || !r.relativeLikelihood)
            return tr("Not computable: %1").arg(notComputableReasonText(r.reason));
        if (compact && r.smallNumbers && r.pooled && r.pooled->relativeLikelihood)
            return tr("%1 ⚠ (pooled %2)")
                .arg(formatRelativeLikelihood(r.relativeLikelihood), formatRelativeLikelihood(r.pooled->relativeLikelihood));
        if (compact && r.smallNumbers)
            return tr("%1 ⚠").arg(formatRelativeLikelihood(r.relativeLikelihood));
        if (r.smallNumbers && r.pooled && r.pooled->relativeLikelihood)
            return tr("%1 ⚠ small numbers; pooled (stratified by year) %2–%3: %4")
                .arg(formatRelativeLikelihood(r.relativeLikelihood))
                .arg(r.pooled->years.front())
                .arg(r.pooled->years.back())
                .arg(formatRelativeLikelihood(r.pooled->relativeLikelihood));
        if (r.smallNumbers)
            return tr("%1 ⚠ small numbers").arg(formatRelativeLikelihood(r.relativeLikelihood));
        return formatRelativeLikelihood(r.relativeLikelihood);
    case StatusColumn:
        // The headline stays the point estimate's status; the certainty sits beside it.
        if (r.certainty && compact)
            return tr("%1; %2").arg(statusText(r.status),
                                     *r.certainty == Certainty::Clear ? tr("clear") : tr("not clear"));
        if (r.certainty)
            return tr("%1 (%2)").arg(statusText(r.status), certaintyText(*r.certainty).toLower());
        return statusText(r.status);
    case PhraseColumn: return r.phrase;
    case PreviousColumn:
        if (!r.previous)
            return tr("No earlier year");
        if (!r.previous->relativeLikelihood)
            return tr("%1: no figure").arg(r.previous->year);
        if (!r.previous->change)
            return formatRelativeLikelihood(r.previous->relativeLikelihood);
    {
        const QString change =
            describeYearChange(id, r.previous->relativeLikelihood, r.relativeLikelihood, m_report->range).text;
        // "0.64 → 0.70: better"; the reason ("— closer to the range") stays in the tooltip.
        return compact ? change.section(QStringLiteral(" — "), 0, 0) : change;
    }
    case NationalColumn:
        if (!r.national)
            return tr("Not published");
        return formatRelativeLikelihood(r.national->relativeLikelihood);
    default: return {};
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || !index.isValid() || index.row() >= rowCount())
        return {};
    const MetricId id = metricAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(id, index.column(), m_compact);
    case Qt::AccessibleTextRole: {
        const QString t = text(id, index.column(), false);
        return t.isEmpty() ? tr("none") : t;
    }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(status(id));
        return {};
    case Qt::ToolTipRole: {
        // A shortened cell's tooltip starts with its whole wording.
        const QString full = text(id, index.column(), false);
        const QString about = toolTip(id, index.column());
        if (m_compact && full != text(id, index.column(), true))
            return about.isEmpty() ? full : full + QLatin1Char('\n') + about;
        return about;
    }
    case MetricIdRole: return static_cast<int>(id);
    default: return {};
    }
}

QString OverviewModel::toolTip(MetricId id, int column) const
{
    if (id == MetricId::M1)
        return metricWording(id);
    if (column == RlColumn && m_report->ratio(id).smallNumbers)
        return tr("Small numbers: fewer than 10 events in a group, so one or two cases move the ratio a long way.");
    if (column == PreviousColumn && m_report->ratio(id).previous)
        return tr("Relative likelihood in %1").arg(m_report->ratio(id).previous->year);
    return m_report->ratio(id).sentence;
}

} // namespace scwres
