// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The metric engine's arithmetic: published cases (domain notes §7 A and B), phrases, statuses,
// edge cases, the confidence interval and the swap property. Every RL is minority ethnic ÷ white.
#include "test_metric_support.h"

#include <cmath>

using namespace scwres;
using namespace scwres::testing;

// ---------------------------------------------------------------------------------------------
// §7 A: published inputs and published outputs
// ---------------------------------------------------------------------------------------------

TEST_CASE("A1 Christie indicator 2: white ÷ BME 3.2 is 0.3118 minority ethnic ÷ white", "[metrics][published]")
{
    // Appointed from shortlisting: white 46.99%, BAME 14.65% (per 10,000 shortlisted in each group).
    const RatioResult r = ratioFor(MetricId::M2, counts(4699, 1465), counts(10000, 10000));
    REQUIRE(r.relativeLikelihood);
    CHECK(*r.relativeLikelihood == Approx(0.3118).margin(0.00005));
    // The NHS direction is the reciprocal: 46.99 / 14.65 = 3.2075, published as "3.2 times".
    CHECK(1.0 / *r.relativeLikelihood == Approx(3.2075).margin(0.00005));
    CHECK(QString::number(1.0 / *r.relativeLikelihood, 'f', 1) == QStringLiteral("3.2"));
    CHECK(likelihoodPhrase(1.0 / *r.relativeLikelihood) == QStringLiteral("3.2 times as likely"));
    CHECK(r.status == MetricStatus::AdverseToMinorityEthnic);
    CHECK(r.phrase == QStringLiteral("69% less likely"));
}

TEST_CASE("A2a KMPT indicator 3: 1.2% against 0.7% is 1.7 times", "[metrics][published]")
{
    const RatioResult r = ratioFor(MetricId::M3, counts(7, 12), counts(1000, 1000));
    REQUIRE(r.relativeLikelihood);
    CHECK(*r.relativeLikelihood == Approx(1.2 / 0.7));
    CHECK(QString::number(*r.relativeLikelihood, 'f', 1) == QStringLiteral("1.7"));
    CHECK(r.status == MetricStatus::AdverseToMinorityEthnic);
    CHECK(r.phrase == QStringLiteral("71% more likely"));
    CHECK(r.smallNumbers); // 7 white events
}

TEST_CASE("A4 KMPT indicator 1: workforce shares per year sum to 100", "[metrics][published]")
{
    // Shares published as ME / white / unknown: 18.5 / 80 / 1.5, 21 / 78 / 1, 22 / 76 / 2 (per 1,000).
    struct Year {
        long long minorityEthnic, white, unknown;
    };
    for (const Year &y : {Year{185, 800, 15}, Year{210, 780, 10}, Year{220, 760, 20}}) {
        AreaReturn area;
        area.payBands = headcountOf(counts(y.white, y.minorityEthnic, y.unknown));
        const MetricReport report = MetricEngine().compute(adultOnly(area), AreaSelection::Adult);
        const BandShare &w = report.payBands.workforce;
        CHECK(*w.percentMinorityEthnic == Approx(y.minorityEthnic / 10.0));
        CHECK(*w.percentWhite == Approx(y.white / 10.0));
        CHECK(*w.percentUnknown == Approx(y.unknown / 10.0));
        CHECK(*w.percentMinorityEthnic + *w.percentWhite + *w.percentUnknown == Approx(100.0));
    }
}

TEST_CASE("A5 NHS 2018 disciplinary 1.24 is within the non-adverse range", "[metrics][published]")
{
    CHECK(MetricEngine().classify(MetricId::M3, 1.24) == MetricStatus::WithinRange);
}

TEST_CASE("A6 HSJ 2024 regional indicator 2, converted to minority ethnic ÷ white", "[metrics][published]")
{
    const MetricEngine engine;
    // NHS indicator 2 is white ÷ BME: SC-WRES metric 2 is its reciprocal.
    CHECK(engine.classify(MetricId::M2, 1 / 1.16) == MetricStatus::WithinRange);           // London
    CHECK(engine.classify(MetricId::M2, 1 / 2.01) == MetricStatus::AdverseToMinorityEthnic); // North West
    CHECK(engine.classify(MetricId::M2, 1 / 1.80) == MetricStatus::AdverseToMinorityEthnic); // East of England
}

