// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlanStore.h"
#include "Database.h"
#include "ReturnJson.h"
#include "Schema.h"
#include "TestSupport.h"
#include "history/ChangeHistory.h"
#include "history/HistoryText.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace scwres;

namespace
{


// Each change at its own minute, so that "as of" moments fall between them.
struct Clock {
    QDateTime now { QDate(2026, 12, 2), QTime(13, 0), Qt::UTC };
    QDateTime tick()
    {
        now = now.addSecs(60);
        ChangeHistory::setClockForTests(now);
        return now;
    }
    ~Clock() { ChangeHistory::setClockForTests({}); }
};

QStringList allChanges(Database &db, long long authorityId, int year)
{
    QStringList out;
    for (const HistoryLine &line : describeHistory(ChangeHistory(db).entries(authorityId, year)))
        out << line.changes.join(QStringLiteral("; "));
    return out;
}

} // namespace

TEST_CASE("Every change to a return is in the history with its before and after, time and user", "[history]")
{
    QTemporaryDir dir;
    Clock clock;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("h.sqlite")));
    AnnualReturn ret = test::exampleReturn();
    ret.complete = false;
    clock.tick();
    REQUIRE(db->saveReturn(ret));
    const long long id = db->authorityByName(ret.authorityName)->id;

    clock.tick();
    ret.adult->shortlisting.events.minorityEthnic = 27;
    REQUIRE(db->saveReturn(ret));
    clock.tick();
    ret.adult->notes[QStringLiteral("3")] = QStringLiteral("Two cases moved to 2025");
    ret.adult->disciplinary.collected = false;
    REQUIRE(db->saveReturn(ret));
    clock.tick();
    ret.complete = true;
    REQUIRE(db->saveReturn(ret));
    clock.tick();
    // Saving the same return again is not a change.
    REQUIRE(db->saveReturn(ret));
    REQUIRE(db->deleteReturn(id, ret.year));

    const QStringList changes = allChanges(*db, id, ret.year);
    CAPTURE(changes.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(changes.size() == 5);
    CHECK(changes[0] == QStringLiteral("return created"));
    CHECK(changes[1] == QStringLiteral("adult shortlisting, minority ethnic appointed 25 \u2192 27"));
    CHECK(changes[2].contains(QStringLiteral("adult disciplinary not collected")));
    CHECK(changes[2].contains(QStringLiteral("adult note on metric 3: \u201cTwo cases moved to 2025\u201d")));
    CHECK(changes[3] == QStringLiteral("marked complete"));
    CHECK(changes[4] == QStringLiteral("return deleted"));

    const auto entries = ChangeHistory(*db).entries(id, ret.year);
    CHECK(entries[1].at == QDateTime(QDate(2026, 12, 2), QTime(13, 2), Qt::UTC));
    CHECK(entries[1].user == ChangeHistory::osUserName());
    const HistoryLine line = describeHistory(entries)[1];
    CHECK(line.text().startsWith(historyTime(entries[1].at) + QStringLiteral(" \u2014 adult shortlisting")));
    CHECK(historyTime(entries[1].at).contains(QStringLiteral("Dec 2026")));
}

