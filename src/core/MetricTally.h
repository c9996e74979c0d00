// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "AnnualReturn.h"
#include "Metric.h"

#include <array>
#include <optional>
#include <vector>

namespace scwres {

enum class AreaSelection;

// The counts behind a ratio metric, shared by the engine, the pooled years and the shortfall so
// that all three read a return the same way.
namespace tally {

inline constexpr std::array<MetricId, 9> kRatioMetrics{MetricId::M2,  MetricId::M3,  MetricId::M4,
                                                       MetricId::M5,  MetricId::M6,  MetricId::M7a,
                                                       MetricId::M7b, MetricId::M8,  MetricId::M9};

// Where a ratio metric's counts come from. perHeadcount: the events are a Counts block and the
// population is the headcount, the sum over the pay bands (metrics 3, 5, 8, 9).
struct RatioSource {
    Block block;
    bool perHeadcount;
};
RatioSource ratioSource(MetricId id);

enum class Availability { NotCollected, NoHeadcount, Available };

// A ratio metric's counts over one or more service areas.
struct Tally {
    Availability availability = Availability::NotCollected;
    GroupCounts events;
    GroupCounts population;
};

std::vector<const AreaReturn *> selectedAreas(const AnnualReturn &ret, AreaSelection selection);
// The combined view sums only the areas where the metric can be computed (docs/metrics.md §9).
Tally tallySelection(const std::vector<const AreaReturn *> &areas, MetricId id);
Tally tallyReturn(const AnnualReturn &ret, AreaSelection selection, MetricId id);

// (a / n1) / (c / n2) as one division of exact products, so that a ratio whose exact value is
// 4/5 or 5/4 lands on the same double as the range's ends. Callers guarantee n1 > 0 and c > 0.
// events / population; null without a population or with a negative count.
std::optional<double> rate(long long events, long long population);
double ratioOfRates(long long a, long long n1, long long c, long long n2);

} // namespace tally
} // namespace scwres
