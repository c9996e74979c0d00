// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlan.h"
#include "PrintedFigure.h"
#include "YearChange.h"

#include "NationalFigures.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ActionPlan", text);
}

QString percent1(double value)
{
    return printedDecimals(value, 1);
}

QString rl2(double value)
{
    return printedTwoDecimals(value);
}

bool isOutside(MetricStatus status)
{
    return status == MetricStatus::AdverseToMinorityEthnic || status == MetricStatus::AdverseToWhite;
}

// The highest national band that has staff in it: metric 1 reads the top of the pay structure.
const BandShare *topBandWithStaff(const PayBandResult &bands)
{
    for (auto it = bands.nationalBands.rbegin(); it != bands.nationalBands.rend(); ++it)
        if (it->counts.total() > 0 && it->percentMinorityEthnic)
            return &*it;
    return nullptr;
}

QString payBandNarrative(const MetricReport &report)
{
    const PayBandResult &bands = report.payBands;
    if (!bands.collected)
        return tr("Pay band data were not collected, so metric 1 cannot be described.");
    QStringList lines;
    if (bands.workforce.percentMinorityEthnic)
        lines << tr("Minority ethnic staff are %1% of the directly employed workforce (white staff %2%, ethnicity "
                    "unknown %3%).")
                     .arg(percent1(*bands.workforce.percentMinorityEthnic),
                          percent1(bands.workforce.percentWhite.value_or(0)),
                          percent1(bands.workforce.percentUnknown.value_or(0)));
    for (const BandShare &band : bands.nationalBands) {
        if (!band.percentMinorityEthnic || !band.nationalBand)
            continue;
        QString line = tr("%1: %2% minority ethnic, %3% white.")
                           .arg(nationalBandName(*band.nationalBand), percent1(*band.percentMinorityEthnic),
                                percent1(band.percentWhite.value_or(0)));
        if (band.nationalPercentMinorityEthnic)
            line += QLatin1Char(' ')
                + tr("Nationally %1% of this band are minority ethnic.")
                      .arg(percent1(*band.nationalPercentMinorityEthnic));
        lines << line;
    }
    if (const BandShare *top = topBandWithStaff(bands)) {
        if (bands.adverseToMinorityEthnic)
            lines << tr("Minority ethnic staff are under-represented in the highest pay band (%1) compared with the "
                        "workforce as a whole.")
                         .arg(nationalBandName(*top->nationalBand));
        else
            lines << tr("Minority ethnic staff are not under-represented in the highest pay band (%1) compared with "
                        "the workforce as a whole.")
                         .arg(nationalBandName(*top->nationalBand));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ratioNarrative(const RatioResult &result, const NonAdverseRange &range)
{
    QStringList parts{result.sentence.isEmpty() ? likelihoodSentence(result) : result.sentence};
    if (result.relativeLikelihood) {
        if (result.status == MetricStatus::WithinRange)
            parts << tr("This is within the non-adverse range (%1 to %2).").arg(rl2(range.lower), rl2(range.upper));
        else if (isOutside(result.status))
            parts << tr("This is outside the non-adverse range (%1 to %2): %3.")
                         .arg(rl2(range.lower), rl2(range.upper), statusText(result.status).toLower());
    }
    if (result.previous && result.previous->relativeLikelihood) {
        const YearChange change =
            describeYearChange(result.id, result.previous->relativeLikelihood, result.relativeLikelihood, range);
        if (change.verdict != ChangeVerdict::NoComparison)
            parts << tr("In %1 the relative likelihood was %2 (%3).")
                         .arg(result.previous->year)
                         .arg(rl2(*result.previous->relativeLikelihood))
                         .arg(change.text);
        else
            parts << tr("In %1 the relative likelihood was %2.")
                         .arg(result.previous->year)
                         .arg(rl2(*result.previous->relativeLikelihood));
    }
    if (result.national)
        parts << tr("The national figure for %1 was %2.")
                     .arg(result.national->year)
                     .arg(rl2(result.national->relativeLikelihood));
    return parts.join(QLatin1Char(' '));
}

QString seniorGapNarrative(const SeniorManagerGaps &gaps)
{
    if (!gaps.percentMinorityEthnicSenior || !gaps.percentMinorityEthnicWorkforce)
        return {};
    return tr("%1% of senior managers are from a minority ethnic background, compared with %2% of the workforce.")
        .arg(percent1(*gaps.percentMinorityEthnicSenior), percent1(*gaps.percentMinorityEthnicWorkforce));
}

} // namespace

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted: return QStringLiteral("not_started");
    case ActionStatus::OnTrack: return QStringLiteral("on_track");
    case ActionStatus::AtRisk: return QStringLiteral("at_risk");
    case ActionStatus::Achieved: return QStringLiteral("achieved");
    case ActionStatus::Dropped: return QStringLiteral("dropped");
    case ActionStatus::RolledOver: return QStringLiteral("rolled_over");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    for (ActionStatus status : kActionStatuses)
        if (actionStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString actionStatusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted: return tr("Not started");
    case ActionStatus::OnTrack: return tr("On track");
    case ActionStatus::AtRisk: return tr("At risk");
    case ActionStatus::Achieved: return tr("Achieved");
    case ActionStatus::Dropped: return tr("Dropped");
    case ActionStatus::RolledOver: return tr("Rolled over");
    }
    return {};
}

