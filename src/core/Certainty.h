// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

namespace scwres {

// Clear or not clear (issue 17, docs/metrics.md §4b): against the range in force, the interval
// lies wholly in the same region as the estimate (below the lower end, inside the range with ends
// inclusive, above the upper end). Null without an RL or an interval.
std::optional<Certainty> assessCertainty(std::optional<double> relativeLikelihood,
                                         const std::optional<Interval> &ci95, const NonAdverseRange &range);

QString certaintyKey(Certainty certainty);  // "clear", "not_clear"
QString certaintyText(Certainty certainty); // "Clear", "Not clear — could be chance" (translatable)

// The clause the sentence carries: "not clear: the data are also consistent with no
// difference", "clear: the 95% interval lies wholly outside the range", … Empty without a certainty.
QString certaintyClause(std::optional<Certainty> certainty, std::optional<double> relativeLikelihood,
                        const std::optional<Interval> &ci95, const NonAdverseRange &range);

} // namespace scwres
