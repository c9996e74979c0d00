// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Progression.h"

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
    return QCoreApplication::translate("scwres::Progression", text);
}

// The threshold every other RL flags at (MetricEngine: Social Work England masks counts under 10).
constexpr long long kSmallNumbers = 10;

struct Rung {
    QString name;
    std::optional<NationalBand> national;
    GroupCounts counts;
    int row = 0; // in payBandRows()
};

NotComputableReason whyNot(const GroupCounts &above, const GroupCounts &atOrAbove)
{
    if (above.white < 0 || above.minorityEthnic < 0 || atOrAbove.white < 0 || atOrAbove.minorityEthnic < 0)
        return NotComputableReason::InvalidCounts;
    if (atOrAbove.minorityEthnic == 0)
        return NotComputableReason::NoMinorityEthnicPopulation;
    if (atOrAbove.white == 0)
        return NotComputableReason::NoWhitePopulation;
    if (above.white == 0)
        return NotComputableReason::NoWhiteEvents;
    return NotComputableReason::None;
}


// Counts in groups: events (above) out of a population (at or above); the interval, certainty and
// small-number flag exactly as a metric 2-9 RL gets them.
template <typename Figure>
void fillRatio(Figure &figure, const GroupCounts &events, const GroupCounts &population, const NonAdverseRange &range,
               IntervalMethod method, NotComputableReason &reason)
{
    figure.smallNumbers = events.minorityEthnic < kSmallNumbers || events.white < kSmallNumbers;
    reason = whyNot(events, population);
    if (reason != NotComputableReason::None)
        return;
    const double rl =
        tally::ratioOfRates(events.minorityEthnic, population.minorityEthnic, events.white, population.white);
    figure.relativeLikelihood = rl;
    figure.ci95 = confidenceInterval(method, events, population, rl).interval;
    figure.certainty = assessCertainty(figure.relativeLikelihood, figure.ci95, range);
}

MetricStatus statusOf(std::optional<double> rl, const NonAdverseRange &range)
{
    if (!rl)
        return MetricStatus::NotComputable;
    if (*rl >= range.lower && *rl <= range.upper)
        return MetricStatus::WithinRange;
    return *rl < range.lower ? MetricStatus::AdverseToMinorityEthnic : MetricStatus::AdverseToWhite;
}

QString stepLabel(const QString &from, const QString &to)
{
    return tr("%1 → %2").arg(from, to);
}

QString interval(const std::optional<Interval> &ci)
{
    return ci ? tr("%1 to %2").arg(formatRelativeLikelihood(ci->lower), formatRelativeLikelihood(ci->upper))
              : QStringLiteral("—");
}

struct Ladder {
    std::vector<ProgressionStep> steps;
    std::optional<ProgressionCompound> compound;
};

// Bands that are no rung of the ladder, with why: not entered, or only unknown-ethnicity staff. A
// band with no staff at all is simply skipped (a step "into" it would read as RL 1 from equal sets).
std::optional<LeftOutReason> notARung(const Rung &rung, bool hidden)
{
    if (!rung.counts.ratioCountsEntered())
        return LeftOutReason::NotEntered;
    if (!hidden && rung.counts.white + rung.counts.minorityEthnic == 0 && rung.counts.unknown > 0)
        return LeftOutReason::UnknownOnly;
    return std::nullopt;
}