bool isFinished(ActionStatus status)
{
    return status == ActionStatus::Achieved || status == ActionStatus::Dropped;
}

QString improvementAreaKey(ImprovementArea area)
{
    switch (area) {
    case ImprovementArea::Leadership: return QStringLiteral("leadership");
    case ImprovementArea::StaffVoice: return QStringLiteral("staff_voice");
    case ImprovementArea::Culture: return QStringLiteral("culture");
    case ImprovementArea::ProgressionAndDevelopment: return QStringLiteral("progression_and_development");
    case ImprovementArea::RecruitmentAndRetention: return QStringLiteral("recruitment_and_retention");
    case ImprovementArea::PerformanceAndFairness: return QStringLiteral("performance_and_fairness");
    case ImprovementArea::CommunityImpact: return QStringLiteral("community_impact");
    }
    return {};
}

std::optional<ImprovementArea> improvementAreaFromKey(const QString &key)
{
    for (ImprovementArea area : kImprovementAreas)
        if (improvementAreaKey(area) == key)
            return area;
    return std::nullopt;
}

QString improvementAreaText(ImprovementArea area)
{
    switch (area) {
    case ImprovementArea::Leadership: return tr("Leadership");
    case ImprovementArea::StaffVoice: return tr("Staff voice");
    case ImprovementArea::Culture: return tr("Culture");
    case ImprovementArea::ProgressionAndDevelopment: return tr("Progression and staff development");
    case ImprovementArea::RecruitmentAndRetention: return tr("Recruitment and retention");
    case ImprovementArea::PerformanceAndFairness: return tr("Performance and fairness");
    case ImprovementArea::CommunityImpact: return tr("Community impact");
    }
    return {};
}

std::vector<MetricId> sectionMetrics(int section)
{
    switch (section) {
    case 1: return {MetricId::M1};
    case 2: return {MetricId::M2};
    case 3: return {MetricId::M3};
    case 4: return {MetricId::M4};
    case 5: return {MetricId::M5};
    case 6: return {MetricId::M6};
    case 7: return {MetricId::M7a, MetricId::M7b};
    case 8: return {MetricId::M8};
    case 9: return {MetricId::M9};
    default: return {};
    }
}

int sectionOf(MetricId id)
{
    for (int section = 1; section <= kPlanSectionCount; ++section)
        for (MetricId m : sectionMetrics(section))
            if (m == id)
                return section;
    return 0;
}

QString sectionWording(int section)
{
    if (section == 7)
        // The template's single block for 7a and 7b.
        return tr("Relative likelihood of minority ethnic staff reporting harassment, bullying or abuse from "
                  "colleagues or managers, compared to white staff.");
    const std::vector<MetricId> metrics = sectionMetrics(section);
    return metrics.empty() ? QString() : metricWording(metrics.front());
}

QString sectionTitle(int section)
{
    return tr("Metric %1").arg(section);
}

bool PlanAction::operator==(const PlanAction &o) const
{
    return uid == o.uid && details == o.details && timescale == o.timescale && successMeasure == o.successMeasure
        && lead == o.lead && area == o.area && start == o.start && due == o.due && status == o.status
        && notes == o.notes && rolledOverFrom == o.rolledOverFrom;
}

PlanAction newAction()
{
    PlanAction action;
    action.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return action;
}

bool MetricSection::operator==(const MetricSection &o) const
{
    return number == o.number && narrative == o.narrative && narrativeEdited == o.narrativeEdited
        && attachChart == o.attachChart && actions == o.actions;
}

