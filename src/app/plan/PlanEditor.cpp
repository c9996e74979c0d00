// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanEditor.h"

#include "PlanChangeCommand.h"
#include "window/Workspace.h"

#include "ActionPlanStore.h"
#include "Completeness.h"
#include "Database.h"
#include "export/Suppression.h"

#include <QLocale>

namespace scwres {

bool PlanEditor::isReadOnly() const
{
    return !m_plan || m_plan->isSignedOff() || m_workspace->isReadOnly();
}

PlanEditor::PlanEditor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(m_workspace, &Workspace::selectionChanged, this, &PlanEditor::reload);
    connect(m_workspace, &Workspace::databaseChanged, this, &PlanEditor::reload);
    connect(m_workspace, &Workspace::planStored, this, [this](long long authorityId, int year) {
        if (authorityId == m_authorityId && year == m_year)
            reload();
        else
            Q_EMIT planChanged(); // "start next year's plan" depends on other years' plans
    });
    connect(m_workspace, &Workspace::returnChanged, this, [this](const QString &, int year) {
        // Last year's return feeds this year's change figures too.
        if (year == m_year || year == m_year - 1) {
            reloadReport();
            Q_EMIT planChanged();
        }
    });
    reload();
}

std::optional<Authority> PlanEditor::authority() const
{
    Database *db = m_workspace->database();
    if (!db || m_authorityId == 0)
        return std::nullopt;
    return db->authority(m_authorityId);
}

bool PlanEditor::hasPlan(int year) const
{
    Database *db = m_workspace->database();
    return db && m_authorityId != 0 && ActionPlanStore(*db).exists(m_authorityId, year);
}

void PlanEditor::reload()
{
    m_authorityId = m_workspace->currentAuthorityId();
    m_year = m_workspace->currentYear();
    m_plan.reset();
    if (Database *db = m_workspace->database(); db && m_authorityId != 0 && m_year != 0)
        m_plan = ActionPlanStore(*db).load(m_authorityId, m_year);
    reloadReport();
    Q_EMIT planChanged();
}

void PlanEditor::reloadReport()
{
    m_report.reset();
    m_return.reset();
    m_previousReturn.reset();
    Database *db = m_workspace->database();
    if (!db || m_authorityId == 0 || m_year == 0)
        return;
    const auto current = db->loadReturn(m_authorityId, m_year);
    if (!current)
        return;
    const auto previous = completeOnly(db->loadReturn(m_authorityId, m_year - 1));
    m_report = planDataReport(*current, previous ? &*previous : nullptr);
    m_return = current;
    m_previousReturn = previous;
}

QString PlanEditor::suggestedMeasure(int section) const
{
    if (!m_report || !m_return)
        return {};
    SuppressionPolicy publication;
    publication.enabled = true;
    // Built when asked (the pattern is cached by DisclosureControl), not on every reload.
    const ReportSuppression published = ReportSuppression::build(
        *m_return, m_previousReturn ? &*m_previousReturn : nullptr, {*m_report}, publication);
    return published.suggestedMeasure(sectionMetrics(section), *m_report);
}

bool PlanEditor::edit(const ActionPlan &after, const QString &text, const QString &mergeKey)
{
    if (!m_plan)
        return false;
    if (!isEditAllowed(*m_plan, after)) {
        Q_EMIT refused(tr("This plan is signed off. Use \"Reopen for changes\" to change it."));
        return false;
    }
    if (after == *m_plan)
        return true;
    auto *command = new PlanChangeCommand(this, m_authorityId, m_year, m_plan, after, text);
    command->setMergeKey(mergeKey);
    m_workspace->pushPlanChange(m_authorityId, m_year, command);
    return true;
}

bool PlanEditor::createPlan()
{
    const auto profile = authority();
    if (!profile || m_year == 0 || m_plan)
        return false;
    ActionPlan plan = newPlan(*profile, m_year);
    if (m_report)
        draftNarratives(plan, *m_report);
    m_workspace->pushPlanChange(m_authorityId, m_year,
                                new PlanChangeCommand(this, m_authorityId, m_year, std::nullopt, plan,
                                                      tr("Create the %1 action plan").arg(m_year)));
    return true;
}

bool PlanEditor::startNextYear()
{
    const auto profile = authority();
    if (!profile || !m_plan || hasPlan(m_year + 1))
        return false;
    ActionPlan next = rollOver(*m_plan, *profile, m_year + 1);
    if (Database *db = m_workspace->database()) {
        if (const auto nextReturn = db->loadReturn(m_authorityId, m_year + 1)) {
            const auto thisReturn = completeOnly(db->loadReturn(m_authorityId, m_year));
            draftNarratives(next, planDataReport(*nextReturn, thisReturn ? &*thisReturn : nullptr));
        }
    }
    // The new year's first step, on its own stack: undoing it there removes the new plan.
    m_workspace->pushPlanChange(m_authorityId, m_year + 1,
                                new PlanChangeCommand(this, m_authorityId, m_year + 1, std::nullopt, next,
                                                      tr("Start the %1 action plan from %2").arg(m_year + 1).arg(m_year)));
    return true;
}

bool PlanEditor::restore(const ActionPlan &asThen, const QDateTime &moment)
{
    if (!m_plan)
        return false;
    if (m_plan->isSignedOff()) {
        Q_EMIT refused(tr("This plan is signed off. Use \"Reopen for changes\" to change it."));
        return false;
    }
    ActionPlan after = asThen;
    after.authorityId = m_authorityId;
    after.year = m_year;
    after.signOff = m_plan->signOff;
    after.reopenings = m_plan->reopenings;
    if (after == *m_plan)
        return true;
    auto *command = new PlanChangeCommand(this, m_authorityId, m_year, m_plan, after,
                                          tr("Restore as at %1").arg(QLocale().toString(moment.toLocalTime(),
                                                                                        QLocale::ShortFormat)));
    command->setHistoryNote(HistoryNote{QStringLiteral("restored"), moment.toUTC().toString(Qt::ISODateWithMs)});
    m_workspace->pushPlanChange(m_authorityId, m_year, command);
    return true;
}

bool PlanEditor::store(long long authorityId, int year, const std::optional<ActionPlan> &plan,
                       const HistoryNote &note)
{
    Database *db = m_workspace->database();
    if (!db)
        return false;
    ActionPlanStore store(*db);
    const bool ok = plan ? store.save(*plan, note) : store.remove(authorityId, year);
    if (!ok)
        Q_EMIT refused(tr("The action plan could not be saved: %1").arg(store.lastError()));
    if (authorityId == m_authorityId && year == m_year)
        m_plan = ok ? plan : store.load(authorityId, year);
    // Also for another year's plan: "start next year's plan" depends on whether it exists.
    Q_EMIT planChanged();
    return ok;
}

} // namespace scwres
