// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Metric.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace scwres {

class NationalFigures;

// Which part of a return a report is about. Combined sums the service areas present.
enum class AreaSelection { Adult, Children, Combined };
QString areaSelectionKey(AreaSelection area); // "adult", "children", "combined"
std::optional<AreaSelection> areaSelectionFromKey(const QString &key);
QString areaSelectionName(AreaSelection area);

enum class MetricStatus {
    WithinRange,
    AdverseToMinorityEthnic, // outside the range on the side that is worse for minority ethnic staff
    AdverseToWhite,          // outside the range on the other side
    NotComputable,
    NotCollected,
};
QString statusKey(MetricStatus status); // "within_range", "adverse_to_minority_ethnic", …
QString statusText(MetricStatus status); // "Within the non-adverse range", … (translatable)

enum class NotComputableReason {
    None,
    NoHeadcount,               // the pay bands (headcount) are not collected
    NoMinorityEthnicPopulation, // a population of 0 minority ethnic staff
    NoWhitePopulation,          // a population of 0 white staff
    NoWhiteEvents,              // no white events: the ratio has no finite value
    InvalidCounts,              // a negative minority ethnic or white count (the validator names it)
    NotEntered,                 // a white or minority ethnic count was left empty: never read as 0 (issue 27)
};
QString notComputableReasonKey(NotComputableReason reason);
QString notComputableReasonText(NotComputableReason reason);

// The non-adverse range, ends inclusive. 0.80-1.25 is the NHS England "four-fifths" range
// (A fair experience for all, 2019); SC-WRES publishes no range, so it is configurable.
struct NonAdverseRange {
    double lower = 0.80;
    double upper = 1.25;
};

struct Interval {
    double lower = 0;
    double upper = 0;
};

// How the 95% interval is made (docs/metrics.md §4): Katz log (the default) or exact, the
// conditional Clopper–Pearson interval, for small counts.
enum class IntervalMethod { Katz, Exact };
QString intervalMethodKey(IntervalMethod method); // "katz", "exact"
std::optional<IntervalMethod> intervalMethodFromKey(const QString &key);

// Whether the 95% interval settles the reading (issue 17): Clear when it lies wholly on the
// estimate's side of the range (wholly below its lower end, wholly above its upper end, or wholly
// inside it); NotClear when it reaches across an end ("could be chance").
enum class Certainty { Clear, NotClear };

// The smallest whole change in one group's events, populations unchanged, that brings an RL
// outside the range inside it (docs/metrics.md §12). Signed: negative means fewer events. Each
// lever is on its own, the other group's events unchanged; null when no whole change can.
// A lever is offered only where the change is a sensible aim in itself (fewer staff entering the
// disciplinary process, leaving or reporting harassment; more appointed, in CPD or in senior roles):
// never "13 more white staff entering disciplinary" (issue 27). Events never leave 0 … population.
struct ToRange {
    std::optional<long long> minorityEthnicEvents;
    std::optional<long long> whiteEvents;
    std::optional<double> relativeLikelihoodAfter;      // after the minority ethnic change alone
    std::optional<double> relativeLikelihoodAfterWhite; // after the white change alone
    // Metrics 2 and 9 only (fixed posts): the fewest of the year's appointments or senior posts that,
    // moving from one group to the other with every total unchanged, bring the RL inside the range.
    // Positive: posts moving from white to minority ethnic staff; negative: the other way.
    std::optional<long long> swap;
    std::optional<double> relativeLikelihoodAfterSwap;
    // The rates before and after each lever, so that a target reads as a rate too, which stays
    // meaningful when next year's numbers differ.
    std::optional<double> likelihoodMinorityEthnicAfter;     // after the minority ethnic change
    std::optional<double> likelihoodWhiteAfterWhite;         // after the white change
    std::optional<double> likelihoodMinorityEthnicAfterSwap; // after the swap
    std::optional<double> likelihoodWhiteAfterSwap;
};

// The RL of the last three years' counts summed, complete years only (docs/metrics.md §13).
struct PooledFigure {
    std::vector<int> years; // ascending, at least two
    GroupCounts events;
    GroupCounts population;
    std::optional<double> relativeLikelihood;
    std::optional<Interval> ci95;
    std::optional<Certainty> certainty;
    bool smallNumbers = false;
};

struct PreviousYearFigure {
    int year = 0;
    MetricStatus status = MetricStatus::NotCollected;
    std::optional<double> relativeLikelihood;
    std::optional<double> change; // this year's RL minus last year's, when both exist
};

struct NationalFigure {
    int year = 0;
    double relativeLikelihood = 0;
    QString source;
};

