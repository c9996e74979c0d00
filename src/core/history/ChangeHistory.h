// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include "ActionPlan.h"
#include "AnnualReturn.h"
#include "history/HistoryNote.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace scwres {

class Database;

enum class HistoryRecord { Return, Plan };

// One stored change: the record as it was after it (a snapshot, empty when the record was
// deleted), when (UTC), and the operating-system user who made it.
struct HistoryEntry {
    long long id = 0;
    long long authorityId = 0;
    int year = 0;
    HistoryRecord record = HistoryRecord::Return;
    QDateTime at; // UTC
    QString user;
    HistoryNote note;
    QByteArray snapshot; // history/RecordSnapshot.h; empty: deleted
};

// The change history (table change_history, schema migration 3). Every write of a return or a
// plan calls record…() inside its own transaction, so a change and its history entry are
// committed together or not at all. The first change of a record made before history was kept
// (a database upgraded from version 2) first records the record as it was ("baseline").
//
// It also keeps the rule that a return a signed-off plan rests on is locked: recordReturn()
// refuses a change to it, which rolls the write back (the plan must be reopened first).
class ChangeHistory final {
public:
    explicit ChangeHistory(Database &database);

    bool recordReturn(long long authorityId, int year, const std::optional<AnnualReturn> &before,
                      const std::optional<AnnualReturn> &after, const HistoryNote &note = {});
    bool recordPlan(long long authorityId, int year, const std::optional<ActionPlan> &before,
                    const std::optional<ActionPlan> &after, const HistoryNote &note = {});

    // Both records of a year, oldest first.
    std::vector<HistoryEntry> entries(long long authorityId, int year);
    // The record as it was at that moment (UTC): the newest entry at or before it. Empty when it
    // did not exist then (or no history reaches that far back).
    std::optional<AnnualReturn> returnAsOf(long long authorityId, int year, const QDateTime &at);
    std::optional<ActionPlan> planAsOf(long long authorityId, int year, const QDateTime &at);
    // A signed-off plan: have the year's figures changed since it was signed? (Imports from the
    // command line are the only way round the lock.) False when not signed or not known.
    bool figuresChangedSinceSignOff(long long authorityId, int year);

    QString lastError() const { return m_lastError; }

    // The name the history gives the person at the keyboard: the operating-system user.
    static QString osUserName();
    // For tests: the clock of new entries (invalid: the system clock).
    static void setClockForTests(const QDateTime &utc);

private:
    bool insert(long long authorityId, int year, HistoryRecord record, const HistoryNote &note,
                const QByteArray &snapshot);
    bool hasEntries(long long authorityId, int year, HistoryRecord record);
    std::optional<QByteArray> snapshotAsOf(long long authorityId, int year, HistoryRecord record, const QDateTime &at);

    Database &m_database;
    QString m_lastError;
};

} // namespace scwres
