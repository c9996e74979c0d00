// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The prepared chart data holds the engine's numbers and nothing else: every bar, point and
// whisker is checked against MetricEngine's report for the demo authority.
#include "ChartData.h"
#include "DemoData.h"
#include "NationalFigures.h"
#include "test_metric_support.h"

#include <algorithm>

using namespace scwres;

namespace {

const AnnualReturn &demoYear(int year)
{
    static const std::vector<AnnualReturn> returns = demoReturns();
    const auto it = std::find_if(returns.begin(), returns.end(), [year](const AnnualReturn &r) { return r.year == year; });
    REQUIRE(it != returns.end());
    return *it;
}

MetricReport demoReport(int year, AreaSelection area)
{
    static const NationalFigures national = NationalFigures::builtIn();
    const AnnualReturn *previous = year > 2022 ? &demoYear(year - 1) : nullptr;
    return MetricEngine().compute(demoYear(year), area, previous, &national);
}

bool hasRl(const RatioResult &r)
{
    return r.relativeLikelihood && r.status != MetricStatus::NotComputable && r.status != MetricStatus::NotCollected;
}

constexpr MetricId kRatioIds[] = {MetricId::M2,  MetricId::M3,  MetricId::M4, MetricId::M5, MetricId::M6,
                                  MetricId::M7a, MetricId::M7b, MetricId::M8, MetricId::M9};

} // namespace

TEST_CASE("Forest plot rows are the engine's RLs and intervals, one per computable metric", "[chartdata]")
{
    const MetricReport report = demoReport(2024, AreaSelection::Combined);
    const ForestPlotData forest = forestPlotData(report);

    std::vector<MetricId> expected;
    for (MetricId id : kRatioIds) {
        if (hasRl(report.ratio(id)))
            expected.push_back(id);
    }
    REQUIRE(expected.size() >= 8); // the demo's 2024 combined return has (almost) every metric
    REQUIRE(forest.rows.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const ForestRow &row = forest.rows[i];
        const RatioResult &r = report.ratio(expected[i]);
        CAPTURE(metricKey(row.id).toStdString());
        CHECK(row.id == expected[i]);
        CHECK(row.relativeLikelihood == *r.relativeLikelihood);
        CHECK(row.status == r.status);
        CHECK(row.smallNumbers == r.smallNumbers);
        REQUIRE(row.ci95.has_value() == r.ci95.has_value());
        if (row.ci95) {
            CHECK(row.ci95->lower == r.ci95->lower);
            CHECK(row.ci95->upper == r.ci95->upper);
        }
    }
    // The axis is centred on 1 and holds every point and the range.
    CHECK(forest.axisMin == Approx(1 / forest.axisMax));
    for (const ForestRow &row : forest.rows) {
        CHECK(row.relativeLikelihood >= forest.axisMin);
        CHECK(row.relativeLikelihood <= forest.axisMax);
    }
    CHECK(forest.axisMin <= report.range.lower);
    CHECK(forest.axisMax >= report.range.upper);
    CHECK(forest.table().rows.size() == forest.rows.size());
}

TEST_CASE("A metric that was not collected has no forest point and no likelihood bar", "[chartdata]")
{
    // The demo's 2022 children's fitness to practise data were not collected.
    const MetricReport report = demoReport(2022, AreaSelection::Children);
    REQUIRE(report.ratio(MetricId::M4).status == MetricStatus::NotCollected);

    const ForestPlotData forest = forestPlotData(report);
    CHECK(std::none_of(forest.rows.begin(), forest.rows.end(), [](const ForestRow &r) { return r.id == MetricId::M4; }));
    const auto computable = std::count_if(std::begin(kRatioIds), std::end(kRatioIds),
                                          [&report](MetricId id) { return hasRl(report.ratio(id)); });
    CHECK(forest.rows.size() == static_cast<std::size_t>(computable));

    const ChartData data = ChartData::fromReport(report, 18.4);
    CHECK(std::none_of(data.likelihoods.bars.begin(), data.likelihoods.bars.end(),
                       [](const LikelihoodBar &b) { return b.id == MetricId::M4; }));
    CHECK(std::count(data.likelihoods.withoutBars.begin(), data.likelihoods.withoutBars.end(), MetricId::M4) == 1);
    // The table still names it, so a reader sees it is missing rather than zero.
    const ChartTable table = data.likelihoods.table();
    CHECK(std::any_of(table.rows.begin(), table.rows.end(),
                      [](const QStringList &row) { return row.front().startsWith(QStringLiteral("4 ")); }));
}

TEST_CASE("Likelihood bars are the engine's likelihoods as percentages, with the counts", "[chartdata]")
{
    const MetricReport report = demoReport(2024, AreaSelection::Combined);
    const ChartData data = ChartData::fromReport(report, demoYear(2024).populationMinorityEthnicPercent);
    REQUIRE_FALSE(data.likelihoods.bars.empty());
    for (const LikelihoodBar &bar : data.likelihoods.bars) {
        const RatioResult &r = report.ratio(bar.id);
        CAPTURE(metricKey(bar.id).toStdString());
        CHECK(bar.id != MetricId::M9);
        CHECK(bar.percentMinorityEthnic == Approx(*r.likelihoodMinorityEthnic * 100).epsilon(1e-12));
        CHECK(bar.percentWhite == Approx(*r.likelihoodWhite * 100).epsilon(1e-12));
        CHECK(bar.events == r.events);
        CHECK(bar.population == r.population);
    }
    CHECK(data.likelihoods.bars.size() + data.likelihoods.withoutBars.size() == 8); // metrics 2 to 8 with 7a, 7b
}

