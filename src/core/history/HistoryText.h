// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "history/ChangeHistory.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace scwres {

// One change of a year's records, in words: what the history dialog and `scwres history` list.
struct HistoryLine {
    long long entryId = 0;
    HistoryRecord record = HistoryRecord::Return;
    QDateTime at; // UTC
    QString user;
    QStringList changes; // "adult shortlisting, minority ethnic appointed 25 → 27", "signed off by …"
    // "2 Dec 2026 14:03 — adult shortlisting, minority ethnic appointed 25 → 27 (by jo)", local time.
    QString text() const;
};

// Each entry compared with the one before it of the same record, oldest first.
std::vector<HistoryLine> describeHistory(const std::vector<HistoryEntry> &entries);
// "2 Dec 2026 14:03", local time.
QString historyTime(const QDateTime &utc);

} // namespace scwres