TEST_CASE("A7 SC-WRES 2024 national phrases", "[metrics][published][phrase]")
{
    CHECK(likelihoodPhrase(0.52) == QStringLiteral("48% less likely"));
    CHECK(likelihoodPhrase(1.37) == QStringLiteral("37% more likely"));
    CHECK(likelihoodPhrase(1.08) == QStringLiteral("8% more likely"));
    CHECK(likelihoodPhrase(1.21) == QStringLiteral("21% more likely"));
    CHECK(likelihoodPhrase(0.55) == QStringLiteral("45% less likely"));
}

TEST_CASE("A8 SC-WRES 2023 national phrases", "[metrics][published][phrase]")
{
    CHECK(likelihoodPhrase(0.5) == QStringLiteral("half as likely"));
    CHECK(likelihoodPhrase(1.4) == QStringLiteral("40% more likely"));
    // Published as "more than twice"; the program's rule gives the figure (docs/metrics.md).
    CHECK(likelihoodPhrase(2.1) == QStringLiteral("2.1 times as likely"));
    CHECK(likelihoodPhrase(1.0) == QStringLiteral("as likely"));
    CHECK(likelihoodPhrase(1.2) == QStringLiteral("20% more likely"));
    CHECK(likelihoodPhrase(1.3) == QStringLiteral("30% more likely"));
    CHECK(likelihoodPhrase(1.9) == QStringLiteral("90% more likely"));
}

// ---------------------------------------------------------------------------------------------
// §7 B: published inputs only, regression values worked by hand
// ---------------------------------------------------------------------------------------------

TEST_CASE("B10 Bexley 2021-22 metric 2 from shares", "[metrics][published]")
{
    // RL = (a/s) / ((1−a)/(1−s)), s = ME share of the shortlisted, a = ME share of the appointed.
    SECTION("adult social care: 25% shortlisted, 21% appointed -> 0.797")
    {
        // 400 shortlisted (100 ME, 300 W), 100 appointed (21 ME, 79 W): (21/100)/(79/300).
        const RatioResult r = ratioFor(MetricId::M2, counts(79, 21), counts(300, 100));
        CHECK(*r.relativeLikelihood == Approx((0.21 / 0.25) / (0.79 / 0.75)));
        CHECK(*r.relativeLikelihood == Approx(0.797).margin(0.0005));
        CHECK(r.status == MetricStatus::AdverseToMinorityEthnic); // just below 0.80
    }
    SECTION("children's social care: 58% shortlisted, 57% appointed -> 0.960")
    {
        // 200 shortlisted (116 ME, 84 W), 100 appointed (57 ME, 43 W).
        const RatioResult r = ratioFor(MetricId::M2, counts(43, 57), counts(84, 116));
        CHECK(*r.relativeLikelihood == Approx((0.57 / 0.58) / (0.43 / 0.42)));
        CHECK(*r.relativeLikelihood == Approx(0.960).margin(0.0005));
        CHECK(r.status == MetricStatus::WithinRange);
    }
}

// ---------------------------------------------------------------------------------------------
// Phrases and sentences
// ---------------------------------------------------------------------------------------------

TEST_CASE("Phrase rounding rules", "[metrics][phrase]")
{
    CHECK(likelihoodPhrase(1.004) == QStringLiteral("as likely"));     // rounds to 1.00
    CHECK(likelihoodPhrase(0.996) == QStringLiteral("as likely"));
    CHECK(likelihoodPhrase(1.006) == QStringLiteral("1% more likely")); // rounds to 1.01
    CHECK(likelihoodPhrase(0.504) == QStringLiteral("half as likely"));
    CHECK(likelihoodPhrase(0.494) == QStringLiteral("51% less likely"));
    CHECK(likelihoodPhrase(1.996) == QStringLiteral("twice as likely"));
    CHECK(likelihoodPhrase(2.004) == QStringLiteral("twice as likely"));
    CHECK(likelihoodPhrase(1.99) == QStringLiteral("99% more likely"));
    CHECK(likelihoodPhrase(2.46) == QStringLiteral("2.5 times as likely"));
    CHECK(likelihoodPhrase(12.0) == QStringLiteral("12.0 times as likely"));
    // RL 0 (no minority ethnic events) is the only "100% less likely"; a tiny RL stays at 99%.
    CHECK(likelihoodPhrase(0.0) == QStringLiteral("100% less likely"));
    CHECK(likelihoodPhrase(0.003) == QStringLiteral("99% less likely"));
    CHECK(likelihoodPhrase(std::nan("")).isEmpty());
    CHECK(likelihoodPhrase(-1).isEmpty());
}

