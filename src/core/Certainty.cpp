// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Certainty.h"

#include <QCoreApplication>

#include <cmath>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Certainty", text);
}

enum class Region { Below, Within, Above };

Region regionOf(double value, const NonAdverseRange &range)
{
    if (value < range.lower)
        return Region::Below;
    return value > range.upper ? Region::Above : Region::Within;
}

} // namespace

std::optional<Certainty> assessCertainty(std::optional<double> relativeLikelihood,
                                         const std::optional<Interval> &ci95, const NonAdverseRange &range)
{
    if (!relativeLikelihood || !ci95 || !std::isfinite(*relativeLikelihood))
        return std::nullopt;
    const Region estimate = regionOf(*relativeLikelihood, range);
    // Both ends in the estimate's region means the whole interval is there: each region is an
    // interval of the line.
    const bool clear = regionOf(ci95->lower, range) == estimate && regionOf(ci95->upper, range) == estimate;
    return clear ? Certainty::Clear : Certainty::NotClear;
}

QString certaintyKey(Certainty certainty)
{
    return certainty == Certainty::Clear ? QStringLiteral("clear") : QStringLiteral("not_clear");
}

QString certaintyText(Certainty certainty)
{
    return certainty == Certainty::Clear ? tr("Clear") : tr("Not clear — could be chance");
}

QString certaintyClause(std::optional<Certainty> certainty, std::optional<double> relativeLikelihood,
                        const std::optional<Interval> &ci95, const NonAdverseRange &range)
{
    if (!certainty || !relativeLikelihood || !ci95)
        return {};
    const bool within = regionOf(*relativeLikelihood, range) == Region::Within;
    if (*certainty == Certainty::Clear)
        return within ? tr("clear: the 95% interval lies wholly inside the range")
                      : tr("clear: the 95% interval lies wholly outside the range");
    if (within)
        return tr("not clear: the data are also consistent with a figure outside the range");
    if (ci95->lower <= 1 && 1 <= ci95->upper)
        return tr("not clear: the data are also consistent with no difference");
    return tr("not clear: the data are also consistent with a figure inside the range");
}

} // namespace scwres
