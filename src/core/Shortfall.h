// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

namespace scwres {

// The shortfall to the range of an RL outside it (docs/metrics.md §12): the smallest whole change
// in minority ethnic events, and separately in white events, with the populations unchanged, that
// brings the RL inside the range. Events stay within 0 … population, and white events above 0 (the
// RL needs them). Null when the result has no RL or its RL is inside the range.
std::optional<ToRange> shortfallToRange(const RatioResult &result, const NonAdverseRange &range);

// "7 more minority ethnic appointments from this year's shortlist would bring the RL to 0.81",
// with the white lever after it and the range named; empty without a shortfall.
QString shortfallSentence(const RatioResult &result, const NonAdverseRange &range);

// The suggested "how you'll know it is achieved" for an action on the metric: the RL inside the
// range, with the shortfall's numbers. Empty when the metric is inside the range or has no RL.
QString shortfallMeasure(const RatioResult &result, const NonAdverseRange &range);

// The same for a plan section (7: both 7a and 7b, each outside the range named), the suggested
// measure a new action of that section starts with. Empty when no metric of the section has a shortfall.
QString suggestedMeasureForSection(const std::vector<MetricId> &metrics, const MetricReport &report);

} // namespace scwres
