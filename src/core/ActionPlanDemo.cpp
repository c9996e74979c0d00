// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlanDemo.h"

#include "ActionPlanStore.h"
#include "Database.h"
#include "DemoData.h"

#include <QCoreApplication>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ActionPlanDemo", text);
}

PlanAction action(const QString &details, const QString &timescale, const QString &measure, const QString &lead,
                  ImprovementArea area, QDate start, QDate due, ActionStatus status)
{
    PlanAction a = newAction();
    a.details = details;
    a.timescale = timescale;
    a.successMeasure = measure;
    a.lead = lead;
    a.area = area;
    a.start = start;
    a.due = due;
    a.status = status;
    return a;
}

const AnnualReturn *findYear(const std::vector<AnnualReturn> &returns, int year)
{
    for (const AnnualReturn &r : returns)
        if (r.year == year)
            return &r;
    return nullptr;
}

ActionPlan plan2023(const Authority &authority, const std::vector<AnnualReturn> &returns)
{
    ActionPlan plan = newPlan(authority, 2023);
    plan.evaluation = tr("The SC-WRES project group (HR business partner, Principal Social Workers, the Race Equality "
                         "staff network and the communications team) reviews progress monthly. The plan goes to the "
                         "Corporate Leadership Team each quarter and to the lead member twice a year.");
    plan.otherActions = tr("- Share the SC-WRES findings at the adult and children's social care staff conferences\n"
                           "- Publish a short staff summary of the data on the intranet");
    plan.staffEngagement = {YesNo::Yes, tr("Staff Engagement Framework:\n- Quarterly staff survey with ethnicity "
                                           "monitoring\n- Race Equality staff network with a director sponsor\n- "
                                           "\"You said, we did\" updates after every survey")};

    PlanAction m2a = action(tr("Review shortlisting and interview practice with HR; add a staff network member to "
                               "every interview panel for social work posts."),
                            tr("6 – 12 months"),
                            tr("Every social work interview panel includes a staff network member; the appointment "
                               "ratio moves towards 1.0."),
                            tr("Recruitment team"), ImprovementArea::RecruitmentAndRetention, {2023, 6, 1},
                            {2024, 3, 31}, ActionStatus::OnTrack);
    m2a.notes = {{{2023, 10, 2}, tr("Panel guidance agreed with HR; 12 network members trained.")},
                 {{2024, 3, 28}, tr("Panels in place for qualified roles; not yet for support roles.")}};
    plan.section(2).actions.push_back(m2a);
    PlanAction m2b = action(tr("Anonymise application forms for all social care vacancies."), tr("3 months"),
                            tr("Anonymised shortlisting in use for every vacancy."), tr("HR systems team"),
                            ImprovementArea::RecruitmentAndRetention, {2023, 5, 1}, {2023, 9, 30},
                            ActionStatus::Achieved);
    m2b.notes = {{{2023, 9, 15}, tr("Recruitment system switched to anonymised shortlisting.")}};
    plan.section(2).actions.push_back(m2b);

    PlanAction m3 = action(tr("Introduce a pre-disciplinary check: a second manager reviews every case before a "
                              "formal process starts."),
                           tr("6 months"), tr("Every formal case has a recorded pre-disciplinary review."),
                           tr("Head of HR operations"), ImprovementArea::PerformanceAndFairness, {2023, 7, 1},
                           {2023, 12, 31}, ActionStatus::Achieved);
    m3.notes = {{{2023, 12, 12}, tr("Checklist in use since November; audited by HR.")}};
    plan.section(3).actions.push_back(m3);

    PlanAction m5 = action(tr("Ring-fence places on the Aspiring Managers programme for minority ethnic staff."),
                           tr("12 months"), tr("Minority ethnic staff take up at least a third of the places."),
                           tr("Workforce development team"), ImprovementArea::ProgressionAndDevelopment,
                           {2023, 9, 1}, {2024, 6, 30}, ActionStatus::AtRisk);
    m5.notes = {{{2024, 2, 1}, tr("Programme budget delayed to the new financial year.")}};
    plan.section(5).actions.push_back(m5);

    plan.section(6).actions.push_back(
        action(tr("Run a zero-tolerance campaign about abuse from the public, with a clear reporting route."),
               tr("6 – 12 months"), tr("Reports of abuse from the public are logged and answered within 5 days."),
               tr("Communications team"), ImprovementArea::Culture, {2023, 6, 1}, {2024, 1, 31},
               ActionStatus::Dropped));
    plan.section(7).actions.push_back(
        action(tr("Train every manager in the Race Equality Code and inclusive supervision."), tr("12 months"),
               tr("90% of managers trained; fewer reports of harassment from managers in the staff survey."),
               tr("Learning and development team"), ImprovementArea::Leadership, {2023, 9, 1}, {2024, 9, 30},
               ActionStatus::OnTrack));
    plan.section(9).actions.push_back(
        action(tr("Start a reverse mentoring scheme pairing senior managers with minority ethnic staff."),
               tr("6 months"), tr("Twelve pairs meet monthly; the scheme is evaluated by the staff network."),
               tr("Race Equality staff network"), ImprovementArea::Leadership, {2023, 6, 1}, {2023, 12, 31},
               ActionStatus::Achieved));

    if (const AnnualReturn *now = findYear(returns, 2023))
        draftNarratives(plan, planDataReport(*now, findYear(returns, 2022)));
    signOffPlan(plan, SignOff{tr("Corporate Director of People (demo)"), tr("Senior sponsor"), {2023, 7, 14}});
    return plan;
}

