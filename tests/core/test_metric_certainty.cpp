// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 17: clear / not clear, the shortfall to the range, the pooled three years, the exact
// interval and phrases made from the printed figure.
#include "test_metric_support.h"

#include "Certainty.h"
#include "DemoData.h"
#include "export/DataReport.h"
#include "export/ReportModel.h"
#include "ChartData.h"
#include "Intervals.h"
#include "MetricTally.h"
#include "PooledYears.h"
#include "PrintedFigure.h"
#include "Shortfall.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace scwres;
using namespace scwres::testing;

namespace {

std::optional<Certainty> certaintyOf(double rl, double lower, double upper, NonAdverseRange range = {})
{
    return assessCertainty(rl, Interval{lower, upper}, range);
}

// The engine's RL of the counts (one division of exact products, as the status uses).
double rlOf(long long a, long long n1, long long c, long long n2)
{
    return tally::ratioOfRates(a, n1, c, n2);
}

bool insideRange(double rl, NonAdverseRange range = {})
{
    return rl >= range.lower && rl <= range.upper;
}

} // namespace

TEST_CASE("Certainty: intervals either side of each bound of the range", "[metrics][certainty]")
{
    // Estimate below the range: clear only when the upper end is below 0.80.
    CHECK(certaintyOf(0.6, 0.40, 0.79) == Certainty::Clear);
    CHECK(certaintyOf(0.6, 0.40, 0.80) == Certainty::NotClear); // 0.80 is inside (ends inclusive)
    CHECK(certaintyOf(0.6, 0.40, 1.50) == Certainty::NotClear);
    // Estimate above: clear only when the lower end is above 1.25.
    CHECK(certaintyOf(1.6, 1.26, 2.00) == Certainty::Clear);
    CHECK(certaintyOf(1.6, 1.25, 2.00) == Certainty::NotClear);
    // Estimate inside: clear when 0.80 ≤ lower end and upper end ≤ 1.25.
    CHECK(certaintyOf(1.0, 0.80, 1.25) == Certainty::Clear);
    CHECK(certaintyOf(1.0, 0.79, 1.20) == Certainty::NotClear);
    CHECK(certaintyOf(1.0, 0.90, 1.26) == Certainty::NotClear);
    // The range in force, not the default.
    CHECK(certaintyOf(1.0, 0.85, 1.15, NonAdverseRange{0.9, 1.1}) == Certainty::NotClear);
    CHECK(certaintyOf(0.6, 0.40, 0.85, NonAdverseRange{0.9, 1.1}) == Certainty::Clear);
    CHECK_FALSE(assessCertainty(std::nullopt, Interval{0.5, 1.0}, {}));
    CHECK_FALSE(assessCertainty(1.0, std::nullopt, {}));
}

