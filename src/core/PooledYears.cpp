// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PooledYears.h"

#include "Certainty.h"
#include "Intervals.h"
#include "MetricTally.h"
#include "PrintedFigure.h"

#include <QCoreApplication>

#include <algorithm>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::PooledYears", text);
}

constexpr int kPooledYears = 3;
constexpr long long kSmallNumbers = 10;

QString yearList(const std::vector<int> &years)
{
    QStringList names;
    for (int year : years)
        names << QString::number(year);
    return names.join(QStringLiteral(", "));
}

} // namespace

void addPooledYears(MetricReport &report, const AnnualReturn &current, const std::vector<AnnualReturn> &stored,
                    const MetricEngine &engine)
{
    std::vector<const AnnualReturn *> years;
    if (current.complete)
        years.push_back(&current);
    for (const AnnualReturn &ret : stored) {
        const bool inWindow = ret.year < current.year && ret.year > current.year - kPooledYears;
        const bool seen = std::any_of(years.begin(), years.end(), [&](const AnnualReturn *y) { return y->year == ret.year; });
        if (inWindow && ret.complete && !seen)
            years.push_back(&ret);
    }
    std::sort(years.begin(), years.end(), [](const AnnualReturn *x, const AnnualReturn *y) { return x->year < y->year; });
    for (MetricId id : tally::kRatioMetrics) {
        PooledFigure pooled;
        for (const AnnualReturn *ret : years) {
            const tally::Tally one = tally::tallyReturn(*ret, report.area, id);
            if (one.availability != tally::Availability::Available)
                continue;
            pooled.years.push_back(ret->year);
            pooled.events += one.events;
            pooled.population += one.population;
        }
        RatioResult &result = report.ratios[id];
        result.pooled.reset();
        if (pooled.years.size() < 2)
            continue;
        const GroupCounts &e = pooled.events;
        const GroupCounts &p = pooled.population;
        pooled.smallNumbers = e.minorityEthnic < kSmallNumbers || e.white < kSmallNumbers;
        const bool computable = e.minorityEthnic >= 0 && e.white > 0 && p.minorityEthnic > 0 && p.white > 0;
        if (computable) {
            const double rl = tally::ratioOfRates(e.minorityEthnic, p.minorityEthnic, e.white, p.white);
            pooled.relativeLikelihood = rl;
            pooled.ci95 = confidenceInterval(engine.intervalMethod(), e, p, rl).interval;
            pooled.certainty = assessCertainty(pooled.relativeLikelihood, pooled.ci95, engine.range());
        }
        result.pooled = pooled;
    }
}

QString pooledSummary(const PooledFigure &pooled)
{
    if (pooled.years.empty())
        return {};
    if (!pooled.relativeLikelihood)
        return tr("Pooled %1: not computable from the summed counts.").arg(yearList(pooled.years));
    QString text = tr("Pooled %1: RL %2").arg(yearList(pooled.years), printedTwoDecimals(*pooled.relativeLikelihood));
    if (pooled.ci95)
        text += tr(" (95% CI %1–%2)").arg(printedTwoDecimals(pooled.ci95->lower), printedTwoDecimals(pooled.ci95->upper));
    if (pooled.certainty)
        text += tr(", %1").arg(certaintyText(*pooled.certainty).toLower());
    if (pooled.smallNumbers)
        text += tr(", small numbers even pooled");
    return text;
}

} // namespace scwres
