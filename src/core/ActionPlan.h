// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "Authority.h"
#include "Metric.h"
#include "MetricEngine.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace scwres {

// The SC-WRES action plan of one authority for one year, as the Skills for Care template
// ("SC-WRES action plan, Phase 2") lays it out; docs/action-plan.md maps every field to the
// template's headings. Plain values: the store saves them, the panel edits them, the exports
// write them. Text fields are plain text; line breaks and "- " lists are kept as typed.
//
// Sections: the template has nine metric blocks. Metric 7 is one block ("harassment, bullying or
// abuse from colleagues or managers") although the engine reports it as two results, 7a
// (colleagues) and 7b (managers) that are never merged: section 7 shows both sentences and is
// "outside the range" when either is. Every other section is exactly one metric.

// Where an action stands. RolledOver: carried from last year's plan and not yet re-assessed.
enum class ActionStatus { NotStarted, OnTrack, AtRisk, Achieved, Dropped, RolledOver };
inline constexpr std::array<ActionStatus, 6> kActionStatuses{ActionStatus::NotStarted, ActionStatus::OnTrack,
                                                             ActionStatus::AtRisk,     ActionStatus::Achieved,
                                                             ActionStatus::Dropped,    ActionStatus::RolledOver};
QString actionStatusKey(ActionStatus status); // "not_started", "on_track", … (database and JSON)
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QString actionStatusText(ActionStatus status); // "Not started", … (translatable)
// Achieved and dropped actions are finished: not overdue, not carried into next year's plan.
bool isFinished(ActionStatus status);

// The seven improvement areas of the Skills for Care improvement guidance (seeds' guidance page).
enum class ImprovementArea {
    Leadership,                   // metrics 1 and 9
    StaffVoice,                   // all metrics
    Culture,                      // all metrics
    ProgressionAndDevelopment,    // metrics 2 and 5
    RecruitmentAndRetention,      // metrics 2 and 8
    PerformanceAndFairness,       // metrics 3 and 4
    CommunityImpact,              // metric 9
};
inline constexpr std::array<ImprovementArea, 7> kImprovementAreas{
    ImprovementArea::Leadership,
    ImprovementArea::StaffVoice,
    ImprovementArea::Culture,
    ImprovementArea::ProgressionAndDevelopment,
    ImprovementArea::RecruitmentAndRetention,
    ImprovementArea::PerformanceAndFairness,
    ImprovementArea::CommunityImpact};
QString improvementAreaKey(ImprovementArea area); // "leadership", "staff_voice", …
std::optional<ImprovementArea> improvementAreaFromKey(const QString &key);
QString improvementAreaText(ImprovementArea area);

// The plan's nine metric sections, numbered 1-9 as in the template.
inline constexpr int kPlanSectionCount = 9;
// The engine's metrics a section reports on: {M7a, M7b} for 7, one metric for the others.
std::vector<MetricId> sectionMetrics(int section);
// The template's metric wording for the section (metric 7 covers colleagues and managers).
QString sectionWording(int section);
// "Metric 7"; for headings.
QString sectionTitle(int section);
// The section that holds a metric's actions (7a and 7b: 7).
int sectionOf(MetricId id);

struct ProgressNote {
    QDate date;
    QString text;
    bool operator==(const ProgressNote &o) const { return date == o.date && text == o.text; }
};

struct PlanAction {
    // Stable identity across saves and years (a UUID without braces): the roll-over link and the
    // evaluation table refer to it.
    QString uid;
    QString details;        // "Details of the action you'll take to identify change in this metric"
    QString timescale;      // "Timescale to start seeing a change" (free text: "6 – 12 months")
    QString successMeasure; // "How you'll know that this action is achieved"
    QString lead;           // a person or a team
    std::optional<ImprovementArea> area;
    QDate start; // invalid when not set
    QDate due;   // invalid when not set
    ActionStatus status = ActionStatus::NotStarted;
    std::vector<ProgressNote> notes; // oldest first
    QString rolledOverFrom;          // uid of the action in last year's plan; empty if new

    bool operator==(const PlanAction &o) const;
};
// A new action with a fresh uid.
PlanAction newAction();

struct MetricSection {
    int number = 1;   // 1-9
    QString narrative; // the data narrative under the metric's wording
    // The lead changed the drafted narrative: redrafting must ask before overwriting it.
    bool narrativeEdited = false;
    // "Additional charts and any further detail": the dashboard's chart of this metric is drawn
    // from the year's data when the plan is exported (never pasted in).
    bool attachChart = true;
    std::vector<PlanAction> actions; // in the plan's order

    bool operator==(const MetricSection &o) const;
};

// The template's header table. Filled from the authority profile, then the plan's own copy.
struct PlanHeader {
    QString authorityName;
    QString sponsor; // "Senior Director responsible for the SC-WRES (sponsor)"
    QString programmeLead;
    QString staffVoiceLead;
    QString principalSocialWorkerAdults;
    QString principalSocialWorkerChildren;
    std::optional<int> directEmployees; // "Number of (direct) employees"

    bool operator==(const PlanHeader &o) const;
};
PlanHeader headerFromAuthority(const Authority &authority);

enum class YesNo { Unanswered, Yes, No };
QString yesNoKey(YesNo answer); // "unanswered", "yes", "no"
std::optional<YesNo> yesNoFromKey(const QString &key);

