// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PooledYears.h"

#include "Certainty.h"
#include "Intervals.h"
#include "MetricTally.h"
#include "PrintedFigure.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::PooledYears", text);
}

constexpr int kPooledYears = 3;
constexpr long long kSmallNumbers = 10;
// The two-sided 95% normal quantile, as the Katz interval uses.
constexpr double kZ95 = 1.96;

QString yearList(const std::vector<int> &years)
{
    QStringList names;
    for (int year : years)
        names << QString::number(year);
    return names.join(QStringLiteral(", "));
}

// One year's 2×2 table: a of n1 minority ethnic, c of n2 white.
struct Stratum {
    double a, n1, c, n2;
};

struct MantelHaenszel {
    std::optional<double> relativeLikelihood;
    std::optional<Interval> ci95;
};

// The Mantel–Haenszel risk ratio over the year strata, RR = Σ(a·n2/N) / Σ(c·n1/N), N = n1 + n2,
// with the Greenland–Robins variance of ln RR:
//   Var = Σ[(n1·n2·(a + c) − a·c·N) / N²] / (Σ(a·n2/N) · Σ(c·n1/N)).
// Sources: N. Mantel and W. Haenszel, J. Natl Cancer Inst. 22 (1959) 719–748; S. Greenland and
// J. M. Robins, "Estimation of a common effect parameter from sparse follow-up data", Biometrics 41
// (1985) 55–68; Rothman, Greenland and Lash, Modern Epidemiology, 3rd ed., ch. 15. A year where both
// groups' rates are equal adds the same amount to both sums, so years each at parity pool to
// exactly 1 whatever the groups' sizes (summing the counts does not: issue 27).
MantelHaenszel mantelHaenszel(const std::vector<Stratum> &strata, const GroupCounts &summedEvents,
                              const GroupCounts &summedPopulation)
{
    MantelHaenszel mh;
    double r = 0;
    double s = 0;
    double v = 0;
    bool binomial = true;
    for (const Stratum &t : strata) {
        const double n = t.n1 + t.n2;
        if (n <= 0)
            continue;
        r += t.a * t.n2 / n;
        s += t.c * t.n1 / n;
        v += (t.n1 * t.n2 * (t.a + t.c) - t.a * t.c * n) / (n * n);
        binomial = binomial && t.a <= t.n1 && t.c <= t.n2;
    }
    if (s <= 0)
        return mh;
    const double rr = r / s;
    mh.relativeLikelihood = rr;
    // More events than population in a year breaks the binomial model: no interval, as for one year.
    if (!binomial)
        return mh;
    if (r > 0) {
        const double variance = v / (r * s);
        if (std::isfinite(variance) && variance >= 0) {
            const double half = kZ95 * std::sqrt(variance);
            const Interval ci{std::exp(std::log(rr) - half), std::exp(std::log(rr) + half)};
            if (std::isfinite(ci.lower) && std::isfinite(ci.upper))
                mh.ci95 = ci;
        }
        return mh;
    }
    // No minority ethnic events in any year: RR 0 and the Greenland–Robins variance is infinite. The
    // interval is [0, upper] with the upper limit of the exact interval of the summed counts, so it
    // contains the estimate (program's choice, docs/metrics.md §13).
    const CiResult exact = exactInterval(summedEvents, summedPopulation);
    if (exact.interval)
        mh.ci95 = Interval{0.0, exact.interval->upper};
    return mh;
}

} // namespace

bool isPooled(MetricId id)
{
    // Senior managers (9) and the pay bands (1) count the same people every year: pooling years
    // would count one person up to three times (issue 27). The flow metrics 2-8 count a year's events.
    return id != MetricId::M1 && id != MetricId::M9;
}

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
        RatioResult &result = report.ratios[id];
        result.pooled.reset();
        if (!isPooled(id))
            continue;
        PooledFigure pooled;
        std::vector<Stratum> strata;
        bool negative = false;
        for (const AnnualReturn *ret : years) {
            const tally::Tally one = tally::tallyReturn(*ret, report.area, id);
            // A year with a count not entered has no figure for the metric: it is left out (issue 27).
            if (one.availability != tally::Availability::Available || !one.events.ratioCountsEntered()
                || !one.population.ratioCountsEntered())
                continue;
            pooled.years.push_back(ret->year);
            pooled.events += one.events;
            pooled.population += one.population;
            negative = negative || one.events.minorityEthnic < 0 || one.events.white < 0
                    || one.population.minorityEthnic < 0 || one.population.white < 0;
            strata.push_back({static_cast<double>(one.events.minorityEthnic),
                              static_cast<double>(one.population.minorityEthnic),
                              static_cast<double>(one.events.white), static_cast<double>(one.population.white)});
        }
        if (pooled.years.size() < 2)
            continue;
        const GroupCounts &e = pooled.events;
        const GroupCounts &p = pooled.population;
        pooled.smallNumbers = e.minorityEthnic < kSmallNumbers || e.white < kSmallNumbers;
        const bool computable = !negative && e.white > 0 && p.minorityEthnic > 0 && p.white > 0;
        if (computable) {
            const MantelHaenszel mh = mantelHaenszel(strata, e, p);
            pooled.relativeLikelihood = mh.relativeLikelihood;
            pooled.ci95 = mh.ci95;
            pooled.certainty = assessCertainty(pooled.relativeLikelihood, pooled.ci95, engine.range());
        }
        result.pooled = pooled;
    }
}

QString pooledLabel()
{
    return tr("pooled (stratified by year)");
}

QString pooledSummary(const PooledFigure &pooled)
{
    if (pooled.years.empty())
        return {};
    if (!pooled.relativeLikelihood)
        return tr("Pooled (stratified by year) %1: not computable from the counts.").arg(yearList(pooled.years));
    QString text = tr("Pooled (stratified by year) %1: RL %2")
                       .arg(yearList(pooled.years), printedTwoDecimals(*pooled.relativeLikelihood));
    if (pooled.ci95)
        text += tr(" (95% CI %1–%2)").arg(printedTwoDecimals(pooled.ci95->lower), printedTwoDecimals(pooled.ci95->upper));
    if (pooled.certainty)
        text += tr(", %1").arg(certaintyText(*pooled.certainty).toLower());
    if (pooled.smallNumbers)
        text += tr(", small numbers even pooled");
    return text;
}

} // namespace scwres
