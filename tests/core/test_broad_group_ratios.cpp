// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "BroadGroupRatios.h"
#include "DemoData.h"
#include "MetricReportJson.h"

#include <catch2/catch.hpp>

using namespace scwres;

namespace {

BroadCounts broad(long long asian, long long black, long long mixed, long long white, long long other, long long unknown)
{
    BroadCounts c;
    c.set(BroadGroup::Asian, asian);
    c.set(BroadGroup::Black, black);
    c.set(BroadGroup::Mixed, mixed);
    c.set(BroadGroup::White, white);
    c.set(BroadGroup::Other, other);
    c.set(BroadGroup::Unknown, unknown);
    return c;
}

// The demo's 2024 adult shortlisting (150 / 200 / 10 shortlisted, 25 / 60 / 2 appointed) with a
// hand-made breakdown that sums to those headline counts.
AnnualReturn withBreakdown()
{
    AnnualReturn ret = demoReturns().back();
    REQUIRE(ret.area(ServiceArea::Adult));
    RateBlock &block = ret.area(ServiceArea::Adult)->shortlisting;
    REQUIRE(block.population.minorityEthnic == 150);
    REQUIRE(block.events.minorityEthnic == 25);
    block.population.setBroad(broad(60, 50, 25, 200, 15, 10));
    block.events.setBroad(broad(12, 6, 5, 60, 2, 2));
    REQUIRE(block.population.broadMatchesHeadline());
    REQUIRE(block.events.broadMatchesHeadline());
    return ret;
}

} // namespace

TEST_CASE("Broad groups: each group's RL relative to white staff, worked by hand", "[broad][metrics]")
{
    const MetricReport report = MetricEngine().compute(withBreakdown(), AreaSelection::Adult);
    const auto reading = broadGroupRatios(report, MetricId::M2);
    REQUIRE(reading);
    CHECK(reading->whiteEvents == 60);
    CHECK(reading->whitePopulation == 200);
    REQUIRE(reading->groups.size() == 4);
    // White likelihood 60/200 = 0.30.
    const BroadGroupRatio &asian = reading->groups[0]; // 12/60 = 0.20 → 0.20 / 0.30
    CHECK(asian.group == BroadGroup::Asian);
    CHECK(*asian.relativeLikelihood == Approx(2.0 / 3.0));
    // Katz: se = sqrt(1/12 - 1/60 + 1/60 - 1/200); 0.6667 × exp(∓1.96 se), z = 1.96 as the headline.
    CHECK(asian.ci95->lower == Approx(0.3851849).epsilon(1e-6));
    CHECK(asian.ci95->upper == Approx(1.1538469).epsilon(1e-6));
    CHECK_FALSE(asian.smallNumbers); // 12 and 60 events
    CHECK(asian.status == MetricStatus::AdverseToMinorityEthnic);
    const BroadGroupRatio &black = reading->groups[1]; // 6/50 = 0.12 → 0.40
    CHECK(*black.relativeLikelihood == Approx(0.4));
    CHECK(black.ci95->lower == Approx(0.1833796).epsilon(1e-6));
    CHECK(black.ci95->upper == Approx(0.8725069).epsilon(1e-6));
    CHECK(black.smallNumbers); // 6 events
    CHECK(*reading->groups[2].relativeLikelihood == Approx(2.0 / 3.0)); // Mixed 5/25
    CHECK(*reading->groups[3].relativeLikelihood == Approx((2.0 / 15.0) / 0.3)); // Other 2/15
    // The headline is untouched: minority ethnic 25/150 against white 60/200.
    CHECK(*report.ratio(MetricId::M2).relativeLikelihood == Approx((25.0 / 150.0) / 0.3));

    // No breakdown, no broad figures; the JSON says null rather than guessing.
    const MetricReport plain = MetricEngine().compute(demoReturns().back(), AreaSelection::Adult);
    CHECK_FALSE(broadGroupRatios(plain, MetricId::M2));
    CHECK(metricReportToJson(plain)["metrics"]["2"]["broad_groups"].is_null());
    const auto json = metricReportToJson(report)["metrics"]["2"]["broad_groups"];
    CHECK(json["direction"] == "each group relative to white");
    CHECK(json["groups"]["black"]["relative_likelihood"].get<double>() == Approx(0.4));
    CHECK(json["groups"]["black"]["small_numbers"] == true);
    CHECK(json["groups"]["asian"]["events"] == 12);
}
