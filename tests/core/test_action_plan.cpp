// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlan.h"
#include "DemoData.h"

#include <catch2/catch.hpp>

#include <set>

using namespace scwres;

namespace {

const AnnualReturn &demoYear(int year)
{
    static const std::vector<AnnualReturn> returns = demoReturns();
    for (const AnnualReturn &r : returns)
        if (r.year == year)
            return r;
    FAIL("no demo year " << year);
    return returns.front();
}

MetricReport demoReport(int year)
{
    return planDataReport(demoYear(year), &demoYear(year - 1));
}

PlanAction makeAction(const QString &details, ActionStatus status, QDate due = {})
{
    PlanAction a = newAction();
    a.details = details;
    a.status = status;
    a.due = due;
    return a;
}

} // namespace

TEST_CASE("A new plan takes its header from the authority profile", "[plan]")
{
    const Authority authority = demoAuthority();
    const ActionPlan plan = newPlan(authority, 2024);
    CHECK(plan.year == 2024);
    CHECK(plan.header.authorityName == authority.name);
    CHECK(plan.header.sponsor == authority.sponsor);
    CHECK(plan.header.programmeLead == authority.programmeLead);
    CHECK(plan.header.staffVoiceLead == authority.staffVoiceLead);
    CHECK(plan.header.principalSocialWorkerAdults == authority.principalSocialWorkerAdults);
    CHECK(plan.header.principalSocialWorkerChildren == authority.principalSocialWorkerChildren);
    CHECK(plan.header.directEmployees == authority.directEmployees);
    CHECK_FALSE(plan.header.sponsor.isEmpty());
    for (int n = 1; n <= kPlanSectionCount; ++n)
        CHECK(plan.section(n).number == n);
}

TEST_CASE("Drafted narratives carry the metric engine's sentences for every section", "[plan]")
{
    const MetricReport report = demoReport(2024);
    ActionPlan plan = newPlan(demoAuthority(), 2024);
    const std::vector<int> changed = draftNarratives(plan, report);
    CHECK(changed.size() == 9);
    for (int n = 2; n <= kPlanSectionCount; ++n) {
        INFO("section " << n);
        for (MetricId id : sectionMetrics(n))
            CHECK(plan.section(n).narrative.contains(report.ratio(id).sentence));
    }
    // Metric 7 is one block in the template: both results, each named.
    CHECK(plan.section(7).narrative.contains(QStringLiteral("(7a)")));
    CHECK(plan.section(7).narrative.contains(QStringLiteral("(7b)")));
    // Metric 1 has no ratio: the narrative speaks of the workforce share.
    REQUIRE(report.payBands.workforce.percentMinorityEthnic);
    CHECK(plan.section(1).narrative.contains(
        QString::number(*report.payBands.workforce.percentMinorityEthnic, 'f', 1) + QLatin1Char('%')));
    // Last year's figure appears when the previous return is known.
    const RatioResult &shortlisting = report.ratio(MetricId::M2);
    REQUIRE(shortlisting.previous);
    CHECK(plan.section(2).narrative.contains(QString::number(shortlisting.previous->year)));
}

TEST_CASE("Redrafting after the data change refreshes only the narratives not edited", "[plan]")
{
    ActionPlan plan = newPlan(demoAuthority(), 2024);
    draftNarratives(plan, demoReport(2023)); // drafted before the 2024 data were in
    plan.section(3).narrative = QStringLiteral("Our own words about disciplinaries.");
    plan.section(3).narrativeEdited = true;

    const MetricReport report = demoReport(2024);
    const std::vector<int> changed = draftNarratives(plan, report);
    CHECK(plan.section(3).narrative == QStringLiteral("Our own words about disciplinaries."));
    CHECK(std::count(changed.begin(), changed.end(), 3) == 0);
    CHECK_FALSE(changed.empty());
    for (int n = 1; n <= kPlanSectionCount; ++n)
        if (n != 3)
            CHECK(plan.section(n).narrative == draftNarrative(n, report));
    // A second redraft with the same data changes nothing.
    CHECK(draftNarratives(plan, report).empty());
}

