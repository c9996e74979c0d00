// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Completeness.h"

#include <QCoreApplication>

namespace scwres {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("scwres::Completeness", text, disambiguation, n);
}

int missingIn(const GroupCounts &counts)
{
    int missing = 0;
    for (EthnicGroup g : kEthnicGroups)
        missing += counts.isEntered(g) ? 0 : 1;
    return missing;
}

Finding returnField(const QString &field, const QString &message)
{
    Finding f;
    f.severity = Severity::Warning;
    f.field = field;
    f.message = message;
    f.location.returnField = field;
    return f;
}

} // namespace

std::vector<Finding> completenessProblems(const AnnualReturn &ret)
{
    std::vector<Finding> out;
    if (!ret.snapshotDate.isValid())
        out.push_back(returnField(QStringLiteral("snapshot_date"), tr("The snapshot date is not entered.")));
    if (!ret.periodStart.isValid() || !ret.periodEnd.isValid())
        out.push_back(returnField(QStringLiteral("period"), tr("The reporting period's start and end are not both "
                                                               "entered.")));
    if (!ret.populationMinorityEthnicPercent)
        out.push_back(returnField(QStringLiteral("population"),
                                  tr("The population comparator (minority ethnic share of the local population, "
                                     "for metric 9) is not entered.")));
    if (!ret.adult && !ret.children)
        out.push_back(returnField(QStringLiteral("areas"), tr("Neither service area is returned.")));

    for (ServiceArea which : kServiceAreas) {
        const AreaReturn *area = ret.area(which);
        if (!area)
            continue;
        for (Block block : kBlocks) {
            if (!area->isCollected(block))
                continue;
            const BlockInfo &info = blockInfo(block);
            int missing = 0;
            int total = 0;
            switch (info.shape) {
            case BlockShape::PayBands:
                for (const PayBand &band : area->payBands.bands) {
                    missing += missingIn(band.counts);
                    total += 3;
                }
                break;
            case BlockShape::Counts:
                missing = missingIn(area->countBlock(block).counts);
                total = 3;
                break;
            case BlockShape::Rate:
                missing = missingIn(area->rateBlock(block).population) + missingIn(area->rateBlock(block).events);
                total = 6;
                break;
            }
            if (missing == 0)
                continue;
            Finding f;
            f.severity = Severity::Warning;
            f.location.area = which;
            f.location.block = block;
            f.field = QStringLiteral("areas.%1.%2").arg(serviceAreaKey(which), QString::fromLatin1(info.key));
            const QString metric = metricKey(info.metric);
            if (missing == total)
                f.message = tr("%1: nothing entered for metric %2 \u2014 enter the counts or mark it not collected.")
                                .arg(serviceAreaName(which), metric);
            else
                f.message = tr("%1, metric %2: %n count(s) not entered \u2014 enter them (0 when there are none).",
                               nullptr, missing)
                                .arg(serviceAreaName(which), metric);
            out.push_back(f);
        }
    }
    return out;
}

std::vector<Finding> problemsBeforeComplete(const AnnualReturn &ret)
{
    std::vector<Finding> out;
    for (const Finding &f : validateReturn(ret))
        if (f.severity == Severity::Error)
            out.push_back(f);
    for (const Finding &f : completenessProblems(ret))
        out.push_back(f);
    return out;
}

std::optional<AnnualReturn> completeOnly(std::optional<AnnualReturn> ret)
{
    if (ret && !ret->complete)
        return std::nullopt;
    return ret;
}

} // namespace scwres