// A relative likelihood: minority ethnic relative to white, for every metric 2-9.
struct RatioResult {
    MetricId id = MetricId::M2;
    MetricStatus status = MetricStatus::NotCollected;
    NotComputableReason reason = NotComputableReason::None;
    GroupCounts events;     // e.g. appointed
    GroupCounts population; // e.g. shortlisted
    std::optional<double> likelihoodMinorityEthnic; // events / population, unknown excluded
    std::optional<double> likelihoodWhite;
    std::optional<double> relativeLikelihood;       // likelihood ME / likelihood white
    // 95% interval by the Katz log method, Haldane +0.5 when any cell is 0: an aid to reading,
    // not part of the published SC-WRES method.
    std::optional<Interval> ci95;
    bool haldaneCorrected = false;
    bool smallNumbers = false; // either group has fewer than 10 events
    std::optional<Certainty> certainty; // null when there is no RL or no interval
    QString certaintyClause;            // "not clear: the data are also consistent with no difference"
    std::optional<ToRange> toRange;     // only for an RL outside the range
    std::optional<PooledFigure> pooled; // set by addPooledYears (PooledYears.h)
    QString phrase;   // "37% more likely"; empty when there is no RL
    QString sentence; // the full statement, reused by the action plan and the reports
    std::optional<PreviousYearFigure> previous;
    std::optional<NationalFigure> national;
};

struct BandShare {
    QString name; // local band name; empty for national bands and the workforce
    std::optional<NationalBand> nationalBand;
    GroupCounts counts;
    // Shares of the band's headcount with unknown in the denominator (they sum to 100);
    // absent when the band is empty.
    std::optional<double> percentWhite;
    std::optional<double> percentMinorityEthnic;
    std::optional<double> percentUnknown;
    // National bands only: the published national % minority ethnic of the band for the
    // return's year (2024 report), when national figures were given and have one.
    std::optional<double> nationalPercentMinorityEthnic;
};

struct PayBandResult {
    bool collected = false;
    std::vector<BandShare> nationalBands; // always the three national bands, in order
    std::vector<BandShare> localBands;
    BandShare workforce;
    // Metric 1's reading: the minority ethnic share of the top national band with a headcount
    // is below the workforce share.
    bool adverseToMinorityEthnic = false;
};

// Metric 9's percentage-point figures, beside its RL.
struct SeniorManagerGaps {
    std::optional<double> percentMinorityEthnicSenior;
    std::optional<double> percentMinorityEthnicWorkforce;
    std::optional<double> gapVsWorkforcePoints;
    std::optional<double> gapVsPopulationPoints;
};

struct MetricReport {
    QString authority;
    int year = 0;
    // The return is a draft (not marked complete): trends show it apart, exports say so.
    bool draft = false;
    AreaSelection area = AreaSelection::Combined;
    NonAdverseRange range;
    IntervalMethod intervalMethod = IntervalMethod::Katz;
    PayBandResult payBands;
    std::map<MetricId, RatioResult> ratios; // every metric 2-9 with 7a and 7b, always present
    SeniorManagerGaps seniorManagers;

    const RatioResult &ratio(MetricId id) const { return ratios.at(id); }
};

// Computes every metric from counts at full precision; rounding is for display only.
class MetricEngine {
public:
    explicit MetricEngine(NonAdverseRange range = {}, IntervalMethod intervalMethod = IntervalMethod::Katz);

    // previous: the same authority's return for an earlier year (normally year - 1), for the
    // previous RL and change. national: published national figures, for the national RL of
    // the return's year. Both optional.
    MetricReport compute(const AnnualReturn &ret, AreaSelection area, const AnnualReturn *previous = nullptr,
                         const NationalFigures *national = nullptr) const;

    MetricStatus classify(MetricId id, double relativeLikelihood) const;
    const NonAdverseRange &range() const { return m_range; }
    IntervalMethod intervalMethod() const { return m_intervalMethod; }

private:
    NonAdverseRange m_range;
    IntervalMethod m_intervalMethod;
};

// "as likely", "half as likely", "twice as likely", "2.4 times as likely", "37% more likely",
// "48% less likely", from the RL as printed (PrintedFigure.h), so the words never contradict it.
QString likelihoodPhrase(double relativeLikelihood);
// What the metric's event is, as the infinitive after "likely … to": "enter the formal
// disciplinary process". Used by the sentence generator and the action plan narrative.
QString metricVerbPhrase(MetricId id);
// The label every confidence interval carries: Katz log method, an aid to reading, not part of
// the published SC-WRES method.
QString confidenceIntervalNote(IntervalMethod method = IntervalMethod::Katz);
// The full sentence for a result, e.g. "Minority ethnic staff were 37% more likely than white
// staff to enter the formal disciplinary process (RL 1.37; 95% CI 0.98–1.92; small numbers)."
QString likelihoodSentence(const RatioResult &result);

} // namespace scwres
