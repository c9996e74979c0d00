// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DataReportExport.h"

#include "window/Dialogs.h"

#include <QCoreApplication>

namespace scwres {

// Placeholder until the exports land (issue 8).
void exportDataReport(QWidget *parent, Workspace *)
{
    Dialogs::information(parent, QCoreApplication::translate("scwres", "Export data report"),
                         QCoreApplication::translate("scwres", "Not available yet."));
}

} // namespace scwres
