// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "MetricTally.h"

#include "MetricEngine.h"

#include <cassert>
#include <cmath>

namespace scwres::tally {

RatioSource ratioSource(MetricId id)
{
    switch (id) {
    case MetricId::M2: return {Block::Shortlisting, false};
    case MetricId::M3: return {Block::Disciplinary, true};
    case MetricId::M4: return {Block::FitnessToPractise, false};
    case MetricId::M5: return {Block::Cpd, true};
    case MetricId::M6: return {Block::HarassmentPublic, false};
    case MetricId::M7a: return {Block::HarassmentColleagues, false};
    case MetricId::M7b: return {Block::HarassmentManagers, false};
    case MetricId::M8: return {Block::Leavers, true};
    case MetricId::M9: return {Block::SeniorManagers, true};
    case MetricId::M1: break;
    }
    assert(false && "metric 1 has no ratio");
    return {Block::PayBands, false};
}

namespace {

Tally tallyArea(const AreaReturn &area, MetricId id)
{
    const RatioSource source = ratioSource(id);
    if (!area.isCollected(source.block))
        return {};
    if (!source.perHeadcount) {
        const RateBlock &block = area.rateBlock(source.block);
        return {Availability::Available, block.events, block.population};
    }
    const GroupCounts events = area.countBlock(source.block).counts;
    if (!area.payBands.collected)
        return {Availability::NoHeadcount, events, {}};
    return {Availability::Available, events, area.payBands.headcount()};
}

} // namespace

// The combined view sums only the areas where the metric can be computed, so that an area
// without a headcount never adds events with no population behind them (program's choice).
Tally tallySelection(const std::vector<const AreaReturn *> &areas, MetricId id)
{
    Tally available;
    Tally withoutHeadcount;
    for (const AreaReturn *area : areas) {
        const Tally one = tallyArea(*area, id);
        Tally *into = one.availability == Availability::Available     ? &available
                    : one.availability == Availability::NoHeadcount ? &withoutHeadcount
                                                                    : nullptr;
        if (!into)
            continue;
        into->availability = one.availability;
        into->events += one.events;
        into->population += one.population;
    }
    return available.availability == Availability::Available ? available : withoutHeadcount;
}

std::vector<const AreaReturn *> selectedAreas(const AnnualReturn &ret, AreaSelection selection)
{
    std::vector<const AreaReturn *> areas;
    for (ServiceArea which : kServiceAreas) {
        const bool wanted = selection == AreaSelection::Combined
                         || (selection == AreaSelection::Adult && which == ServiceArea::Adult)
                         || (selection == AreaSelection::Children && which == ServiceArea::Children);
        if (const AreaReturn *area = ret.area(which); wanted && area)
            areas.push_back(area);
    }
    return areas;
}

// (a / n1) / (c / n2) as a single division of exact products, so that a ratio whose exact value
// is 4/5 or 5/4 lands on the same double as the range's ends 0.80 and 1.25. Callers guarantee
// n1 > 0 and c > 0.
std::optional<double> rate(long long events, long long population)
{
    if (population <= 0 || events < 0)
        return std::nullopt;
    return static_cast<double>(events) / static_cast<double>(population);
}

double ratioOfRates(long long a, long long n1, long long c, long long n2)
{
    const long double numerator = static_cast<long double>(a) * static_cast<long double>(n2);
    const long double denominator = static_cast<long double>(n1) * static_cast<long double>(c);
    constexpr long double kExactInDouble = 9007199254740992.0L; // 2^53
    if (std::fabs(numerator) <= kExactInDouble && denominator <= kExactInDouble)
        return static_cast<double>(numerator) / static_cast<double>(denominator);
    return static_cast<double>(numerator / denominator);
}


Tally tallyReturn(const AnnualReturn &ret, AreaSelection selection, MetricId id)
{
    return tallySelection(selectedAreas(ret, selection), id);
}

} // namespace scwres::tally
