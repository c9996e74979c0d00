// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"

#include <QDate>
#include <QString>

class QWidget;

namespace scwres {

class Workspace;

// Signing a plan off and reopening it are events, not edits: they are saved at once (with their
// history entry), are never on an undo stack, and signing closes the year's undo histories so
// that nothing from before the sign-off can be undone around it. Only reopening (with a reason)
// makes a signed-off plan, and the return it rests on, editable again.
namespace PlanEvents {

bool signOff(Workspace *workspace, long long authorityId, int year, const SignOff &signOff, QString *error);
bool reopen(Workspace *workspace, long long authorityId, int year, const QDate &date, const QString &by,
            const QString &reason, QString *error);

// The year's plan is signed off, so its return is locked.
bool isReturnLocked(Workspace *workspace, long long authorityId, int year);
// Before changing a locked return: asks whether to reopen the plan and, with a reason, reopens
// it. True when the return may now be changed (it was not locked, or the plan was reopened).
bool ensureReturnEditable(QWidget *parent, Workspace *workspace, long long authorityId, int year);
// Asks for the reason and reopens; false when cancelled or refused (the user is told why).
bool askAndReopen(QWidget *parent, Workspace *workspace, long long authorityId, int year,
                  const QDate &today = QDate::currentDate());

} // namespace PlanEvents

} // namespace scwres
