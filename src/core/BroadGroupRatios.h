// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "MetricEngine.h"
#include "ServiceArea.h"

#include <optional>
#include <vector>

namespace scwres {

// Where a return carries the census broad-group breakdown (an extract import keeps it), each
// ratio metric's RL for Asian, Black, Mixed and Other staff, each relative to white staff, with
// the same interval and small-numbers rule as the headline (docs/metrics.md, "Broad ethnic
// groups"). Beside the headline minority ethnic vs white figure, never instead of it: the SC-WRES
// status stays the headline's, and these carry no status of their own beyond the range reading.
struct BroadGroupRatio {
    BroadGroup group = BroadGroup::Asian;
    long long events = 0;
    long long population = 0;
    std::optional<double> likelihood;
    std::optional<double> relativeLikelihood; // null when the group has no one in the population
    std::optional<Interval> ci95;
    MetricStatus status = MetricStatus::NotComputable;
    bool smallNumbers = false; // fewer than 10 events in the group or among white staff
};

struct BroadGroupReading {
    long long whiteEvents = 0;
    long long whitePopulation = 0;
    std::vector<BroadGroupRatio> groups; // Asian, Black, Mixed, Other, in that order
};

// The four groups compared with white staff.
inline constexpr BroadGroup kComparedBroadGroups[] = {BroadGroup::Asian, BroadGroup::Black, BroadGroup::Mixed,
                                                       BroadGroup::Other};

// Null unless both the events and the population carry the breakdown and white staff have
// events and a population (no white likelihood, no comparison).
std::optional<BroadGroupReading> broadGroupRatios(const MetricEngine &engine, MetricId id, const GroupCounts &events,
                                                  const GroupCounts &population);
// The same for a metric of a computed report, with the report's own range and interval method.
std::optional<BroadGroupReading> broadGroupRatios(const MetricReport &report, MetricId id);

} // namespace scwres
