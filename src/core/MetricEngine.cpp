// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MetricEngine.h"

#include "Certainty.h"
#include "Intervals.h"
#include "MetricTally.h"
#include "NationalFigures.h"
#include "PrintedFigure.h"
#include "Shortfall.h"

#include <QCoreApplication>

#include <algorithm>
#include <cassert>
#include <cmath>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::MetricEngine", text);
}

using tally::Availability;
using tally::kRatioMetrics;
using tally::rate;
using tally::ratioOfRates;
using tally::ratioSource;
using tally::RatioSource;
using tally::selectedAreas;
using tally::Tally;
using tally::tallySelection;

// Social Work England masks counts under 10 (domain notes §5.6); the same threshold flags an RL.
constexpr long long kSmallNumbers = 10;

bool hasNegative(const GroupCounts &counts)
{
    return counts.white < 0 || counts.minorityEthnic < 0;
}

NotComputableReason whyNotComputable(const Tally &tally)
{
    if (tally.availability == Availability::NoHeadcount)
        return NotComputableReason::NoHeadcount;
    // A count not entered is not 0: the metric has no figure at all (issue 27).
    if (!tally.events.ratioCountsEntered() || !tally.population.ratioCountsEntered())
        return NotComputableReason::NotEntered;
    if (hasNegative(tally.events) || hasNegative(tally.population))
        return NotComputableReason::InvalidCounts;
    if (tally.population.minorityEthnic == 0)
        return NotComputableReason::NoMinorityEthnicPopulation;
    if (tally.population.white == 0)
        return NotComputableReason::NoWhitePopulation;
    if (tally.events.white == 0)
        return NotComputableReason::NoWhiteEvents;
    return NotComputableReason::None;
}

