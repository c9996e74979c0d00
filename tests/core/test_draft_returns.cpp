// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Draft and complete returns: counts not entered, format version 2, the completeness checks,
// and draft years kept apart on the trend. (The exports' marking: tests/app/test_draft_years.cpp.)
#include "ChartData.h"
#include "Completeness.h"
#include "DemoData.h"
#include "NationalFigures.h"
#include "ReturnJson.h"
#include "TestSupport.h"
#include "export/PlanDocument.h"

#include <catch2/catch.hpp>

using namespace scwres;

namespace
{

bool mentions(const std::vector<Finding> &findings, const QString &text)
{
    for (const Finding &f : findings)
        if (f.message.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("Format version 2 keeps counts not entered and the status — version 1 is still read", "[draft]")
{
    AnnualReturn ret = test::exampleReturn();
    ret.complete = false;
    ret.adult->cpd.counts.clear(EthnicGroup::Unknown);
    ret.adult->payBands.bands.front().counts.clear(EthnicGroup::White);
    const QByteArray bytes = writeReturnJson(ret);
    CHECK(bytes.contains("\"format_version\": 2"));
    CHECK(bytes.contains("\"status\": \"draft\""));
    CHECK(bytes.contains("\"unknown\": null"));
    CHECK(bytes.contains("\"white\": null"));
    const ReturnReadResult back = readReturnJson(bytes);
    INFO(back.error.toStdString());
    REQUIRE(back.value);
    CHECK(*back.value == ret);
    CHECK_FALSE(back.value->adult->cpd.counts.isEntered(EthnicGroup::Unknown));
    CHECK(writeReturnJson(*back.value) == bytes);

    // Version 1: no status (complete: it had no drafts), and null is not a count.
    const QByteArray v1 = test::readFile(test::dataPath(QStringLiteral("example-return.json")));
    REQUIRE(v1.contains("\"format_version\": 1"));
    const ReturnReadResult old = readReturnJson(v1);
    REQUIRE(old.value);
    CHECK(old.value->complete);
    CHECK(old.value->adult->shortlisting.events.allEntered());
    const ReturnReadResult nullInV1 = readReturnJson(QByteArray(v1).replace("\"white\": 60", "\"white\": null"));
    CHECK_FALSE(nullInV1.value);
    CHECK(
        nullInV1.error.startsWith(QStringLiteral("areas.adult.shortlisting.appointed.white: expected a whole number")));
    CHECK_FALSE(
        readReturnJson(QByteArray(v1).replace("\"year\": 2024", "\"year\": 2024, \"status\": \"complete\"")).value);
    const ReturnReadResult badStatus = readReturnJson(QByteArray(bytes).replace("\"draft\"", "\"done\""));
    CHECK_FALSE(badStatus.value);
    CHECK(badStatus.error.startsWith(QStringLiteral("status:")));
}

TEST_CASE("A new year from last year has empty counts and is not complete until entered or not collected", "[draft]")
{
    const AnnualReturn last = demoReturns().back();
    REQUIRE(problemsBeforeComplete(last).empty()); // the demo's years are complete returns
    AnnualReturn next = startFromPreviousYear(last);
    CHECK_FALSE(next.complete);
    CHECK(next.adult->payBands.bands.size() == last.adult->payBands.bands.size());
    CHECK_FALSE(next.adult->cpd.counts.anyEntered());
    CHECK(next.adult->cpd.counts.total() == 0);

    const auto problems = problemsBeforeComplete(next);
    CHECK(mentions(problems,
        QStringLiteral("Adult social care: nothing entered for metric 5 \u2014 enter the counts "
                       "or mark it not collected.")));
    CHECK(mentions(problems, QStringLiteral("Children's social care: nothing entered for metric 2")));

    // Metric 5 entered in part: the rest is named.
    next.adult->cpd.counts.set(EthnicGroup::White, 40);
    CHECK(
        mentions(problemsBeforeComplete(next), QStringLiteral("Adult social care, metric 5: 2 count(s) not entered")));

    // Every count entered, or the block marked not collected: nothing left.
    for (ServiceArea which : kServiceAreas) {
        AreaReturn *area = next.area(which);
        const AreaReturn *was = last.area(which);
        for (Block block : kBlocks) {
            if (block == Block::Cpd && which == ServiceArea::Adult) {
                area->setCollected(block, false);
                continue;
            }
            const BlockShape shape = blockInfo(block).shape;
            if (shape == BlockShape::Counts) {
                area->countBlock(block).counts = was->countBlock(block).counts;
            } else if (shape == BlockShape::Rate) {
                area->rateBlock(block).population = was->rateBlock(block).population;
                area->rateBlock(block).events = was->rateBlock(block).events;
            } else {
                area->payBands = was->payBands;
            }
        }
    }
    INFO((problemsBeforeComplete(next).empty() ? QString() : problemsBeforeComplete(next).front().message)
             .toStdString());
    CHECK(problemsBeforeComplete(next).empty());

    // Dates and the population comparator are checked too.
    next.snapshotDate = QDate();
    next.populationMinorityEthnicPercent.reset();
    CHECK(mentions(problemsBeforeComplete(next), QStringLiteral("snapshot date")));
    CHECK(mentions(problemsBeforeComplete(next), QStringLiteral("population comparator")));
    CHECK_FALSE(completeOnly(next));
    next.complete = true;
    CHECK(completeOnly(next));
}

TEST_CASE("A draft year is a hollow point of its own on the trend, labelled in its table", "[draft]")
{
    std::vector<AnnualReturn> returns = demoReturns();
    returns.back().complete = false; // 2024 a draft
    const MetricEngine engine;
    std::vector<MetricReport> reports;
    const AnnualReturn *previous = nullptr;
    for (const AnnualReturn &r : returns) {
        reports.push_back(engine.compute(r, AreaSelection::Combined, previous));
        previous = &r;
    }
    CHECK(reports.back().draft);
    const TrendChartData trend = trendChartData(reports, MetricId::M2);
    REQUIRE(trend.drafts.size() == 1);
    CHECK(trend.drafts.front().year == 2024);
    for (const TrendPoint &p : trend.authority)
        CHECK(p.year != 2024);
    CHECK(trend.authority.size() == 2);
    const ChartTable table = trend.table();
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.back().front() == QStringLiteral("2024 (draft)"));
}

TEST_CASE("An action plan on a draft year's figures says draft figures in its running header", "[draft]")
{
    AnnualReturn current = demoReturns().back();
    PlanDocumentInput input;
    input.plan = newPlan(demoAuthority(), current.year);
    current.complete = false;
    input.report = planDataReport(current, nullptr);
    CHECK(buildPlanDocument(input).runningHeader.contains(QStringLiteral("DRAFT FIGURES")));
    current.complete = true;
    input.report = planDataReport(current, nullptr);
    CHECK_FALSE(buildPlanDocument(input).runningHeader.contains(QStringLiteral("DRAFT FIGURES")));
}