TEST_CASE("Sentence: the issue's example", "[metrics][sentence]")
{
    RatioResult r;
    r.id = MetricId::M3;
    r.status = MetricStatus::AdverseToMinorityEthnic;
    r.relativeLikelihood = 1.37;
    r.ci95 = Interval{0.98, 1.92};
    r.smallNumbers = true;
    CHECK(likelihoodSentence(r)
          == QStringLiteral("Minority ethnic staff were 37% more likely than white staff to enter the formal "
                            "disciplinary process (RL 1.37; 95% CI 0.98–1.92; small numbers)."));
}

TEST_CASE("Sentence: 'as' comparisons and each metric's verb", "[metrics][sentence]")
{
    RatioResult r;
    r.status = MetricStatus::AdverseToMinorityEthnic;
    r.id = MetricId::M2;
    r.relativeLikelihood = 0.5;
    CHECK(likelihoodSentence(r)
          == QStringLiteral("Minority ethnic staff were half as likely as white staff to be appointed from "
                            "shortlisting (RL 0.50)."));
    r.id = MetricId::M7b;
    r.relativeLikelihood = 3.0;
    CHECK(likelihoodSentence(r)
          == QStringLiteral("Minority ethnic staff were 3.0 times as likely as white staff to report harassment, "
                            "bullying or abuse from managers (RL 3.00)."));
    r.id = MetricId::M8;
    r.relativeLikelihood = 1.0;
    r.status = MetricStatus::WithinRange;
    CHECK(likelihoodSentence(r) == QStringLiteral("Minority ethnic staff were as likely as white staff to leave (RL 1.00)."));
    for (MetricId id : kRatioMetricIds)
        CHECK_FALSE(metricVerbPhrase(id).isEmpty());
    CHECK(metricVerbPhrase(MetricId::M4) == QStringLiteral("be referred to a fitness to practise process"));
    CHECK(metricVerbPhrase(MetricId::M5) == QStringLiteral("access funded non-mandatory CPD"));
    CHECK(metricVerbPhrase(MetricId::M6) == QStringLiteral("report harassment, bullying or abuse from the public"));
    CHECK(metricVerbPhrase(MetricId::M7a) == QStringLiteral("report harassment, bullying or abuse from colleagues"));
    CHECK(metricVerbPhrase(MetricId::M9) == QStringLiteral("be in senior manager roles"));
}

TEST_CASE("Sentence: computed results carry RL, CI and small numbers", "[metrics][sentence]")
{
    // 4 of 126 ME and 5 of 439 W entered the disciplinary process: RL 2.79, CI 0.76–10.23.
    const RatioResult r = ratioFor(MetricId::M3, counts(5, 4), counts(439, 126));
    CHECK(r.sentence
          == QStringLiteral("Minority ethnic staff were 2.8 times as likely as white staff to enter the formal "
                            "disciplinary process (RL 2.79; 95% CI 0.76–10.23; small numbers; not clear: the data are "
                            "also consistent with no difference)."));
}

TEST_CASE("Sentence: not collected and not computable say so and why", "[metrics][sentence]")
{
    AreaReturn area;
    const RatioResult notCollected =
        MetricEngine().compute(adultOnly(area), AreaSelection::Adult).ratio(MetricId::M4);
    CHECK(notCollected.sentence.contains(QStringLiteral("not collected")));
    CHECK(notCollected.phrase.isEmpty());

    const RatioResult noWhite = ratioFor(MetricId::M2, counts(0, 5), counts(100, 100));
    CHECK(noWhite.sentence.contains(QStringLiteral("cannot be computed")));
    CHECK(noWhite.sentence.contains(QStringLiteral("no white staff are counted as appointed")));

    AreaReturn noHeadcount;
    noHeadcount.leavers = CountBlock{true, counts(10, 10)};
    const RatioResult leavers = MetricEngine().compute(adultOnly(noHeadcount), AreaSelection::Adult).ratio(MetricId::M8);
    CHECK(leavers.sentence.contains(QStringLiteral("pay bands were not collected")));
}