TEST_CASE("Certainty: hand-worked Katz intervals for a metric of each direction", "[metrics][certainty]")
{
    // Metric 2 (adverse when low): 30 of 200 ME against 60 of 200 white appointed. RL 0.5,
    // SE = sqrt(1/30 − 1/200 + 1/60 − 1/200) = 0.2, CI = 0.5·exp(±0.392) = 0.338–0.740.
    RatioResult low = ratioFor(MetricId::M2, counts(60, 30), counts(200, 200));
    REQUIRE(low.ci95);
    CHECK(low.ci95->upper == Approx(0.5 * std::exp(0.392)));
    CHECK(low.certainty == Certainty::Clear);
    CHECK(low.sentence.contains(QStringLiteral("clear: the 95% interval lies wholly outside the range")));
    // The same counts against a range starting at 0.75: the upper end 0.740 is still below.
    CHECK(ratioFor(MetricId::M2, counts(60, 30), counts(200, 200), {0.75, 1.33}).certainty == Certainty::Clear);
    // Against 0.70–1.43 the interval reaches into the range: not clear.
    const RatioResult wide = ratioFor(MetricId::M2, counts(60, 30), counts(200, 200), {0.70, 1.43});
    CHECK(wide.certainty == Certainty::NotClear);
    CHECK(wide.sentence.contains(QStringLiteral("not clear: the data are also consistent with a figure inside the range")));

    // Metric 3 (adverse when high): 100 of 1,000 ME against 50 of 1,000 white. RL 2.0,
    // SE = sqrt(1/100 − 1/1000 + 1/50 − 1/1000) = 0.16733, CI = 2·exp(±0.32797) = 1.441–2.776.
    const RatioResult high = ratioFor(MetricId::M3, counts(50, 100), counts(1000, 1000));
    REQUIRE(high.ci95);
    CHECK(high.ci95->lower == Approx(2 * std::exp(-1.96 * std::sqrt(0.028))));
    CHECK(high.certainty == Certainty::Clear);
    // With the upper end of the range at 1.45 the lower end 1.441 lies inside it: not clear.
    CHECK(ratioFor(MetricId::M3, counts(50, 100), counts(1000, 1000), {0.69, 1.45}).certainty == Certainty::NotClear);
    // 4 of 126 ME and 5 of 439 white: RL 2.79, CI 0.76–10.23, which spans 1.
    const RatioResult small = ratioFor(MetricId::M3, counts(5, 4), counts(439, 126));
    CHECK(small.status == MetricStatus::AdverseToMinorityEthnic); // the headline stays the point estimate's
    CHECK(small.certainty == Certainty::NotClear);
    CHECK(small.sentence.contains(QStringLiteral("not clear: the data are also consistent with no difference")));
    // Not computable: no certainty.
    CHECK_FALSE(ratioFor(MetricId::M3, counts(0, 4), counts(439, 126)).certainty);
}

TEST_CASE("Exact interval: Clopper–Pearson tails are 2.5% at each limit", "[metrics][certainty][exact]")
{
    // 4 of 126 ME and 5 of 439 white. Given 9 events, ME events are binomial(9, p) with
    // p = 126·RL / (126·RL + 439); at the lower limit P(X ≥ 4) = 0.025, at the upper P(X ≤ 4) = 0.025.
    const CiResult ci = exactInterval(counts(5, 4), counts(439, 126));
    REQUIRE(ci.interval);
    CHECK_FALSE(ci.haldane);
    auto binomialAtMost = [](int k, int n, double p) {
        double sum = 0;
        for (int i = 0; i <= k; ++i)
            sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0)) * std::pow(p, i)
                 * std::pow(1 - p, n - i);
        return sum;
    };
    auto pOf = [](double rl) { return 126 * rl / (126 * rl + 439); };
    CHECK(1 - binomialAtMost(3, 9, pOf(ci.interval->lower)) == Approx(0.025).margin(1e-9));
    CHECK(binomialAtMost(4, 9, pOf(ci.interval->upper)) == Approx(0.025).margin(1e-9));
    // Wider than Katz at these counts (0.76–10.23), and containing the RL 2.79.
    CHECK(ci.interval->lower < 2.79);
    CHECK(ci.interval->upper > 2.79);
    // No ME events: the lower limit is 0 and no correction is needed.
    const CiResult zero = exactInterval(counts(30, 0), counts(2000, 725));
    REQUIRE(zero.interval);
    CHECK(zero.interval->lower == 0.0);
    CHECK(binomialAtMost(0, 30, 725 * zero.interval->upper / (725 * zero.interval->upper + 2000))
          == Approx(0.025).margin(1e-9));
    // The engine uses it when asked, and the report says so.
    AreaReturn area;
    setMetric(area, MetricId::M3, counts(5, 4), counts(439, 126));
    const MetricReport report =
        MetricEngine({}, IntervalMethod::Exact).compute(adultOnly(area), AreaSelection::Adult);
    CHECK(report.intervalMethod == IntervalMethod::Exact);
    REQUIRE(report.ratio(MetricId::M3).ci95);
    CHECK(report.ratio(MetricId::M3).ci95->lower == Approx(ci.interval->lower));
    CHECK(intervalMethodFromKey(QStringLiteral("exact")) == IntervalMethod::Exact);
    CHECK(intervalMethodFromKey(QStringLiteral("katz")) == IntervalMethod::Katz);
    CHECK_FALSE(intervalMethodFromKey(QStringLiteral("wilson")));
}

