// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Backups.h"
#include "Database.h"
#include "DemoData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace scwres;

TEST_CASE("Backups are complete copies, checked, named by time and thinned to the newest", "[backups]")
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("work.sqlite")), &error);
    REQUIRE(db);
    REQUIRE(writeDemoData(*db, &error));

    const Backups backups(Backups::defaultFolderFor(db->path()), 3);
    const QDateTime start(QDate(2026, 11, 23), QTime(9, 0));
    QStringList taken;
    for (int i = 0; i < 5; ++i) {
        const QString path = backups.take(*db, start.addSecs(60 * i), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(path.isEmpty());
        taken << path;
    }
    CHECK(QFileInfo(taken.last()).fileName() == QStringLiteral("work-20261123-090400.sqlite"));
    const QStringList kept = backups.list(QStringLiteral("work.sqlite"));
    CHECK(kept == QStringList{taken[4], taken[3], taken[2]});
    CHECK(QDir(Backups::defaultFolderFor(db->path())).entryList(QDir::Files).size() == 3); // no .partial left

    auto copy = Database::open(kept.first(), &error, nullptr, Database::Mode::ReadOnly);
    REQUIRE(copy);
    CHECK(*copy->loadReturn(demoAuthorityName(), 2024) == demoReturns()[2]);
}

TEST_CASE("A backup that cannot be written leaves nothing and says why", "[backups]")
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("work.sqlite")), &error);
    REQUIRE(db);
    // A regular file where the folder should be: no user, root included, can create a folder there.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Backups backups(dir.filePath(QStringLiteral("blocked/backups")));
    CHECK(backups.take(*db, QDateTime::currentDateTime(), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("backup folder")));
}