// ---------------------------------------------------------------------------------------------
// Statuses and edge cases
// ---------------------------------------------------------------------------------------------

TEST_CASE("Status: within range with inclusive ends", "[metrics][status]")
{
    // 4/100 against 5/100 is exactly 4/5; 5/100 against 4/100 exactly 5/4.
    CHECK(ratioFor(MetricId::M3, counts(5, 4), counts(100, 100)).status == MetricStatus::WithinRange);
    CHECK(ratioFor(MetricId::M3, counts(4, 5), counts(100, 100)).status == MetricStatus::WithinRange);
    // The same ratios from unequal populations: 12/300 against 15/300... and 8/100 against 30/300.
    CHECK(ratioFor(MetricId::M2, counts(15, 12), counts(300, 300)).status == MetricStatus::WithinRange);
    CHECK(*ratioFor(MetricId::M2, counts(30, 8), counts(300, 64)).relativeLikelihood == 1.25);
    CHECK(ratioFor(MetricId::M2, counts(30, 8), counts(300, 64)).status == MetricStatus::WithinRange);
    CHECK(MetricEngine().classify(MetricId::M3, 0.7999) == MetricStatus::AdverseToWhite);
    CHECK(MetricEngine().classify(MetricId::M3, 1.2501) == MetricStatus::AdverseToMinorityEthnic);
}

TEST_CASE("Status: adverse direction follows the metric", "[metrics][status]")
{
    const MetricEngine engine;
    // Higher is worse for ME staff: disciplinary, FtP, harassment, leaving.
    for (MetricId id : {MetricId::M3, MetricId::M4, MetricId::M6, MetricId::M7a, MetricId::M7b, MetricId::M8}) {
        CHECK(engine.classify(id, 1.5) == MetricStatus::AdverseToMinorityEthnic);
        CHECK(engine.classify(id, 0.5) == MetricStatus::AdverseToWhite);
    }
    // Lower is worse for ME staff: appointment, CPD, senior roles.
    for (MetricId id : {MetricId::M2, MetricId::M5, MetricId::M9}) {
        CHECK(engine.classify(id, 0.5) == MetricStatus::AdverseToMinorityEthnic);
        CHECK(engine.classify(id, 1.5) == MetricStatus::AdverseToWhite);
    }
    CHECK(ratioFor(MetricId::M5, counts(50, 100), counts(100, 100)).status == MetricStatus::AdverseToWhite);
    CHECK(ratioFor(MetricId::M8, counts(50, 100), counts(100, 100)).status == MetricStatus::AdverseToMinorityEthnic);
}

TEST_CASE("Status: the range is configurable and changes the status", "[metrics][status][range]")
{
    // CPD: 40 of 126 ME, 150 of 439 W -> 0.929.
    const GroupCounts events = counts(150, 40);
    const GroupCounts population = counts(439, 126);
    CHECK(ratioFor(MetricId::M5, events, population).status == MetricStatus::WithinRange);
    CHECK(ratioFor(MetricId::M5, events, population, {0.95, 1.05}).status == MetricStatus::AdverseToMinorityEthnic);
    CHECK(ratioFor(MetricId::M5, events, population, {0.5, 0.9}).status == MetricStatus::AdverseToWhite);
    CHECK(MetricEngine({0.9, 1.1}).range().lower == 0.9);
}

TEST_CASE("Edge: not collected is not zero", "[metrics][edge]")
{
    AreaReturn area;
    area.shortlisting.population = counts(100, 100); // kept while switched off, never used
    area.shortlisting.events = counts(10, 10);
    const RatioResult r = MetricEngine().compute(adultOnly(area), AreaSelection::Adult).ratio(MetricId::M2);
    CHECK(r.status == MetricStatus::NotCollected);
    CHECK_FALSE(r.relativeLikelihood);
    CHECK_FALSE(r.ci95);
    CHECK(r.events == GroupCounts{});
}

TEST_CASE("Edge: headcount metrics need the pay bands", "[metrics][edge]")
{
    for (MetricId id : {MetricId::M3, MetricId::M5, MetricId::M8, MetricId::M9}) {
        AreaReturn area;
        area.countBlock(blockOf(id)) = CountBlock{true, counts(12, 11, 1)};
        const RatioResult r = MetricEngine().compute(adultOnly(area), AreaSelection::Adult).ratio(id);
        CHECK(r.status == MetricStatus::NotComputable);
        CHECK(r.reason == NotComputableReason::NoHeadcount);
        CHECK(r.events == counts(12, 11, 1)); // the events are still shown
        CHECK_FALSE(r.relativeLikelihood);
        CHECK_FALSE(r.likelihoodWhite);
    }
}