TEST_CASE("A change to the broad-group breakdown alone is in the history in words", "[history]")
{
    QTemporaryDir dir;
    Clock clock;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("b.sqlite")));
    AnnualReturn ret = test::exampleReturn();
    clock.tick();
    REQUIRE(db->saveReturn(ret));
    const long long id = db->authorityByName(ret.authorityName)->id;

    GroupCounts &appointed = ret.adult->shortlisting.events;
    REQUIRE(appointed.minorityEthnic == 25);
    BroadCounts broad;
    broad.set(BroadGroup::Asian, 10);
    broad.set(BroadGroup::Black, 8);
    broad.set(BroadGroup::Mixed, 4);
    broad.set(BroadGroup::Other, 3);
    broad.set(BroadGroup::White, appointed.white);
    broad.set(BroadGroup::Unknown, appointed.unknown);
    clock.tick();
    appointed.setBroad(broad);
    REQUIRE(db->saveReturn(ret));
    // The same headline (25 minority ethnic), two people placed in another group.
    broad.set(BroadGroup::Asian, 12);
    broad.set(BroadGroup::Other, 1);
    clock.tick();
    appointed.setBroad(broad);
    REQUIRE(db->saveReturn(ret));
    // Typing the headline count drops the breakdown, and the history says so.
    clock.tick();
    appointed.set(EthnicGroup::MinorityEthnic, 26);
    REQUIRE(db->saveReturn(ret));

    // A pay band's counts: one space between the group and the numbers (a band has no part name).
    clock.tick();
    PayBand &band = ret.adult->payBands.bands.front();
    const long long white = band.counts.white;
    band.counts.set(EthnicGroup::White, white + 1);
    REQUIRE(db->saveReturn(ret));

    const QStringList changes = allChanges(*db, id, ret.year);
    CAPTURE(changes.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(changes.size() == 5);
    CHECK(changes[4]
          == QStringLiteral("adult pay bands (headcount) %1, white %2 \u2192 %3").arg(band.name).arg(white).arg(white + 1));
    CHECK(changes[1] == QStringLiteral("adult shortlisting appointed: broad ethnic groups added"));
    CHECK(changes[2]
          == QStringLiteral("adult shortlisting, Asian (broad group) appointed 10 \u2192 12; "
                            "adult shortlisting, Other ethnic group (broad group) appointed 3 \u2192 1"));
    CHECK(changes[3]
          == QStringLiteral("adult shortlisting, minority ethnic appointed 25 \u2192 26; "
                            "adult shortlisting appointed: broad ethnic groups removed"));
}

TEST_CASE("Restoring an earlier moment gives back the return's JSON byte for byte", "[history]")
{
    QTemporaryDir dir;
    Clock clock;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("r.sqlite")));
    AnnualReturn ret = test::exampleReturn();
    clock.tick();
    REQUIRE(db->saveReturn(ret));
    const long long id = db->authorityByName(ret.authorityName)->id;
    const QByteArray then = writeReturnJson(*db->loadReturn(id, ret.year));
    const QDateTime between = clock.now.addSecs(30);

    clock.tick();
    ret.adult->shortlisting.events.minorityEthnic = 27;
    ret.populationMinorityEthnicPercent = 12.5;
    ret.adult->payBands.bands.front().counts.clear(EthnicGroup::Unknown);
    REQUIRE(db->saveReturn(ret));
    REQUIRE(writeReturnJson(*db->loadReturn(id, ret.year)) != then);

    const auto asThen = ChangeHistory(*db).returnAsOf(id, ret.year, between);
    REQUIRE(asThen);
    clock.tick();
    REQUIRE(db->saveReturn(*asThen, HistoryNote { QStringLiteral("restored"), between.toString(Qt::ISODateWithMs) }));
    CHECK(writeReturnJson(*db->loadReturn(id, ret.year)) == then);
    // Before the first change there was nothing.
    CHECK_FALSE(ChangeHistory(*db).returnAsOf(id, ret.year, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)));
    CHECK(allChanges(*db, id, ret.year).last().startsWith(QStringLiteral("return restored to as at")));
}

