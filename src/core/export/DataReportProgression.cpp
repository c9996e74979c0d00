// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report's progression up the pay bands: the rows and chart every format prints.
#include "export/DataReport.h"

#include "Certainty.h"
#include "PrintedFigure.h"

#include <algorithm>

namespace scwres {

namespace {

QString stepInterval(const std::optional<Interval> &ci)
{
    return ci ? QStringLiteral("%1–%2").arg(printedTwoDecimals(ci->lower), printedTwoDecimals(ci->upper))
              : QStringLiteral("—");
}

template <typename Figure>
QString statusOf(const Figure &figure)
{
    if (!figure.relativeLikelihood)
        return DataReport::tr("Not computable");
    if (figure.certainty)
        return DataReport::tr("%1 (%2)").arg(statusText(figure.status), certaintyText(*figure.certainty).toLower());
    return statusText(figure.status);
}

} // namespace

ProgressionResult DataReport::progression(const View &view) const
{
    HiddenBandRow hidden;
    if (m_suppression.enabled())
        hidden = [this, area = view.area](int row) {
            for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White, CountColumn::Unknown})
                if (m_suppression.isSuppressed({area, MetricId::M1, row, column}))
                    return true;
            return false;
        };
    return computeProgression(view.report.payBands, view.report.range, view.report.intervalMethod, hidden);
}

QStringList DataReport::progressionHeaders()
{
    return {tr("Step up the bands"), tr("Minority ethnic: above / at or above"), tr("White: above / at or above"),
            tr("Relative likelihood (minority ethnic relative to white)"), tr("95% interval"), tr("Status"),
            tr("Small numbers")};
}

std::vector<QStringList> DataReport::progressionRows(const View &view, ProgressionLadder ladder) const
{
    const ProgressionResult result = progression(view);
    const bool national = ladder == ProgressionLadder::National;
    std::vector<QStringList> rows;
    const QString withheld = tr("withheld");
    for (const ProgressionStep &step : national ? result.national : result.local) {
        const QString label = tr("%1 → %2").arg(step.from, step.to);
        if (m_suppression.progressionSuppressed(view.area, step.bandRows)) {
            rows.push_back({label, withheld, withheld, withheld, withheld, withheld, withheld});
            continue;
        }
        rows.push_back({label, tr("%1 / %2").arg(step.above.minorityEthnic).arg(step.atOrAbove.minorityEthnic),
                        tr("%1 / %2").arg(step.above.white).arg(step.atOrAbove.white),
                        formatRelativeLikelihood(step.relativeLikelihood), stepInterval(step.ci95), statusOf(step),
                        step.smallNumbers ? tr("Yes") : tr("No")});
    }
    const auto &compound = national ? result.nationalCompound : result.localCompound;
    if (compound) {
        const QString label = tr("%1, %2 among %3 → %2 (%4 steps)")
                                  .arg(topBandShareRatioName(), compound->to, compound->from)
                                  .arg(compound->steps);
        if (m_suppression.progressionSuppressed(view.area, compound->bandRows))
            rows.push_back({label, QString(), QString(), withheld, withheld, withheld, withheld});
        else
            rows.push_back({label, QString(), QString(), formatRelativeLikelihood(compound->relativeLikelihood),
                            stepInterval(compound->ci95), statusOf(*compound),
                            compound->smallNumbers ? tr("Yes") : tr("No")});
    }
    return rows;
}

ForestPlotData DataReport::progressionChart(const View &view, ProgressionLadder ladder) const
{
    const ProgressionResult result = progression(view);
    ProgressionResult shown = result;
    const auto keep = [&](std::vector<ProgressionStep> &steps) {
        steps.erase(std::remove_if(steps.begin(), steps.end(),
                                   [&](const ProgressionStep &s) {
                                       return m_suppression.progressionSuppressed(view.area, s.bandRows);
                                   }),
                    steps.end());
    };
    keep(shown.national);
    keep(shown.local);
    return progressionChartData(shown, ladder, view.report.range);
}

} // namespace scwres
