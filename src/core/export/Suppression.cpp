// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "export/Suppression.h"

#include "disclosure/DisclosureControl.h"

#include "BroadGroupRatios.h"
#include "MetricTally.h"
#include "Shortfall.h"

#include <algorithm>
#include <cmath>

namespace scwres {

namespace {

constexpr std::array<CountColumn, 4> kColumns{CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown,
                                              CountColumn::Total};

// A broad-group count a reader may see: at or above the threshold, or a zero in a row (events or
// population) of threshold or more, the headline's own primary rule (CellProtection::primaryCells).
bool broadCountPublishable(long long value, long long rowTotal, int threshold)
{
    return value >= threshold || (value == 0 && rowTotal >= threshold);
}

bool broadCountsPublishable(const GroupCounts &events, const GroupCounts &population, int threshold)
{
    for (const GroupCounts *row : {&events, &population})
        for (BroadGroup group : kComparedBroadGroups)
            if (!broadCountPublishable(row->broad->get(group), row->total(), threshold))
                return false;
    return true;
}

// Why the broad groups of a metric are published whole, in every area, or not at all: each
// group's counts can be read back from its RL and interval, the four groups add up to the
// headline minority ethnic count, and the combined view is the sum of the two areas. So one
// group withheld anywhere could be worked out from the others; all at or above the threshold,
// nothing a reader works out is small.
std::vector<MetricId> broadGroupsWithheld(const AnnualReturn &ret, const DisclosurePattern &pattern, int threshold)
{
    const MetricEngine engine;
    std::vector<std::pair<AreaSelection, MetricReport>> reports;
    if (ret.adult)
        reports.emplace_back(AreaSelection::Adult, engine.compute(ret, AreaSelection::Adult));
    if (ret.children)
        reports.emplace_back(AreaSelection::Children, engine.compute(ret, AreaSelection::Children));
    reports.emplace_back(AreaSelection::Combined, engine.compute(ret, AreaSelection::Combined));
    std::vector<MetricId> withheld;
    for (MetricId id : tally::kRatioMetrics) {
        bool publishable = true;
        for (const auto &[area, report] : reports) {
            const RatioResult &r = report.ratio(id);
            if (r.status == MetricStatus::NotCollected || !r.events.broad || !r.population.broad)
                continue;
            publishable = publishable && pattern.ratioPublished(area, id)
                       && broadCountsPublishable(r.events, r.population, threshold);
        }
        if (!publishable)
            withheld.push_back(id);
    }
    return withheld;
}

} // namespace

QString SuppressionPolicy::symbol() const
{
    return QStringLiteral("<%1").arg(threshold);
}

QString SuppressionPolicy::secondarySymbol()
{
    return QStringLiteral("[c]");
}

QString SuppressionPolicy::modeName() const
{
    return enabled ? QCoreApplication::translate("SuppressionPolicy", "published version (counts under %1 hidden)")
                         .arg(threshold)
                   : QCoreApplication::translate("SuppressionPolicy", "full figures, not for publication");
}

double publishedRatio(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double publishedFraction(double fraction)
{
    return std::round(fraction * 1000.0) / 1000.0;
}

ReportSuppression ReportSuppression::build(const AnnualReturn &ret, const AnnualReturn *previous,
                                           const std::vector<MetricReport> &views, SuppressionPolicy policy,
                                           const std::vector<AnnualReturn> &earlier)
{
    ReportSuppression result;
    result.m_policy = policy;
    result.m_views = views;
    if (!policy.enabled)
        return result;
    result.m_pattern = DisclosureControl::build(ret, policy.threshold);
    if (previous)
        result.m_previous = DisclosureControl::build(*previous, policy.threshold);
    result.m_broadWithheld = broadGroupsWithheld(ret, result.m_pattern, policy.threshold);
    for (const AnnualReturn &other : earlier)
        if (other.year != ret.year)
            result.m_earlier.emplace_back(other.year, DisclosureControl::build(other, policy.threshold));
    return result;
}

bool ReportSuppression::likelihoodSuppressed(AreaSelection area, MetricId id, EthnicGroup group) const
{
    return m_policy.enabled && !m_pattern.likelihoodPublished(area, id, group);
}

bool ReportSuppression::ratioSuppressed(AreaSelection area, MetricId id) const
{
    return m_policy.enabled && !m_pattern.ratioPublished(area, id);
}

bool ReportSuppression::previousSuppressed(AreaSelection area, MetricId id) const
{
    // Without last year's return its pattern cannot be known, so nothing of it is printed.
    return m_policy.enabled && (!m_previous.enabled() || !m_previous.ratioPublished(area, id));
}

bool ReportSuppression::pooledSuppressed(AreaSelection area, MetricId id, const std::vector<int> &years) const
{
    if (!m_policy.enabled)
        return false;
    for (int year : years) {
        if (year == m_pattern.year()) {
            if (!m_pattern.ratioPublished(area, id))
                return true;
            continue;
        }
        const auto found = std::find_if(m_earlier.begin(), m_earlier.end(),
                                        [year](const auto &entry) { return entry.first == year; });
        if (found == m_earlier.end() || !found->second.ratioPublished(area, id))
            return true;
    }
    return false;
}

bool ReportSuppression::headcountSuppressed(AreaSelection area) const
{
    if (!m_policy.enabled)
        return false;
    int workforceRow = -1;
    while (m_pattern.cellIndex({area, MetricId::M1, workforceRow + 1, CountColumn::Total}) >= 0)
        ++workforceRow;
    // No pay bands in the pattern: nothing to quote, and nothing a quote could give away.
    return workforceRow >= 0 && isSuppressed({area, MetricId::M1, workforceRow, CountColumn::Total});
}

bool ReportSuppression::shareSuppressed(AreaSelection area, MetricId id, int row, CountColumn group) const
{
    return m_policy.enabled && !m_pattern.sharePublished(area, id, row, group);
}

bool ReportSuppression::seniorSharesSuppressed(AreaSelection area) const
{
    return shareSuppressed(area, MetricId::M9, 0, CountColumn::MinorityEthnic)
        || shareSuppressed(area, MetricId::M9, 1, CountColumn::MinorityEthnic);
}

bool ReportSuppression::progressionSuppressed(AreaSelection area, const std::vector<int> &bandRows) const
{
    if (!m_policy.enabled)
        return false;
    for (int row : bandRows)
        for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White})
            if (isSuppressed({area, MetricId::M1, row, column}))
                return true;
    return false;
}

