// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Intervals.h"

#include <cmath>

namespace scwres {

namespace {

// 1.96: the two-sided 95% normal quantile used by the Katz log interval (domain notes §5.5).
constexpr double kZ95 = 1.96;
constexpr double kAlpha = 0.05;

// Continued fraction of the incomplete beta function (modified Lentz), as in Press et al.,
// Numerical Recipes, 3rd ed., §6.4.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    constexpr double kEpsilon = 1e-15;
    const double qab = a + b;
    const double qap = a + 1;
    const double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 10000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        d = std::fabs(d) < kTiny ? kTiny : d;
        c = 1 + aa / c;
        c = std::fabs(c) < kTiny ? kTiny : c;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        d = std::fabs(d) < kTiny ? kTiny : d;
        c = 1 + aa / c;
        c = std::fabs(c) < kTiny ? kTiny : c;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1) < kEpsilon)
            break;
    }
    return h;
}

// The regularised incomplete beta function I_x(a, b), a, b > 0.
double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front =
        std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

// x with I_x(a, b) = p, by bisection: I is increasing in x, and 200 halvings reach the double's
// precision whatever the counts.
double inverseIncompleteBeta(double a, double b, double p)
{
    double low = 0;
    double high = 1;
    for (int i = 0; i < 200 && high - low > 1e-17; ++i) {
        const double mid = (low + high) / 2;
        (incompleteBeta(a, b, mid) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

} // namespace

// Katz log interval for a ratio of two proportions, a of n1 (minority ethnic) against c of n2
// (white): SE(ln RL) = sqrt(1/a − 1/n1 + 1/c − 1/n2), CI = exp(ln RL ± 1.96·SE). When any cell
// (a, n1 − a, c, n2 − c) is 0 the Haldane correction (a + 0.5, n1 + 1, c + 0.5, n2 + 1) is
// applied to every cell, and RL is recomputed from the corrected cells. Domain notes §5.5.
CiResult katzInterval(const GroupCounts &events, const GroupCounts &population, double relativeLikelihood)
{
    double a = static_cast<double>(events.minorityEthnic);
    double n1 = static_cast<double>(population.minorityEthnic);
    double c = static_cast<double>(events.white);
    double n2 = static_cast<double>(population.white);
    CiResult result;
    // More events than population (leavers above a snapshot headcount) breaks the binomial
    // model behind the interval: no interval rather than a wrong one.
    if (a > n1 || c > n2)
        return result;
    double rl = relativeLikelihood;
    if (a == 0 || n1 - a == 0 || c == 0 || n2 - c == 0) {
        a += 0.5;
        n1 += 1;
        c += 0.5;
        n2 += 1;
        rl = (a / n1) / (c / n2);
        result.haldane = true;
    }
    const double variance = 1 / a - 1 / n1 + 1 / c - 1 / n2;
    if (!std::isfinite(variance) || variance < 0 || !std::isfinite(rl) || rl <= 0)
        return result;
    const double halfWidth = kZ95 * std::sqrt(variance);
    const Interval interval{std::exp(std::log(rl) - halfWidth), std::exp(std::log(rl) + halfWidth)};
    if (std::isfinite(interval.lower) && std::isfinite(interval.upper))
        result.interval = interval;
    return result;
}


CiResult exactInterval(const GroupCounts &events, const GroupCounts &population)
{
    const long long a = events.minorityEthnic;
    const long long c = events.white;
    const long long n1 = population.minorityEthnic;
    const long long n2 = population.white;
    CiResult result;
    // The same limits as Katz: no interval where the binomial reading of the counts fails.
    if (a < 0 || c <= 0 || n1 <= 0 || n2 <= 0 || a > n1 || c > n2)
        return result;
    // Given m = a + c events, a is binomial (m, p) with p = n1·RL / (n1·RL + n2); the
    // Clopper–Pearson limits for p give RL = (n2 / n1) · p / (1 − p).
    const double m = static_cast<double>(a) + static_cast<double>(c);
    const double ad = static_cast<double>(a);
    const double pLower = a == 0 ? 0.0 : inverseIncompleteBeta(ad, m - ad + 1, kAlpha / 2);
    const double pUpper = inverseIncompleteBeta(ad + 1, m - ad, 1 - kAlpha / 2);
    const double scale = static_cast<double>(n2) / static_cast<double>(n1);
    const Interval interval{scale * pLower / (1 - pLower), scale * pUpper / (1 - pUpper)};
    if (std::isfinite(interval.lower) && std::isfinite(interval.upper) && pUpper < 1)
        result.interval = interval;
    return result;
}

bool containsEstimate(const CiResult &ci, double relativeLikelihood)
{
    return ci.interval && ci.interval->lower <= relativeLikelihood && relativeLikelihood <= ci.interval->upper;
}

// Issue 27: the printed interval always contains the printed RL. With no minority ethnic events
// (RL 0) the Haldane-corrected Katz interval is centred on a made-up ratio and can lie wholly above
// 0 (even wholly above the range); the exact interval runs from 0 and is used instead. Any other
// Katz interval that misses its own estimate (a corrected cell at the other end: all appointed)
// falls back to the exact interval too, which always contains the estimate (the Clopper–Pearson
// limits contain a / (a + c), and the RL is increasing in it). Rounding both ends and the RL the
// same way keeps the order, so the printed figures nest as well.
CiResult confidenceInterval(IntervalMethod method, const GroupCounts &events, const GroupCounts &population,
                            double relativeLikelihood)
{
    if (method == IntervalMethod::Exact || events.minorityEthnic == 0)
        return exactInterval(events, population);
    CiResult katz = katzInterval(events, population, relativeLikelihood);
    if (!katz.interval || containsEstimate(katz, relativeLikelihood))
        return katz;
    return exactInterval(events, population);
}

} // namespace scwres
