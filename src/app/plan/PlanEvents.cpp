// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanEvents.h"

#include "window/Dialogs.h"
#include "window/Workspace.h"

#include "ActionPlanStore.h"
#include "Database.h"

#include <QCoreApplication>
#include <QSettings>

namespace scwres::PlanEvents
{

namespace
{

const QString kReopenedByKey = QStringLiteral("people/reopenedBy");

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::PlanEvents", text);
}

bool store(Workspace *workspace, const ActionPlan &plan, QString *error)
{
    ActionPlanStore planStore(*workspace->database());
    if (!planStore.save(plan)) {
        if (error)
            *error = planStore.lastError();
        return false;
    }
    return true;
}

} // namespace

bool signOff(Workspace *workspace, long long authorityId, int year, const SignOff &signOff, QString *error)
{
    Database *db = workspace->database();
    if (!db)
        return false;
    auto plan = ActionPlanStore(*db).load(authorityId, year);
    if (!plan || plan->isSignedOff())
        return false;
    signOffPlan(*plan, signOff);
    if (!store(workspace, *plan, error))
        return false;
    // Nothing from before the sign-off may be undone: not the plan's edits, nor the figures'.
    workspace->closeHistory(authorityId, year);
    Q_EMIT workspace->planStored(authorityId, year);
    return true;
}

bool reopen(Workspace *workspace, long long authorityId, int year, const QDate &date, const QString &by,
    const QString &reason, QString *error)
{
    Database *db = workspace->database();
    if (!db)
        return false;
    auto plan = ActionPlanStore(*db).load(authorityId, year);
    if (!plan || !reopenPlan(*plan, date, by, reason))
        return false;
    if (!store(workspace, *plan, error))
        return false;
    workspace->closeHistory(authorityId, year);
    Q_EMIT workspace->planStored(authorityId, year);
    return true;
}

bool isReturnLocked(Workspace *workspace, long long authorityId, int year)
{
    Database *db = workspace->database();
    if (!db || authorityId == 0 || year == 0)
        return false;
    const auto plan = ActionPlanStore(*db).load(authorityId, year);
    return plan && plan->isSignedOff();
}

bool askAndReopen(QWidget *parent, Workspace *workspace, long long authorityId, int year, const QDate &today)
{
    bool ok = false;
    const QString reason = Dialogs::text(parent, tr("Reopen for changes"),
        tr("Why is the signed-off %1 plan being reopened? The reason is kept with "
           "the plan and in its history.")
            .arg(year),
        QString(), &ok);
    if (!ok)
        return false;
    if (reason.trimmed().isEmpty()) {
        Dialogs::warning(parent, tr("Reopen for changes"), tr("A reason is needed to reopen a signed-off plan."));
        return false;
    }
    Database *db = workspace->database();
    const auto plan = db ? ActionPlanStore(*db).load(authorityId, year) : std::nullopt;
    // "By": the person reopening it, asked (not the plan's programme lead, who may not be the one
    // at the keyboard) and remembered for this computer user as the next default. The history
    // also keeps the operating-system user.
    QSettings settings;
    const QString remembered = settings.value(kReopenedByKey).toString();
    const QString by = Dialogs::text(parent, tr("Reopen for changes"),
                                     tr("Who is reopening the %1 plan? The name is kept with the reason.").arg(year),
                                     remembered.isEmpty() && plan ? plan->header.programmeLead : remembered, &ok)
                           .trimmed();
    if (!ok)
        return false;
    if (by.isEmpty()) {
        Dialogs::warning(parent, tr("Reopen for changes"), tr("The name of the person reopening the plan is needed."));
        return false;
    }
    settings.setValue(kReopenedByKey, by);
    QString error;
    if (!reopen(workspace, authorityId, year, today, by, reason, &error)) {
        if (!error.isEmpty())
            Dialogs::warning(parent, tr("Reopen for changes"), error);
        return false;
    }
    return true;
}

bool ensureReturnEditable(QWidget *parent, Workspace *workspace, long long authorityId, int year)
{
    if (!isReturnLocked(workspace, authorityId, year))
        return true;
    const auto answer = Dialogs::question(parent, tr("The %1 figures are signed off").arg(year),
        tr("The %1 action plan is signed off, and these figures are what it was signed on. To change them, the plan "
           "must be reopened for changes, with a reason that is kept in its history.\n\nReopen the %1 plan now?")
            .arg(year));
    if (answer != QMessageBox::Yes)
        return false;
    return askAndReopen(parent, workspace, authorityId, year);
}

} // namespace scwres::PlanEvents
