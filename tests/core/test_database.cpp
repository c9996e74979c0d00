// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "Database.h"
#include "DemoData.h"
#include "Schema.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace scwres;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Database> openOrFail(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

void saveOrFail(Database &db, const AnnualReturn &ret)
{
    const bool saved = db.saveReturn(ret);
    INFO(db.lastError().toStdString());
    REQUIRE(saved);
}

} // namespace

TEST_CASE("A new database is created at the current schema with WAL and foreign keys", "[database]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("sub/folder/new.sqlite")));
    CHECK(db->schemaVersion() == currentSchemaVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(db->authorities().empty());
}

TEST_CASE("A return round-trips through the database unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    AnnualReturn ret = test::exampleReturn();
    // Hidden counts of a switched-off block are kept for when it is switched back on.
    ret.adult->disciplinary.collected = false;
    {
        auto db = openOrFail(path);
        saveOrFail(*db, ret);
    }
    auto db = openOrFail(path);
    const auto loaded = db->loadReturn(ret.authorityName, 2024);
    REQUIRE(loaded);
    CHECK(*loaded == ret);
    CHECK(loaded->adult->disciplinary.counts == GroupCounts{5, 4, 0});
    REQUIRE(db->authorities().size() == 1);
    CHECK(db->authorities().front().code == QStringLiteral("E10000099"));
    CHECK(db->years(db->authorities().front().id) == std::vector<int>{2024});
}

TEST_CASE("Saving a year again replaces it, leaving other years and authorities alone", "[database]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    REQUIRE(writeDemoData(*db, &error));
    AnnualReturn other = test::exampleReturn();
    other.authorityName = QStringLiteral("Sampleton Borough Council");
    saveOrFail(*db, other);

    AnnualReturn changed = *db->loadReturn(demoAuthorityName(), 2023);
    changed.adult->leavers.counts.white = 999;
    changed.children.reset();
    saveOrFail(*db, changed);
    CHECK(*db->loadReturn(demoAuthorityName(), 2023) == changed);
    CHECK(*db->loadReturn(demoAuthorityName(), 2024) == demoReturns()[2]);
    CHECK(*db->loadReturn(other.authorityName, 2024) == other);
    CHECK(db->authorities().size() == 2);

    const long long id = db->authorityByName(demoAuthorityName())->id;
    REQUIRE(db->deleteReturn(id, 2023));
    CHECK(db->years(id) == std::vector<int>{2022, 2024});
    CHECK_FALSE(db->loadReturn(id, 2023));
}

TEST_CASE("The authority profile is stored and names stay unique", "[database]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("db.sqlite")));
    Authority a = demoAuthority();
    const auto id = db->saveAuthority(a);
    REQUIRE(id);
    a.id = *id;
    CHECK(*db->authority(*id) == a);
    a.directEmployees = 1200;
    a.sponsor = QStringLiteral("Director of Children's Services (demo)");
    REQUIRE(db->saveAuthority(a));
    CHECK(*db->authority(*id) == a);

    Authority duplicate = demoAuthority();
    CHECK_FALSE(db->saveAuthority(duplicate));
    CHECK(db->lastError().contains(QStringLiteral("already an authority")));
}

TEST_CASE("A file that is not an SQLite database is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Minutes of the SC-WRES project group, not a database.\n");
    }
    const QByteArray before = fileHash(path);
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::OpenFailure::NotADatabase);
    CHECK(error.contains(QStringLiteral("not an SC-WRES database")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database from a newer version of the program is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = openOrFail(path);
        saveOrFail(*db, test::exampleReturn());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::OpenFailure::TooNew);
    CHECK(error.contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A damaged database is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = openOrFail(path);
        QString error;
        REQUIRE(writeDemoData(*db, &error));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        // Overwrite the middle of the file (past the header) with garbage, as a failing disk might.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = fileHash(path);
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::OpenFailure::Corrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A second copy of the program on the same file is told so", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = openOrFail(path);
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::OpenFailure::InUse);
    CHECK(error.contains(QStringLiteral("already open")));
    first.reset();
    CHECK(openOrFail(path));
}

TEST_CASE("A failed write rolls back the whole change", "[database]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("db.sqlite")));
    saveOrFail(*db, test::exampleReturn());
    AnnualReturn bad = test::exampleReturn();
    bad.adult->leavers.counts.white = 1;
    // A trigger stands in for a failure half-way (disk full, I/O error) after some rows are written.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_notes BEFORE INSERT ON metric_note "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    CHECK_FALSE(db->saveReturn(bad));
    // Said in plain words; SQLite's own text goes to the log, never to the user.
    CHECK(db->lastError().contains(QStringLiteral("breaks a rule")));
    CHECK_FALSE(db->lastError().contains(QStringLiteral("simulated failure")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER fail_notes")));
    CHECK(*db->loadReturn(bad.authorityName, 2024) == test::exampleReturn());
}

TEST_CASE("Migrations run from an empty file in order, each with its version", "[database]")
{
    const auto &migrations = schemaMigrations();
    for (std::size_t i = 0; i < migrations.size(); ++i)
        CHECK(migrations[i].version == int(i) + 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(path).open(QIODevice::WriteOnly); // a zero-byte file is an empty database
    auto db = openOrFail(path);
    CHECK(db->schemaVersion() == currentSchemaVersion());
}

TEST_CASE("A backup copy opens with the same content", "[database]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    REQUIRE(writeDemoData(*db, &error));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(db->backupTo(copy));
    auto other = openOrFail(copy);
    CHECK(*other->loadReturn(demoAuthorityName(), 2022) == demoReturns()[0]);
    CHECK_FALSE(db->backupTo(copy)); // never overwrites
}

TEST_CASE("Fields never filled in (null text) are stored as empty", "[database]")
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("db.sqlite")));
    AnnualReturn bare;
    bare.authorityName = QStringLiteral("Sampleton Borough Council");
    bare.year = 2025;
    bare.adult = AreaReturn{};
    bare.adult->payBands = {true, {PayBand{QString(), NationalBand::Under30k, {1, 1, 1}}}};
    saveOrFail(*db, bare);
    const auto loaded = db->loadReturn(bare.authorityName, 2025);
    REQUIRE(loaded);
    CHECK(loaded->populationSource.isEmpty());
    CHECK(loaded->authorityCode.isEmpty());
    Authority a;
    a.name = QStringLiteral("Testford District Council");
    CHECK(db->saveAuthority(a));
}