ActionPlan plan2024(const ActionPlan &previous, const Authority &authority, const std::vector<AnnualReturn> &returns)
{
    ActionPlan plan = rollOver(previous, authority, 2024);
    plan.learningFromLastYear =
        tr("Anonymised shortlisting and the pre-disciplinary check were put in place quickly and the data moved. "
           "The public-facing campaign was dropped: the staff network asked for a reporting route first.");
    for (EvaluationEntry &row : plan.lastYearEvaluation)
        if (row.finalStatus == ActionStatus::Dropped)
            row.outcome = tr("Replaced by a reporting route for abuse from the public (see metric 6).");
    // The rolled-over actions have been reviewed for the new year.
    for (MetricSection &s : plan.sections)
        for (PlanAction &a : s.actions) {
            a.status = a.area == ImprovementArea::ProgressionAndDevelopment ? ActionStatus::AtRisk
                                                                             : ActionStatus::OnTrack;
            a.due = a.due.addYears(1);
            a.notes = {{{2024, 5, 20}, tr("Carried into the 2024 plan; reviewed by the project group.")}};
        }
    plan.section(6).actions.push_back(action(
        tr("Add a \"report abuse from the public\" button to the case management system, reviewed by the staff "
           "network."),
        tr("3 – 6 months"), tr("Reports are logged and every one is answered within 5 working days."),
        tr("Business systems team"), ImprovementArea::StaffVoice, {2024, 6, 1}, {2024, 11, 30},
        ActionStatus::OnTrack));
    plan.section(8).actions.push_back(action(
        tr("Offer every leaver an exit conversation with a staff network member; report themes quarterly."),
        tr("6 – 12 months"), tr("Anonymised themes reach the project group each quarter."), tr("HR business partner"),
        ImprovementArea::RecruitmentAndRetention, {2024, 7, 1}, {2025, 3, 31}, ActionStatus::NotStarted));
    if (const AnnualReturn *now = findYear(returns, 2024))
        draftNarratives(plan, planDataReport(*now, findYear(returns, 2023)));
    return plan;
}

} // namespace

std::vector<ActionPlan> demoPlans(const Authority &authority, const std::vector<AnnualReturn> &returns)
{
    const ActionPlan first = plan2023(authority, returns);
    return {first, plan2024(first, authority, returns)};
}

bool writeDemoPlans(Database &database, QString *error)
{
    const auto authority = database.authorityByName(demoAuthorityName());
    if (!authority) {
        if (error)
            *error = tr("The demo authority is not in the database.");
        return false;
    }
    ActionPlanStore store(database);
    for (const ActionPlan &plan : demoPlans(*authority, demoReturns()))
        if (!store.save(plan)) {
            if (error)
                *error = store.lastError();
            return false;
        }
    return true;
}

} // namespace scwres