TEST_CASE("Edge: zero populations and no white events are not computable", "[metrics][edge]")
{
    SECTION("no minority ethnic population")
    {
        const RatioResult r = ratioFor(MetricId::M4, counts(3, 0), counts(100, 0));
        CHECK(r.status == MetricStatus::NotComputable);
        CHECK(r.reason == NotComputableReason::NoMinorityEthnicPopulation);
        CHECK_FALSE(r.likelihoodMinorityEthnic);
        CHECK(*r.likelihoodWhite == Approx(0.03));
    }
    SECTION("no white population")
    {
        const RatioResult r = ratioFor(MetricId::M4, counts(0, 3), counts(0, 100));
        CHECK(r.reason == NotComputableReason::NoWhitePopulation);
        CHECK_FALSE(r.likelihoodWhite);
    }
    SECTION("no white events: the ratio has no finite value")
    {
        const RatioResult r = ratioFor(MetricId::M6, counts(0, 7), counts(300, 80));
        CHECK(r.status == MetricStatus::NotComputable);
        CHECK(r.reason == NotComputableReason::NoWhiteEvents);
        CHECK(*r.likelihoodWhite == 0.0);
        CHECK(*r.likelihoodMinorityEthnic == Approx(7.0 / 80));
        CHECK_FALSE(r.relativeLikelihood);
        CHECK_FALSE(r.ci95);
        CHECK(r.phrase.isEmpty());
    }
    SECTION("no events at all")
    {
        CHECK(ratioFor(MetricId::M4, counts(0, 0), counts(80, 30)).reason == NotComputableReason::NoWhiteEvents);
    }
    SECTION("unknown-only counts")
    {
        const RatioResult r = ratioFor(MetricId::M2, counts(0, 0, 4), counts(0, 0, 12));
        CHECK(r.reason == NotComputableReason::NoMinorityEthnicPopulation);
        CHECK(r.events.unknown == 4); // carried, never in a ratio
        CHECK(r.population.unknown == 12);
    }
    SECTION("negative counts (typed by mistake) give no figure at all")
    {
        const RatioResult r = ratioFor(MetricId::M2, counts(10, -1), counts(100, 100));
        CHECK(r.reason == NotComputableReason::InvalidCounts);
        CHECK_FALSE(r.relativeLikelihood);
    }
}

TEST_CASE("Edge: no minority ethnic events gives RL 0, computable", "[metrics][edge]")
{
    const RatioResult r = ratioFor(MetricId::M2, counts(30, 0), counts(100, 40));
    REQUIRE(r.relativeLikelihood);
    CHECK(*r.relativeLikelihood == 0.0);
    CHECK(r.status == MetricStatus::AdverseToMinorityEthnic);
    CHECK(r.phrase == QStringLiteral("100% less likely"));
    // Issue 27: the interval was the Haldane-corrected Katz one, wholly above 0, which excluded its
    // own estimate. It is now the exact interval, from 0.
    CHECK_FALSE(r.haldaneCorrected);
    REQUIRE(r.ci95);
    CHECK(r.ci95->lower == 0.0);
    CHECK(r.ci95->upper > 0);
    CHECK(r.smallNumbers);
}

TEST_CASE("Edge: unknown is excluded from the ratio but carried", "[metrics][edge]")
{
    const RatioResult with = ratioFor(MetricId::M2, counts(60, 25, 9), counts(200, 150, 90));
    const RatioResult without = ratioFor(MetricId::M2, counts(60, 25), counts(200, 150));
    CHECK(*with.relativeLikelihood == *without.relativeLikelihood);
    CHECK(with.events.unknown == 9);
    CHECK(with.population.unknown == 90);
}

TEST_CASE("Edge: more events than population (leavers above headcount) has an RL but no interval",
          "[metrics][edge]")
{
    const RatioResult r = ratioFor(MetricId::M8, counts(120, 30), counts(100, 20));
    REQUIRE(r.relativeLikelihood);
    CHECK(*r.relativeLikelihood == Approx(1.5 / 1.2));
    CHECK_FALSE(r.ci95);
    CHECK(std::isfinite(*r.likelihoodWhite));
}