Ladder climb(const std::vector<Rung> &all, const NonAdverseRange &range, IntervalMethod method,
             std::vector<LeftOutBand> &leftOut, const HiddenBandRow &hiddenRow)
{
    std::vector<Rung> rungs;
    std::vector<std::size_t> position; // of each rung in all
    for (std::size_t k = 0; k < all.size(); ++k) {
        const bool hidden = hiddenRow && hiddenRow(all[k].row);
        if (const auto why = notARung(all[k], hidden)) {
            leftOut.push_back({all[k].name, *why});
            continue;
        }
        if (hidden || all[k].counts.white + all[k].counts.minorityEthnic > 0) {
            rungs.push_back(all[k]);
            position.push_back(k);
        }
    }
    Ladder ladder;
    if (rungs.size() < 2)
        return ladder;
    for (std::size_t i = 0; i + 1 < rungs.size(); ++i) {
        ProgressionStep step;
        step.from = rungs[i].name;
        step.to = rungs[i + 1].name;
        step.fromNational = rungs[i].national;
        step.toNational = rungs[i + 1].national;
        for (std::size_t k = position[i]; k < all.size(); ++k)
            step.bandRows.push_back(all[k].row);
        for (std::size_t j = i; j < rungs.size(); ++j) {
            step.atOrAbove += rungs[j].counts;
            if (j > i)
                step.above += rungs[j].counts;
        }
        step.likelihoodMinorityEthnic = tally::rate(step.above.minorityEthnic, step.atOrAbove.minorityEthnic);
        step.likelihoodWhite = tally::rate(step.above.white, step.atOrAbove.white);
        fillRatio(step, step.above, step.atOrAbove, range, method, step.reason);
        if (step.relativeLikelihood) {
            const CiResult ci = confidenceInterval(method, step.above, step.atOrAbove, *step.relativeLikelihood);
            step.haldaneCorrected = ci.haldane && ci.interval.has_value();
        }
        step.status = statusOf(step.relativeLikelihood, range);
        ladder.steps.push_back(step);
    }
    ProgressionCompound compound;
    compound.from = rungs.front().name;
    compound.to = rungs.back().name;
    compound.steps = static_cast<int>(ladder.steps.size());
    for (const Rung &rung : all)
        compound.bandRows.push_back(rung.row);
    const bool everyStep = std::all_of(ladder.steps.begin(), ladder.steps.end(),
                                       [](const ProgressionStep &s) { return s.relativeLikelihood.has_value(); });
    // The product telescopes to one ratio: the top band's share of all the bands, minority ethnic
    // relative to white. Its interval is that ratio's, by the same method (docs/metrics.md §14).
    GroupCounts all_;
    for (const Rung &rung : rungs)
        all_ += rung.counts;
    NotComputableReason reason = NotComputableReason::None;
    fillRatio(compound, rungs.back().counts, all_, range, method, reason);
    if (everyStep) {
        double product = 1;
        for (const ProgressionStep &step : ladder.steps)
            product *= *step.relativeLikelihood;
        compound.relativeLikelihood = product;
        compound.certainty = assessCertainty(compound.relativeLikelihood, compound.ci95, range);
    } else {
        compound.relativeLikelihood.reset();
        compound.ci95.reset();
        compound.certainty.reset();
    }
    compound.status = statusOf(compound.relativeLikelihood, range);
    ladder.compound = compound;
    return ladder;
}

} // namespace

ProgressionResult computeProgression(const PayBandResult &payBands, const NonAdverseRange &range,
                                     IntervalMethod method, const HiddenBandRow &hidden)
{
    ProgressionResult result;
    result.collected = payBands.collected;
    if (!payBands.collected)
        return result;
    std::vector<Rung> national;
    int row = 0;
    for (const BandShare &band : payBands.nationalBands)
        national.push_back({nationalBandName(*band.nationalBand), band.nationalBand, band.counts, row++});
    // The council's bands in the return's order within each national band (lowest first, as the
    // entry grid lists them); a band with no national band (a validation error) goes last.
    // A band with no national band (a validation error) has no known place on the ladder: it is
    // left out with a note, never put at the top (issue 27).
    std::vector<Rung> local;
    for (const BandShare &band : payBands.localBands) {
        if (band.nationalBand)
            local.push_back({band.name, band.nationalBand, band.counts, row});
        else
            result.leftOutLocal.push_back({band.name, LeftOutReason::NoNationalBand});
        ++row;
    }
    std::stable_sort(local.begin(), local.end(),
                     [](const Rung &a, const Rung &b) { return static_cast<int>(*a.national) < static_cast<int>(*b.national); });
    Ladder n = climb(national, range, method, result.leftOutNational, hidden);
    Ladder l = climb(local, range, method, result.leftOutLocal, hidden);
    result.national = std::move(n.steps);
    result.nationalCompound = n.compound;
    result.local = std::move(l.steps);
    result.localCompound = l.compound;
    return result;
}

QString leftOutReasonKey(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::NoNationalBand: return QStringLiteral("no_national_band");
    case LeftOutReason::UnknownOnly: return QStringLiteral("unknown_only");
    case LeftOutReason::NotEntered: return QStringLiteral("not_entered");
    }
    return {};
}

QString topBandShareRatioName()
{
    return tr("Top band's share ratio");
}