TEST_CASE("Roll-over carries exactly the unachieved actions and builds the evaluation table", "[plan]")
{
    ActionPlan last = newPlan(demoAuthority(), 2023);
    PlanAction achieved = makeAction(QStringLiteral("Anonymise applications"), ActionStatus::Achieved);
    achieved.notes = {{{2023, 9, 1}, QStringLiteral("Done in September")}};
    const PlanAction dropped = makeAction(QStringLiteral("Poster campaign"), ActionStatus::Dropped);
    const PlanAction onTrack = makeAction(QStringLiteral("Diverse panels"), ActionStatus::OnTrack);
    const PlanAction atRisk = makeAction(QStringLiteral("Ring-fenced places"), ActionStatus::AtRisk);
    const PlanAction notStarted = makeAction(QStringLiteral("Exit conversations"), ActionStatus::NotStarted);
    last.section(2).actions = {achieved, onTrack};
    last.section(5).actions = {atRisk};
    last.section(6).actions = {dropped};
    last.section(7).actions = {notStarted};
    last.evaluation = QStringLiteral("Monthly project group");
    signOffPlan(last, SignOff{QStringLiteral("A. Director"), QStringLiteral("DASS"), {2023, 7, 1}});
    const ActionPlan lastCopy = last;

    Authority authority = demoAuthority();
    authority.programmeLead = QStringLiteral("New Lead");
    const ActionPlan next = rollOver(last, authority, 2024);

    CHECK(last == lastCopy); // last year's plan is not touched
    CHECK(next.year == 2024);
    CHECK(next.startedFromYear == 2023);
    CHECK_FALSE(next.isSignedOff());
    CHECK(next.header.programmeLead == QStringLiteral("New Lead"));
    CHECK(next.evaluation == last.evaluation);

    // Carried: on track, at risk, not started, each in its own section, linked and marked.
    CHECK(next.actionCount() == 3);
    const std::vector<std::pair<int, PlanAction>> expected{{2, onTrack}, {5, atRisk}, {7, notStarted}};
    for (const auto &[section, original] : expected) {
        INFO(original.details.toStdString());
        REQUIRE(next.section(section).actions.size() == 1);
        const PlanAction &copy = next.section(section).actions.front();
        CHECK(copy.details == original.details);
        CHECK(copy.rolledOverFrom == original.uid);
        CHECK(copy.uid != original.uid);
        CHECK(copy.status == ActionStatus::RolledOver);
    }
    CHECK(next.section(6).actions.empty());

    // Evaluation: every one of last year's actions, with its final status.
    REQUIRE(next.lastYearEvaluation.size() == 5);
    std::map<QString, EvaluationEntry> byUid;
    for (const EvaluationEntry &row : next.lastYearEvaluation)
        byUid[row.actionUid] = row;
    CHECK(byUid.at(achieved.uid).finalStatus == ActionStatus::Achieved);
    CHECK_FALSE(byUid.at(achieved.uid).carriedForward);
    CHECK(byUid.at(achieved.uid).outcome == QStringLiteral("Done in September"));
    CHECK(byUid.at(dropped.uid).finalStatus == ActionStatus::Dropped);
    CHECK_FALSE(byUid.at(dropped.uid).carriedForward);
    CHECK(byUid.at(atRisk.uid).finalStatus == ActionStatus::AtRisk);
    CHECK(byUid.at(atRisk.uid).carriedForward);
    CHECK(byUid.at(onTrack.uid).section == 2);
}

TEST_CASE("A signed-off plan accepts no edit but its reopening, which is recorded", "[plan]")
{
    ActionPlan plan = newPlan(demoAuthority(), 2024);
    plan.section(2).actions.push_back(makeAction(QStringLiteral("Diverse panels"), ActionStatus::OnTrack));
    const SignOff signOff{QStringLiteral("A. Director"), QStringLiteral("DASS"), {2024, 7, 1}};
    ActionPlan signedPlan = plan;
    signOffPlan(signedPlan, signOff);
    CHECK(signedPlan.isSignedOff());
    CHECK(isEditAllowed(plan, signedPlan));

    ActionPlan edited = signedPlan;
    edited.section(2).actions.front().status = ActionStatus::Achieved;
    CHECK_FALSE(isEditAllowed(signedPlan, edited));

    ActionPlan reopened = signedPlan;
    CHECK_FALSE(reopenPlan(reopened, {2024, 9, 1}, QStringLiteral("Lead"), QStringLiteral("  ")));
    REQUIRE(reopenPlan(reopened, {2024, 9, 1}, QStringLiteral("Lead"), QStringLiteral("New survey results")));
    CHECK_FALSE(reopened.isSignedOff());
    REQUIRE(reopened.reopenings.size() == 1);
    CHECK(reopened.reopenings.front().reason == QStringLiteral("New survey results"));
    CHECK(reopened.reopenings.front().date == QDate(2024, 9, 1));
    CHECK(reopened.reopenings.front().previousSignOff == signOff);
    CHECK(isEditAllowed(signedPlan, reopened));

    // Reopening and sneaking in another change at the same time is still an edit.
    ActionPlan sneaky = reopened;
    sneaky.section(2).actions.front().status = ActionStatus::Achieved;
    CHECK_FALSE(isEditAllowed(signedPlan, sneaky));
    // Once reopened, edits are allowed again.
    CHECK(isEditAllowed(reopened, sneaky));
}

