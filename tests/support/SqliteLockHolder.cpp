// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "SqliteLockHolder.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

namespace scwres::test {

SqliteLockHolder::SqliteLockHolder(const QString &databasePath)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("another-program-%1").arg(++counter);
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    sql.setDatabaseName(databasePath);
    REQUIRE(sql.open());
    QSqlQuery q(sql);
    REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
    q.finish();
    REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS held_by_another_program (x)")));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

SqliteLockHolder::~SqliteLockHolder()
{
    {
        QSqlDatabase sql = QSqlDatabase::database(m_connection, false);
        sql.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace scwres::test
