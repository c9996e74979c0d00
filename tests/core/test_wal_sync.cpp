// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Database.h"
#include "TestSupport.h"
#include "DemoData.h"
#include "WalSync.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace std::chrono_literals;
using namespace scwres;

namespace {

int synchronousMode(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}


AnnualReturn someReturn() { return demoReturns().back(); }

} // namespace

TEST_CASE("A database fsyncs every commit itself unless the program defers the sync", "[database][durability]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("w.sqlite")));
    CHECK(synchronousMode(*db) == 2); // FULL: the CLI's mode
    CHECK(db->walSync() == nullptr);
    REQUIRE(db->deferSync(100ms));
    CHECK(synchronousMode(*db) == 1); // NORMAL: the worker fsyncs
    REQUIRE(db->walSync() != nullptr);
}

TEST_CASE("A deferred commit is fsynced by the worker within its delay, and at once when asked",
          "[database][durability]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("w.sqlite")));
    REQUIRE(db->deferSync(500ms)); // long enough that "not yet" is never a race
    const WalSync &sync = *db->walSync();
    const int before = sync.syncCount();

    QElapsedTimer clock;
    clock.start();
    REQUIRE(db->saveReturn(someReturn()));
    // Written and readable at once; not yet synced (the worker waits for the delay).
    CHECK(db->loadReturn(someReturn().authorityName, someReturn().year) == someReturn());
    CHECK(sync.pending());
    while (sync.pending() && clock.elapsed() < 5000)
        QThread::msleep(5);
    INFO("synced after " << clock.elapsed() << " ms");
    CHECK_FALSE(sync.pending());
    CHECK(sync.syncCount() > before);
    // The delay is honoured (never early); how soon after it the worker runs is the scheduler's.
    CHECK(clock.elapsed() >= 450);
    CHECK(sync.lastError().isEmpty());

    AnnualReturn changed = someReturn();
    changed.populationSource = QStringLiteral("changed for the flush test");
    REQUIRE(db->saveReturn(changed));
    CHECK(sync.pending());
    const int beforeFlush = sync.syncCount();
    CHECK(db->syncNow());
    CHECK_FALSE(sync.pending());
    CHECK(sync.syncCount() == beforeFlush + 1);
}

TEST_CASE("Steady commits cannot postpone the sync past its delay", "[database][durability]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("w.sqlite")));
    REQUIRE(db->deferSync(100ms));
    const WalSync &sync = *db->walSync();
    AnnualReturn ret = someReturn();
    QElapsedTimer clock;
    clock.start();
    // A commit every 20 ms for 600 ms: a debounce would never sync; this must sync several times.
    for (int i = 0; clock.elapsed() < 600; ++i) {
        ret.populationSource = QStringLiteral("edit %1").arg(i);
        REQUIRE(db->saveReturn(ret));
        QThread::msleep(20);
    }
    CHECK(sync.syncCount() >= 3);
}

TEST_CASE("A deferred commit survives closing and reopening the database", "[database][durability]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    {
        auto db = test::openDatabaseOrFail(path);
        REQUIRE(db->deferSync(100ms));
        REQUIRE(db->saveReturn(someReturn()));
    } // closed within the delay: the destructor syncs first
    auto db = test::openDatabaseOrFail(path);
    CHECK(db->loadReturn(someReturn().authorityName, someReturn().year) == someReturn());
}