bool ReportSuppression::broadGroupsSuppressed(MetricId id) const
{
    return m_policy.enabled
        && std::find(m_broadWithheld.begin(), m_broadWithheld.end(), id) != m_broadWithheld.end();
}

bool ReportSuppression::anySuppressed(AreaSelection area, MetricId id) const
{
    if (!m_policy.enabled)
        return false;
    const QString prefix = QStringLiteral("%1/%2/").arg(areaSelectionKey(area), metricKey(id));
    for (const auto &[key, cell] : m_pattern.index())
        if (key.startsWith(prefix) && m_pattern.states()[std::size_t(cell)] != CellState::Published)
            return true;
    return false;
}

bool ReportSuppression::anySuppressed() const
{
    if (!m_policy.enabled)
        return false;
    for (const MetricReport &view : m_views)
        for (MetricId id : kMetricIds)
            if (anySuppressed(view.area, id))
                return true;
    return false;
}

QString ReportSuppression::summary() const
{
    return m_policy.enabled ? m_pattern.summary(m_views) : QString();
}

QStringList ReportSuppression::protectionNotes() const
{
    return m_pattern.protectionNotes(m_views);
}

QString ReportSuppression::note() const
{
    if (!m_policy.enabled)
        return tr("Full figures: every count is shown. This version is not for publication.");
    QString text =
        tr("Published version. Counts from 1 to %1 are shown as “%2”, as are zeros in a group of fewer than %3. "
           "So that none can be worked out from a total, another table, another service area or another year, some "
           "other counts are hidden too (“%4” when %3 or more). Every file published for %5 hides the same counts. "
           "Every percentage, likelihood, relative likelihood, interval, status and sentence made from a hidden count "
           "is withheld. In this file: %6")
            .arg(m_policy.threshold - 1)
            .arg(m_policy.symbol())
            .arg(m_policy.threshold)
            .arg(SuppressionPolicy::secondarySymbol())
            .arg(m_pattern.year())
            .arg(summary());
    const QStringList notes = protectionNotes();
    if (!notes.isEmpty())
        text += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    return text;
}

