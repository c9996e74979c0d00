// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "BroadGroupRatios.h"

#include "Intervals.h"
#include "MetricTally.h"

namespace {
constexpr long long kSmallNumbers = 10; // as the headline (MetricEngine.cpp)
}

namespace scwres {

std::optional<BroadGroupReading> broadGroupRatios(const MetricEngine &engine, MetricId id, const GroupCounts &events,
                                                  const GroupCounts &population)
{
    if (!events.broad || !population.broad)
        return std::nullopt;
    BroadGroupReading reading;
    reading.whiteEvents = events.broad->get(BroadGroup::White);
    reading.whitePopulation = population.broad->get(BroadGroup::White);
    if (reading.whiteEvents <= 0 || reading.whitePopulation <= 0)
        return std::nullopt;
    for (BroadGroup group : kComparedBroadGroups) {
        BroadGroupRatio ratio;
        ratio.group = group;
        ratio.events = events.broad->get(group);
        ratio.population = population.broad->get(group);
        ratio.smallNumbers = ratio.events < kSmallNumbers || reading.whiteEvents < kSmallNumbers;
        if (ratio.population > 0 && ratio.events <= ratio.population) {
            ratio.likelihood = double(ratio.events) / double(ratio.population);
            const double rl = tally::ratioOfRates(ratio.events, ratio.population, reading.whiteEvents,
                                                  reading.whitePopulation);
            ratio.relativeLikelihood = rl;
            ratio.status = engine.classify(id, rl);
            // The headline's interval machinery, with this group in the minority ethnic place.
            GroupCounts e;
            e.minorityEthnic = ratio.events;
            e.white = reading.whiteEvents;
            GroupCounts p;
            p.minorityEthnic = ratio.population;
            p.white = reading.whitePopulation;
            ratio.ci95 = confidenceInterval(engine.intervalMethod(), e, p, rl).interval;
        }
        reading.groups.push_back(ratio);
    }
    return reading;
}

std::optional<BroadGroupReading> broadGroupRatios(const MetricReport &report, MetricId id)
{
    const RatioResult &r = report.ratio(id);
    if (r.status == MetricStatus::NotCollected)
        return std::nullopt;
    return broadGroupRatios(MetricEngine(report.range, report.intervalMethod), id, r.events, r.population);
}

} // namespace scwres
