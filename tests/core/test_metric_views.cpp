// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The engine over whole returns: every metric of the issue's example return worked by hand, the
// service-area selections, the combined view, metric 1's bands, metric 9's gaps, the previous
// year and the national figures.
#include "NationalFigures.h"
#include "test_metric_support.h"

#include <cmath>

using namespace scwres;
using namespace scwres::testing;

TEST_CASE("Every metric of the example return, worked by hand", "[metrics][worked]")
{
    // tests/data/metric-exampleshire-2024.json is the return of issue 3 (adult data only).
    // Headcount from the pay bands: W 310+120+9 = 439, ME 95+30+1 = 126, unknown 12+4+0 = 16.
    const AnnualReturn ret = readTestReturn(QStringLiteral("metric-exampleshire-2024.json"));
    const MetricReport report = MetricEngine().compute(ret, AreaSelection::Combined);

    struct Expected {
        MetricId id;
        double rl;
        MetricStatus status;
        const char *phrase;
        bool small;
    };
    const Expected expected[] = {
        // 2: (25/150)/(60/200) = 0.166667/0.3
        {MetricId::M2, (25.0 / 150) / (60.0 / 200), MetricStatus::AdverseToMinorityEthnic, "44% less likely", false},
        // 3: (4/126)/(5/439) = 2.787302
        {MetricId::M3, 2.787302, MetricStatus::AdverseToMinorityEthnic, "2.8 times as likely", true},
        // 4: (1/30)/(1/80) = 2.666667
        {MetricId::M4, 2.666667, MetricStatus::AdverseToMinorityEthnic, "2.7 times as likely", true},
        // 5: (40/126)/(150/439) = 0.929101
        {MetricId::M5, 0.929101, MetricStatus::WithinRange, "7% less likely", false},
        // 6: (15/80)/(40/300) = 1.40625
        {MetricId::M6, 1.40625, MetricStatus::AdverseToMinorityEthnic, "41% more likely", false},
        // 7a: (9/80)/(20/300) = 1.6875
        {MetricId::M7a, 1.6875, MetricStatus::AdverseToMinorityEthnic, "69% more likely", true},
        // 7b: (8/80)/(10/300) = 3.0
        {MetricId::M7b, 3.0, MetricStatus::AdverseToMinorityEthnic, "3.0 times as likely", true},
        // 8: (20/126)/(50/439) = 1.393651
        {MetricId::M8, 1.393651, MetricStatus::AdverseToMinorityEthnic, "39% more likely", false},
        // 9: (2/126)/(14/439) = 0.497732, which rounds to 0.50
        {MetricId::M9, 0.497732, MetricStatus::AdverseToMinorityEthnic, "half as likely", true},
    };
    for (const Expected &e : expected) {
        CAPTURE(metricKey(e.id).toStdString());
        const RatioResult &r = report.ratio(e.id);
        REQUIRE(r.relativeLikelihood);
        CHECK(*r.relativeLikelihood == Approx(e.rl).epsilon(1e-6));
        CHECK(r.status == e.status);
        CHECK(r.phrase == QString::fromUtf8(e.phrase));
        CHECK(r.smallNumbers == e.small);
        CHECK(*r.relativeLikelihood == Approx(*r.likelihoodMinorityEthnic / *r.likelihoodWhite));
    }
    CHECK(report.ratio(MetricId::M3).population == counts(439, 126, 16));
    CHECK(*report.ratio(MetricId::M2).likelihoodWhite == Approx(0.3));

    // Metric 9: 2 of 16 senior managers are ME = 12.5%; workforce 126/581 = 21.686747%;
    // gaps −9.186747 points against the workforce and 12.5 − 18.4 = −5.9 against the population.
    CHECK(*report.seniorManagers.percentMinorityEthnicSenior == Approx(12.5));
    CHECK(*report.seniorManagers.percentMinorityEthnicWorkforce == Approx(21.686747));
    CHECK(*report.seniorManagers.gapVsWorkforcePoints == Approx(-9.186747));
    CHECK(*report.seniorManagers.gapVsPopulationPoints == Approx(-5.9));

    // Metric 1: under £30k 95/417 = 22.781775% ME, 310/417 = 74.340528% W, 12/417 = 2.877698% unknown.
    const BandShare &under30k = report.payBands.nationalBands.at(0);
    CHECK(*under30k.percentMinorityEthnic == Approx(22.781775));
    CHECK(*under30k.percentWhite == Approx(74.340528));
    CHECK(*under30k.percentUnknown == Approx(2.877698));
    // Top band (£70k and over): 1 of 10 = 10% ME, below the workforce's 21.7%.
    CHECK(report.payBands.adverseToMinorityEthnic);
}

