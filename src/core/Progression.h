// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ChartData.h"
#include "MetricEngine.h"

#include <functional>
#include <optional>
#include <vector>

namespace scwres {

// One step up the pay bands (issue 17 item 4, docs/metrics.md §14): among staff in band `from`
// or above, the likelihood of being in a band above it, minority ethnic relative to white.
// Unknown-ethnicity staff are excluded from both likelihoods (as in every other RL).
struct ProgressionStep {
    QString from; // band name: the national band's name, or the council's own grade name
    QString to;
    std::optional<NationalBand> fromNational; // national steps only
    std::optional<NationalBand> toNational;
    GroupCounts atOrAbove; // the population: staff in `from` or above
    GroupCounts above;     // the events: staff in the bands above `from`
    // The rows of metric 1's table (disclosure/DisclosurePattern.h payBandRows: national bands
    // 0-2, local bands from 3) this step adds up: `from` and every band above it, empty ones too.
    // Publication mode withholds the step when a minority ethnic or white count of any is hidden.
    std::vector<int> bandRows;
    NotComputableReason reason = NotComputableReason::None;
    // Against the range, lower adverse to minority ethnic staff (as metric 1's shares are).
    MetricStatus status = MetricStatus::NotComputable;
    std::optional<double> likelihoodMinorityEthnic;
    std::optional<double> likelihoodWhite;
    std::optional<double> relativeLikelihood;
    std::optional<Interval> ci95;
    bool haldaneCorrected = false;
    bool smallNumbers = false; // fewer than 10 minority ethnic or 10 white staff above `from`
    std::optional<Certainty> certainty;
};

// The top band's share ratio (called "compound" in the JSON, kept for compatibility): the top
// band's share of minority ethnic staff relative to its share of white staff, over the ladder's
// bands. It equals the product of the steps' RLs, which telescopes (docs/metrics.md §14).
struct ProgressionCompound {
    QString from;
    QString to;
    int steps = 0;
    std::vector<int> bandRows; // every band of the ladder
    MetricStatus status = MetricStatus::NotComputable;
    std::optional<double> relativeLikelihood; // null when any step has no RL
    std::optional<Interval> ci95;             // see docs/metrics.md §14
    bool smallNumbers = false;
    std::optional<Certainty> certainty;
};

// A band left out of a ladder, with why (issue 27): it would otherwise stand as a rung it is not.
enum class LeftOutReason {
    NoNationalBand, // a council band not mapped to a national band: its place on the ladder is unknown
    UnknownOnly,    // only staff of unknown ethnicity: no step can be read from it
    NotEntered,     // a white or minority ethnic count not entered
};
QString leftOutReasonKey(LeftOutReason reason); // "no_national_band", "unknown_only", "not_entered"

struct LeftOutBand {
    QString band;
    LeftOutReason reason = LeftOutReason::NoNationalBand;
};

struct ProgressionResult {
    bool collected = false;
    std::vector<LeftOutBand> leftOutNational; // bands left out of each ladder
    std::vector<LeftOutBand> leftOutLocal;
    std::vector<ProgressionStep> national; // between the national bands with staff, lowest first
    std::vector<ProgressionStep> local;    // between the council's own bands with staff, in order
    std::optional<ProgressionCompound> nationalCompound; // null with fewer than two bands with staff
    std::optional<ProgressionCompound> localCompound;
};

// Publication mode: whether a reader cannot see one of a band's counts (its row in metric 1's
// table). Such a band always stands as a rung, so the ladder's shape (which bands are rungs, which
// are left out as empty or unknown-only) never depends on a hidden count (issue 26); the steps it
// takes part in are withheld anyway (ReportSuppression::progressionSuppressed).
using HiddenBandRow = std::function<bool(int row)>;

// From metric 1's bands; the interval by the report's method, certainty against its range.
ProgressionResult computeProgression(const PayBandResult &payBands, const NonAdverseRange &range,
                                     IntervalMethod method, const HiddenBandRow &hidden = {});
inline ProgressionResult computeProgression(const MetricReport &report)
{
    return computeProgression(report.payBands, report.range, report.intervalMethod);
}

enum class ProgressionLadder { National, Local };

// "The top band's share ratio": the name of the compound figure wherever it is printed.
QString topBandShareRatioName();
// Describes a step as shares at each level, never as movement (issue 27): "Of staff at or above
// Grades 1-5, minority ethnic staff were 25% less likely than white staff to be in Grades 6-8 or
// above (RL 0.75)." Empty without an RL.
QString progressionStepSentence(const ProgressionStep &step);
// The note on the bands left out of a ladder; empty when none is.
QString leftOutNote(const std::vector<LeftOutBand> &leftOut);

// The steps of one ladder as a forest plot (computable steps only, "from → to"), for the
// dashboard and the report.
ForestPlotData progressionChartData(const ProgressionResult &result, ProgressionLadder ladder,
                                    const NonAdverseRange &range);
// Every step of one ladder as a table (steps without an RL too), and the compound figure last.
ChartTable progressionTable(const ProgressionResult &result, ProgressionLadder ladder);

} // namespace scwres
