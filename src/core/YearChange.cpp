// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "YearChange.h"

#include "FigureFormat.h"
#include "PrintedFigure.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::YearChange", text);
}

// How far outside the range an RL lies, on the log scale; 0 inside. RL 0 is infinitely far.
double distanceFromRange(double rl, const NonAdverseRange &range)
{
    if (rl <= 0)
        return std::numeric_limits<double>::infinity();
    if (rl < range.lower)
        return std::log(range.lower / rl);
    if (rl > range.upper)
        return std::log(rl / range.upper);
    return 0;
}

double asPrinted(double rl)
{
    return static_cast<double>(printedHundredths(rl)) / 100.0;
}

} // namespace

YearChange describeYearChange(MetricId id, std::optional<double> previous, std::optional<double> current,
                              const NonAdverseRange &range)
{
    Q_UNUSED(id) // the direction is read through the range both ways (see the header)
    YearChange change;
    if (!previous || !current)
        return change;
    const double before = asPrinted(*previous);
    const double after = asPrinted(*current);
    const double dBefore = distanceFromRange(before, range);
    const double dAfter = distanceFromRange(after, range);
    if (before == after) {
        change.verdict = ChangeVerdict::Same;
        change.verdictText = tr("no change");
    } else if (dBefore == 0 && dAfter == 0) {
        change.verdict = ChangeVerdict::Same;
        change.verdictText = tr("neither better nor worse — within the range both years");
    } else if (dAfter == 0) {
        change.verdict = ChangeVerdict::Better;
        change.verdictText = tr("better — now within the range");
    } else if (dBefore == 0) {
        change.verdict = ChangeVerdict::Worse;
        change.verdictText = tr("worse — now outside the range");
    } else {
        // Crossing from below the range to above it (or back) is judged by distance as well.
        const bool crossed = (before < range.lower) != (after < range.lower);
        if (dAfter < dBefore) {
            change.verdict = ChangeVerdict::Better;
            change.verdictText = crossed ? tr("better — closer to the range, now on its other side")
                                         : tr("better — closer to the range");
        } else if (dAfter > dBefore) {
            change.verdict = ChangeVerdict::Worse;
            change.verdictText = crossed ? tr("worse — further from the range, now on its other side")
                                         : tr("worse — further from the range");
        } else {
            change.verdict = ChangeVerdict::Same;
            change.verdictText = tr("neither better nor worse — as far from the range, on its other side");
        }
    }
    change.text = tr("%1 → %2: %3")
                      .arg(formatRelativeLikelihood(*previous), formatRelativeLikelihood(*current), change.verdictText);
    return change;
}

} // namespace scwres