TEST_CASE("Shortfall: the change brings the RL inside and one less does not", "[metrics][shortfall]")
{
    std::mt19937 random(17);
    std::uniform_int_distribution<long long> population(5, 400);
    int checked = 0;
    for (MetricId id : {MetricId::M2, MetricId::M3}) {
        for (int trial = 0; trial < 400; ++trial) {
            const long long n1 = population(random);
            const long long n2 = population(random);
            const long long a = std::uniform_int_distribution<long long>(0, n1)(random);
            const long long c = std::uniform_int_distribution<long long>(1, n2)(random);
            const RatioResult r = ratioFor(id, counts(c, a), counts(n2, n1));
            REQUIRE(r.relativeLikelihood);
            if (insideRange(*r.relativeLikelihood)) {
                CHECK_FALSE(r.toRange);
                continue;
            }
            REQUIRE(r.toRange);
            const ToRange &to = *r.toRange;
            // Issue 27: a lever is offered only as a sensible aim (fewer events where they are adverse,
            // more where they are good), so a lever in the other direction is null by design.
            const bool below = *r.relativeLikelihood < NonAdverseRange{}.lower;
            const bool higherAdverse = adverseDirection(id) == AdverseWhen::Higher;
            const bool minoritySensible = below != higherAdverse; // below: more ME events
            const bool whiteSensible = below == higherAdverse;    // below: fewer white events
            if (to.minorityEthnicEvents) {
                const long long d = *to.minorityEthnicEvents;
                CHECK(a + d >= 0);
                CHECK(a + d <= n1);
                CHECK(insideRange(rlOf(a + d, n1, c, n2)));
                // Applied to the counts, the engine reads the changed return as inside the range.
                CHECK(ratioFor(id, counts(c, a + d), counts(n2, n1)).status == MetricStatus::WithinRange);
                CHECK(*to.relativeLikelihoodAfter == Approx(rlOf(a + d, n1, c, n2)));
                const long long oneLess = d > 0 ? d - 1 : d + 1;
                CHECK_FALSE(insideRange(rlOf(a + oneLess, n1, c, n2)));
                ++checked;
            } else if (minoritySensible) {
                // No whole count from 0 to the population lands inside.
                for (long long x = 0; x <= n1; ++x)
                    CHECK_FALSE(insideRange(rlOf(x, n1, c, n2)));
            }
            if (to.whiteEvents) {
                const long long d = *to.whiteEvents;
                CHECK(c + d >= 1);
                CHECK(c + d <= n2);
                CHECK(insideRange(rlOf(a, n1, c + d, n2)));
                CHECK(ratioFor(id, counts(c + d, a), counts(n2, n1)).status == MetricStatus::WithinRange);
                const long long oneLess = d > 0 ? d - 1 : d + 1;
                CHECK_FALSE(insideRange(rlOf(a, n1, c + oneLess, n2)));
            } else if (whiteSensible) {
                for (long long x = 1; x <= n2; ++x)
                    CHECK_FALSE(insideRange(rlOf(a, n1, x, n2)));
            }
            CHECK((!to.minorityEthnicEvents || minoritySensible));
            CHECK((!to.whiteEvents || whiteSensible));
            // Metric 2's swap: k posts move between the groups, totals fixed; k reaches the range and
            // k − 1 does not (issue 27). Metric 3 has none.
            if (id != MetricId::M2) {
                CHECK_FALSE(to.swap);
            } else if (to.swap) {
                const long long k = *to.swap;
                CHECK(a + k >= 0);
                CHECK(a + k <= n1);
                CHECK(c - k >= 1);
                CHECK(c - k <= n2);
                CHECK(insideRange(rlOf(a + k, n1, c - k, n2)));
                const long long oneLess = k > 0 ? k - 1 : k + 1;
                CHECK_FALSE(insideRange(rlOf(a + oneLess, n1, c - oneLess, n2)));
            } else {
                for (long long k = -std::min(a, n2 - c); k <= std::min(n1 - a, c - 1); ++k)
                    CHECK_FALSE(insideRange(rlOf(a + k, n1, c - k, n2)));
            }
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("Shortfall: worked cases, signs, impossible levers and the sentence", "[metrics][shortfall]")
{
    // Metric 2, 25 of 150 ME and 60 of 200 white appointed: RL 0.556. 0.80 needs
    // a ≥ 0.8 · 150 · 60 / 200 = 36, so 11 more ME appointments (RL 0.80 exactly, inclusive).
    // White appointments down to c ≤ 41.67 (19 fewer) would also reach it, but fewer white
    // appointments is no aim: issue 27 leaves that lever out (it was −19 before) and offers the swap:
    // (25 + k) · 200 ≥ 0.8 · 150 · (60 − k) ⇔ k ≥ 6.875, so 7 posts from white to ME (RL 0.805).
    const RatioResult m2 = ratioFor(MetricId::M2, counts(60, 25), counts(200, 150));
    REQUIRE(m2.toRange);
    CHECK(m2.toRange->minorityEthnicEvents == 11);
    CHECK(*m2.toRange->relativeLikelihoodAfter == Approx(0.8));
    CHECK_FALSE(m2.toRange->whiteEvents);
    CHECK(m2.toRange->swap == 7);
    CHECK(*m2.toRange->relativeLikelihoodAfterSwap == Approx((32.0 / 150) / (53.0 / 200)));
    const QString sentence = shortfallSentence(m2, {});
    CHECK(sentence.contains(QStringLiteral(
        "11 more minority ethnic appointments from this year's shortlist would bring the RL to 0.80, inside the "
        "range 0.80–1.25 (the minority ethnic rate from 16.7% to 24.0%).")));
    CHECK_FALSE(sentence.contains(QStringLiteral("fewer white appointments")));
    CHECK(shortfallMeasure(m2, {}).startsWith(QStringLiteral("The relative likelihood for metric 2 rises to 0.80 or above")));

    // Metric 3, adverse when high: 20 of 100 ME against 10 of 100 white: RL 2.0. Fewer ME: a ≤ 12.5,
    // so 8 fewer (RL 1.20). More white disciplinaries (c ≥ 16, 6 more) is no aim: left out
    // (issue 27; it was +6 before).
    const RatioResult m3 = ratioFor(MetricId::M3, counts(10, 20), counts(100, 100));
    REQUIRE(m3.toRange);
    CHECK(m3.toRange->minorityEthnicEvents == -8);
    CHECK(*m3.toRange->relativeLikelihoodAfter == Approx(1.2));
    CHECK_FALSE(m3.toRange->whiteEvents);
    CHECK_FALSE(m3.toRange->swap);
    CHECK(shortfallSentence(m3, {}).startsWith(
        QStringLiteral("8 fewer minority ethnic staff entering the formal disciplinary process would bring the RL to 1.20")));

    // Below the range for disciplinary (adverse to white staff): 2 of 100 ME against 10 of 100 white,
    // RL 0.2. More ME disciplinaries is no aim; fewer white ones is: c ≤ 2 / 0.8 = 2.5, so 8 fewer (RL 1.00).
    const RatioResult low3 = ratioFor(MetricId::M3, counts(10, 2), counts(100, 100));
    REQUIRE(low3.toRange);
    CHECK_FALSE(low3.toRange->minorityEthnicEvents);
    CHECK(low3.toRange->whiteEvents == -8);
    CHECK(shortfallSentence(low3, {}).contains(QStringLiteral(
        "8 fewer white staff entering the formal disciplinary process would bring it to 1.00 (the white rate from "
        "10.0% to 2.0%)")));

    // One ME event in 2 against 1 white in 10: RL 5. Dropping the one event gives 0, below the
    // range: no whole ME change reaches it. 3 more white referrals would give 1.25, but is no aim.
    const RatioResult jump = ratioFor(MetricId::M4, counts(1, 1), counts(10, 2));
    REQUIRE(jump.toRange);
    CHECK_FALSE(jump.toRange->minorityEthnicEvents);
    CHECK_FALSE(jump.toRange->relativeLikelihoodAfter);
    CHECK_FALSE(jump.toRange->whiteEvents);
    CHECK(shortfallSentence(jump, {}).contains(QStringLiteral("No sensible whole change in minority ethnic referrals")));

    // More events than population (8 white appointed of 4 shortlisted): no target in counts that
    // could not be (issue 27: "3 fewer" left 5 of 4).
    CHECK_FALSE(ratioFor(MetricId::M2, counts(8, 1), counts(4, 10)).toRange);

    // RL 0 (no ME events): white events cannot move it.
    const RatioResult none = ratioFor(MetricId::M2, counts(30, 0), counts(100, 50));
    REQUIRE(none.toRange);
    CHECK(none.toRange->minorityEthnicEvents == 12); // 12 / 50 ÷ 0.3 = 0.80
    CHECK_FALSE(none.toRange->whiteEvents);

    // Inside the range, or not computable: no shortfall.
    CHECK_FALSE(ratioFor(MetricId::M2, counts(60, 45), counts(200, 150)).toRange);
    CHECK_FALSE(ratioFor(MetricId::M2, counts(0, 45), counts(200, 150)).toRange);
    CHECK(shortfallSentence(ratioFor(MetricId::M2, counts(60, 45), counts(200, 150)), {}).isEmpty());
}

namespace {

AnnualReturn yearOf(int year, bool complete, const GroupCounts &events, const GroupCounts &population)
{
    AreaReturn area;
    setMetric(area, MetricId::M3, events, population);
    setMetric(area, MetricId::M2, events, population);
    AnnualReturn ret = adultOnly(area, year);
    ret.complete = complete;
    return ret;
}

} // namespace

TEST_CASE("Pooled years: the year-stratified Mantel–Haenszel RL, complete years only", "[metrics][pooled]")
{
    const MetricEngine engine;
    const AnnualReturn y2021 = yearOf(2021, true, counts(50, 50), counts(100, 100));
    const AnnualReturn y2022 = yearOf(2022, true, counts(5, 4), counts(400, 120));
    const AnnualReturn y2023 = yearOf(2023, true, counts(6, 3), counts(420, 125));
    const AnnualReturn y2024 = yearOf(2024, true, counts(4, 5), counts(439, 126));
    MetricReport report = engine.compute(y2024, AreaSelection::Adult);
    addPooledYears(report, y2024, {y2021, y2022, y2023, y2024}, engine);
    const RatioResult &r = report.ratio(MetricId::M3);
    REQUIRE(r.pooled);
    CHECK(r.pooled->years == std::vector<int>{2022, 2023, 2024}); // 2021 is outside the three years
    // Summed counts are still shown: ME 12 of 371, white 15 of 1,259.
    CHECK(r.pooled->events.minorityEthnic == 12);
    CHECK(r.pooled->population.white == 1259);
    REQUIRE(r.pooled->relativeLikelihood);
    // Issue 27: the figure is no longer the summed counts' RL (0.82) but Mantel–Haenszel over the
    // years, by hand (a, n1, c, n2 per year; N = n1 + n2):
    //   R = 4·400/520 + 3·420/545 + 5·439/565 = 3.07692 + 2.31193 + 3.88496 = 9.27381
    //   S = 5·120/520 + 6·125/545 + 4·126/565 = 1.15385 + 1.37615 + 0.89204 = 3.42204
    //   RR = R / S = 2.7100
    CHECK(*r.pooled->relativeLikelihood == Approx(9.27381 / 3.42204).epsilon(1e-5));
    CHECK(*r.pooled->relativeLikelihood != Approx(rlOf(12, 371, 15, 1259)));
    // Greenland–Robins: Σ[(n1·n2·(a + c) − a·c·N) / N²] / (R·S)
    const double v = (120.0 * 400 * 9 - 4.0 * 5 * 520) / (520.0 * 520) + (125.0 * 420 * 9 - 3.0 * 6 * 545) / (545.0 * 545)
                   + (126.0 * 439 * 9 - 5.0 * 4 * 565) / (565.0 * 565);
    const double rr = *r.pooled->relativeLikelihood;
    const double r3 = 4.0 * 400 / 520 + 3.0 * 420 / 545 + 5.0 * 439 / 565;
    const double s3 = 5.0 * 120 / 520 + 6.0 * 125 / 545 + 4.0 * 126 / 565;
    REQUIRE(r.pooled->ci95);
    CHECK(r.pooled->ci95->lower == Approx(rr * std::exp(-1.96 * std::sqrt(v / (r3 * s3)))));
    CHECK(r.pooled->ci95->upper == Approx(rr * std::exp(1.96 * std::sqrt(v / (r3 * s3)))));
    CHECK(pooledSummary(*r.pooled).startsWith(QStringLiteral("Pooled (stratified by year) 2022, 2023, 2024: RL 2.71")));

    // A draft year is left out (and not replaced by 2021).
    AnnualReturn draft2023 = y2023;
    draft2023.complete = false;
    MetricReport withDraft = engine.compute(y2024, AreaSelection::Adult);
    addPooledYears(withDraft, y2024, {y2021, y2022, draft2023}, engine);
    REQUIRE(withDraft.ratio(MetricId::M3).pooled);
    CHECK(withDraft.ratio(MetricId::M3).pooled->years == std::vector<int>{2022, 2024});
    CHECK(*withDraft.ratio(MetricId::M3).pooled->relativeLikelihood
          == Approx((4.0 * 400 / 520 + 5.0 * 439 / 565) / (5.0 * 120 / 520 + 4.0 * 126 / 565)));

    // The current year is a draft too: only 2022 remains, fewer than two years, so no pooled figure.
    AnnualReturn draft2024 = y2024;
    draft2024.complete = false;
    MetricReport oneYear = engine.compute(draft2024, AreaSelection::Adult);
    addPooledYears(oneYear, draft2024, {y2022, draft2023}, engine);
    CHECK_FALSE(oneYear.ratio(MetricId::M3).pooled);
    // A metric not collected in a year is pooled over the others only.
    AnnualReturn no2023 = y2023;
    no2023.adult->countBlock(Block::Disciplinary).collected = false;
    MetricReport partial = engine.compute(y2024, AreaSelection::Adult);
    addPooledYears(partial, y2024, {y2022, no2023}, engine);
    CHECK(partial.ratio(MetricId::M3).pooled->years == std::vector<int>{2022, 2024});
    CHECK(partial.ratio(MetricId::M2).pooled->years == std::vector<int>{2022, 2023, 2024});
}

TEST_CASE("Phrases: decimal ties read as the printed RL does", "[metrics][phrase][ties]")
{
    CHECK(printedTwoDecimals(0.995) == QStringLiteral("1.00"));
    CHECK(likelihoodPhrase(0.995) == QStringLiteral("as likely"));
    CHECK(printedTwoDecimals(1.005) == QStringLiteral("1.01"));
    CHECK(likelihoodPhrase(1.005) == QStringLiteral("1% more likely"));
    CHECK(printedTwoDecimals(2.005) == QStringLiteral("2.01"));
    CHECK(likelihoodPhrase(2.005) == QStringLiteral("2.0 times as likely"));
    CHECK(printedTwoDecimals(2.05) == QStringLiteral("2.05"));
    CHECK(likelihoodPhrase(2.05) == QStringLiteral("2.1 times as likely"));
    CHECK(printedTwoDecimals(0.625) == QStringLiteral("0.63"));
    CHECK(likelihoodPhrase(0.625) == QStringLiteral("37% less likely"));
    // Away from ties the rule is the usual one, and carries over nines.
    CHECK(printedTwoDecimals(0.994) == QStringLiteral("0.99"));
    CHECK(printedTwoDecimals(9.999) == QStringLiteral("10.00"));
    CHECK(printedTwoDecimals(0.0) == QStringLiteral("0.00"));
    CHECK(printedTwoDecimals(-0.125) == QStringLiteral("-0.13"));
    CHECK(printedTwoDecimals(1234567.891) == QStringLiteral("1234567.89"));
    CHECK(printedHundredths(1.995) == 200);
    CHECK(likelihoodPhrase(1.995) == QStringLiteral("twice as likely"));
    CHECK(likelihoodPhrase(0.495) == QStringLiteral("half as likely"));
    // The sentence prints the same figure as its phrase reads: 199 of 200 against 200 of 200 is 0.995.
    const RatioResult r = ratioFor(MetricId::M2, counts(200, 199), counts(200, 200));
    CHECK(*r.relativeLikelihood == 0.995);
    CHECK(r.sentence.startsWith(QStringLiteral("Minority ethnic staff were as likely as white staff")));
    CHECK(r.sentence.contains(QStringLiteral("(RL 1.00;")));
    CHECK(formatRelativeLikelihood(0.995) == QStringLiteral("1.00"));
}

TEST_CASE("Publication mode: a withheld figure's certainty, shortfall and pooled figure are withheld too",
          "[metrics][certainty][suppression]")
{
    const std::vector<AnnualReturn> demo = demoReturns();
    const auto current = std::find_if(demo.begin(), demo.end(), [](const AnnualReturn &r) { return r.year == 2024; });
    REQUIRE(current != demo.end());
    DataReportOptions options;
    options.publication.enabled = true;
    options.layout = DataReportLayout::Full;
    options.earlierYears = demo;
    const DataReport report = DataReport::build(*current, nullptr, nullptr, options);
    int withheld = 0;
    int shown = 0;
    QStringList paragraphs;
    for (const ReportBlock &block : report.document().blocks)
        paragraphs << block.text;
    const QString all = paragraphs.join(QLatin1Char('\n'));
    for (const DataReport::View &view : report.views())
        for (MetricId id : scwres::kRatioMetricIds) {
            const RatioResult &r = view.report.ratio(id);
            CAPTURE(areaSelectionKey(view.area).toStdString(), metricKey(id).toStdString());
            if (report.suppression().ratioSuppressed(view.area, id)) {
                ++withheld;
                CHECK(report.statusText(view, id) == QStringLiteral("withheld"));
                CHECK_FALSE(report.sentenceText(view, id).contains(QStringLiteral("clear")));
                if (r.toRange) {
                    CHECK(report.shortfallText(view, id) == report.suppression().withheldText());
                    if (r.toRange->minorityEthnicEvents)
                        CHECK_FALSE(all.contains(shortfallSentence(r, view.report.range)));
                }
                if (r.pooled)
                    CHECK(report.pooledText(view, id).contains(QStringLiteral("withheld")));
            } else if (r.certainty) {
                ++shown;
                CHECK(report.statusText(view, id).contains(certaintyText(*r.certainty).toLower()));
                if (r.toRange)
                    CHECK(all.contains(QStringLiteral("To reach the range: ") + shortfallSentence(r, view.report.range)));
                if (r.pooled)
                    CHECK(all.contains(pooledSummary(*r.pooled)));
            }
        }
    CHECK(withheld > 0);
    CHECK(shown > 0);
}
