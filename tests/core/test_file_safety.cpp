// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// The user's files under faults: locks, read-only files and folders, restore from a backup, and
// the one safe-write path every export uses.
#include "Backups.h"
#include "Database.h"
#include "ReturnJson.h"
#include "SafeWrite.h"
#include "SqliteLockHolder.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace scwres;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString makeDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("work.sqlite"))
{
    const QString path = dir.filePath(name);
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    REQUIRE(db->saveReturn(test::exampleReturn()));
    return path;
}

// Everything in the folder except what the test put there: temporary files left behind.
QStringList strayFiles(const QString &folder, const QStringList &expected)
{
    QStringList stray;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        if (!expected.contains(name))
            stray << name;
    return stray;
}

} // namespace

TEST_CASE("A database locked by another program is never called damaged and never restored over",
          "[database][faults]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    // A backup exists, so a wrong "damaged" verdict would offer to replace the good file.
    {
        QString error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        REQUIRE_FALSE(Backups(Backups::defaultFolderFor(path)).take(*db, QDateTime::currentDateTime(), &error).isEmpty());
    }
    test::SqliteLockHolder other(path);
    for (Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        QString error;
        Database::OpenFailure failure = Database::OpenFailure::None;
        CHECK_FALSE(Database::open(path, &error, &failure, mode));
        CHECK(failure == Database::OpenFailure::Busy);
        CHECK(error.contains(QStringLiteral("locked by another program")));
        CHECK_FALSE(error.contains(QStringLiteral("damaged")));
        CHECK_FALSE(error.contains(QStringLiteral("database is locked"))); // SQLite's own words stay in the log
    }
}

TEST_CASE("A read-only database file or folder opens read-only, says why, and refuses every change in words",
          "[database][faults]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = test::readFile(path);

    SECTION("the file")
    {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        QString error;
        auto db = Database::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(db);
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason() == QStringLiteral("the file is read-only"));
        CHECK(db->loadReturn(test::exampleReturn().authorityName, 2024) == test::exampleReturn());
        AnnualReturn changed = test::exampleReturn();
        changed.adult->leavers.counts.white += 1;
        CHECK_FALSE(db->saveReturn(changed));
        CHECK(db->lastError().contains(QStringLiteral("open read-only")));
        CHECK_FALSE(db->lastError().contains(QStringLiteral("readonly database")));
        db.reset();
        CHECK(test::readFile(path) == before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SECTION("the folder")
    {
        const QFileDevice::Permissions folderPermissions = QFile::permissions(dir.path());
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString error;
        auto db = Database::open(path, &error);
        INFO(error.toStdString());
        REQUIRE(db);
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason() == QStringLiteral("its folder is read-only"));
        CHECK(db->authorities().size() == 1);
        db.reset();
        // A new database cannot be made there, and says so.
        Database::OpenFailure failure = Database::OpenFailure::None;
        CHECK_FALSE(Database::open(dir.filePath(QStringLiteral("new.sqlite")), &error, &failure));
        CHECK(error.contains(QStringLiteral("read-only")));
        REQUIRE(QFile::setPermissions(dir.path(), folderPermissions));
        CHECK(test::readFile(path) == before);
    }
}

TEST_CASE("Only a file SQLite calls damaged is damaged", "[database][faults]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    {
        QString error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // Overwrite the middle of the file (past the header): pages SQLite will find damaged.
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8192);
    for (qsizetype i = 4096; i < bytes.size() - 100; ++i)
        bytes[i] = char(0xA5);
    writeBytes(path, bytes);
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::OpenFailure::Corrupt);
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("Restoring a backup swaps only once the copy is complete and checked", "[backups][faults]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QString error;
    QString backup;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        backup = Backups(Backups::defaultFolderFor(path)).take(*db, QDateTime::currentDateTime(), &error);
        REQUIRE_FALSE(backup.isEmpty());
    }
    const QByteArray damagedBytes = QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a');
    writeBytes(path, damagedBytes);

    SECTION("a backup that fails its check changes nothing")
    {
        const QString bad = dir.filePath(QStringLiteral("bad-backup.sqlite"));
        writeBytes(bad, QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x01'));
        CHECK(Backups::restore(bad, path, QDateTime::currentDateTime(), &error).isEmpty());
        CHECK(error.contains(QStringLiteral("check")));
        CHECK(test::readFile(path) == damagedBytes);
        CHECK(strayFiles(dir.path(), {QStringLiteral("work.sqlite"), QStringLiteral("bad-backup.sqlite")}).isEmpty());
    }
    SECTION("a missing backup changes nothing")
    {
        CHECK(Backups::restore(dir.filePath(QStringLiteral("gone.sqlite")), path, QDateTime::currentDateTime(), &error)
                  .isEmpty());
        CHECK(test::readFile(path) == damagedBytes);
    }
    SECTION("a good backup takes the file's place and the damaged file is kept")
    {
        const QString damaged = Backups::restore(backup, path, QDateTime::currentDateTime(), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(damaged.isEmpty());
        CHECK(test::readFile(damaged) == damagedBytes);
        auto db = Database::open(path, &error);
        REQUIRE(db);
        CHECK(db->loadReturn(test::exampleReturn().authorityName, 2024) == test::exampleReturn());
    }
}

TEST_CASE("SafeWrite replaces a file whole or leaves it byte-identical", "[safewrite][faults]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.json"));
    const QByteArray previous = "the previous, good file\n";
    writeBytes(target, previous);
    QString reason;

    SECTION("a good write replaces the content and keeps the permissions")
    {
        REQUIRE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        REQUIRE(SafeWrite::write(target, "new", &reason));
        CHECK(test::readFile(target) == "new");
        CHECK(QFile::permissions(target) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                             | QFileDevice::WriteUser));
    }
    SECTION("a read-only target is refused, even for an administrator")
    {
        REQUIRE(QFile::setPermissions(target, QFileDevice::ReadOwner));
        CHECK_FALSE(SafeWrite::write(target, "new", &reason));
        CHECK(reason == QStringLiteral("the file is read-only"));
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        CHECK(test::readFile(target) == previous);
    }
    SECTION("a read-only folder is refused")
    {
        const auto before = QFile::permissions(dir.path());
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        CHECK_FALSE(SafeWrite::write(target, "new", &reason));
        CHECK(reason == QStringLiteral("the folder is read-only"));
        QFile::setPermissions(dir.path(), before);
        CHECK(test::readFile(target) == previous);
    }
    SECTION("a folder, or a missing folder, is refused")
    {
        CHECK_FALSE(SafeWrite::write(dir.path(), "new", &reason));
        CHECK(reason == QStringLiteral("it is a folder"));
        CHECK_FALSE(SafeWrite::write(dir.filePath(QStringLiteral("no/such/x.pdf")), "new", &reason));
        CHECK(reason.contains(QStringLiteral("does not exist")));
    }
    CHECK(strayFiles(dir.path(), {QStringLiteral("report.json")}).isEmpty());
}

TEST_CASE("The return writer refuses a read-only target in words and leaves it as it was", "[safewrite][faults]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("return.json"));
    writeBytes(target, "previous");
    REQUIRE(QFile::setPermissions(target, QFileDevice::ReadOwner));
    QString error;
    CHECK_FALSE(writeReturnFile(test::exampleReturn(), target, &error));
    CHECK(error.contains(QStringLiteral("read-only")));
    CHECK(error.contains(QStringLiteral("return.json")));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(test::readFile(target) == "previous");
}
