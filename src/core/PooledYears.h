// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"

#include <vector>

namespace scwres {

// The pooled three years (docs/metrics.md §13): for each flow metric (2-8) of report, the
// year-stratified Mantel–Haenszel RR (Greenland–Robins interval) of the complete returns of years
// report.year − 2 … report.year; the summed counts are kept for display (the current return counts
// only when it is complete; a draft is never pooled and never replaced by an older year), the
// years where the metric was collected with a population. Sets RatioResult::pooled when at least
// two years contribute. stored: the authority's other returns (any years; others are ignored, and
// a stored return of the current year is replaced by current).
void addPooledYears(MetricReport &report, const AnnualReturn &current, const std::vector<AnnualReturn> &stored,
                    const MetricEngine &engine);

// Whether a metric is pooled: the flow metrics 2-8; never the stock metrics 1 and 9, which count
// the same people every year.
bool isPooled(MetricId id);

// "pooled (stratified by year)": the label every pooled figure carries.
QString pooledLabel();

// "Pooled (stratified by year) 2022, 2023, 2024: RL 1.12 (95% CI 0.70–1.80)"; empty when there is
// no pooled figure.
QString pooledSummary(const PooledFigure &pooled);

} // namespace scwres
