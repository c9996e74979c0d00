// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 27, "figures a statistician would sign": a count not entered is never 0, zero events get
// an interval that contains the RL, pooled years are stratified by year, targets are reachable
// swaps and rates, progression leaves out the bands that are no rung, compare ties share a rank.
// Every expected figure is worked by hand in the comment beside it.
#include "test_metric_support.h"

#include "AuthorityComparison.h"
#include "Certainty.h"
#include "Completeness.h"
#include "MetricReportJson.h"
#include "MetricTally.h"
#include "NationalFigures.h"
#include "PooledYears.h"
#include "PrintedFigure.h"
#include "Progression.h"
#include "Shortfall.h"
#include "Validator.h"

#include <algorithm>
#include <cmath>

using namespace scwres;
using namespace scwres::testing;

namespace {

// Metric 2 from counts, as one adult area of a return of `year`.
AnnualReturn shortlistingYear(int year, bool complete, const GroupCounts &appointed, const GroupCounts &shortlisted)
{
    AreaReturn area;
    setMetric(area, MetricId::M2, appointed, shortlisted);
    AnnualReturn ret = adultOnly(area, year);
    ret.complete = complete;
    return ret;
}

// 25 of 150 minority ethnic and 60 of 200 white appointed, the minority ethnic count of appointed
// left empty (not entered).
AnnualReturn withNullMinorityEthnic(bool complete)
{
    AnnualReturn ret = shortlistingYear(2024, complete, counts(60, 25), counts(200, 150));
    ret.adult->rateBlock(Block::Shortlisting).events.clear(EthnicGroup::MinorityEthnic);
    return ret;
}

bool hasFindingAbout(const std::vector<Finding> &findings, Severity severity, const QString &field,
                     const QString &text)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.severity == severity && f.field == field && f.message.contains(text);
    });
}

bool contains(const Interval &ci, double rl)
{
    return ci.lower <= rl && rl <= ci.upper;
}

} // namespace

TEST_CASE("Not entered: a null count gives no figure, in a draft and in a complete return", "[metrics][issue27][null]")
{
    for (bool complete : {false, true}) {
        CAPTURE(complete);
        const AnnualReturn ret = withNullMinorityEthnic(complete);
        const RatioResult r = MetricEngine().compute(ret, AreaSelection::Adult).ratio(MetricId::M2);
        // Before issue 27: RL 0.00, "100% less likely", adverse, clear.
        CHECK(r.status == MetricStatus::NotComputable);
        CHECK(r.reason == NotComputableReason::NotEntered);
        CHECK_FALSE(r.relativeLikelihood);
        CHECK_FALSE(r.likelihoodMinorityEthnic);
        CHECK(r.likelihoodWhite); // 60 / 200 is entered
        CHECK_FALSE(r.ci95);
        CHECK_FALSE(r.certainty);
        CHECK_FALSE(r.toRange);
        CHECK(r.phrase.isEmpty());
        CHECK(r.sentence.contains(QStringLiteral("were not entered")));
        const auto json = ratioResultToJson(r);
        CHECK(json["reason"] == "not_entered");
        CHECK(json["relative_likelihood"].is_null());
        CHECK(json["counts"]["events"]["minority_ethnic"].is_null());
        CHECK(json["counts"]["events"]["white"] == 60);

        // The validator: an error only when the return is marked complete.
        const std::vector<Finding> findings = validateReturn(ret);
        const QString field = QStringLiteral("areas.adult.shortlisting.appointed.minority_ethnic");
        CHECK(hasFindingAbout(findings, Severity::Error, field, QStringLiteral("not entered")) == complete);
        CHECK(hasCountNotEntered(ret));
    }
    CHECK_FALSE(hasCountNotEntered(shortlistingYear(2024, true, counts(60, 25), counts(200, 150))));
}