TEST_CASE("Pay band bars and the workforce line are the engine's shares", "[chartdata]")
{
    const MetricReport report = demoReport(2024, AreaSelection::Combined);
    const PayBandChartData data = payBandChartData(report);
    REQUIRE(data.collected);
    REQUIRE(data.bars.size() == 4); // three national bands and the whole workforce
    for (std::size_t i = 0; i < 3; ++i) {
        const BandShare &band = report.payBands.nationalBands[i];
        CHECK(data.bars[i].nationalBand == band.nationalBand);
        CHECK(data.bars[i].percentMinorityEthnic == band.percentMinorityEthnic);
        CHECK(data.bars[i].percentWhite == band.percentWhite);
        CHECK(data.bars[i].percentUnknown == band.percentUnknown);
        CHECK(data.bars[i].nationalPercentMinorityEthnic == band.nationalPercentMinorityEthnic);
    }
    CHECK(data.bars.back().counts == report.payBands.workforce.counts);
    CHECK(data.workforcePercentMinorityEthnic == report.payBands.workforce.percentMinorityEthnic);
    // 2024 has published national shares by band; the chart carries them.
    CHECK(data.bars[2].nationalPercentMinorityEthnic.has_value());
}

TEST_CASE("Senior manager bars are the engine's shares and the return's population figure", "[chartdata]")
{
    const MetricReport report = demoReport(2024, AreaSelection::Combined);
    const SeniorManagerChartData data = seniorManagerChartData(report, 18.4);
    CHECK(data.percentSenior == report.seniorManagers.percentMinorityEthnicSenior);
    CHECK(data.percentWorkforce == report.seniorManagers.percentMinorityEthnicWorkforce);
    CHECK(data.percentPopulation == 18.4);
    CHECK(data.gapVsPopulationPoints == report.seniorManagers.gapVsPopulationPoints);
    REQUIRE(data.table().rows.size() == 3);
    CHECK(data.table().rows[2][1] == QStringLiteral("18.4%"));
}

TEST_CASE("The trend holds each stored year's RL and the published national RL", "[chartdata]")
{
    std::vector<MetricReport> history;
    for (int year : {2024, 2022, 2023}) // any order in, ascending out
        history.push_back(demoReport(year, AreaSelection::Combined));
    const TrendChartData trend = trendChartData(history, MetricId::M3);
    CHECK(trend.years == std::vector<int>{2022, 2023, 2024});
    REQUIRE(trend.authority.size() == 3);
    for (const TrendPoint &p : trend.authority)
        CHECK(p.relativeLikelihood == *demoReport(p.year, AreaSelection::Combined).ratio(MetricId::M3).relativeLikelihood);
    // National figures are published for 2023 and 2024 only.
    const NationalFigures national = NationalFigures::builtIn();
    REQUIRE(trend.national.size() == 2);
    CHECK(trend.national[0].year == 2023);
    CHECK(trend.national[0].relativeLikelihood == national.figure(2023, MetricId::M3)->relativeLikelihood);
    CHECK(trend.national[1].relativeLikelihood == national.figure(2024, MetricId::M3)->relativeLikelihood);
    CHECK(trend.table().rows.size() == 3);
    CHECK(trend.table().rows[0][2] == QStringLiteral("—")); // no national figure for 2022
}

TEST_CASE("The counts table shows unknown and its share of everyone counted", "[chartdata]")
{
    const MetricReport report = demoReport(2024, AreaSelection::Adult);
    const ChartTable table = metricCountsTable(report, MetricId::M2);
    REQUIRE(table.rows.size() == 2);
    const RatioResult &r = report.ratio(MetricId::M2);
    // Adult 2024 shortlisting: 10 unknown of 360 shortlisted (docs/return-format.md example).
    CHECK(table.rows[1][3] == QString::number(r.population.unknown));
    CHECK(table.rows[1][4] == QString::number(r.population.total()));
    CHECK(r.population.unknown == 10);
    CHECK(r.population.total() == 360);
    CHECK(table.rows[1][5] == QStringLiteral("2.8%"));
    CHECK(*percentUnknown(r.population) == Approx(100.0 * 10 / 360));
    CHECK_FALSE(percentUnknown(GroupCounts{}).has_value());
}

TEST_CASE("Charts state the direction of comparison in their titles", "[chartdata]")
{
    const MetricReport report = demoReport(2024, AreaSelection::Combined);
    CHECK(forestPlotData(report).labels.title.contains(QStringLiteral("minority ethnic relative to white")));
    std::vector<MetricReport> history{report};
    CHECK(trendChartData(history, MetricId::M8).labels.title.contains(QStringLiteral("minority ethnic relative to white")));
    CHECK(payBandChartData(report).labels.valueAxis.contains(QLatin1Char('%')));
    CHECK(likelihoodChartData(report, {MetricId::M3}).labels.valueAxis.contains(QLatin1Char('%')));
}
