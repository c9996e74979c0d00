// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

namespace scwres {

struct CiResult {
    std::optional<Interval> interval;
    bool haldane = false;
};

// Katz log interval for a ratio of two proportions, a of n1 (minority ethnic) against c of n2
// (white), Haldane +0.5 when a cell is 0 (docs/metrics.md §4).
CiResult katzInterval(const GroupCounts &events, const GroupCounts &population, double relativeLikelihood);

// Exact (conditional) interval: Clopper–Pearson for a of a + c, turned into the ratio
// (docs/metrics.md §4a). No correction is needed at zero counts.
CiResult exactInterval(const GroupCounts &events, const GroupCounts &population);

CiResult confidenceInterval(IntervalMethod method, const GroupCounts &events, const GroupCounts &population,
                            double relativeLikelihood);

} // namespace scwres