TEST_CASE("Not entered: left out of the previous year, the pooled years and compare", "[metrics][issue27][null]")
{
    const MetricEngine engine;
    const AnnualReturn y2022 = shortlistingYear(2022, true, counts(60, 30), counts(200, 150));
    AnnualReturn y2023 = withNullMinorityEthnic(true);
    y2023.year = 2023;
    const AnnualReturn y2024 = shortlistingYear(2024, true, counts(50, 30), counts(200, 150));

    // Previous year: no RL and no change, rather than a change from an invented 0.
    MetricReport report = engine.compute(y2024, AreaSelection::Adult, &y2023);
    const RatioResult &r = report.ratio(MetricId::M2);
    REQUIRE(r.previous);
    CHECK(r.previous->status == MetricStatus::NotComputable);
    CHECK_FALSE(r.previous->relativeLikelihood);
    CHECK_FALSE(r.previous->change);

    // Pooled: 2023 drops out, 2022 and 2024 remain. By hand (Mantel–Haenszel, N = 350 both years):
    // R = 30·200/350 + 30·200/350 = 34.2857; S = 60·150/350 + 50·150/350 = 47.1429; RR = 0.727273.
    addPooledYears(report, y2024, {y2022, y2023}, engine);
    REQUIRE(report.ratio(MetricId::M2).pooled);
    CHECK(report.ratio(MetricId::M2).pooled->years == std::vector<int>{2022, 2024});
    CHECK(*report.ratio(MetricId::M2).pooled->relativeLikelihood == Approx(60.0 / 110.0 * 200.0 / 150.0));

    // Compare: the authority with the null has no RL and no rank, never first.
    AnnualReturn a = withNullMinorityEthnic(true);
    a.authorityName = QStringLiteral("Aardvark Borough (fictional)");
    AnnualReturn b = shortlistingYear(2024, true, counts(60, 30), counts(200, 150));
    b.authorityName = QStringLiteral("Zed County (fictional)");
    const AuthorityComparison c = compareAuthorities({a, b}, {}, 2024, MetricId::M2, engine, NationalFigures());
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[0].authority == b.authorityName);
    CHECK(c.rows[0].rank == 1);
    CHECK(c.rows[1].authority == a.authorityName);
    CHECK_FALSE(c.rows[1].rank);
    CHECK_FALSE(c.rows[1].relativeLikelihood);
}

TEST_CASE("Zero events: the interval contains RL 0 and 'clear' is judged on it", "[metrics][issue27][zero]")
{
    for (IntervalMethod method : {IntervalMethod::Katz, IntervalMethod::Exact}) {
        CAPTURE(intervalMethodKey(method));
        AreaReturn area;
        // 0 of 200 ME and 50 of 200 white appointed. Exact: m = 50 events, p_U = 1 − 0.025^(1/50)
        // = 0.0711209, upper = (200/200) · p_U / (1 − p_U) = 0.0765664: wholly below 0.80, clear.
        setMetric(area, MetricId::M2, counts(50, 0), counts(200, 200));
        const RatioResult clear = MetricEngine({}, method).compute(adultOnly(area), AreaSelection::Adult).ratio(MetricId::M2);
        REQUIRE(clear.relativeLikelihood);
        CHECK(*clear.relativeLikelihood == 0.0);
        REQUIRE(clear.ci95);
        CHECK(clear.ci95->lower == 0.0);
        const double pU = 1 - std::pow(0.025, 1.0 / 50);
        CHECK(clear.ci95->upper == Approx(pU / (1 - pU)).epsilon(1e-6));
        CHECK(clear.certainty == Certainty::Clear);
        CHECK(clear.sentence.contains(QStringLiteral("RL 0.00; 95% CI 0.00–0.08")));

        // 0 of 4 ME and 3 of 12 white referred (metric 4). m = 3, p_U = 1 − 0.025^(1/3) = 0.707598,
        // upper = (12/4) · p_U / (1 − p_U) = 7.25974: reaches across the range, not clear. The
        // Haldane-corrected Katz interval was 0.10–8.9 and excluded the RL 0.
        const RatioResult notClear = ratioFor(MetricId::M4, counts(3, 0), counts(12, 4));
        REQUIRE(notClear.ci95);
        CHECK(notClear.ci95->lower == 0.0);
        CHECK(notClear.ci95->upper == Approx(3 * (1 - std::pow(0.025, 1.0 / 3)) / std::pow(0.025, 1.0 / 3)).epsilon(1e-6));
        CHECK(notClear.certainty == Certainty::NotClear);
    }
}

TEST_CASE("Zero events: no printed interval excludes its printed RL", "[metrics][issue27][zero]")
{
    // Every small table, both interval methods: the printed ends nest around the printed RL.
    for (IntervalMethod method : {IntervalMethod::Katz, IntervalMethod::Exact})
        for (long long n1 : {1, 3, 8})
            for (long long n2 : {1, 4, 9})
                for (long long a = 0; a <= n1; ++a)
                    for (long long c = 1; c <= n2; ++c) {
                        AreaReturn area;
                        setMetric(area, MetricId::M4, counts(c, a), counts(n2, n1));
                        const RatioResult r =
                            MetricEngine({}, method).compute(adultOnly(area), AreaSelection::Adult).ratio(MetricId::M4);
                        CAPTURE(a, n1, c, n2, intervalMethodKey(method));
                        REQUIRE(r.relativeLikelihood);
                        REQUIRE(r.ci95);
                        CHECK(contains(*r.ci95, *r.relativeLikelihood));
                        CHECK(printedHundredths(r.ci95->lower) <= printedHundredths(*r.relativeLikelihood));
                        CHECK(printedHundredths(*r.relativeLikelihood) <= printedHundredths(r.ci95->upper));
                    }
}

