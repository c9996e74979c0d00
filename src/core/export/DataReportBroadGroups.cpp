// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The data report's figures by broad ethnic group (issue 17 item 5): the rows every format prints,
// beside the headline and never instead of it.
#include "export/DataReport.h"

#include "BroadGroupRatios.h"
#include "FigureFormat.h"
#include "PrintedFigure.h"

namespace scwres {

namespace {

QString groupInterval(const std::optional<Interval> &ci)
{
    return ci ? QStringLiteral("%1–%2").arg(printedTwoDecimals(ci->lower), printedTwoDecimals(ci->upper))
              : QStringLiteral("—");
}

} // namespace

QStringList DataReport::broadGroupHeaders()
{
    return {tr("Broad ethnic group"), tr("Events"), tr("Population"), tr("Likelihood"),
            tr("Relative likelihood (the group relative to white)"), tr("95% interval"), tr("Small numbers")};
}

bool DataReport::hasBroadGroups(const View &view, MetricId id) const
{
    return id != MetricId::M1 && broadGroupRatios(view.report, id).has_value();
}

bool DataReport::broadGroupsWithheld(MetricId id) const
{
    return m_suppression.broadGroupsSuppressed(id);
}

std::vector<QStringList> DataReport::broadGroupRows(const View &view, MetricId id) const
{
    const auto reading = id == MetricId::M1 ? std::nullopt : broadGroupRatios(view.report, id);
    if (!reading || broadGroupsWithheld(id))
        return {};
    const QString yes = tr("Yes");
    const QString no = tr("No");
    std::vector<QStringList> rows;
    // White staff first: the comparison every row is made against.
    rows.push_back({tr("%1 (the comparison)").arg(broadGroupName(BroadGroup::White)),
                    formatCount(reading->whiteEvents), formatCount(reading->whitePopulation),
                    formatShare(double(reading->whiteEvents) / double(reading->whitePopulation)),
                    QStringLiteral("1.00"), QStringLiteral("—"), reading->whiteEvents < 10 ? yes : no});
    for (const BroadGroupRatio &g : reading->groups)
        rows.push_back({broadGroupName(g.group), formatCount(g.events), formatCount(g.population),
                        formatShare(g.likelihood),
                        g.relativeLikelihood ? formatRelativeLikelihood(g.relativeLikelihood)
                                             : tr("no one in the population"),
                        groupInterval(g.ci95), g.smallNumbers ? yes : no});
    return rows;
}

QString DataReport::broadGroupsWithheldText() const
{
    return tr("Figures by broad ethnic group withheld: in at least one service area a group's count is under %1, "
              "or the headline figures are withheld, and the others would let it be worked out.")
        .arg(m_suppression.policy().threshold);
}

} // namespace scwres