QString progressionStepSentence(const ProgressionStep &step)
{
    if (!step.relativeLikelihood)
        return {};
    const double rl = *step.relativeLikelihood;
    const long long h = printedHundredths(rl);
    const bool asComparison = h == 50 || h == 100 || h >= 200;
    const QString details = step.ci95 ? tr("RL %1; 95% CI %2–%3")
                                            .arg(printedTwoDecimals(rl), printedTwoDecimals(step.ci95->lower),
                                                 printedTwoDecimals(step.ci95->upper))
                                      : tr("RL %1").arg(printedTwoDecimals(rl));
    return (asComparison ? tr("Of staff at or above %1, minority ethnic staff were %2 as white staff to be in %3 or "
                              "above (%4).")
                         : tr("Of staff at or above %1, minority ethnic staff were %2 than white staff to be in %3 or "
                              "above (%4)."))
        .arg(step.from, likelihoodPhrase(rl), step.to, details);
}

QString leftOutNote(const std::vector<LeftOutBand> &leftOut)
{
    QStringList parts;
    for (const LeftOutBand &band : leftOut) {
        switch (band.reason) {
        case LeftOutReason::NoNationalBand:
            parts << tr("%1 (not mapped to a national band, so its place on the ladder is not known)").arg(band.band);
            break;
        case LeftOutReason::UnknownOnly:
            parts << tr("%1 (only staff of unknown ethnicity)").arg(band.band);
            break;
        case LeftOutReason::NotEntered:
            parts << tr("%1 (a count not entered)").arg(band.band);
            break;
        }
    }
    if (parts.isEmpty())
        return {};
    return tr("Left out of the ladder: %1.").arg(parts.join(QStringLiteral("; ")));
}

ForestPlotData progressionChartData(const ProgressionResult &result, ProgressionLadder ladder,
                                    const NonAdverseRange &range)
{
    ForestPlotData data;
    const bool national = ladder == ProgressionLadder::National;
    data.labels.title = national ? tr("Progression up the national pay bands: of staff at or above each band, the "
                                      "likelihood of being in the next band or above, minority ethnic relative to "
                                      "white, with 95% intervals")
                                 : tr("Progression up the council's own pay bands: of staff at or above each band, "
                                      "the likelihood of being in the next band or above, minority ethnic relative "
                                      "to white, with 95% intervals");
    data.labels.categoryAxis = tr("Step up the bands");
    data.labels.valueAxis = tr("Relative likelihood (log scale)");
    data.range = range;
    for (const ProgressionStep &step : national ? result.national : result.local) {
        if (!step.relativeLikelihood)
            continue;
        ForestRow row;
        row.id = MetricId::M1;
        row.label = stepLabel(step.from, step.to);
        row.relativeLikelihood = *step.relativeLikelihood;
        row.ci95 = step.ci95;
        row.status = step.status;
        row.smallNumbers = step.smallNumbers;
        data.rows.push_back(row);
    }
    fitForestAxis(data);
    return data;
}

ChartTable progressionTable(const ProgressionResult &result, ProgressionLadder ladder)
{
    ChartTable t;
    t.headers = QStringList{tr("Step"), tr("Minority ethnic above / at or above"), tr("White above / at or above"),
                            tr("Relative likelihood"), tr("95% interval"), tr("Status"), tr("Small numbers")};
    const bool national = ladder == ProgressionLadder::National;
    for (const ProgressionStep &step : national ? result.national : result.local)
        t.rows.push_back(QStringList{
            stepLabel(step.from, step.to),
            tr("%1 / %2").arg(step.above.minorityEthnic).arg(step.atOrAbove.minorityEthnic),
            tr("%1 / %2").arg(step.above.white).arg(step.atOrAbove.white), formatRelativeLikelihood(step.relativeLikelihood),
            interval(step.ci95), statusText(step.status), step.smallNumbers ? tr("Yes") : tr("No")});
    const auto &compound = national ? result.nationalCompound : result.localCompound;
    if (compound)
        t.rows.push_back(QStringList{tr("%1, %2").arg(topBandShareRatioName(), stepLabel(compound->from, compound->to)), QString(),
                                     QString(), formatRelativeLikelihood(compound->relativeLikelihood),
                                     interval(compound->ci95), statusText(compound->status),
                                     compound->smallNumbers ? tr("Yes") : tr("No")});
    return t;
}

} // namespace scwres
