// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 17 item 4: progression up the pay bands, minority ethnic relative to white.
#include "test_metric_support.h"

#include "ExportReaders.h"
#include "MetricReportJson.h"
#include "Progression.h"
#include "export/DataReport.h"
#include "export/ReportModel.h"

#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::testing;

namespace {

// Three national bands (white, minority ethnic, unknown):
//   Under £30k   100 W, 50 ME, 10 U
//   £30k–£69k     60 W, 20 ME,  5 U
//   £70k+         20 W,  5 ME,  1 U
// The council's own grades split the lowest national band in two: Grades 1-3 (60 W, 40 ME) and
// Grades 4-6 (40 W, 10 ME); unknown staff sit in Grades 1-3.
AnnualReturn threeBandReturn()
{
    AreaReturn adult;
    adult.payBands.collected = true;
    adult.payBands.bands = {
        PayBand{QStringLiteral("Grades 1-3"), NationalBand::Under30k, counts(60, 40, 10)},
        PayBand{QStringLiteral("Grades 4-6"), NationalBand::Under30k, counts(40, 10, 0)},
        PayBand{QStringLiteral("Grades 7-9"), NationalBand::From30kTo69k, counts(60, 20, 5)},
        PayBand{QStringLiteral("Chief officers"), NationalBand::From70k, counts(20, 5, 1)},
    };
    return adultOnly(adult);
}

ProgressionResult progressionOf(const AnnualReturn &ret, IntervalMethod method = IntervalMethod::Katz)
{
    return computeProgression(MetricEngine({}, method).compute(ret, AreaSelection::Adult));
}

} // namespace

TEST_CASE("Progression: a hand-worked three-band case", "[metrics][progression]")
{
    const ProgressionResult result = progressionOf(threeBandReturn());
    REQUIRE(result.collected);
    REQUIRE(result.national.size() == 2);

    // Step 1, Under £30k → £30k–£69k. Minority ethnic: 25 above of 75 at or above = 1/3.
    // White: 80 of 180 = 4/9. RL = (1/3)/(4/9) = 0.75. Unknown staff (16) take no part.
    // Katz: SE = sqrt(1/25 − 1/75 + 1/80 − 1/180) = sqrt(0.0336111) = 0.183333;
    // 0.75·exp(∓1.96·0.183333) = 0.5236 … 1.0743.
    const ProgressionStep &first = result.national[0];
    CHECK(first.from == nationalBandName(NationalBand::Under30k));
    CHECK(first.to == nationalBandName(NationalBand::From30kTo69k));
    CHECK(first.above == counts(80, 25, 6));
    CHECK(first.atOrAbove == counts(180, 75, 16));
    CHECK(*first.likelihoodMinorityEthnic == Approx(1.0 / 3.0));
    CHECK(*first.likelihoodWhite == Approx(4.0 / 9.0));
    CHECK(*first.relativeLikelihood == Approx(0.75).epsilon(1e-12));
    REQUIRE(first.ci95);
    CHECK(first.ci95->lower == Approx(0.523606).margin(1e-5));
    CHECK(first.ci95->upper == Approx(1.074281).margin(1e-5));
    CHECK_FALSE(first.smallNumbers); // 25 ME and 80 white above
    CHECK(first.certainty == Certainty::NotClear); // below 0.80, but the interval reaches 1.07

    // Step 2, £30k–£69k → £70k+. Minority ethnic: 5 of 25 = 0.2; white 20 of 80 = 0.25; RL 0.8.
    // Katz: SE = sqrt(1/5 − 1/25 + 1/20 − 1/80) = sqrt(0.1975) = 0.444410; 0.3348 … 1.9115.
    const ProgressionStep &second = result.national[1];
    CHECK(*second.relativeLikelihood == Approx(0.8).epsilon(1e-12));
    CHECK(second.ci95->lower == Approx(0.334812).margin(1e-5));
    CHECK(second.ci95->upper == Approx(1.911521).margin(1e-5));
    CHECK(second.smallNumbers); // 5 minority ethnic staff above

    // Compound: 0.75 × 0.8 = 0.6, which is also the top band's share of all staff:
    // (5/75)/(20/180) = 0.6. Its interval is that ratio's: SE = sqrt(1/5 − 1/75 + 1/20 − 1/180).
    REQUIRE(result.nationalCompound);
    CHECK(result.nationalCompound->steps == 2);
    CHECK(*result.nationalCompound->relativeLikelihood == Approx(0.6).epsilon(1e-12));
    CHECK(result.nationalCompound->ci95->lower == Approx(0.233850).margin(1e-5));
    CHECK(result.nationalCompound->ci95->upper == Approx(1.539450).margin(1e-5));
    CHECK(result.nationalCompound->smallNumbers);

    // The council's four grades, three steps. Step 1 Grades 1-3 → 4-6: ME 35 of 75 = 7/15,
    // white 120 of 180 = 2/3, RL 0.7. Step 2 Grades 4-6 → 7-9: ME 25 of 35, white 80 of 120,
    // RL (5/7)/(2/3) = 15/14. Step 3 as the national step 2: 0.8.
    REQUIRE(result.local.size() == 3);
    CHECK(result.local[0].from == QStringLiteral("Grades 1-3"));
    CHECK(result.local[2].to == QStringLiteral("Chief officers"));
    CHECK(*result.local[0].relativeLikelihood == Approx(0.7));
    CHECK(*result.local[1].relativeLikelihood == Approx(15.0 / 14.0));
    CHECK(*result.local[2].relativeLikelihood == Approx(0.8));
    CHECK(*result.localCompound->relativeLikelihood == Approx(0.7 * 15.0 / 14.0 * 0.8));
}