TEST_CASE("The overview counts by status and section and finds overdue actions", "[plan]")
{
    ActionPlan plan = newPlan(demoAuthority(), 2024);
    const QDate today(2024, 10, 1);
    plan.section(2).actions = {makeAction(QStringLiteral("late"), ActionStatus::OnTrack, {2024, 9, 30}),
                               makeAction(QStringLiteral("due today"), ActionStatus::AtRisk, today),
                               makeAction(QStringLiteral("done late"), ActionStatus::Achieved, {2024, 1, 1})};
    plan.section(8).actions = {makeAction(QStringLiteral("later"), ActionStatus::NotStarted, {2025, 1, 1}),
                               makeAction(QStringLiteral("very late"), ActionStatus::RolledOver, {2024, 3, 1}),
                               makeAction(QStringLiteral("dropped late"), ActionStatus::Dropped, {2024, 3, 1})};
    const PlanOverview overview = planOverview(plan, nullptr, today);
    CHECK(overview.totalActions == 6);
    CHECK(overview.byStatus.at(ActionStatus::OnTrack) == 1);
    CHECK(overview.byStatus.at(ActionStatus::Dropped) == 1);
    CHECK(overview.byStatus.at(ActionStatus::RolledOver) == 1);
    CHECK(overview.bySection.at(2) == 3);
    CHECK(overview.bySection.at(8) == 3);
    CHECK(overview.bySection.at(5) == 0);
    REQUIRE(overview.overdue.size() == 2);
    CHECK(overview.overdue[0].details == QStringLiteral("very late"));
    CHECK(overview.overdue[1].details == QStringLiteral("late"));
    CHECK(overview.silentSections.empty());
}

TEST_CASE("Sections outside the range with no action are flagged until an action is added", "[plan]")
{
    const MetricReport report = demoReport(2024);
    std::set<int> outside;
    for (int n = 1; n <= kPlanSectionCount; ++n)
        if (sectionOutsideRange(n, report))
            outside.insert(n);
    // The demo is built to show adverse results; a section with a within-range result must not be flagged.
    REQUIRE_FALSE(outside.empty());
    REQUIRE(outside.size() < 9);

    ActionPlan plan = newPlan(demoAuthority(), 2024);
    PlanOverview overview = planOverview(plan, &report, {2024, 10, 1});
    CHECK(std::set<int>(overview.silentSections.begin(), overview.silentSections.end()) == outside);

    const int first = *outside.begin();
    plan.section(first).actions.push_back(makeAction(QStringLiteral("Dropped idea"), ActionStatus::Dropped));
    overview = planOverview(plan, &report, {2024, 10, 1});
    CHECK(std::count(overview.silentSections.begin(), overview.silentSections.end(), first) == 1);

    plan.section(first).actions.push_back(makeAction(QStringLiteral("Real action"), ActionStatus::NotStarted));
    overview = planOverview(plan, &report, {2024, 10, 1});
    CHECK(std::count(overview.silentSections.begin(), overview.silentSections.end(), first) == 0);
    CHECK(overview.silentSections.size() == outside.size() - 1);
}

TEST_CASE("Section 7 covers both harassment results 7a and 7b", "[plan]")
{
    CHECK(sectionMetrics(7) == std::vector<MetricId>{MetricId::M7a, MetricId::M7b});
    CHECK(sectionOf(MetricId::M7a) == 7);
    CHECK(sectionOf(MetricId::M7b) == 7);
    CHECK(sectionOf(MetricId::M8) == 8);
    for (int n = 1; n <= kPlanSectionCount; ++n)
        CHECK_FALSE(sectionWording(n).isEmpty());
}