TEST_CASE("Pooled years: three years each at RL 1.00 pool to 1.00 whatever the group sizes", "[metrics][issue27][pooled]")
{
    const MetricEngine engine;
    // Each year ME rate = white rate: 10/100 vs 50/500; 40/200 vs 20/100; 5/50 vs 100/1000.
    // Summed: 55/350 against 170/1600, RL 0.157143 / 0.10625 = 1.4790 (the old, biased figure). Mantel–Haenszel: every
    // year adds a·n2/N = c·n1/N to both sums, so RR = 1 exactly.
    std::vector<AnnualReturn> years{
        shortlistingYear(2022, true, counts(50, 10), counts(500, 100)),
        shortlistingYear(2023, true, counts(20, 40), counts(100, 200)),
        shortlistingYear(2024, true, counts(100, 5), counts(1000, 50)),
    };
    for (AnnualReturn &ret : years) {
        AreaReturn &area = *ret.adult;
        // The same counts for a stock metric (9, senior managers): never pooled.
        const RateBlock &rate = area.rateBlock(Block::Shortlisting);
        setMetric(area, MetricId::M9, rate.events, rate.population);
    }
    MetricReport report = engine.compute(years.back(), AreaSelection::Adult);
    addPooledYears(report, years.back(), years, engine);
    const RatioResult &r = report.ratio(MetricId::M2);
    REQUIRE(r.pooled);
    CHECK(r.pooled->years == std::vector<int>{2022, 2023, 2024});
    REQUIRE(r.pooled->relativeLikelihood);
    CHECK(*r.pooled->relativeLikelihood == Approx(1.0).epsilon(1e-12));
    CHECK(tally::ratioOfRates(55, 350, 170, 1600) == Approx(1.4790).epsilon(1e-4)); // what summing gave
    REQUIRE(r.pooled->ci95);
    CHECK(contains(*r.pooled->ci95, 1.0));
    CHECK(pooledSummary(*r.pooled).startsWith(QStringLiteral("Pooled (stratified by year) 2022, 2023, 2024: RL 1.00")));
    CHECK_FALSE(report.ratio(MetricId::M9).pooled);
    CHECK_FALSE(isPooled(MetricId::M9));
    CHECK(isPooled(MetricId::M8));

    const auto json = ratioResultToJson(r);
    CHECK(json["pooled_3y"]["method"] == "mantel_haenszel");
    CHECK(json["pooled_3y"]["label"] == "pooled (stratified by year)");
    CHECK(json["pooled_3y"]["counts"]["events"]["minority_ethnic"] == 55); // the keys kept
    CHECK(ratioResultToJson(report.ratio(MetricId::M9))["pooled_3y"].is_null());
}