TEST_CASE("Plan changes, sign-off and reopening are in the history — a signed plan locks its return", "[history]")
{
    QTemporaryDir dir;
    Clock clock;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("p.sqlite")));
    const AnnualReturn ret = test::exampleReturn();
    REQUIRE(db->saveReturn(ret));
    Authority authority = *db->authorityByName(ret.authorityName);
    ActionPlanStore store(*db);
    ActionPlan plan = newPlan(authority, ret.year);
    clock.tick();
    REQUIRE(store.save(plan));
    clock.tick();
    plan.header.sponsor = QStringLiteral("A. Director");
    plan.section(3).actions.push_back(newAction());
    plan.section(3).actions.back().details = QStringLiteral("Anonymised shortlisting");
    REQUIRE(store.save(plan));
    clock.tick();
    signOffPlan(plan, SignOff { QStringLiteral("A. Director"), QStringLiteral("Sponsor"), { 2026, 12, 2 } });
    REQUIRE(store.save(plan));

    // The figures the signed plan rests on cannot change, from any caller.
    AnnualReturn changed = ret;
    changed.adult->disciplinary.counts.white = 99;
    CHECK_FALSE(db->saveReturn(changed));
    CHECK(db->lastError().contains(QStringLiteral("signed off")));
    CHECK_FALSE(db->deleteReturn(authority.id, ret.year));
    CHECK(*db->loadReturn(authority.id, ret.year) == ret);
    CHECK_FALSE(ChangeHistory(*db).figuresChangedSinceSignOff(authority.id, ret.year));
    {
        // Another tool writing the file behind the program's back: the signed plan shows it.
        QSqlQuery sneak(db->connection());
        REQUIRE(sneak.exec(QStringLiteral("UPDATE count_row SET white = white + 1 WHERE block = 'leavers'")));
        CHECK(ChangeHistory(*db).figuresChangedSinceSignOff(authority.id, ret.year));
        REQUIRE(sneak.exec(QStringLiteral("UPDATE count_row SET white = white - 1 WHERE block = 'leavers'")));
        CHECK_FALSE(ChangeHistory(*db).figuresChangedSinceSignOff(authority.id, ret.year));
    }

    clock.tick();
    REQUIRE(reopenPlan(plan, { 2026, 12, 3 }, QStringLiteral("Jo Lead"), QStringLiteral("New survey results")));
    REQUIRE(store.save(plan));
    CHECK(db->saveReturn(changed));

    const QStringList changes = allChanges(*db, authority.id, ret.year);
    // The return's own line first (saved before any plan), then the plan's.
    REQUIRE(changes.size() == 6);
    CHECK(changes[1] == QStringLiteral("action plan created"));
    CHECK(changes[2].contains(QStringLiteral("action plan, header, sponsor: \u201cA. Director\u201d")));
    CHECK(
        changes[2].contains(QStringLiteral("action plan, metric 3 action added: \u201cAnonymised shortlisting\u201d")));
    CHECK(changes[3] == QStringLiteral("action plan signed off by A. Director (Sponsor) on 2 Dec 2026"));
    CHECK(changes[4] == QStringLiteral("action plan reopened by Jo Lead: New survey results"));
    CHECK(changes[5] == QStringLiteral("adult disciplinary, white entered formal disciplinary 5 \u2192 99"));
}

TEST_CASE("History survives closing the database and the upgrade from version 2", "[history]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        // A file as version 2 wrote it, with one return holding counts.
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2-maker"));
        sql.setDatabaseName(path);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        for (const Migration &m : schemaMigrations()) {
            if (m.version > 2)
                break;
            for (const char *statement : m.statements)
                REQUIRE(q.exec(QString::fromUtf8(statement)));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO authority (id, name) VALUES (7, 'Oldshire Council')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO return_year (authority_id, year, population_source) "
                                      "VALUES (7, 2023, 'Census 2021')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO service_area (return_id, area) VALUES (1, 'adult')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO metric_block (return_id, area, block, collected) VALUES (1, 'adult', 'leavers', 1)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO count_row (return_id, area, block, part, white, minority_ethnic, "
                                      "unknown) VALUES (1, 'adult', 'leavers', '', 40, 12, 1)")));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2-maker"));

    Clock clock;
    {
        auto db = test::openDatabaseOrFail(path);
        CHECK(db->schemaVersion() == currentSchemaVersion());
        auto ret = db->loadReturn(7, 2023);
        REQUIRE(ret);
        // Stored before drafts existed: taken as the program's final word on the year.
        CHECK(ret->complete);
        CHECK(ret->adult->leavers.counts == GroupCounts { 40, 12, 1 });
        CHECK(ChangeHistory(*db).entries(7, 2023).empty());
        clock.tick();
        ret->adult->leavers.counts.minorityEthnic = 14;
        REQUIRE(db->saveReturn(*ret));
    }
    auto db = test::openDatabaseOrFail(path);
    const QStringList changes = allChanges(*db, 7, 2023);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0] == QStringLiteral("return as it stood when the history began"));
    CHECK(changes[1] == QStringLiteral("adult leavers, minority ethnic leavers 12 \u2192 14"));
    const auto before = ChangeHistory(*db).returnAsOf(7, 2023, clock.now);
    REQUIRE(before);
    CHECK(before->adult->leavers.counts.minorityEthnic == 14);
}

TEST_CASE("A count not entered is kept as empty, not zero, in the store", "[history]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("n.sqlite")));
    const AnnualReturn next = startFromPreviousYear(test::exampleReturn());
    REQUIRE(db->saveReturn(next));
    const auto stored = db->loadReturn(next.authorityName, next.year);
    REQUIRE(stored);
    CHECK(*stored == next);
    CHECK_FALSE(stored->adult->shortlisting.events.isEntered(EthnicGroup::White));
    CHECK_FALSE(stored->adult->payBands.bands.front().counts.anyEntered());
    CHECK_FALSE(stored->complete);
}