struct StaffEngagement {
    YesNo hasPlanOrPolicy = YesNo::Unanswered; // "Do you have a staff engagement plan or policy?"
    QString keyPoints; // "Please summarise the key points from the staff engagement plan/policy"
    bool operator==(const StaffEngagement &o) const
    {
        return hasPlanOrPolicy == o.hasPlanOrPolicy && keyPoints == o.keyPoints;
    }
};

struct SignOff {
    QString name; // "Action Plan signed off by"
    QString role; // "Position / Role"
    QDate date;
    bool operator==(const SignOff &o) const { return name == o.name && role == o.role && date == o.date; }
};

// A signed-off plan opened again for changes; kept for the record and shown in the plan.
struct Reopening {
    QDate date;
    QString by;
    QString reason;
    SignOff previousSignOff; // the sign-off this reopening set aside
    bool operator==(const Reopening &o) const
    {
        return date == o.date && by == o.by && reason == o.reason && previousSignOff == o.previousSignOff;
    }
};

// One row of the evaluation of last year's plan, made when this plan was started from it.
struct EvaluationEntry {
    QString actionUid; // the action in last year's plan
    int section = 1;
    QString details;   // copied, so the table reads on its own even if last year's plan changes
    ActionStatus finalStatus = ActionStatus::NotStarted;
    bool carriedForward = false; // rolled over into this plan
    QString outcome;             // what happened; the lead writes it
    bool operator==(const EvaluationEntry &o) const;
};

struct ActionPlan {
    long long authorityId = 0;
    int year = 0;
    PlanHeader header;
    // "Please use this space to summarise how this action plan will be evaluated/continually reviewed"
    QString evaluation;
    // "You can reflect here on any learning on implementing your action plan" (last year's)
    QString learningFromLastYear;
    std::array<MetricSection, kPlanSectionCount> sections; // sections[i].number == i + 1
    QString otherActions; // "Please detail any other action/activities that you'll roll out"
    StaffEngagement staffEngagement;
    std::optional<SignOff> signOff; // present: signed off, the plan is read-only
    std::vector<Reopening> reopenings; // oldest first
    int startedFromYear = 0;           // the year rolled over from; 0 when started afresh
    std::vector<EvaluationEntry> lastYearEvaluation;

    ActionPlan();
    bool isSignedOff() const { return signOff.has_value(); }
    MetricSection &section(int number) { return sections.at(static_cast<size_t>(number - 1)); }
    const MetricSection &section(int number) const { return sections.at(static_cast<size_t>(number - 1)); }
    // The action with that uid, and its section number; null when absent.
    PlanAction *findAction(const QString &uid, int *sectionNumber = nullptr);
    const PlanAction *findAction(const QString &uid, int *sectionNumber = nullptr) const;
    int actionCount() const;
    bool operator==(const ActionPlan &o) const;
    bool operator!=(const ActionPlan &o) const { return !(*this == o); }
};

// A blank plan for the year with the header taken from the authority profile.
ActionPlan newPlan(const Authority &authority, int year);

// The metric results a plan's narratives and warnings are drawn from: the year's return for both
// service areas combined, with last year's return for the change and the built-in national figures.
MetricReport planDataReport(const AnnualReturn &current, const AnnualReturn *previous, NonAdverseRange range = {});

// The data narrative for a section, built from the metric engine's sentences (likelihoodSentence),
// last year's figure and the national figure when known. Empty when the report has nothing.
QString draftNarrative(int section, const MetricReport &report);
// Fills every narrative the lead has not edited (narrativeEdited false) from the report.
// Returns the sections whose text changed.
std::vector<int> draftNarratives(ActionPlan &plan, const MetricReport &report);

// Is the section's data outside the non-adverse range (either direction; metric 1: the top band's
// minority ethnic share below the workforce's)?
bool sectionOutsideRange(int section, const MetricReport &report);

// Sign-off rules. Signing records who and when; a signed-off plan accepts no change except
// reopening, which keeps a dated record with the reason and the sign-off it set aside.
void signOffPlan(ActionPlan &plan, const SignOff &signOff);
bool reopenPlan(ActionPlan &plan, const QDate &date, const QString &by, const QString &reason);
// May `after` replace `before` as a user edit? False when before is signed off and after is
// anything other than before reopened (undo and redo of recorded steps are not edits).
bool isEditAllowed(const ActionPlan &before, const ActionPlan &after);

// Starts next year's plan from this one: every action not achieved or dropped is copied as
// RolledOver with a new uid and rolledOverFrom linking to the original; every one of last year's
// actions gets an evaluation row with its final status and, as a first outcome note, its latest
// progress note. Header from the authority profile (last year's plan fills what the profile lacks);
// the evaluation approach, other activities, staff engagement and chart choices carry over;
// narratives, learning and sign-off start empty. `previous` itself is not changed.
ActionPlan rollOver(const ActionPlan &previous, const Authority &authority, int newYear);

// The plan at a glance.
struct OverdueAction {
    int section = 1;
    QString uid;
    QString details;
    QDate due;
};
struct PlanOverview {
    int totalActions = 0;
    std::map<ActionStatus, int> byStatus; // every status present, zero included
    std::map<int, int> bySection;         // every section 1-9 present, zero included
    std::vector<OverdueAction> overdue;   // due before today and not finished; by due date
    // Sections whose data are outside the non-adverse range and that have no action other than
    // dropped ones: the data say act, the plan is silent. Empty when no report is given.
    std::vector<int> silentSections;
};
// today is injected so that tests (and a report "as at" a date) do not depend on the clock.
PlanOverview planOverview(const ActionPlan &plan, const MetricReport *report, const QDate &today);

} // namespace scwres