TEST_CASE("Targets: the swap on a worked shortlisting case, with rates", "[metrics][issue27][shortfall]")
{
    // 25 of 150 ME and 60 of 200 white appointed: RL 0.556, below the range. Moving k appointments
    // from white to ME candidates, 85 appointments in all: (25 + k)/150 ÷ (60 − k)/200 ≥ 0.80
    // ⇔ 200(25 + k) ≥ 120(60 − k) ⇔ k ≥ 6.875, so k = 7 (RL 32/150 ÷ 53/200 = 0.805).
    const RatioResult r = ratioFor(MetricId::M2, counts(60, 25), counts(200, 150));
    REQUIRE(r.toRange);
    REQUIRE(r.toRange->swap);
    const long long k = *r.toRange->swap;
    CHECK(k == 7);
    // Applying it reaches the range; one fewer does not.
    CHECK(ratioFor(MetricId::M2, counts(60 - k, 25 + k), counts(200, 150)).status == MetricStatus::WithinRange);
    CHECK(ratioFor(MetricId::M2, counts(60 - (k - 1), 25 + (k - 1)), counts(200, 150)).status
          == MetricStatus::AdverseToMinorityEthnic);
    CHECK(*r.toRange->likelihoodMinorityEthnicAfterSwap == Approx(32.0 / 150));
    CHECK(*r.toRange->likelihoodWhiteAfterSwap == Approx(53.0 / 200));
    const QString sentence = shortfallSentence(r, {});
    CHECK(sentence.startsWith(QStringLiteral(
        "With the same number of posts, 7 of this year's appointments going to minority ethnic rather than white "
        "shortlisted candidates would bring the RL to 0.81, inside the range 0.80–1.25 (the minority ethnic rate "
        "from 16.7% to 21.3%; the white rate from 30.0% to 26.5%).")));
    const auto json = ratioResultToJson(r)["to_range"];
    CHECK(json["swap"]["posts"] == 7);
    CHECK(json["swap"]["from"] == "white");
    CHECK(json["swap"]["to"] == "minority_ethnic");
    CHECK(json["minority_ethnic_events"] == 11); // the keys kept
    CHECK(json["likelihood_minority_ethnic_after"].get<double>() == Approx(36.0 / 150));
    CHECK(json["white_events"].is_null()); // fewer white appointments is no aim

    // Above the range the swap goes the other way: 30 of 100 ME and 10 of 100 white appointed,
    // RL 3.0. (30 − k)/(10 + k) ≤ 1.25 ⇔ 17.5 ≤ 2.25k ⇔ k ≥ 7.78, so 8 posts from ME to white
    // (RL 22/18 = 1.22; 7 give 23/17 = 1.35).
    const RatioResult high = ratioFor(MetricId::M2, counts(10, 30), counts(100, 100));
    REQUIRE(high.toRange);
    CHECK(high.toRange->swap == -8);
    CHECK(*high.toRange->relativeLikelihoodAfterSwap == Approx(22.0 / 18.0));
    CHECK(ratioFor(MetricId::M2, counts(17, 23), counts(100, 100)).status == MetricStatus::AdverseToWhite);
    CHECK_FALSE(high.toRange->minorityEthnicEvents); // fewer minority ethnic appointments is no aim

    // Metric 9 (senior posts, headcount fixed) has a swap too; metric 5 (CPD) has none.
    CHECK(ratioFor(MetricId::M9, counts(60, 25), counts(200, 150)).toRange->swap == 7);
    CHECK_FALSE(ratioFor(MetricId::M5, counts(60, 25), counts(200, 150)).toRange->swap);
}

TEST_CASE("Progression: an unmapped band and an unknown-only band are left out of the ladder", "[metrics][issue27][progression]")
{
    AreaReturn area;
    area.payBands.collected = true;
    // Grades 1-5 (under £30k): 100 white, 50 ME. Grades 6-8 (£30k-£69k): 40 white, 10 ME.
    // Agency pool (under £30k): 6 unknown only. Apprentices: no national band, 3 white, 9 ME.
    area.payBands.bands = {
        PayBand{QStringLiteral("Grades 1-5"), NationalBand::Under30k, counts(100, 50)},
        PayBand{QStringLiteral("Agency pool"), NationalBand::Under30k, counts(0, 0, 6)},
        PayBand{QStringLiteral("Grades 6-8"), NationalBand::From30kTo69k, counts(40, 10)},
        PayBand{QStringLiteral("Apprentices"), std::nullopt, counts(3, 9)},
    };
    const MetricReport report = MetricEngine().compute(adultOnly(area), AreaSelection::Adult);
    const ProgressionResult p = computeProgression(report);
    // Local ladder: one step, Grades 1-5 → Grades 6-8 (before: three, with "Grades 6-8 →
    // Apprentices" at the top and a step into the unknown-only band).
    REQUIRE(p.local.size() == 1);
    CHECK(p.local[0].from == QStringLiteral("Grades 1-5"));
    CHECK(p.local[0].to == QStringLiteral("Grades 6-8"));
    // Of 60 ME at or above Grades 1-5, 10 in Grades 6-8; of 140 white, 40: RL (10/60)/(40/140) = 0.5833.
    CHECK(*p.local[0].relativeLikelihood == Approx((10.0 / 60) / (40.0 / 140)));
    REQUIRE(p.leftOutLocal.size() == 2);
    CHECK(p.leftOutLocal[0].band == QStringLiteral("Apprentices"));
    CHECK(p.leftOutLocal[0].reason == LeftOutReason::NoNationalBand);
    CHECK(p.leftOutLocal[1].band == QStringLiteral("Agency pool"));
    CHECK(p.leftOutLocal[1].reason == LeftOutReason::UnknownOnly);
    CHECK(leftOutNote(p.leftOutLocal).contains(QStringLiteral("Apprentices (not mapped to a national band")));
    CHECK(p.leftOutNational.empty());
    CHECK(progressionStepSentence(p.local[0])
          == QStringLiteral("Of staff at or above Grades 1-5, minority ethnic staff were 42% less likely than white "
                            "staff to be in Grades 6-8 or above (RL 0.58; 95% CI 0.31–1.09)."));

    const auto json = metricReportToJson(report)["metrics"]["1"]["progression"];
    CHECK(json["left_out"]["local"].size() == 2);
    CHECK(json["left_out"]["local"][0]["reason"] == "no_national_band");
    CHECK(json["left_out"]["local"][1]["reason"] == "unknown_only");
    CHECK(json["compound"]["local"]["name"] == "top_band_share_ratio");
    // The top band's share ratio is the compound: (10/60)/(40/140) over one step.
    CHECK(json["compound"]["local"]["relative_likelihood"].get<double>() == Approx((10.0 / 60) / (40.0 / 140)));
}

