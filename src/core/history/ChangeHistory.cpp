// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ChangeHistory.h"

#include "Database.h"
#include "history/RecordSnapshot.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace scwres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scwres::ChangeHistory", text);
}

QDateTime &testClock()
{
    static QDateTime clock;
    return clock;
}

QDateTime nowUtc()
{
    const QDateTime &fixed = testClock();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

QString recordKey(HistoryRecord record)
{
    return record == HistoryRecord::Plan ? QStringLiteral("plan") : QStringLiteral("return");
}

// Milliseconds, so that two changes a second apart sort and restore as they happened.
QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ChangeHistory::ChangeHistory(Database &database)
    : m_database(database)
{
}

QString ChangeHistory::osUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

void ChangeHistory::setClockForTests(const QDateTime &utc)
{
    testClock() = utc;
}

bool ChangeHistory::hasEntries(long long authorityId, int year, HistoryRecord record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM change_history WHERE authority_id = ? AND year = ? AND record = ? LIMIT 1"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    query.addBindValue(recordKey(record));
    return m_database.exec(query) && query.next();
}

bool ChangeHistory::insert(long long authorityId, int year, HistoryRecord record, const HistoryNote &note,
                           const QByteArray &snapshot)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO change_history (authority_id, year, record, changed_at, changed_by, "
                                 "note, note_detail, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    query.addBindValue(recordKey(record));
    query.addBindValue(isoUtc(nowUtc()));
    query.addBindValue(osUserName().isNull() ? QStringLiteral("") : osUserName());
    query.addBindValue(note.kind.isNull() ? QStringLiteral("") : note.kind);
    query.addBindValue(note.detail.isNull() ? QStringLiteral("") : note.detail);
    query.addBindValue(snapshot.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(snapshot)));
    if (!m_database.exec(query)) {
        m_lastError = m_database.lastError();
        return false;
    }
    return true;
}

bool ChangeHistory::recordReturn(long long authorityId, int year, const std::optional<AnnualReturn> &before,
                                 const std::optional<AnnualReturn> &after, const HistoryNote &note)
{
    if (before == after)
        return true;
    if (before) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT signed_off_by FROM action_plan WHERE authority_id = ? AND year = ? "
                                     "AND signed_off_date IS NOT NULL"));
        query.addBindValue(authorityId);
        query.addBindValue(year);
        if (m_database.exec(query) && query.next()) {
            m_lastError = tr("The %1 figures are locked: the action plan resting on them is signed off. Reopen the "
                             "plan for changes first.")
                              .arg(year);
            m_database.setLastError(m_lastError);
            return false;
        }
        if (!hasEntries(authorityId, year, HistoryRecord::Return)
            && !insert(authorityId, year, HistoryRecord::Return, HistoryNote{QStringLiteral("baseline"), {}},
                       returnSnapshot(*before)))
            return false;
    }
    return insert(authorityId, year, HistoryRecord::Return, note, after ? returnSnapshot(*after) : QByteArray());
}

bool ChangeHistory::recordPlan(long long authorityId, int year, const std::optional<ActionPlan> &before,
                               const std::optional<ActionPlan> &after, const HistoryNote &note)
{
    if (before == after)
        return true;
    if (before && !hasEntries(authorityId, year, HistoryRecord::Plan)
        && !insert(authorityId, year, HistoryRecord::Plan, HistoryNote{QStringLiteral("baseline"), {}},
                   planSnapshot(*before)))
        return false;
    return insert(authorityId, year, HistoryRecord::Plan, note, after ? planSnapshot(*after) : QByteArray());
}

std::vector<HistoryEntry> ChangeHistory::entries(long long authorityId, int year)
{
    std::vector<HistoryEntry> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, record, changed_at, changed_by, note, note_detail, snapshot FROM "
                                 "change_history WHERE authority_id = ? AND year = ? ORDER BY id"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    if (!m_database.exec(query)) {
        m_lastError = m_database.lastError();
        return result;
    }
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.authorityId = authorityId;
        e.year = year;
        e.record = query.value(1).toString() == QLatin1String("plan") ? HistoryRecord::Plan : HistoryRecord::Return;
        e.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        e.at.setTimeSpec(Qt::UTC);
        e.user = query.value(3).toString();
        e.note = HistoryNote{query.value(4).toString(), query.value(5).toString()};
        if (!query.value(6).isNull())
            e.snapshot = query.value(6).toString().toUtf8();
        result.push_back(e);
    }
    return result;
}

std::optional<QByteArray> ChangeHistory::snapshotAsOf(long long authorityId, int year, HistoryRecord record,
                                                      const QDateTime &at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT snapshot FROM change_history WHERE authority_id = ? AND year = ? AND "
                                 "record = ? AND changed_at <= ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(authorityId);
    query.addBindValue(year);
    query.addBindValue(recordKey(record));
    query.addBindValue(isoUtc(at));
    if (!m_database.exec(query) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toString().toUtf8();
}

std::optional<AnnualReturn> ChangeHistory::returnAsOf(long long authorityId, int year, const QDateTime &at)
{
    const auto snapshot = snapshotAsOf(authorityId, year, HistoryRecord::Return, at);
    return snapshot ? returnFromSnapshot(*snapshot) : std::nullopt;
}

std::optional<ActionPlan> ChangeHistory::planAsOf(long long authorityId, int year, const QDateTime &at)
{
    const auto snapshot = snapshotAsOf(authorityId, year, HistoryRecord::Plan, at);
    return snapshot ? planFromSnapshot(*snapshot) : std::nullopt;
}

bool ChangeHistory::figuresChangedSinceSignOff(long long authorityId, int year)
{
    // The entry that signed the plan: the newest plan entry whose predecessor was not signed.
    const std::vector<HistoryEntry> all = entries(authorityId, year);
    long long signedId = 0;
    bool wasSigned = false;
    for (const HistoryEntry &e : all) {
        if (e.record != HistoryRecord::Plan)
            continue;
        const auto plan = e.snapshot.isEmpty() ? std::nullopt : planFromSnapshot(e.snapshot);
        const bool isSigned = plan && plan->isSignedOff();
        if (isSigned && !wasSigned)
            signedId = e.id;
        wasSigned = isSigned;
    }
    if (!wasSigned || signedId == 0)
        return false;
    for (const HistoryEntry &e : all)
        if (e.record == HistoryRecord::Return && e.id > signedId && e.note.kind != QLatin1String("baseline"))
            return true;
    return false;
}

} // namespace scwres
