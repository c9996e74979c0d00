// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Metric.h"
#include "MetricEngine.h"

#include <QString>

#include <optional>

namespace scwres {

// Whether a metric's RL moved the right way since last year, in words every panel, export and
// narrative shares ("0.64 → 0.70: better — closer to the range").
//
// Better means closer to the non-adverse range: its distance from the nearer bound, on the log
// scale on which an RL of 0.5 is as far below parity as 2.0 is above it, shrank. That is the
// metric's direction read both ways: for appointment (adverse when lower) a rise below the range
// is better, for disciplinary (adverse when higher) a fall above it is; past the other bound the
// reading turns adverse to white staff, and moving further that way is worse too. Two readings
// inside the range are neither (the range is "no adverse difference"). Compared as printed (two
// decimals), so the words never contradict the figures beside them.
enum class ChangeVerdict {
    Better,
    Worse,
    Same,        // no change as printed, or inside the range both years
    NoComparison // a year without an RL
};

struct YearChange {
    ChangeVerdict verdict = ChangeVerdict::NoComparison;
    QString text;      // "0.64 → 0.70: better — closer to the range"
    QString verdictText; // "better — closer to the range", without the figures
};

YearChange describeYearChange(MetricId id, std::optional<double> previous, std::optional<double> current,
                              const NonAdverseRange &range);

} // namespace scwres