bool PlanHeader::operator==(const PlanHeader &o) const
{
    return authorityName == o.authorityName && sponsor == o.sponsor && programmeLead == o.programmeLead
        && staffVoiceLead == o.staffVoiceLead && principalSocialWorkerAdults == o.principalSocialWorkerAdults
        && principalSocialWorkerChildren == o.principalSocialWorkerChildren && directEmployees == o.directEmployees;
}

PlanHeader headerFromAuthority(const Authority &authority)
{
    PlanHeader header;
    header.authorityName = authority.name;
    header.sponsor = authority.sponsor;
    header.programmeLead = authority.programmeLead;
    header.staffVoiceLead = authority.staffVoiceLead;
    header.principalSocialWorkerAdults = authority.principalSocialWorkerAdults;
    header.principalSocialWorkerChildren = authority.principalSocialWorkerChildren;
    header.directEmployees = authority.directEmployees;
    return header;
}

QString yesNoKey(YesNo answer)
{
    switch (answer) {
    case YesNo::Unanswered: return QStringLiteral("unanswered");
    case YesNo::Yes: return QStringLiteral("yes");
    case YesNo::No: return QStringLiteral("no");
    }
    return {};
}

std::optional<YesNo> yesNoFromKey(const QString &key)
{
    for (YesNo answer : {YesNo::Unanswered, YesNo::Yes, YesNo::No})
        if (yesNoKey(answer) == key)
            return answer;
    return std::nullopt;
}

bool EvaluationEntry::operator==(const EvaluationEntry &o) const
{
    return actionUid == o.actionUid && section == o.section && details == o.details && finalStatus == o.finalStatus
        && carriedForward == o.carriedForward && outcome == o.outcome;
}

ActionPlan::ActionPlan()
{
    for (int i = 0; i < kPlanSectionCount; ++i)
        sections[static_cast<size_t>(i)].number = i + 1;
}

PlanAction *ActionPlan::findAction(const QString &uid, int *sectionNumber)
{
    return const_cast<PlanAction *>(static_cast<const ActionPlan *>(this)->findAction(uid, sectionNumber));
}

const PlanAction *ActionPlan::findAction(const QString &uid, int *sectionNumber) const
{
    for (const MetricSection &s : sections)
        for (const PlanAction &a : s.actions)
            if (a.uid == uid) {
                if (sectionNumber)
                    *sectionNumber = s.number;
                return &a;
            }
    return nullptr;
}

int ActionPlan::actionCount() const
{
    int count = 0;
    for (const MetricSection &s : sections)
        count += static_cast<int>(s.actions.size());
    return count;
}

bool ActionPlan::operator==(const ActionPlan &o) const
{
    return authorityId == o.authorityId && year == o.year && header == o.header && evaluation == o.evaluation
        && learningFromLastYear == o.learningFromLastYear && sections == o.sections && otherActions == o.otherActions
        && staffEngagement == o.staffEngagement && signOff == o.signOff && reopenings == o.reopenings
        && startedFromYear == o.startedFromYear && lastYearEvaluation == o.lastYearEvaluation;
}

ActionPlan newPlan(const Authority &authority, int year)
{
    ActionPlan plan;
    plan.authorityId = authority.id;
    plan.year = year;
    plan.header = headerFromAuthority(authority);
    return plan;
}

MetricReport planDataReport(const AnnualReturn &current, const AnnualReturn *previous, NonAdverseRange range)
{
    static const NationalFigures national = NationalFigures::builtIn();
    return MetricEngine(range).compute(current, AreaSelection::Combined, previous, &national);
}

QString draftNarrative(int section, const MetricReport &report)
{
    if (section == 1)
        return payBandNarrative(report);
    QStringList paragraphs;
    for (MetricId id : sectionMetrics(section)) {
        const auto found = report.ratios.find(id);
        if (found == report.ratios.end())
            continue;
        QString text = ratioNarrative(found->second, report.range);
        if (section == 7) // two results in one block: say which is which
            text = (id == MetricId::M7a ? tr("From colleagues (7a): %1") : tr("From managers (7b): %1")).arg(text);
        paragraphs << text;
    }
    if (section == 9) {
        const QString gaps = seniorGapNarrative(report.seniorManagers);
        if (!gaps.isEmpty())
            paragraphs << gaps;
    }
    return paragraphs.join(QLatin1Char('\n'));
}

std::vector<int> draftNarratives(ActionPlan &plan, const MetricReport &report)
{
    std::vector<int> changed;
    for (MetricSection &s : plan.sections) {
        if (s.narrativeEdited)
            continue;
        const QString text = draftNarrative(s.number, report);
        if (text != s.narrative) {
            s.narrative = text;
            changed.push_back(s.number);
        }
    }
    return changed;
}

