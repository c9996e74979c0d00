// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlanStore.h"

#include "Database.h"
#include "history/ChangeHistory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ActionPlanStore", text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, and "" is what an empty field is.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

ActionPlanStore::ActionPlanStore(Database &database)
    : m_database(database)
{
}

bool ActionPlanStore::fail()
{
    m_lastError = m_database.lastError();
    return false;
}

std::optional<long long> ActionPlanStore::planId(long long authorityId, int year)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM action_plan WHERE authority_id = ? AND year = ?"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    if (!m_database.exec(query)) {
        fail();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool ActionPlanStore::selectForPlan(QSqlQuery &query, const QString &sql, long long planId)
{
    query.prepare(sql);
    query.addBindValue(planId);
    return m_database.exec(query) || fail();
}

bool ActionPlanStore::exists(long long authorityId, int year)
{
    m_lastError.clear();
    return planId(authorityId, year).has_value();
}

std::vector<int> ActionPlanStore::years(long long authorityId)
{
    m_lastError.clear();
    std::vector<int> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT year FROM action_plan WHERE authority_id = ? ORDER BY year"));
    query.addBindValue(authorityId);
    if (!m_database.exec(query)) {
        fail();
        return result;
    }
    while (query.next())
        result.push_back(query.value(0).toInt());
    return result;
}