TEST_CASE("Progression: the compound figure is the product of the steps", "[metrics][progression]")
{
    for (IntervalMethod method : {IntervalMethod::Katz, IntervalMethod::Exact}) {
        const ProgressionResult result = progressionOf(threeBandReturn(), method);
        double national = 1;
        for (const ProgressionStep &step : result.national)
            national *= *step.relativeLikelihood;
        double local = 1;
        for (const ProgressionStep &step : result.local)
            local *= *step.relativeLikelihood;
        CHECK(*result.nationalCompound->relativeLikelihood == Approx(national).epsilon(1e-12));
        CHECK(*result.localCompound->relativeLikelihood == Approx(local).epsilon(1e-12));
        // Both ladders end at the same top band, so they telescope to the same ratio.
        CHECK(national == Approx(local).epsilon(1e-12));
        REQUIRE(result.nationalCompound->ci95);
        CHECK(result.nationalCompound->ci95->lower < national);
        CHECK(result.nationalCompound->ci95->upper > national);
    }
}

TEST_CASE("Progression: the exact interval option, empty bands and missing figures", "[metrics][progression]")
{
    const ProgressionResult exact = progressionOf(threeBandReturn(), IntervalMethod::Exact);
    const ProgressionResult katz = progressionOf(threeBandReturn());
    REQUIRE(exact.national[0].ci95);
    CHECK(exact.national[0].ci95->lower != Approx(katz.national[0].ci95->lower).margin(1e-4));
    CHECK(*exact.national[0].relativeLikelihood == Approx(0.75));

    // An empty middle band is no rung: one step straight from the lowest to the top band.
    AnnualReturn gap = threeBandReturn();
    gap.adult->payBands.bands.erase(gap.adult->payBands.bands.begin() + 2);
    const ProgressionResult skipped = progressionOf(gap);
    REQUIRE(skipped.national.size() == 1);
    CHECK(skipped.national[0].toNational == NationalBand::From70k);

    // No white staff above the first band: no RL for that step, so no compound RL.
    AnnualReturn noWhite = threeBandReturn();
    noWhite.adult->payBands.bands[2].counts = counts(0, 20);
    noWhite.adult->payBands.bands[3].counts = counts(0, 5);
    const ProgressionResult none = progressionOf(noWhite);
    CHECK(none.national[0].reason == NotComputableReason::NoWhiteEvents);
    CHECK_FALSE(none.national[0].relativeLikelihood);
    REQUIRE(none.nationalCompound);
    CHECK_FALSE(none.nationalCompound->relativeLikelihood);
    CHECK_FALSE(none.nationalCompound->ci95);

    AreaReturn empty;
    CHECK_FALSE(progressionOf(adultOnly(empty)).collected);
}