TEST_CASE("Metric 1: national and local bands, shares summing to 100", "[metrics][paybands]")
{
    const AnnualReturn ret = readTestReturn(QStringLiteral("metric-metricshire-2024.json"));
    const MetricReport report = MetricEngine().compute(ret, AreaSelection::Combined);
    const PayBandResult &bands = report.payBands;
    REQUIRE(bands.collected);
    REQUIRE(bands.nationalBands.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(bands.nationalBands[i].nationalBand == kNationalBands[i]);

    // Local bands merged by (name, national band) in first-seen order: adult's three, then the
    // children's "Social work bands"; "Grades 1-5" and "Chief officers" are in both areas.
    REQUIRE(bands.localBands.size() == 4);
    CHECK(bands.localBands[0].name == QStringLiteral("Grades 1-5"));
    CHECK(bands.localBands[0].counts == counts(400 + 150, 150 + 80, 20 + 5));
    CHECK(bands.localBands[1].name == QStringLiteral("Grades 6-10"));
    CHECK(bands.localBands[2].name == QStringLiteral("Chief officers"));
    CHECK(bands.localBands[2].counts == counts(28, 4, 1));
    CHECK(bands.localBands[3].name == QStringLiteral("Social work bands"));

    // National £30k-£69,999 = adult Grades 6-10 + children's Social work bands.
    CHECK(bands.nationalBands[1].counts == counts(200 + 180, 60 + 90, 10 + 8));
    CHECK(bands.workforce.counts == counts(400 + 200 + 20 + 150 + 180 + 8, 150 + 60 + 2 + 80 + 90 + 2, 20 + 10 + 1 + 5 + 8));

    std::vector<BandShare> all = bands.nationalBands;
    all.insert(all.end(), bands.localBands.begin(), bands.localBands.end());
    all.push_back(bands.workforce);
    for (const BandShare &band : all) {
        CAPTURE(band.name.toStdString());
        REQUIRE(band.percentWhite);
        CHECK(*band.percentWhite + *band.percentMinorityEthnic + *band.percentUnknown == Approx(100.0));
    }
}

TEST_CASE("Metric 1: empty top band and not collected", "[metrics][paybands]")
{
    AreaReturn area;
    area.payBands.collected = true;
    area.payBands.bands = {PayBand{QStringLiteral("Low"), NationalBand::Under30k, counts(80, 20)},
                           PayBand{QStringLiteral("Mid"), NationalBand::From30kTo69k, counts(40, 10)}};
    // No one at £70k+: the £30k-£69,999 band is the highest with staff, 20% ME = the workforce's 20%.
    MetricReport report = MetricEngine().compute(adultOnly(area), AreaSelection::Adult);
    CHECK_FALSE(report.payBands.adverseToMinorityEthnic);
    CHECK_FALSE(report.payBands.nationalBands[2].percentMinorityEthnic); // empty band: no share
    area.payBands.bands[1].counts = counts(45, 5);
    report = MetricEngine().compute(adultOnly(area), AreaSelection::Adult);
    CHECK(report.payBands.adverseToMinorityEthnic);

    area.payBands.collected = false;
    report = MetricEngine().compute(adultOnly(area), AreaSelection::Adult);
    CHECK_FALSE(report.payBands.collected);
    CHECK(report.payBands.nationalBands.size() == 3);
    CHECK(report.payBands.localBands.empty());
}

TEST_CASE("Area selection: an absent area is not collected everywhere", "[metrics][areas]")
{
    const AnnualReturn ret = readTestReturn(QStringLiteral("metric-exampleshire-2024.json"));
    AnnualReturn adultOnlyReturn = ret; // children absent rather than empty
    adultOnlyReturn.children.reset();
    for (const AnnualReturn *r : {&ret, static_cast<const AnnualReturn *>(&adultOnlyReturn)}) {
        // Children present but empty, or absent: nothing collected either way.
        const MetricReport report = MetricEngine().compute(*r, AreaSelection::Children);
        CHECK_FALSE(report.payBands.collected);
        CHECK(report.payBands.nationalBands.size() == 3);
        REQUIRE(report.ratios.size() == 9);
        for (const auto &[id, result] : report.ratios)
            CHECK(result.status == MetricStatus::NotCollected);
        CHECK_FALSE(report.seniorManagers.percentMinorityEthnicSenior);
    }
    // Adult alone equals combined when children's returned nothing.
    const MetricReport adult = MetricEngine().compute(ret, AreaSelection::Adult);
    const MetricReport combined = MetricEngine().compute(ret, AreaSelection::Combined);
    for (MetricId id : kRatioMetricIds)
        CHECK(adult.ratio(id).relativeLikelihood == combined.ratio(id).relativeLikelihood);
}

TEST_CASE("Combined view is the sum of the two areas", "[metrics][areas]")
{
    const AnnualReturn ret = readTestReturn(QStringLiteral("metric-metricshire-2024.json"));
    const MetricEngine engine;
    const MetricReport adult = engine.compute(ret, AreaSelection::Adult);
    const MetricReport children = engine.compute(ret, AreaSelection::Children);
    const MetricReport combined = engine.compute(ret, AreaSelection::Combined);

    for (MetricId id : kRatioMetricIds) {
        CAPTURE(metricKey(id).toStdString());
        const RatioResult &a = adult.ratio(id);
        const RatioResult &c = children.ratio(id);
        const RatioResult &both = combined.ratio(id);
        REQUIRE(a.status != MetricStatus::NotCollected);
        if (c.status == MetricStatus::NotCollected) {
            // 7b: children's did not collect it, so the combined view is adult's alone.
            CHECK(id == MetricId::M7b);
            CHECK(both.events == a.events);
            CHECK(both.population == a.population);
            continue;
        }
        GroupCounts events = a.events;
        events += c.events;
        GroupCounts population = a.population;
        population += c.population;
        CHECK(both.events == events);
        CHECK(both.population == population);
        REQUIRE(both.relativeLikelihood);
        const double rl = (double(events.minorityEthnic) / population.minorityEthnic)
                        / (double(events.white) / population.white);
        CHECK(*both.relativeLikelihood == Approx(rl));
    }
    // Shortlisting by hand: appointed ME 50+30 of 250+110, W 90+40 of 300+120:
    // (80/360)/(130/420) = 0.222222/0.309524 = 0.717949.
    CHECK(*combined.ratio(MetricId::M2).relativeLikelihood == Approx(0.717949).epsilon(1e-6));
}

TEST_CASE("Combined view sums only the areas where a metric is computable", "[metrics][areas]")
{
    AnnualReturn ret;
    ret.year = 2024;
    AreaReturn adult;
    setMetric(adult, MetricId::M3, counts(5, 4), counts(439, 126));
    AreaReturn children;
    children.disciplinary = CountBlock{true, counts(50, 50)}; // no pay bands: no headcount
    ret.adult = adult;
    ret.children = children;
    const MetricEngine engine;
    const RatioResult combined = engine.compute(ret, AreaSelection::Combined).ratio(MetricId::M3);
    CHECK(combined.events == counts(5, 4));
    CHECK(*combined.relativeLikelihood == Approx(2.787302).epsilon(1e-6));
    CHECK(engine.compute(ret, AreaSelection::Children).ratio(MetricId::M3).reason == NotComputableReason::NoHeadcount);

    // Neither area has a headcount: not computable, with the reason.
    ret.adult->payBands.collected = false;
    const RatioResult none = engine.compute(ret, AreaSelection::Combined).ratio(MetricId::M3);
    CHECK(none.status == MetricStatus::NotComputable);
    CHECK(none.reason == NotComputableReason::NoHeadcount);
    CHECK(none.events == counts(55, 54));

    // Collected in no area: not collected.
    CHECK(engine.compute(ret, AreaSelection::Combined).ratio(MetricId::M2).status == MetricStatus::NotCollected);
}

TEST_CASE("Metric 9 gaps without a population figure or headcount", "[metrics][senior]")
{
    AreaReturn area;
    setMetric(area, MetricId::M9, counts(14, 2), counts(439, 126, 16));
    AnnualReturn ret = adultOnly(area);
    MetricReport report = MetricEngine().compute(ret, AreaSelection::Adult);
    CHECK(*report.seniorManagers.gapVsWorkforcePoints == Approx(-9.186747));
    CHECK_FALSE(report.seniorManagers.gapVsPopulationPoints);

    ret.populationMinorityEthnicPercent = 10.0;
    ret.adult->payBands.collected = false;
    report = MetricEngine().compute(ret, AreaSelection::Adult);
    CHECK(*report.seniorManagers.percentMinorityEthnicSenior == Approx(12.5));
    CHECK_FALSE(report.seniorManagers.percentMinorityEthnicWorkforce);
    CHECK_FALSE(report.seniorManagers.gapVsWorkforcePoints);
    CHECK(*report.seniorManagers.gapVsPopulationPoints == Approx(2.5));
}

TEST_CASE("Previous year: RL, status and change for the same area", "[metrics][previous]")
{
    const AnnualReturn now = readTestReturn(QStringLiteral("metric-metricshire-2024.json"));
    const AnnualReturn before = readTestReturn(QStringLiteral("metric-metricshire-2023.json"));
    const MetricEngine engine;
    const MetricReport report = engine.compute(now, AreaSelection::Adult, &before);
    const MetricReport beforeReport = engine.compute(before, AreaSelection::Adult);

    const RatioResult &m2 = report.ratio(MetricId::M2);
    REQUIRE(m2.previous);
    CHECK(m2.previous->year == 2023);
    // 2023 adult shortlisting: (60/250)/(80/300) = 0.9; 2024: (50/250)/(90/300) = 0.666667.
    CHECK(*m2.previous->relativeLikelihood == Approx(0.9));
    CHECK(m2.previous->status == MetricStatus::WithinRange);
    CHECK(*m2.previous->change == Approx(2.0 / 3.0 - 0.9));
    for (MetricId id : kRatioMetricIds)
        CHECK(report.ratio(id).previous->relativeLikelihood == beforeReport.ratio(id).relativeLikelihood);

    // Children's CPD was not collected in 2023: a status, no RL, no change.
    const MetricReport children = engine.compute(now, AreaSelection::Children, &before);
    const RatioResult &cpd = children.ratio(MetricId::M5);
    CHECK(cpd.previous->status == MetricStatus::NotCollected);
    CHECK_FALSE(cpd.previous->relativeLikelihood);
    CHECK_FALSE(cpd.previous->change);

    // Without a previous return there is no previous figure at all.
    CHECK_FALSE(engine.compute(now, AreaSelection::Adult).ratio(MetricId::M2).previous);
}

TEST_CASE("National figures: built in, by year and metric, whatever the area", "[metrics][national]")
{
    const NationalFigures national = NationalFigures::builtIn();
    REQUIRE_FALSE(national.isEmpty());
    CHECK(national.years() == std::vector<int>{2023, 2024});
    // 2024 report: 0.52, 1.37, 1.08, 1.21, 0.55; 2023 report: 0.5 … 1.9 (domain notes §6.1).
    CHECK(national.figure(2024, MetricId::M2)->relativeLikelihood == 0.52);
    CHECK(national.figure(2024, MetricId::M3)->relativeLikelihood == 1.37);
    CHECK(national.figure(2024, MetricId::M4)->relativeLikelihood == 1.08);
    CHECK(national.figure(2024, MetricId::M8)->relativeLikelihood == 1.21);
    CHECK(national.figure(2024, MetricId::M9)->relativeLikelihood == 0.55);
    CHECK_FALSE(national.figure(2024, MetricId::M5));
    CHECK(national.figure(2023, MetricId::M5)->relativeLikelihood == 1.0);
    CHECK(national.figure(2023, MetricId::M7b)->relativeLikelihood == 1.9);
    CHECK_FALSE(national.figure(2022, MetricId::M2));
    CHECK_FALSE(national.figure(2024, MetricId::M1));
    CHECK(national.figure(2024, MetricId::M3)->source.contains(QStringLiteral("2024")));
    CHECK(*national.percentMinorityEthnic(2024, NationalBand::From70k) == 14);
    CHECK(*national.percentMinorityEthnic(2024, NationalBand::Under30k) == 18);
    CHECK(*national.percentMinorityEthnic(2024, NationalBand::From30kTo69k) == 22);
    CHECK_FALSE(national.percentMinorityEthnic(2023, NationalBand::From70k));

    const AnnualReturn ret = readTestReturn(QStringLiteral("metric-metricshire-2024.json"));
    for (AreaSelection area : {AreaSelection::Adult, AreaSelection::Children, AreaSelection::Combined}) {
        const MetricReport report = MetricEngine().compute(ret, area, nullptr, &national);
        CHECK(report.ratio(MetricId::M3).national->relativeLikelihood == 1.37);
        CHECK(report.ratio(MetricId::M3).national->year == 2024);
        CHECK_FALSE(report.ratio(MetricId::M6).national);
        CHECK(*report.payBands.nationalBands[2].nationalPercentMinorityEthnic == 14);
    }
}

TEST_CASE("National figures: a broken file is refused with a reason", "[metrics][national]")
{
    QString error;
    CHECK_FALSE(NationalFigures::fromJson("not json", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(NationalFigures::fromJson(R"({"format": "other", "years": []})", &error));
    CHECK_FALSE(NationalFigures::fromJson(R"({"format": "scwres-national-figures", "years": [{"year": "x"}]})", &error));
    const auto ok = NationalFigures::fromJson(
        R"({"format": "scwres-national-figures", "years": [{"year": 2030, "source": "test",
            "relative_likelihoods": {"3": 1.1, "bogus": 2, "7a": "x"}}]})",
        &error);
    REQUIRE(ok);
    CHECK(ok->figure(2030, MetricId::M3)->relativeLikelihood == 1.1);
    CHECK_FALSE(ok->figure(2030, MetricId::M7a));
}