TEST_CASE("Small numbers: fewer than 10 events in either group", "[metrics][edge]")
{
    CHECK(ratioFor(MetricId::M2, counts(10, 10), counts(100, 100)).smallNumbers == false);
    CHECK(ratioFor(MetricId::M2, counts(9, 10), counts(100, 100)).smallNumbers);
    CHECK(ratioFor(MetricId::M2, counts(10, 9), counts(100, 100)).smallNumbers);
}

// ---------------------------------------------------------------------------------------------
// The confidence interval: Katz log, Haldane +0.5 when a cell is 0
// ---------------------------------------------------------------------------------------------

TEST_CASE("CI without correction, checked by hand (domain notes §5.5 example)", "[metrics][ci]")
{
    // a = 9, n1 = 725 (ME); c = 30, n2 = 2000 (W).
    // RL = (9/725)/(30/2000) = 0.0124138/0.015 = 0.827586
    // SE = sqrt(1/9 − 1/725 + 1/30 − 1/2000) = sqrt(0.111111 − 0.001379 + 0.033333 − 0.000500)
    //    = sqrt(0.142565) = 0.377578
    // CI = exp(ln 0.827586 ± 1.96 × 0.377578) = exp(−0.189242 ± 0.740053) = 0.394832 – 1.734659
    const RatioResult r = ratioFor(MetricId::M2, counts(30, 9), counts(2000, 725));
    CHECK(*r.relativeLikelihood == Approx(0.827586).epsilon(1e-6));
    CHECK_FALSE(r.haldaneCorrected);
    REQUIRE(r.ci95);
    CHECK(r.ci95->lower == Approx(0.394832).epsilon(1e-5));
    CHECK(r.ci95->upper == Approx(1.734659).epsilon(1e-5));
    CHECK(r.smallNumbers);
    CHECK(r.status == MetricStatus::WithinRange);
}

TEST_CASE("CI without correction: the issue's shortlisting example", "[metrics][ci]")
{
    // a = 25, n1 = 150, c = 60, n2 = 200: RL 0.555556;
    // SE = sqrt(1/25 − 1/150 + 1/60 − 1/200) = sqrt(0.045) = 0.212132;
    // CI = 0.555556 × exp(∓0.415779) = 0.366570 – 0.841973.
    const RatioResult r = ratioFor(MetricId::M2, counts(60, 25, 2), counts(200, 150, 10));
    CHECK(*r.relativeLikelihood == Approx(5.0 / 9.0));
    CHECK(r.ci95->lower == Approx(0.366570).epsilon(1e-5));
    CHECK(r.ci95->upper == Approx(0.841973).epsilon(1e-5));
}

TEST_CASE("CI with the Haldane correction", "[metrics][ci]")
{
    SECTION("a = 0: the exact interval from 0, not a corrected Katz interval (issue 27)")
    {
        // 0 of 50 ME, 10 of 100 W. The corrected Katz interval was 0.0056–1.58, which does not
        // contain the RL 0. Exact: given m = 10 events, p_U solves (1 − p)^10 = 0.025, so
        // p_U = 1 − 0.025^(1/10) = 1 − 0.691503 = 0.308497 and the upper end is
        // (100/50) · p_U / (1 − p_U) = 2 · 0.446126 = 0.892251.
        const RatioResult r = ratioFor(MetricId::M4, counts(10, 0), counts(100, 50));
        CHECK(*r.relativeLikelihood == 0.0);
        CHECK_FALSE(r.haldaneCorrected);
        REQUIRE(r.ci95);
        CHECK(r.ci95->lower == 0.0);
        CHECK(r.ci95->upper == Approx(0.892251).epsilon(1e-5));
    }
    SECTION("n1 − a = 0: every minority ethnic person had the event")
    {
        // 20 of 20 ME, 10 of 100 W. Corrected: 20.5/21 against 10.5/101: RL' 9.390023;
        // SE = sqrt(1/20.5 − 1/21 + 1/10.5 − 1/101) = sqrt(0.086499) = 0.294106;
        // CI = 9.390023 × exp(∓0.576448) = 5.276164 – 16.711484.
        const RatioResult r = ratioFor(MetricId::M4, counts(10, 20), counts(100, 20));
        CHECK(*r.relativeLikelihood == Approx(10.0));
        CHECK(r.haldaneCorrected);
        CHECK(r.ci95->lower == Approx(5.276164).epsilon(1e-5));
        CHECK(r.ci95->upper == Approx(16.711484).epsilon(1e-5));
    }
    SECTION("n2 − c = 0: every white person had the event")
    {
        const RatioResult r = ratioFor(MetricId::M6, counts(40, 10), counts(40, 20));
        CHECK(*r.relativeLikelihood == Approx(0.5));
        CHECK(r.haldaneCorrected);
        REQUIRE(r.ci95);
        // Corrected: (10.5/21)/(40.5/41) = 0.506173.
        const double rl = (10.5 / 21) / (40.5 / 41);
        const double se = std::sqrt(1 / 10.5 - 1 / 21.0 + 1 / 40.5 - 1 / 41.0);
        CHECK(r.ci95->lower == Approx(rl * std::exp(-1.96 * se)));
        CHECK(r.ci95->upper == Approx(rl * std::exp(1.96 * se)));
    }
    SECTION("c = 0 gives no RL, so no interval")
    {
        const RatioResult r = ratioFor(MetricId::M6, counts(0, 10), counts(40, 20));
        CHECK_FALSE(r.ci95);
        CHECK_FALSE(r.haldaneCorrected);
    }
}