TEST_CASE("Compare: names sort case-insensitively and equal RLs share a rank", "[metrics][issue27][compare]")
{
    const MetricEngine engine;
    // RL (30/150)/(60/200) = 0.667 for three, (22/150)/(60/200) = 0.489 for one; two without a return.
    auto at = [](const QString &name, long long a) {
        AnnualReturn ret = shortlistingYear(2024, true, counts(60, a), counts(200, 150));
        ret.authorityName = name;
        return ret;
    };
    const AuthorityComparison c =
        compareAuthorities({at(QStringLiteral("bexley"), 30), at(QStringLiteral("Zetland"), 30), at(QStringLiteral("Camden"), 30),
                            at(QStringLiteral("Ashford"), 22)},
                           {QStringLiteral("aylesbury"), QStringLiteral("Barnet")}, 2024, MetricId::M2, engine,
                           NationalFigures());
    REQUIRE(c.rows.size() == 6);
    // Ashford RL (22/150)/0.3 = 0.489, first; then the three at 0.667 by name whatever the case.
    CHECK(c.rows[0].authority == QStringLiteral("Ashford"));
    CHECK(c.rows[0].rank == 1);
    CHECK(c.rows[1].authority == QStringLiteral("bexley"));
    CHECK(c.rows[2].authority == QStringLiteral("Camden"));
    CHECK(c.rows[3].authority == QStringLiteral("Zetland"));
    CHECK(c.rows[1].rank == 2);
    CHECK(c.rows[2].rank == 2);
    CHECK(c.rows[3].rank == 2);
    // Without a return: last, by name, case-insensitive ("aylesbury" before "Barnet").
    CHECK(c.rows[4].authority == QStringLiteral("aylesbury"));
    CHECK(c.rows[5].authority == QStringLiteral("Barnet"));
    CHECK_FALSE(c.rows[4].rank);
    const auto json = authorityComparisonToJson({c});
    CHECK(json["metrics"]["2"]["authorities"][3]["rank"] == 2);
    CHECK(comparisonTable(c, {}).rows[3].first() == QStringLiteral("2"));
}

TEST_CASE("Validate: events above the population in a broad group", "[validator][issue27]")
{
    AreaReturn area;
    BroadCounts shortlisted;
    shortlisted.set(BroadGroup::White, 100);
    shortlisted.set(BroadGroup::Asian, 20);
    shortlisted.set(BroadGroup::Black, 3);
    BroadCounts appointed;
    appointed.set(BroadGroup::White, 30);
    appointed.set(BroadGroup::Asian, 2);
    appointed.set(BroadGroup::Black, 5); // 5 Black appointed of 3 shortlisted; ME 7 of 23 is fine
    GroupCounts population;
    population.setBroad(shortlisted);
    GroupCounts events;
    events.setBroad(appointed);
    setMetric(area, MetricId::M2, events, population);
    const std::vector<Finding> findings = validateReturn(adultOnly(area));
    CHECK(hasFindingAbout(findings, Severity::Error, QStringLiteral("areas.adult.shortlisting.appointed.minority_ethnic"),
                          QStringLiteral("5 Black staff appointed")));
    CHECK(hasErrors(findings));
    // The headline counts alone pass.
    appointed.set(BroadGroup::Black, 3);
    events.setBroad(appointed);
    setMetric(area, MetricId::M2, events, population);
    CHECK_FALSE(hasErrors(validateReturn(adultOnly(area))));
}