bool sectionOutsideRange(int section, const MetricReport &report)
{
    if (section == 1)
        return report.payBands.collected && report.payBands.adverseToMinorityEthnic;
    for (MetricId id : sectionMetrics(section)) {
        const auto found = report.ratios.find(id);
        if (found != report.ratios.end() && isOutside(found->second.status))
            return true;
    }
    return false;
}

void signOffPlan(ActionPlan &plan, const SignOff &signOff)
{
    plan.signOff = signOff;
}

bool reopenPlan(ActionPlan &plan, const QDate &date, const QString &by, const QString &reason)
{
    if (!plan.signOff || reason.trimmed().isEmpty())
        return false;
    plan.reopenings.push_back(Reopening{date, by.trimmed(), reason.trimmed(), *plan.signOff});
    plan.signOff.reset();
    return true;
}

bool isEditAllowed(const ActionPlan &before, const ActionPlan &after)
{
    if (!before.isSignedOff())
        return true;
    // The one change a signed-off plan accepts: its reopening, and nothing else with it.
    ActionPlan expected = before;
    if (after.reopenings.size() != before.reopenings.size() + 1)
        return false;
    expected.signOff.reset();
    expected.reopenings.push_back(after.reopenings.back());
    return after.reopenings.back().previousSignOff == *before.signOff && !after.reopenings.back().reason.isEmpty()
        && expected == after;
}

ActionPlan rollOver(const ActionPlan &previous, const Authority &authority, int newYear)
{
    ActionPlan next = newPlan(authority, newYear);
    // The profile is the current truth; last year's plan fills only what the profile lacks.
    const PlanHeader &old = previous.header;
    PlanHeader &h = next.header;
    auto fill = [](QString &field, const QString &fallback) {
        if (field.trimmed().isEmpty())
            field = fallback;
    };
    fill(h.authorityName, old.authorityName);
    fill(h.sponsor, old.sponsor);
    fill(h.programmeLead, old.programmeLead);
    fill(h.staffVoiceLead, old.staffVoiceLead);
    fill(h.principalSocialWorkerAdults, old.principalSocialWorkerAdults);
    fill(h.principalSocialWorkerChildren, old.principalSocialWorkerChildren);
    if (!h.directEmployees)
        h.directEmployees = old.directEmployees;

    next.evaluation = previous.evaluation;
    next.otherActions = previous.otherActions;
    next.staffEngagement = previous.staffEngagement;
    next.startedFromYear = previous.year;

    for (const MetricSection &s : previous.sections) {
        MetricSection &target = next.section(s.number);
        target.attachChart = s.attachChart;
        for (const PlanAction &action : s.actions) {
            const bool carried = !isFinished(action.status);
            EvaluationEntry row;
            row.actionUid = action.uid;
            row.section = s.number;
            row.details = action.details;
            row.finalStatus = action.status;
            row.carriedForward = carried;
            if (!action.notes.empty())
                row.outcome = action.notes.back().text;
            next.lastYearEvaluation.push_back(row);
            if (!carried)
                continue;
            PlanAction copy = action;
            copy.uid = newAction().uid;
            copy.rolledOverFrom = action.uid;
            copy.status = ActionStatus::RolledOver;
            copy.notes.clear(); // last year's notes stay with last year's action, reachable by the link
            target.actions.push_back(copy);
        }
    }
    return next;
}

PlanOverview planOverview(const ActionPlan &plan, const MetricReport *report, const QDate &today)
{
    PlanOverview overview;
    for (ActionStatus status : kActionStatuses)
        overview.byStatus[status] = 0;
    for (const MetricSection &s : plan.sections) {
        overview.bySection[s.number] = static_cast<int>(s.actions.size());
        bool hasLiveAction = false;
        for (const PlanAction &a : s.actions) {
            ++overview.totalActions;
            ++overview.byStatus[a.status];
            if (a.status != ActionStatus::Dropped)
                hasLiveAction = true;
            if (a.due.isValid() && a.due < today && !isFinished(a.status))
                overview.overdue.push_back(OverdueAction{s.number, a.uid, a.details, a.due});
        }
        if (report && !hasLiveAction && sectionOutsideRange(s.number, *report))
            overview.silentSections.push_back(s.number);
    }
    std::stable_sort(overview.overdue.begin(), overview.overdue.end(),
                     [](const OverdueAction &a, const OverdueAction &b) { return a.due < b.due; });
    return overview;
}

} // namespace scwres