TEST_CASE("Progression: compute's JSON carries it under metric 1", "[metrics][progression][json]")
{
    const MetricReport report = MetricEngine().compute(threeBandReturn(), AreaSelection::Adult);
    const auto json = metricReportToJson(report);
    const auto &progression = json["metrics"]["1"]["progression"];
    REQUIRE(progression.is_object());
    CHECK(progression["direction"] == "minority ethnic relative to white");
    REQUIRE(progression["national"].size() == 2);
    CHECK(progression["national"][0]["from_national_band"] == "under_30k");
    CHECK(progression["national"][0]["relative_likelihood"].get<double>() == Approx(0.75));
    CHECK(progression["national"][0]["ci95"][1].get<double>() == Approx(1.074281).margin(1e-5));
    CHECK(progression["national"][0]["certainty"] == "not_clear");
    CHECK(progression["national"][1]["small_numbers"] == true);
    CHECK(progression["national"][0]["counts"]["above"]["minority_ethnic"] == 25);
    CHECK(progression["local"].size() == 3);
    CHECK(progression["compound"]["national"]["relative_likelihood"].get<double>() == Approx(0.6));
    CHECK(progression["compound"]["local"]["steps"] == 3);

    AreaReturn empty;
    const auto none = metricReportToJson(MetricEngine().compute(adultOnly(empty), AreaSelection::Adult));
    CHECK(none["metrics"]["1"]["progression"].is_null());
}

namespace {

DataReport progressionReport(bool publication)
{
    DataReportOptions options;
    options.areas = {AreaSelection::Adult};
    options.layout = DataReportLayout::Full;
    options.publication.enabled = publication;
    return DataReport::build(threeBandReturn(), nullptr, nullptr, options);
}

const ReportTable *tableCaptioned(const ReportModel &model, const QString &start)
{
    for (const ReportBlock &block : model.blocks)
        if (block.kind == ReportBlock::Kind::Table && block.table.caption.startsWith(start))
            return &block.table;
    return nullptr;
}

} // namespace

TEST_CASE("Progression: the full data report carries the steps in every format", "[metrics][progression][datareport]")
{
    const DataReport report = progressionReport(false);
    const ReportModel model = report.document();
    const ReportTable *national = tableCaptioned(model, QStringLiteral("Progression up the national pay bands"));
    REQUIRE(national);
    REQUIRE(national->rows.size() == 3); // two steps and the compound
    CHECK(national->rows[0][1] == QStringLiteral("25 / 75"));
    CHECK(national->rows[0][2] == QStringLiteral("80 / 180"));
    CHECK(national->rows[0][3] == QStringLiteral("0.75"));
    CHECK(national->rows[0][4] == QStringLiteral("0.52–1.07"));
    CHECK(national->rows[1][3] == QStringLiteral("0.80"));
    CHECK(national->rows[1][6] == QStringLiteral("Yes"));
    // Issue 27: the compound row is named for what it is, the top band's share ratio.
    CHECK(national->rows[2][0].startsWith(QStringLiteral("Top band's share ratio")));
    CHECK(national->rows[2][3] == QStringLiteral("0.60"));
    const ReportTable *local = tableCaptioned(model, QStringLiteral("Progression up the council's own pay bands"));
    REQUIRE(local);
    CHECK(local->rows.size() == 4);
    CHECK(local->rows[0][3] == QStringLiteral("0.70"));
    // The chart of the steps: the RLs as the engine has them.
    const ForestPlotData chart = report.progressionChart(report.views().front(), ProgressionLadder::National);
    REQUIRE(chart.rows.size() == 2);
    CHECK(chart.rows[0].relativeLikelihood == Approx(0.75));

    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    REQUIRE(report.writeHtml(html, nullptr, &error));
    const QString page = scwres::test::readText(html);
    CHECK(page.contains(QStringLiteral("Progression up the national pay bands")));
    CHECK(page.contains(QStringLiteral("0.52–1.07")));
    const QString docx = dir.filePath(QStringLiteral("r.docx"));
    REQUIRE(report.writeDocx(docx, nullptr, &error));
    const QString document = QString::fromUtf8(scwres::test::readZip(docx)[QStringLiteral("word/document.xml")]);
    CHECK(document.contains(QStringLiteral("Progression up the pay bands: at each step")));
    CHECK(document.contains(QStringLiteral("0.52–1.07")));
    const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
    REQUIRE(report.writeXlsx(xlsx, &error));
    const QString strings = QString::fromUtf8(scwres::test::readZip(xlsx)[QStringLiteral("xl/sharedStrings.xml")]);
    CHECK(strings.contains(QStringLiteral("Progression up the national pay bands")));
    CHECK(strings.contains(QStringLiteral("0.52–1.07")));
    // PDF and ODT are laid out from the same document model as HTML and DOCX (ReportModel.h).
}

