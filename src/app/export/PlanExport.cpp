// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "PlanExport.h"

#include "window/Dialogs.h"

#include <QCoreApplication>

namespace scwres {

// Placeholder until the exports land (issue 8).
void exportActionPlan(QWidget *parent, Workspace *)
{
    Dialogs::information(parent, QCoreApplication::translate("scwres", "Export action plan"),
                         QCoreApplication::translate("scwres", "Not available yet."));
}

} // namespace scwres