std::optional<ActionPlan> ActionPlanStore::load(long long authorityId, int year)
{
    m_lastError.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, authority_name, sponsor, programme_lead, staff_voice_lead, psw_adults, psw_children, "
        "direct_employees, evaluation, learning, other_actions, staff_engagement, staff_engagement_points, "
        "signed_off_by, signed_off_role, signed_off_date, started_from_year FROM action_plan "
        "WHERE authority_id = ? AND year = ?"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    if (!m_database.exec(query)) {
        fail();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;

    ActionPlan plan;
    plan.authorityId = authorityId;
    plan.year = year;
    const long long id = query.value(0).toLongLong();
    PlanHeader &h = plan.header;
    h.authorityName = query.value(1).toString();
    h.sponsor = query.value(2).toString();
    h.programmeLead = query.value(3).toString();
    h.staffVoiceLead = query.value(4).toString();
    h.principalSocialWorkerAdults = query.value(5).toString();
    h.principalSocialWorkerChildren = query.value(6).toString();
    if (!query.value(7).isNull())
        h.directEmployees = query.value(7).toInt();
    plan.evaluation = query.value(8).toString();
    plan.learningFromLastYear = query.value(9).toString();
    plan.otherActions = query.value(10).toString();
    plan.staffEngagement.hasPlanOrPolicy = yesNoFromKey(query.value(11).toString()).value_or(YesNo::Unanswered);
    plan.staffEngagement.keyPoints = query.value(12).toString();
    if (!query.value(15).isNull())
        plan.signOff = SignOff{query.value(13).toString(), query.value(14).toString(), dateFrom(query.value(15))};
    plan.startedFromYear = query.value(16).toInt();

    if (!selectForPlan(query, QStringLiteral(
        "SELECT section, narrative, narrative_edited, attach_chart FROM plan_section WHERE plan_id = ?"), id))
        return std::nullopt;
    while (query.next()) {
        const int number = query.value(0).toInt();
        if (number < 1 || number > kPlanSectionCount)
            continue;
        MetricSection &s = plan.section(number);
        s.narrative = query.value(1).toString();
        s.narrativeEdited = query.value(2).toBool();
        s.attachChart = query.value(3).toBool();
    }

    // Notes first, so each action picks its own up as it is read.
    std::map<QString, std::vector<ProgressNote>> notes;
    if (!selectForPlan(query, QStringLiteral(
        "SELECT action_uid, note_date, note FROM plan_progress_note WHERE plan_id = ? ORDER BY action_uid, position"), id))
        return std::nullopt;
    while (query.next())
        notes[query.value(0).toString()].push_back(ProgressNote{dateFrom(query.value(1)), query.value(2).toString()});

    if (!selectForPlan(query, QStringLiteral(
        "SELECT uid, section, details, timescale, success_measure, lead, improvement_area, start_date, due_date, "
        "status, rolled_over_from FROM plan_action WHERE plan_id = ? ORDER BY section, position"), id))
        return std::nullopt;
    while (query.next()) {
        const int number = query.value(1).toInt();
        if (number < 1 || number > kPlanSectionCount)
            continue;
        PlanAction a;
        a.uid = query.value(0).toString();
        a.details = query.value(2).toString();
        a.timescale = query.value(3).toString();
        a.successMeasure = query.value(4).toString();
        a.lead = query.value(5).toString();
        if (!query.value(6).isNull())
            a.area = improvementAreaFromKey(query.value(6).toString());
        a.start = dateFrom(query.value(7));
        a.due = dateFrom(query.value(8));
        a.status = actionStatusFromKey(query.value(9).toString()).value_or(ActionStatus::NotStarted);
        a.rolledOverFrom = query.value(10).toString();
        if (auto found = notes.find(a.uid); found != notes.end())
            a.notes = found->second;
        plan.section(number).actions.push_back(a);
    }

    if (!selectForPlan(query, QStringLiteral("SELECT reopened_on, reopened_by, reason, signed_off_by, signed_off_role, "
                                 "signed_off_date FROM plan_reopening WHERE plan_id = ? ORDER BY position"), id))
        return std::nullopt;
    while (query.next())
        plan.reopenings.push_back(Reopening{
            dateFrom(query.value(0)), query.value(1).toString(), query.value(2).toString(),
            SignOff{query.value(3).toString(), query.value(4).toString(), dateFrom(query.value(5))}});

    if (!selectForPlan(query, QStringLiteral("SELECT action_uid, section, details, final_status, carried_forward, outcome "
                                 "FROM plan_evaluation WHERE plan_id = ? ORDER BY position"), id))
        return std::nullopt;
    while (query.next()) {
        EvaluationEntry e;
        e.actionUid = query.value(0).toString();
        e.section = query.value(1).toInt();
        e.details = query.value(2).toString();
        e.finalStatus = actionStatusFromKey(query.value(3).toString()).value_or(ActionStatus::NotStarted);
        e.carriedForward = query.value(4).toBool();
        e.outcome = query.value(5).toString();
        plan.lastYearEvaluation.push_back(e);
    }
    return plan;
}

bool ActionPlanStore::save(const ActionPlan &plan, const HistoryNote &note)
{
    m_lastError.clear();
    if (plan.authorityId <= 0 || plan.year <= 0) {
        m_lastError = tr("The plan has no authority or year.");
        return false;
    }
    const bool ok = m_database.transaction([&] {
        const std::optional<ActionPlan> before = load(plan.authorityId, plan.year);
        QSqlQuery query(m_database.connection());
        // Upsert keeps the plan's row id stable across saves.
        query.prepare(QStringLiteral(
            "INSERT INTO action_plan (authority_id, year, authority_name, sponsor, programme_lead, staff_voice_lead, "
            "psw_adults, psw_children, direct_employees, evaluation, learning, other_actions, staff_engagement, "
            "staff_engagement_points, signed_off_by, signed_off_role, signed_off_date, started_from_year) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (authority_id, year) DO UPDATE SET authority_name = excluded.authority_name, "
            "sponsor = excluded.sponsor, programme_lead = excluded.programme_lead, "
            "staff_voice_lead = excluded.staff_voice_lead, psw_adults = excluded.psw_adults, "
            "psw_children = excluded.psw_children, direct_employees = excluded.direct_employees, "
            "evaluation = excluded.evaluation, learning = excluded.learning, "
            "other_actions = excluded.other_actions, staff_engagement = excluded.staff_engagement, "
            "staff_engagement_points = excluded.staff_engagement_points, signed_off_by = excluded.signed_off_by, "
            "signed_off_role = excluded.signed_off_role, signed_off_date = excluded.signed_off_date, "
            "started_from_year = excluded.started_from_year"));
        const PlanHeader &h = plan.header;
        query.addBindValue(plan.authorityId);
        query.addBindValue(plan.year);
        query.addBindValue(text(h.authorityName));
        query.addBindValue(text(h.sponsor));
        query.addBindValue(text(h.programmeLead));
        query.addBindValue(text(h.staffVoiceLead));
        query.addBindValue(text(h.principalSocialWorkerAdults));
        query.addBindValue(text(h.principalSocialWorkerChildren));
        query.addBindValue(h.directEmployees ? QVariant(*h.directEmployees) : QVariant());
        query.addBindValue(text(plan.evaluation));
        query.addBindValue(text(plan.learningFromLastYear));
        query.addBindValue(text(plan.otherActions));
        query.addBindValue(yesNoKey(plan.staffEngagement.hasPlanOrPolicy));
        query.addBindValue(text(plan.staffEngagement.keyPoints));
        query.addBindValue(text(plan.signOff ? plan.signOff->name : QString()));
        query.addBindValue(text(plan.signOff ? plan.signOff->role : QString()));
        // A sign-off without a date is still a sign-off: store today's rather than lose it.
        query.addBindValue(plan.signOff ? dateValue(plan.signOff->date.isValid() ? plan.signOff->date
                                                                                : QDate::currentDate())
                                        : QVariant());
        query.addBindValue(plan.startedFromYear);
        if (!m_database.exec(query))
            return false;
        const auto id = planId(plan.authorityId, plan.year);
        if (!id || !writeChildren(*id, plan))
            return false;
        // Recorded as it reads back, so that the history compares like with like.
        const std::optional<ActionPlan> after = load(plan.authorityId, plan.year);
        ChangeHistory history(m_database);
        if (!history.recordPlan(plan.authorityId, plan.year, before, after, note)) {
            m_database.setLastError(history.lastError());
            return false;
        }
        return true;
    });
    return ok || fail();
}

bool ActionPlanStore::writeChildren(long long id, const ActionPlan &plan)
{
    QSqlQuery query(m_database.connection());
    for (const char *table : {"plan_section", "plan_action", "plan_reopening", "plan_evaluation"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(QLatin1String(table)));
        query.addBindValue(id);
        if (!m_database.exec(query))
            return false;
    }

    QSqlQuery section(m_database.connection());
    section.prepare(QStringLiteral("INSERT INTO plan_section (plan_id, section, narrative, narrative_edited, "
                                   "attach_chart) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery action(m_database.connection());
    action.prepare(QStringLiteral(
        "INSERT INTO plan_action (plan_id, uid, section, position, details, timescale, success_measure, lead, "
        "improvement_area, start_date, due_date, status, rolled_over_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    QSqlQuery note(m_database.connection());
    note.prepare(QStringLiteral(
        "INSERT INTO plan_progress_note (plan_id, action_uid, position, note_date, note) VALUES (?, ?, ?, ?, ?)"));

    for (const MetricSection &s : plan.sections) {
        section.addBindValue(id);
        section.addBindValue(s.number);
        section.addBindValue(text(s.narrative));
        section.addBindValue(s.narrativeEdited ? 1 : 0);
        section.addBindValue(s.attachChart ? 1 : 0);
        if (!m_database.exec(section))
            return false;
        int position = 0;
        for (const PlanAction &a : s.actions) {
            action.addBindValue(id);
            action.addBindValue(text(a.uid));
            action.addBindValue(s.number);
            action.addBindValue(position++);
            action.addBindValue(text(a.details));
            action.addBindValue(text(a.timescale));
            action.addBindValue(text(a.successMeasure));
            action.addBindValue(text(a.lead));
            action.addBindValue(a.area ? QVariant(improvementAreaKey(*a.area)) : QVariant());
            action.addBindValue(dateValue(a.start));
            action.addBindValue(dateValue(a.due));
            action.addBindValue(actionStatusKey(a.status));
            action.addBindValue(text(a.rolledOverFrom));
            if (!m_database.exec(action))
                return false;
            int notePosition = 0;
            for (const ProgressNote &n : a.notes) {
                note.addBindValue(id);
                note.addBindValue(text(a.uid));
                note.addBindValue(notePosition++);
                note.addBindValue(dateValue(n.date));
                note.addBindValue(text(n.text));
                if (!m_database.exec(note))
                    return false;
            }
        }
    }

    QSqlQuery reopening(m_database.connection());
    reopening.prepare(QStringLiteral(
        "INSERT INTO plan_reopening (plan_id, position, reopened_on, reopened_by, reason, signed_off_by, "
        "signed_off_role, signed_off_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Reopening &r : plan.reopenings) {
        reopening.addBindValue(id);
        reopening.addBindValue(position++);
        reopening.addBindValue(dateValue(r.date));
        reopening.addBindValue(text(r.by));
        reopening.addBindValue(text(r.reason));
        reopening.addBindValue(text(r.previousSignOff.name));
        reopening.addBindValue(text(r.previousSignOff.role));
        reopening.addBindValue(dateValue(r.previousSignOff.date));
        if (!m_database.exec(reopening))
            return false;
    }

    QSqlQuery evaluation(m_database.connection());
    evaluation.prepare(QStringLiteral(
        "INSERT INTO plan_evaluation (plan_id, position, action_uid, section, details, final_status, "
        "carried_forward, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    position = 0;
    for (const EvaluationEntry &e : plan.lastYearEvaluation) {
        evaluation.addBindValue(id);
        evaluation.addBindValue(position++);
        evaluation.addBindValue(text(e.actionUid));
        evaluation.addBindValue(e.section);
        evaluation.addBindValue(text(e.details));
        evaluation.addBindValue(actionStatusKey(e.finalStatus));
        evaluation.addBindValue(e.carriedForward ? 1 : 0);
        evaluation.addBindValue(text(e.outcome));
        if (!m_database.exec(evaluation))
            return false;
    }
    return true;
}

bool ActionPlanStore::remove(long long authorityId, int year)
{
    m_lastError.clear();
    const bool ok = m_database.transaction([&] {
        const std::optional<ActionPlan> before = load(authorityId, year);
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM action_plan WHERE authority_id = ? AND year = ?"));
        query.addBindValue(authorityId);
        query.addBindValue(year);
        return m_database.exec(query)
            && ChangeHistory(m_database).recordPlan(authorityId, year, before, std::nullopt);
    });
    return ok || fail();
}

} // namespace scwres