TEST_CASE("Progression: publication mode withholds a step resting on a hidden count", "[metrics][progression][publication]")
{
    // The top band's 5 minority ethnic staff are under 10: hidden. Every step adds up the top
    // band, so every step and the compound are withheld, and the chart has no point.
    const DataReport report = progressionReport(true);
    const ReportModel model = report.document();
    const ReportTable *national = tableCaptioned(model, QStringLiteral("Progression up the national pay bands"));
    REQUIRE(national);
    for (const QStringList &row : national->rows) {
        CAPTURE(row.join(QStringLiteral(" | ")).toStdString());
        CHECK(row[3] == QStringLiteral("withheld"));
        CHECK_FALSE(row.join(QString()).contains(QStringLiteral("0.75")));
    }
    CHECK(report.progressionChart(report.views().front(), ProgressionLadder::National).rows.empty());

    // With every count 0 or at least 10, nothing hidden: every step published.
    AnnualReturn large = threeBandReturn();
    large.adult->payBands.bands[2].counts = counts(60, 20, 0);
    large.adult->payBands.bands[3].counts = counts(20, 12, 0);
    DataReportOptions options;
    options.areas = {AreaSelection::Adult};
    options.layout = DataReportLayout::Full;
    options.publication.enabled = true;
    const DataReport published = DataReport::build(large, nullptr, nullptr, options);
    const ProgressionResult result = computeProgression(published.views().front().report);
    const bool anyHidden = published.suppression().progressionSuppressed(AreaSelection::Adult,
                                                                         result.nationalCompound->bandRows);
    const ReportModel publishedModel = published.document();
    const ReportTable *shown = tableCaptioned(publishedModel, QStringLiteral("Progression up the national pay bands"));
    REQUIRE(shown);
    // The rule, read from the pattern: a step is shown exactly when none of its band counts is hidden.
    for (std::size_t i = 0; i < result.national.size(); ++i) {
        bool hidden = false;
        for (int row : result.national[i].bandRows)
            for (CountColumn column : {CountColumn::MinorityEthnic, CountColumn::White})
                hidden = hidden || published.suppression().isSuppressed({AreaSelection::Adult, MetricId::M1, row, column});
        CHECK((shown->rows[i][3] == QStringLiteral("withheld")) == hidden);
    }
    CHECK_FALSE(anyHidden);
    CHECK(shown->rows[0][3] != QStringLiteral("withheld"));
}

TEST_CASE("Progression: in publication mode a band with hidden counts stays a rung, so the ladder's shape tells nothing",
          "[metrics][progression][publication]")
{
    // A fifth council band with only 3 staff of unknown ethnicity: privately it is left out of the
    // ladder (issue 27), which says its white and minority ethnic counts are 0. Its three counts
    // are hidden in publication ("<10"), so there it stands as a rung and its steps are withheld,
    // exactly as for a band of 2 white and 1 minority ethnic staff.
    const auto localTable = [](const AnnualReturn &ret, bool publication) {
        DataReportOptions options;
        options.areas = {AreaSelection::Adult};
        options.layout = DataReportLayout::Full;
        options.publication.enabled = publication;
        const DataReport report = DataReport::build(ret, nullptr, nullptr, options);
        const ReportModel model = report.document();
        QStringList text;
        for (const ReportBlock &block : model.blocks) {
            if (block.kind == ReportBlock::Kind::Table && block.table.caption.startsWith(QStringLiteral("Progression up the council's")))
                for (const QStringList &row : block.table.rows)
                    text << row.join(QStringLiteral(" | "));
            if (block.text.startsWith(QStringLiteral("Left out of the ladder")))
                text << block.text;
        }
        return text;
    };
    AnnualReturn unknownOnly = threeBandReturn();
    unknownOnly.adult->payBands.bands.push_back(
        PayBand{QStringLiteral("Apprentices"), NationalBand::Under30k, counts(0, 0, 3)});
    AnnualReturn someStaff = threeBandReturn();
    someStaff.adult->payBands.bands.push_back(
        PayBand{QStringLiteral("Apprentices"), NationalBand::Under30k, counts(2, 1, 0)});

    const QStringList privately = localTable(unknownOnly, false);
    CHECK(privately.join(QLatin1Char('\n')).contains(QStringLiteral("Apprentices (only staff of unknown ethnicity)")));
    const QStringList published = localTable(unknownOnly, true);
    CHECK_FALSE(published.join(QLatin1Char('\n')).contains(QStringLiteral("only staff of unknown ethnicity")));
    CHECK(published.join(QLatin1Char('\n')).contains(QStringLiteral("Apprentices")));
    // Published, the two returns read the same: the band's counts are no longer given away.
    CHECK(published == localTable(someStaff, true));
}