TEST_CASE("The interval always contains the RL when no correction is applied", "[metrics][ci]")
{
    for (long long a : {1, 5, 17, 60})
        for (long long c : {1, 8, 33, 90}) {
            const RatioResult r = ratioFor(MetricId::M3, counts(c, a), counts(400, 150));
            REQUIRE(r.ci95);
            CHECK(r.ci95->lower <= *r.relativeLikelihood);
            CHECK(*r.relativeLikelihood <= r.ci95->upper);
        }
}

// ---------------------------------------------------------------------------------------------
// Property: swapping the groups inverts the RL and mirrors the interval
// ---------------------------------------------------------------------------------------------

TEST_CASE("Swapping minority ethnic and white counts gives 1/RL and a mirrored interval", "[metrics][property]")
{
    struct Cells {
        long long a, n1, c, n2;
    };
    std::vector<Cells> cases;
    for (long long a : {1, 3, 9, 25, 40})
        for (long long n1 : {40, 150})
            for (long long c : {2, 10, 60})
                for (long long n2 : {60, 200, 2000})
                    cases.push_back({a, n1, c, n2});
    cases.push_back({20, 20, 10, 100}); // Haldane: n1 − a = 0
    cases.push_back({7, 30, 45, 45});   // Haldane: n2 − c = 0
    for (const Cells &k : cases) {
        CAPTURE(k.a, k.n1, k.c, k.n2);
        const RatioResult r = ratioFor(MetricId::M2, counts(k.c, k.a), counts(k.n2, k.n1));
        const RatioResult s = ratioFor(MetricId::M2, counts(k.a, k.c), counts(k.n1, k.n2));
        REQUIRE(r.relativeLikelihood);
        REQUIRE(s.relativeLikelihood);
        CHECK(*s.relativeLikelihood == Approx(1.0 / *r.relativeLikelihood));
        CHECK(s.haldaneCorrected == r.haldaneCorrected);
        REQUIRE(r.ci95);
        REQUIRE(s.ci95);
        CHECK(s.ci95->lower == Approx(1.0 / r.ci95->upper));
        CHECK(s.ci95->upper == Approx(1.0 / r.ci95->lower));
        CHECK(s.smallNumbers == r.smallNumbers);
    }
}

TEST_CASE("No result ever holds NaN or infinity", "[metrics][property]")
{
    const std::vector<long long> values{0, 1, 2, 9, 10, 100};
    for (long long a : values)
        for (long long n1 : values)
            for (long long c : values)
                for (long long n2 : values) {
                    const RatioResult r = ratioFor(MetricId::M8, counts(c, a), counts(n2, n1));
                    for (const auto &v : {r.relativeLikelihood, r.likelihoodMinorityEthnic, r.likelihoodWhite})
                        if (v)
                            CHECK(std::isfinite(*v));
                    if (r.ci95) {
                        CHECK(std::isfinite(r.ci95->lower));
                        CHECK(std::isfinite(r.ci95->upper));
                    }
                    CHECK_FALSE(r.sentence.isEmpty());
                }
}
