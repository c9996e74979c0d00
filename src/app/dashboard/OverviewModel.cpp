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
    case RlColumn: return tr("RL");
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

QString OverviewModel::payBandText(int column) const
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
        return tr("%1 in the top band, %2 overall")
            .arg(formatPercent(top->percentMinorityEthnic), formatPercent(bands.workforce.percentMinorityEthnic));
    case NationalColumn:
        if (top && top->nationalPercentMinorityEthnic)
            return tr("%1 in top band").arg(formatPercent(top->nationalPercentMinorityEthnic));
        return tr("Not published");
    case PreviousColumn: return tr("See the chart");
    default: return {};
    }
}

QString OverviewModel::text(MetricId id, int column) const
{
    if (id == MetricId::M1)
        return payBandText(column);
    const RatioResult &r = m_report->ratio(id);
    switch (column) {
    case MetricColumn: return metricChartLabel(id);
    case RlColumn:
        if (r.status == MetricStatus::NotCollected)
            return statusText(MetricStatus::NotCollected);
        if (r.status == MetricStatus::NotComputable || !r.relativeLikelihood)
            return tr("Not computable: %1").arg(notComputableReasonText(r.reason));
        if (r.smallNumbers && r.pooled && r.pooled->relativeLikelihood)
            return tr("%1 ⚠ small numbers; pooled %2–%3: %4")
                .arg(formatRelativeLikelihood(r.relativeLikelihood))
                .arg(r.pooled->years.front())
                .arg(r.pooled->years.back())
                .arg(formatRelativeLikelihood(r.pooled->relativeLikelihood));
        if (r.smallNumbers)
            return tr("%1 ⚠ small numbers").arg(formatRelativeLikelihood(r.relativeLikelihood));
        return formatRelativeLikelihood(r.relativeLikelihood);
    case StatusColumn:
        // The headline stays the point estimate's status; the certainty sits beside it.
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
        return describeYearChange(id, r.previous->relativeLikelihood, r.relativeLikelihood, m_report->range).text;
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
    case Qt::DisplayRole: return text(id, index.column());
    case Qt::AccessibleTextRole: {
        const QString t = text(id, index.column());
        return t.isEmpty() ? tr("none") : t;
    }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(status(id));
        return {};
    case Qt::ToolTipRole:
        if (id == MetricId::M1)
            return metricWording(id);
        if (index.column() == RlColumn && m_report->ratio(id).smallNumbers)
            return tr("Small numbers: fewer than 10 events in a group, so one or two cases move the ratio a long "
                      "way.");
        if (index.column() == PreviousColumn && m_report->ratio(id).previous)
            return tr("Relative likelihood in %1").arg(m_report->ratio(id).previous->year);
        return m_report->ratio(id).sentence;
    case MetricIdRole: return static_cast<int>(id);
    default: return {};
    }
}

} // namespace scwres