std::optional<double> percentOf(long long part, long long whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

BandShare makeShare(const QString &name, std::optional<NationalBand> nationalBand, const GroupCounts &counts)
{
    BandShare share;
    share.name = name;
    share.nationalBand = nationalBand;
    share.counts = counts;
    // Unknown stays in the denominator so that the three shares sum to 100 (issue 4; the
    // published trust profiles show an unknown share the same way, domain notes §7 A4).
    // A share of a total with a count not entered would be made up: none (issue 27).
    const long long total = counts.allEntered() ? counts.total() : 0;
    share.percentWhite = percentOf(counts.white, total);
    share.percentMinorityEthnic = percentOf(counts.minorityEthnic, total);
    share.percentUnknown = percentOf(counts.unknown, total);
    return share;
}

void addLocalBand(std::vector<BandShare> &local, const PayBand &band)
{
    const auto same = std::find_if(local.begin(), local.end(), [&](const BandShare &share) {
        return share.name == band.name && share.nationalBand == band.nationalBand;
    });
    if (same != local.end())
        same->counts += band.counts;
    else
        local.push_back(makeShare(band.name, band.nationalBand, band.counts));
}

PayBandResult computePayBands(const std::vector<const AreaReturn *> &areas)
{
    PayBandResult result;
    std::array<GroupCounts, 3> national;
    GroupCounts workforce;
    std::vector<BandShare> local;
    for (const AreaReturn *area : areas) {
        if (!area->payBands.collected)
            continue;
        result.collected = true;
        for (const PayBand &band : area->payBands.bands) {
            addLocalBand(local, band);
            // A band with no national band (a validation error) still counts in the workforce.
            if (band.nationalBand)
                national[static_cast<std::size_t>(*band.nationalBand)] += band.counts;
            workforce += band.counts;
        }
    }
    for (NationalBand band : kNationalBands)
        result.nationalBands.push_back(makeShare({}, band, national[static_cast<std::size_t>(band)]));
    for (const BandShare &band : local)
        result.localBands.push_back(makeShare(band.name, band.nationalBand, band.counts));
    result.workforce = makeShare({}, std::nullopt, workforce);
    // Metric 1 reads as adverse when the highest band with staff has a lower minority ethnic
    // share than the workforce (domain notes §5.2).
    for (auto it = result.nationalBands.rbegin(); it != result.nationalBands.rend(); ++it) {
        if (it->counts.total() <= 0)
            continue;
        result.adverseToMinorityEthnic = it->percentMinorityEthnic && result.workforce.percentMinorityEthnic
                                      && *it->percentMinorityEthnic < *result.workforce.percentMinorityEthnic;
        break;
    }
    return result;
}

SeniorManagerGaps computeSeniorGaps(const Tally &tally, std::optional<double> populationPercent)
{
    SeniorManagerGaps gaps;
    if (tally.availability == Availability::NotCollected)
        return gaps;
    // Shares with unknown in the denominator, as metric 1's (program's choice, docs/metrics.md).
    // A share with a count not entered in it would be made up (issue 27).
    if (tally.events.allEntered())
        gaps.percentMinorityEthnicSenior = percentOf(tally.events.minorityEthnic, tally.events.total());
    if (tally.availability == Availability::Available && tally.population.allEntered())
        gaps.percentMinorityEthnicWorkforce = percentOf(tally.population.minorityEthnic, tally.population.total());
    if (gaps.percentMinorityEthnicSenior && gaps.percentMinorityEthnicWorkforce)
        gaps.gapVsWorkforcePoints = *gaps.percentMinorityEthnicSenior - *gaps.percentMinorityEthnicWorkforce;
    if (gaps.percentMinorityEthnicSenior && populationPercent && std::isfinite(*populationPercent))
        gaps.gapVsPopulationPoints = *gaps.percentMinorityEthnicSenior - *populationPercent;
    return gaps;
}

// The phrase reads the RL as printed (issue 17): two places, ties away from zero, in decimal.
long long hundredths(double relativeLikelihood)
{
    return printedHundredths(relativeLikelihood);
}

// "half as likely", "as likely", "twice as likely" and "N.N times as likely" compare with
// "as white staff"; the percentages with "than white staff".
bool isAsComparison(double relativeLikelihood)
{
    const long long h = hundredths(relativeLikelihood);
    return h == 50 || h == 100 || h >= 200;
}

QString populationLabel(MetricId id)
{
    const RatioSource source = ratioSource(id);
    return source.perHeadcount ? tr("headcount") : blockPopulationLabel(source.block);
}

QString reasonClause(MetricId id, NotComputableReason reason)
{
    switch (reason) {
    case NotComputableReason::NoHeadcount:
        return tr("the pay bands were not collected, so there is no headcount to divide by");
    case NotComputableReason::NoMinorityEthnicPopulation:
        return tr("no minority ethnic staff are counted in the population (%1)").arg(populationLabel(id));
    case NotComputableReason::NoWhitePopulation:
        return tr("no white staff are counted in the population (%1)").arg(populationLabel(id));
    case NotComputableReason::NoWhiteEvents:
        return tr("no white staff are counted as %1, so the ratio has no finite value")
            .arg(blockEventsLabel(ratioSource(id).block));
    case NotComputableReason::InvalidCounts:
        return tr("a count is negative; correct the data return first");
    case NotComputableReason::NotEntered:
        return tr("a white or minority ethnic count was not entered (it is empty, not 0)");
    case NotComputableReason::None: break;
    }
    return {};
}

QString number2(double value)
{
    return printedTwoDecimals(value);
}

QString sentenceDetails(const RatioResult &result)
{
    QStringList parts{tr("RL %1").arg(number2(*result.relativeLikelihood))};
    if (result.ci95)
        parts << tr("95% CI %1–%2").arg(number2(result.ci95->lower), number2(result.ci95->upper));
    if (result.smallNumbers)
        parts << tr("small numbers");
    if (!result.certaintyClause.isEmpty())
        parts << result.certaintyClause;
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString areaSelectionKey(AreaSelection area)
{
    switch (area) {
    case AreaSelection::Adult: return QStringLiteral("adult");
    case AreaSelection::Children: return QStringLiteral("children");
    case AreaSelection::Combined: return QStringLiteral("combined");
    }
    return {};
}

std::optional<AreaSelection> areaSelectionFromKey(const QString &key)
{
    for (AreaSelection area : {AreaSelection::Adult, AreaSelection::Children, AreaSelection::Combined})
        if (areaSelectionKey(area) == key)
            return area;
    return std::nullopt;
}

QString areaSelectionName(AreaSelection area)
{
    switch (area) {
    case AreaSelection::Adult: return serviceAreaName(ServiceArea::Adult);
    case AreaSelection::Children: return serviceAreaName(ServiceArea::Children);
    case AreaSelection::Combined: return tr("Adult and children's social care combined");
    }
    return {};
}

QString statusKey(MetricStatus status)
{
    switch (status) {
    case MetricStatus::WithinRange: return QStringLiteral("within_range");
    case MetricStatus::AdverseToMinorityEthnic: return QStringLiteral("adverse_to_minority_ethnic");
    case MetricStatus::AdverseToWhite: return QStringLiteral("adverse_to_white");
    case MetricStatus::NotComputable: return QStringLiteral("not_computable");
    case MetricStatus::NotCollected: return QStringLiteral("not_collected");
    }
    return {};
}

QString statusText(MetricStatus status)
{
    switch (status) {
    case MetricStatus::WithinRange: return tr("Within the non-adverse range");
    case MetricStatus::AdverseToMinorityEthnic: return tr("Adverse to minority ethnic staff");
    case MetricStatus::AdverseToWhite: return tr("Adverse to white staff");
    case MetricStatus::NotComputable: return tr("Not computable");
    case MetricStatus::NotCollected: return tr("Not collected");
    }
    return {};
}

QString notComputableReasonKey(NotComputableReason reason)
{
    switch (reason) {
    case NotComputableReason::None: return {};
    case NotComputableReason::NoHeadcount: return QStringLiteral("no_headcount");
    case NotComputableReason::NoMinorityEthnicPopulation: return QStringLiteral("no_minority_ethnic_population");
    case NotComputableReason::NoWhitePopulation: return QStringLiteral("no_white_population");
    case NotComputableReason::NoWhiteEvents: return QStringLiteral("no_white_events");
    case NotComputableReason::InvalidCounts: return QStringLiteral("invalid_counts");
    case NotComputableReason::NotEntered: return QStringLiteral("not_entered");
    }
    return {};
}

QString notComputableReasonText(NotComputableReason reason)
{
    switch (reason) {
    case NotComputableReason::None: return {};
    case NotComputableReason::NoHeadcount: return tr("No headcount: the pay bands were not collected");
    case NotComputableReason::NoMinorityEthnicPopulation: return tr("No minority ethnic staff in the population");
    case NotComputableReason::NoWhitePopulation: return tr("No white staff in the population");
    case NotComputableReason::NoWhiteEvents: return tr("No white events: the ratio has no finite value");
    case NotComputableReason::InvalidCounts: return tr("A count is negative");
    case NotComputableReason::NotEntered: return tr("Not entered: a count is empty");
    }
    return {};
}

QString intervalMethodKey(IntervalMethod method)
{
    return method == IntervalMethod::Exact ? QStringLiteral("exact") : QStringLiteral("katz");
}

std::optional<IntervalMethod> intervalMethodFromKey(const QString &key)
{
    for (IntervalMethod method : {IntervalMethod::Katz, IntervalMethod::Exact})
        if (intervalMethodKey(method) == key)
            return method;
    return std::nullopt;
}

MetricEngine::MetricEngine(NonAdverseRange range, IntervalMethod intervalMethod)
    : m_range(range)
    , m_intervalMethod(intervalMethod)
{
}

MetricStatus MetricEngine::classify(MetricId id, double relativeLikelihood) const
{
    if (!std::isfinite(relativeLikelihood))
        return MetricStatus::NotComputable;
    // Ends inclusive: 0.80 ≤ RL ≤ 1.25 is non-adverse (domain notes §5.4, program's reading).
    if (relativeLikelihood >= m_range.lower && relativeLikelihood <= m_range.upper)
        return MetricStatus::WithinRange;
    const bool high = relativeLikelihood > m_range.upper;
    const bool worseForMinorityEthnic = high == (adverseDirection(id) == AdverseWhen::Higher);
    return worseForMinorityEthnic ? MetricStatus::AdverseToMinorityEthnic : MetricStatus::AdverseToWhite;
}

namespace {

RatioResult computeRatio(const MetricEngine &engine, MetricId id, const Tally &tally)
{
    RatioResult result;
    result.id = id;
    if (tally.availability == Availability::NotCollected) {
        result.sentence = likelihoodSentence(result);
        return result;
    }
    result.events = tally.events;
    result.population = tally.population;
    result.smallNumbers = tally.events.minorityEthnic < kSmallNumbers || tally.events.white < kSmallNumbers;
    if (tally.availability == Availability::Available) {
        // A likelihood from a count not entered would be a made-up figure (issue 27).
        if (tally.events.isEntered(EthnicGroup::MinorityEthnic) && tally.population.isEntered(EthnicGroup::MinorityEthnic))
            result.likelihoodMinorityEthnic = rate(tally.events.minorityEthnic, tally.population.minorityEthnic);
        if (tally.events.isEntered(EthnicGroup::White) && tally.population.isEntered(EthnicGroup::White))
            result.likelihoodWhite = rate(tally.events.white, tally.population.white);
    }
    result.reason = whyNotComputable(tally);
    if (result.reason != NotComputableReason::None) {
        result.status = MetricStatus::NotComputable;
        result.sentence = likelihoodSentence(result);
        return result;
    }
    const double rl = ratioOfRates(tally.events.minorityEthnic, tally.population.minorityEthnic, tally.events.white,
                                   tally.population.white);
    result.relativeLikelihood = rl;
    result.status = engine.classify(id, rl);
    const CiResult ci = confidenceInterval(engine.intervalMethod(), tally.events, tally.population, rl);
    result.ci95 = ci.interval;
    result.haldaneCorrected = ci.haldane && ci.interval.has_value();
    result.certainty = assessCertainty(result.relativeLikelihood, result.ci95, engine.range());
    result.certaintyClause = certaintyClause(result.certainty, result.relativeLikelihood, result.ci95, engine.range());
    result.toRange = shortfallToRange(result, engine.range());
    result.phrase = likelihoodPhrase(rl);
    result.sentence = likelihoodSentence(result);
    return result;
}

PreviousYearFigure previousFigure(const RatioResult &now, const RatioResult &before, int year)
{
    PreviousYearFigure figure;
    figure.year = year;
    figure.status = before.status;
    figure.relativeLikelihood = before.relativeLikelihood;
    if (now.relativeLikelihood && before.relativeLikelihood)
        figure.change = *now.relativeLikelihood - *before.relativeLikelihood;
    return figure;
}

} // namespace

MetricReport MetricEngine::compute(const AnnualReturn &ret, AreaSelection area, const AnnualReturn *previous,
                                   const NationalFigures *national) const
{
    MetricReport report;
    report.authority = ret.authorityName;
    report.year = ret.year;
    report.draft = !ret.complete;
    report.area = area;
    report.range = m_range;
    report.intervalMethod = m_intervalMethod;
    const std::vector<const AreaReturn *> areas = selectedAreas(ret, area);
    report.payBands = computePayBands(areas);
    for (MetricId id : kRatioMetrics)
        report.ratios[id] = computeRatio(*this, id, tallySelection(areas, id));
    report.seniorManagers =
        computeSeniorGaps(tallySelection(areas, MetricId::M9), ret.populationMinorityEthnicPercent);

    if (previous) {
        const MetricReport before = compute(*previous, area);
        for (MetricId id : kRatioMetrics)
            report.ratios[id].previous = previousFigure(report.ratios[id], before.ratio(id), previous->year);
    }
    // National figures are for both service areas together; they are shown whatever the
    // selection, as the nearest published reference (program's choice).
    if (national) {
        for (MetricId id : kRatioMetrics)
            report.ratios[id].national = national->figure(ret.year, id);
        for (BandShare &band : report.payBands.nationalBands)
            band.nationalPercentMinorityEthnic = national->percentMinorityEthnic(ret.year, *band.nationalBand);
    }
    return report;
}

QString likelihoodPhrase(double relativeLikelihood)
{
    if (!std::isfinite(relativeLikelihood) || relativeLikelihood < 0)
        return {};
    const long long h = hundredths(relativeLikelihood);
    if (h == 100)
        return tr("as likely");
    if (h == 50)
        return tr("half as likely");
    if (h == 200)
        return tr("twice as likely");
    if (h > 200) {
        // One place from the printed figure, ties away from zero: 2.05 → "2.1 times".
        const long long tenths = (h + 5) / 10;
        return tr("%1 times as likely").arg(QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10));
    }
    if (relativeLikelihood == 0)
        return tr("100% less likely");
    long long percent = h > 100 ? h - 100 : 100 - h;
    // "100% less likely" is kept for an RL of exactly 0 (no minority ethnic events at all);
    // "as likely" for an RL that rounds to 1.00 is handled above, so percent is at least 1.
    percent = std::max(percent, 1LL);
    if (h < 100)
        percent = std::min(percent, 99LL);
    return h > 100 ? tr("%1% more likely").arg(percent) : tr("%1% less likely").arg(percent);
}

QString metricVerbPhrase(MetricId id)
{
    switch (id) {
    case MetricId::M1: return tr("be in each pay band");
    case MetricId::M2: return tr("be appointed from shortlisting");
    case MetricId::M3: return tr("enter the formal disciplinary process");
    case MetricId::M4: return tr("be referred to a fitness to practise process");
    case MetricId::M5: return tr("access funded non-mandatory CPD");
    case MetricId::M6: return tr("report harassment, bullying or abuse from the public");
    case MetricId::M7a: return tr("report harassment, bullying or abuse from colleagues");
    case MetricId::M7b: return tr("report harassment, bullying or abuse from managers");
    case MetricId::M8: return tr("leave");
    case MetricId::M9: return tr("be in senior manager roles");
    }
    return {};
}

QString confidenceIntervalNote(IntervalMethod method)
{
    if (method == IntervalMethod::Exact)
        return tr("95% confidence interval by the exact conditional method (Clopper–Pearson limits for the minority "
                  "ethnic share of all events, turned into the ratio): an aid to reading for small counts, not part "
                  "of the published SC-WRES method.");
    return tr("95% confidence interval by the Katz log method (Haldane +0.5 correction when a cell is 0; the exact "
              "interval, from 0, when there are no minority ethnic events): an aid to reading, not part of the "
              "published SC-WRES method.");
}

QString likelihoodSentence(const RatioResult &result)
{
    switch (result.status) {
    case MetricStatus::NotCollected:
        return tr("Data for metric %1 (%2) were not collected, so there is no relative likelihood.")
            .arg(metricKey(result.id), metricShortTitle(result.id));
    case MetricStatus::NotComputable:
        if (result.reason == NotComputableReason::NotEntered)
            return tr("Data for metric %1 (%2) were not entered (a white or minority ethnic count is empty), so there "
                      "is no relative likelihood.")
                .arg(metricKey(result.id), metricShortTitle(result.id));
        return tr("The likelihood of minority ethnic staff relative to white staff to %1 cannot be computed: %2.")
            .arg(metricVerbPhrase(result.id), reasonClause(result.id, result.reason));
    default: break;
    }
    if (!result.relativeLikelihood)
        return {};
    const double rl = *result.relativeLikelihood;
    const QString phrase = likelihoodPhrase(rl);
    const QString details = sentenceDetails(result);
    if (isAsComparison(rl))
        return tr("Minority ethnic staff were %1 as white staff to %2 (%3).")
            .arg(phrase, metricVerbPhrase(result.id), details);
    return tr("Minority ethnic staff were %1 than white staff to %2 (%3).")
        .arg(phrase, metricVerbPhrase(result.id), details);
}

} // namespace scwres