QString ReportSuppression::withheldText() const
{
    return tr("Withheld: it would reveal a count under %1.").arg(m_policy.threshold);
}

QString ReportSuppression::suggestedMeasure(const std::vector<MetricId> &metrics, const MetricReport &combined) const
{
    const bool withheld = std::any_of(metrics.begin(), metrics.end(), [&](MetricId id) {
        return id != MetricId::M1 && ratioSuppressed(AreaSelection::Combined, id);
    });
    if (!withheld)
        return suggestedMeasureForSection(metrics, combined);
    return tr("The relative likelihood inside the non-adverse range (%1 to %2) in a later return. (No number is "
              "suggested: this metric's figures are withheld in the published version, as they would reveal a "
              "count under %3.)")
        .arg(QString::number(combined.range.lower, 'f', 2), QString::number(combined.range.upper, 'f', 2))
        .arg(m_policy.threshold);
}

QString ReportSuppression::pooledWithheldText(const std::vector<int> &years) const
{
    QStringList names;
    for (int year : years)
        names << QString::number(year);
    return tr("Pooled %1: withheld, as a count under %2 in one of these years could be worked out from it.")
        .arg(names.join(QStringLiteral(", ")))
        .arg(m_policy.threshold);
}

PayBandChartData ReportSuppression::filter(AreaSelection area, PayBandChartData data) const
{
    if (!m_policy.enabled)
        return data;
    // Bars: the three national bands (rows 0-2), then the whole workforce (the last row).
    const int workforceRow = [&] {
        int last = -1;
        for (int row = 0;; ++row) {
            if (m_pattern.cellIndex({area, MetricId::M1, row, CountColumn::Total}) < 0)
                return last;
            last = row;
        }
    }();
    for (std::size_t i = 0; i < data.bars.size(); ++i) {
        PayBandBar &bar = data.bars[i];
        const int row = bar.nationalBand ? int(i) : workforceRow;
        bool hidden = false;
        for (CountColumn column : kColumns)
            hidden = hidden || isSuppressed({area, MetricId::M1, row, column});
        if (hidden) {
            // A stacked bar with one piece missing would give it away as 100 minus the rest.
            bar.counts = {};
            bar.percentMinorityEthnic.reset();
            bar.percentWhite.reset();
            bar.percentUnknown.reset();
            if (!bar.nationalBand)
                data.workforcePercentMinorityEthnic.reset();
        }
    }
    return data;
}

LikelihoodChartData ReportSuppression::filter(AreaSelection area, LikelihoodChartData data) const
{
    if (!m_policy.enabled)
        return data;
    std::vector<LikelihoodBar> kept;
    for (const LikelihoodBar &bar : data.bars) {
        if (ratioSuppressed(area, bar.id))
            data.withoutBars.push_back(bar.id);
        else
            kept.push_back(bar);
    }
    data.bars = kept;
    return data;
}

ForestPlotData ReportSuppression::filter(AreaSelection area, ForestPlotData data) const
{
    if (!m_policy.enabled)
        return data;
    data.rows.erase(std::remove_if(data.rows.begin(), data.rows.end(),
                                   [&](const ForestRow &row) { return ratioSuppressed(area, row.id); }),
                    data.rows.end());
    // The axis from what is left: one scaled by a withheld interval would change with hidden counts.
    fitForestAxis(data);
    return data;
}

SeniorManagerChartData ReportSuppression::filter(AreaSelection area, SeniorManagerChartData data) const
{
    if (!m_policy.enabled)
        return data;
    if (shareSuppressed(area, MetricId::M9, 0, CountColumn::MinorityEthnic)) {
        data.percentSenior.reset();
        data.gapVsWorkforcePoints.reset();
        data.gapVsPopulationPoints.reset();
    }
    if (shareSuppressed(area, MetricId::M9, 1, CountColumn::MinorityEthnic)) {
        data.percentWorkforce.reset();
        data.gapVsWorkforcePoints.reset();
    }
    return data;
}

} // namespace scwres
