// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

// Small builders for the metric engine tests: returns made from counts in a line or two.
#include "AnnualReturn.h"
#include "MetricEngine.h"
#include "ReturnJson.h"

#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
// Failure messages show the text instead of {?}.
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace scwres::testing {

inline GroupCounts counts(long long white, long long minorityEthnic, long long unknown = 0)
{
    GroupCounts result;
    result.white = white;
    result.minorityEthnic = minorityEthnic;
    result.unknown = unknown;
    return result;
}

// One pay band holding the whole headcount.
inline PayBandsBlock headcountOf(const GroupCounts &headcount)
{
    PayBandsBlock block;
    block.collected = true;
    block.bands.push_back(PayBand{QStringLiteral("All grades"), NationalBand::Under30k, headcount});
    return block;
}

inline bool isHeadcountMetric(MetricId id)
{
    return id == MetricId::M3 || id == MetricId::M5 || id == MetricId::M8 || id == MetricId::M9;
}

inline Block blockOf(MetricId id)
{
    switch (id) {
    case MetricId::M2: return Block::Shortlisting;
    case MetricId::M3: return Block::Disciplinary;
    case MetricId::M4: return Block::FitnessToPractise;
    case MetricId::M5: return Block::Cpd;
    case MetricId::M6: return Block::HarassmentPublic;
    case MetricId::M7a: return Block::HarassmentColleagues;
    case MetricId::M7b: return Block::HarassmentManagers;
    case MetricId::M8: return Block::Leavers;
    case MetricId::M9: return Block::SeniorManagers;
    case MetricId::M1: break;
    }
    return Block::PayBands;
}

// Sets a metric's events and population in an area: a Rate block, or a Counts block over a
// headcount held in one pay band.
inline void setMetric(AreaReturn &area, MetricId id, const GroupCounts &events, const GroupCounts &population)
{
    const Block block = blockOf(id);
    if (isHeadcountMetric(id)) {
        area.countBlock(block).collected = true;
        area.countBlock(block).counts = events;
        area.payBands = headcountOf(population);
    } else {
        area.rateBlock(block).collected = true;
        area.rateBlock(block).events = events;
        area.rateBlock(block).population = population;
    }
}

inline AnnualReturn adultOnly(const AreaReturn &adult, int year = 2024)
{
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire Council (fictional)");
    ret.year = year;
    ret.adult = adult;
    return ret;
}

// The adult-area result of one metric computed from counts.
inline RatioResult ratioFor(MetricId id, const GroupCounts &events, const GroupCounts &population,
                            NonAdverseRange range = {})
{
    AreaReturn area;
    setMetric(area, id, events, population);
    return MetricEngine(range).compute(adultOnly(area), AreaSelection::Adult).ratio(id);
}

inline AnnualReturn readTestReturn(const QString &name)
{
    const ReturnReadResult read = readReturnFile(QStringLiteral(SCWRES_TEST_DATA_DIR "/") + name);
    INFO(read.error.toStdString());
    REQUIRE(read.value);
    return *read.value;
}

inline constexpr std::array<MetricId, 9> kRatioMetricIds{MetricId::M2,  MetricId::M3,  MetricId::M4,
                                                         MetricId::M5,  MetricId::M6,  MetricId::M7a,
                                                         MetricId::M7b, MetricId::M8, MetricId::M9};

} // namespace scwres::testing
