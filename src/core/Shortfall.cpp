// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Shortfall.h"

#include "FigureFormat.h"
#include "MetricTally.h"
#include "PrintedFigure.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::Shortfall", text);
}

bool inside(double rl, const NonAdverseRange &range)
{
    return rl >= range.lower && rl <= range.upper;
}

// The smallest x in [low, high] where holds(x), for a predicate false then true; none when it
// never holds. Binary search: populations run to the tens of thousands.
std::optional<long long> smallestWhere(long long low, long long high, const std::function<bool(long long)> &holds)
{
    if (low > high || !holds(high))
        return std::nullopt;
    while (low < high) {
        const long long mid = low + (high - low) / 2;
        if (holds(mid))
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

// The largest x in [low, high] where holds(x), for a predicate true then false.
std::optional<long long> largestWhere(long long low, long long high, const std::function<bool(long long)> &holds)
{
    if (low > high || !holds(low))
        return std::nullopt;
    while (low < high) {
        const long long mid = low + (high - low + 1) / 2;
        if (holds(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

// The metric's events as a noun phrase, for "7 more …" / "3 fewer …".
QString eventsNoun(MetricId id, bool minorityEthnic)
{
    switch (id) {
    case MetricId::M2:
        return minorityEthnic ? tr("minority ethnic appointments from this year's shortlist")
                              : tr("white appointments from this year's shortlist");
    case MetricId::M3:
        return minorityEthnic ? tr("minority ethnic staff entering the formal disciplinary process")
                              : tr("white staff entering the formal disciplinary process");
    case MetricId::M4:
        return minorityEthnic ? tr("minority ethnic referrals to a fitness to practise process")
                              : tr("white referrals to a fitness to practise process");
    case MetricId::M5:
        return minorityEthnic ? tr("minority ethnic staff accessing funded non-mandatory CPD")
                              : tr("white staff accessing funded non-mandatory CPD");
    case MetricId::M6:
    case MetricId::M7a:
    case MetricId::M7b:
        return minorityEthnic ? tr("minority ethnic respondents reporting harassment, bullying or abuse")
                              : tr("white respondents reporting harassment, bullying or abuse");
    case MetricId::M8: return minorityEthnic ? tr("minority ethnic leavers") : tr("white leavers");
    case MetricId::M9: return minorityEthnic ? tr("minority ethnic senior managers") : tr("white senior managers");
    case MetricId::M1: break;
    }
    return {};
}

QString change(long long by, const QString &noun)
{
    return by >= 0 ? tr("%1 more %2").arg(by).arg(noun) : tr("%1 fewer %2").arg(std::llabs(by)).arg(noun);
}

QString rangeText(const NonAdverseRange &range)
{
    return tr("%1–%2").arg(printedTwoDecimals(range.lower), printedTwoDecimals(range.upper));
}

// Whether changing a group's events by `by` is a sensible aim in itself: fewer events where they are
// adverse (disciplinary, fitness to practise, harassment, leaving), more where they are good
// (appointment, CPD, senior roles). Program's choice (issue 27): a lever the other way would be a
// perverse target ("13 more white staff entering the disciplinary process").
bool sensibleAim(MetricId id, long long by)
{
    return adverseDirection(id) == AdverseWhen::Higher ? by < 0 : by > 0;
}

// Metrics whose events are fixed posts (appointments from the year's shortlist, senior posts): the
// natural change moves posts between the groups with the total unchanged.
bool hasSwap(MetricId id)
{
    return id == MetricId::M2 || id == MetricId::M9;
}

std::optional<double> rateOf(long long events, long long population)
{
    return tally::rate(events, population);
}

} // namespace

std::optional<ToRange> shortfallToRange(const RatioResult &result, const NonAdverseRange &range)
{
    if (!result.relativeLikelihood || inside(*result.relativeLikelihood, range))
        return std::nullopt;
    const long long a = result.events.minorityEthnic;
    const long long c = result.events.white;
    const long long n1 = result.population.minorityEthnic;
    const long long n2 = result.population.white;
    if (n1 <= 0 || n2 <= 0 || c <= 0 || a < 0)
        return std::nullopt;
    // More events than population (8 appointed of 4 shortlisted): no target can be stated in counts
    // that stay possible, so none is given; the validator flags the counts (issue 27).
    if (a > n1 || c > n2)
        return std::nullopt;
    auto rlWithMinority = [&](long long x) { return tally::ratioOfRates(x, n1, c, n2); };
    auto rlWithWhite = [&](long long x) { return tally::ratioOfRates(a, n1, x, n2); };
    auto rlWithSwap = [&](long long k) { return tally::ratioOfRates(a + k, n1, c - k, n2); };
    const bool below = *result.relativeLikelihood < range.lower;
    ToRange to;
    std::optional<long long> minority;
    std::optional<long long> white;
    std::optional<long long> swap;
    // The RL rises with minority ethnic events and falls with white events; the nearest whole
    // count past the end it is outside of is the one to test against the other end.
    if (below) {
        minority = smallestWhere(a + 1, n1, [&](long long x) { return rlWithMinority(x) >= range.lower; });
        white = largestWhere(1, c - 1, [&](long long x) { return rlWithWhite(x) >= range.lower; });
        // k posts from white to minority ethnic: a + k ≤ n1, c − k ≥ 1 (the RL needs white events).
        swap = smallestWhere(1, std::min(n1 - a, c - 1), [&](long long k) { return rlWithSwap(k) >= range.lower; });
    } else {
        minority = largestWhere(0, a - 1, [&](long long x) { return rlWithMinority(x) <= range.upper; });
        white = smallestWhere(c + 1, n2, [&](long long x) { return rlWithWhite(x) <= range.upper; });
        // k posts from minority ethnic to white: a − k ≥ 0, c + k ≤ n2; the RL falls with k.
        const auto back = smallestWhere(1, std::min(a, n2 - c), [&](long long k) { return rlWithSwap(-k) <= range.upper; });
        if (back)
            swap = -*back;
    }
    // A range narrower than one event's step can be jumped over: then no whole change lands in it.
    if (minority && inside(rlWithMinority(*minority), range) && sensibleAim(result.id, *minority - a)) {
        to.minorityEthnicEvents = *minority - a;
        to.relativeLikelihoodAfter = rlWithMinority(*minority);
        to.likelihoodMinorityEthnicAfter = rateOf(*minority, n1);
    }
    if (white && inside(rlWithWhite(*white), range) && sensibleAim(result.id, *white - c)) {
        to.whiteEvents = *white - c;
        to.relativeLikelihoodAfterWhite = rlWithWhite(*white);
        to.likelihoodWhiteAfterWhite = rateOf(*white, n2);
    }
    if (hasSwap(result.id) && swap && inside(rlWithSwap(*swap), range)) {
        to.swap = *swap;
        to.relativeLikelihoodAfterSwap = rlWithSwap(*swap);
        to.likelihoodMinorityEthnicAfterSwap = rateOf(a + *swap, n1);
        to.likelihoodWhiteAfterSwap = rateOf(c - *swap, n2);
    }
    return to;
}

namespace {

// "the minority ethnic rate from 25.0% to 33.3%": a target that stays meaningful next year.
QString rateChange(bool minorityEthnic, std::optional<double> before, std::optional<double> after)
{
    if (!before || !after)
        return {};
    return minorityEthnic ? tr("the minority ethnic rate from %1 to %2").arg(formatShare(before), formatShare(after))
                          : tr("the white rate from %1 to %2").arg(formatShare(before), formatShare(after));
}

QString swapText(const RatioResult &result, long long k)
{
    const bool senior = result.id == MetricId::M9;
    const long long n = std::llabs(k);
    if (k > 0)
        return senior ? tr("%1 of this year's senior posts held by minority ethnic rather than white staff").arg(n)
                      : tr("%1 of this year's appointments going to minority ethnic rather than white shortlisted "
                           "candidates").arg(n);
    return senior ? tr("%1 of this year's senior posts held by white rather than minority ethnic staff").arg(n)
                  : tr("%1 of this year's appointments going to white rather than minority ethnic shortlisted "
                       "candidates").arg(n);
}

} // namespace

QString shortfallSentence(const RatioResult &result, const NonAdverseRange &range)
{
    if (!result.toRange)
        return {};
    const ToRange &to = *result.toRange;
    QStringList parts;
    if (to.swap && to.relativeLikelihoodAfterSwap)
        parts << tr("With the same number of posts, %1 would bring the RL to %2, inside the range %3 (%4; %5).")
                     .arg(swapText(result, *to.swap), printedTwoDecimals(*to.relativeLikelihoodAfterSwap),
                          rangeText(range),
                          rateChange(true, result.likelihoodMinorityEthnic, to.likelihoodMinorityEthnicAfterSwap),
                          rateChange(false, result.likelihoodWhite, to.likelihoodWhiteAfterSwap));
    if (to.minorityEthnicEvents && to.relativeLikelihoodAfter)
        parts << tr("%1 would bring the RL to %2, inside the range %3 (%4).")
                     .arg(change(*to.minorityEthnicEvents, eventsNoun(result.id, true)),
                          printedTwoDecimals(*to.relativeLikelihoodAfter), rangeText(range),
                          rateChange(true, result.likelihoodMinorityEthnic, to.likelihoodMinorityEthnicAfter));
    else if (!to.swap)
        parts << tr("No sensible whole change in %1 alone can bring the RL inside the range %2.")
                     .arg(eventsNoun(result.id, true), rangeText(range));
    if (to.whiteEvents && to.relativeLikelihoodAfterWhite)
        parts << tr("Or, with the minority ethnic figure unchanged, %1 would bring it to %2 (%3).")
                     .arg(change(*to.whiteEvents, eventsNoun(result.id, false)),
                          printedTwoDecimals(*to.relativeLikelihoodAfterWhite),
                          rateChange(false, result.likelihoodWhite, to.likelihoodWhiteAfterWhite));
    parts << tr("(The numbers of staff in each group stay as they are; at next year's numbers the rates are the "
                "target.)");
    return parts.join(QLatin1Char(' '));
}

QString shortfallMeasure(const RatioResult &result, const NonAdverseRange &range)
{
    if (!result.toRange || !result.relativeLikelihood)
        return {};
    const bool below = *result.relativeLikelihood < range.lower;
    const QString target = below ? tr("The relative likelihood for metric %1 rises to %2 or above")
                                       .arg(metricKey(result.id), printedTwoDecimals(range.lower))
                                 : tr("The relative likelihood for metric %1 falls to %2 or below")
                                       .arg(metricKey(result.id), printedTwoDecimals(range.upper));
    const ToRange &to = *result.toRange;
    if (to.swap && to.relativeLikelihoodAfterSwap)
        return tr("%1: at this year's numbers, %2 (RL %3; %4).")
            .arg(target, swapText(result, *to.swap), printedTwoDecimals(*to.relativeLikelihoodAfterSwap),
                 rateChange(true, result.likelihoodMinorityEthnic, to.likelihoodMinorityEthnicAfterSwap));
    if (to.minorityEthnicEvents && to.relativeLikelihoodAfter)
        return tr("%1: at this year's numbers, %2 (RL %3; %4).")
            .arg(target, change(*to.minorityEthnicEvents, eventsNoun(result.id, true)),
                 printedTwoDecimals(*to.relativeLikelihoodAfter),
                 rateChange(true, result.likelihoodMinorityEthnic, to.likelihoodMinorityEthnicAfter));
    if (to.whiteEvents && to.relativeLikelihoodAfterWhite)
        return tr("%1: at this year's numbers, %2 (RL %3; %4).")
            .arg(target, change(*to.whiteEvents, eventsNoun(result.id, false)),
                 printedTwoDecimals(*to.relativeLikelihoodAfterWhite),
                 rateChange(false, result.likelihoodWhite, to.likelihoodWhiteAfterWhite));
    return target + QLatin1Char('.');
}

QString suggestedMeasureForSection(const std::vector<MetricId> &metrics, const MetricReport &report)
{
    QStringList parts;
    for (MetricId id : metrics) {
        const auto it = report.ratios.find(id);
        if (it == report.ratios.end())
            continue;
        const QString measure = shortfallMeasure(it->second, report.range);
        if (!measure.isEmpty())
            parts << measure;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace scwres
