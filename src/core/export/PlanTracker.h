// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace scwres {

// The action tracker: the plan's actions as an xlsx workbook for the monthly progress meeting.
// Sheet "Actions": one row per action (metric, improvement area, details, lead, start and due as
// real Excel dates, status, latest progress note and its date, timescale, success measure,
// carried over), a frozen and filtered header row, a status drop-down, wrapped text and column
// widths set, printed landscape on A4, one page wide, the header row repeated. Sheet "About":
// the authority, year, sign-off state and when the file was made. Written through XlsxFile
// (temporary file renamed into place; user text never becomes a formula).
class PlanTracker final {
    Q_DECLARE_TR_FUNCTIONS(PlanTracker)

public:
    // madeOn: shown on the About sheet. On failure returns false and sets *error.
    static bool write(const ActionPlan &plan, const QString &path, const QDate &madeOn, QString *error);

    // The column headings of the Actions sheet, in order.
    static QStringList headings();
};

} // namespace scwres
