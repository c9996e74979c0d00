// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The database's own contents are checked when it is opened (issue 37): a file changed by another
// program holding impossible counts, years or percentages is refused in words, never turned into
// figures, and left exactly as it was. The path must be a regular file too.
#include "Database.h"
#include "TestSupport.h"
#include "history/RecordSnapshot.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace scwres;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A database holding the example return, then changed behind the program's back by sql.
void writeTampered(const QString &path, const QString &sql)
{
    auto db = test::openDatabaseOrFail(path);
    REQUIRE(db->saveReturn(test::exampleReturn()));
    QSqlQuery q(db->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

} // namespace

TEST_CASE("A database holding impossible values is refused in words and left untouched", "[database][hostile]")
{
    struct Case {
        const char *name;
        const char *sql;
        const char *words;
    };
    const Case cases[] = {
        {"a count of 2^63 - 1", "UPDATE count_row SET white = 9223372036854775807",
         "count_row.white: a count outside 0 to 1,000,000,000"},
        {"a negative count", "UPDATE pay_band SET minority_ethnic = -5",
         "pay_band.minority_ethnic: a count outside 0 to 1,000,000,000"},
        {"a count that is not a whole number", "UPDATE count_row SET unknown = 2.5",
         "count_row.unknown: a count outside"},
        {"a count that is text", "UPDATE count_row SET unknown = 'many'", "count_row.unknown: a count outside"},
        {"a broad-group count of a billion and one", "UPDATE count_row SET broad_white = 1000000001",
         "count_row.broad_white"},
        {"a year of 1e300", "UPDATE return_year SET year = 1e300", "return_year.year: a year outside 2000 to 2100"},
        {"a percentage of 400", "UPDATE return_year SET population_me_percent = 400",
         "return_year.population_me_percent: a percentage outside 0 to 100"},
        {"a history entry's year", "UPDATE change_history SET year = -2147483648", "change_history.year"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("tampered.sqlite"));
            writeTampered(path, QString::fromLatin1(c.sql));
            const QByteArray before = fileHash(path);
            for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
                QString error;
                Database::OpenFailure failure = Database::OpenFailure::None;
                CHECK_FALSE(Database::open(path, &error, &failure, mode));
                CHECK(failure == Database::OpenFailure::Corrupt);
                CHECK(error.contains(QLatin1String(c.words)));
                CHECK(error.contains(QStringLiteral("restore it from a backup")));
            }
            CHECK(fileHash(path) == before);
        }
    }
}

TEST_CASE("A database whose version number is negative is not taken for an old one", "[database][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minus.sqlite"));
    writeTampered(path, QStringLiteral("PRAGMA user_version = -1"));
    const QByteArray before = fileHash(path);
    QString error;
    Database::OpenFailure failure = Database::OpenFailure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::OpenFailure::NotADatabase);
    CHECK(error.contains(QStringLiteral("is not an SC-WRES database (its version number, -1,")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("Only a regular file is opened as a database", "[database][hostile]")
{
    QTemporaryDir dir;
    const auto refusal = [](const QString &path) {
        QString error;
        Database::OpenFailure failure = Database::OpenFailure::None;
        const auto db = Database::open(path, &error, &failure);
        CHECK_FALSE(db);
        CHECK(failure == Database::OpenFailure::CannotOpen);
        return error;
    };
    CHECK(refusal(dir.path()).contains(QStringLiteral("it is a folder, not a file")));
    CHECK(refusal(QStringLiteral("/dev/zero")).contains(QStringLiteral("it is a device, not a file")));
    const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(refusal(fifo).contains(QStringLiteral("it is a named pipe, not a file")));
    const QString link = dir.filePath(QStringLiteral("zero.sqlite"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), link));
    const QString linked = refusal(link);
    CHECK(linked.contains(QStringLiteral("device")));
    CHECK_FALSE(linked.contains(QStringLiteral("older version")));
}

TEST_CASE("A history snapshot with impossible numbers reads as damaged, not as figures", "[database][hostile]")
{
    const QByteArray good = returnSnapshot(test::exampleReturn());
    REQUIRE(returnFromSnapshot(good));
    const QByteArray year = QByteArray::number(test::exampleReturn().year);
    QByteArray hugeYear = good;
    hugeYear.replace("\"year\":" + year, "\"year\":1e300");
    REQUIRE(hugeYear != good);
    CHECK_FALSE(returnFromSnapshot(hugeYear));
    QByteArray wrapped = good;
    wrapped.replace("\"year\":" + year, "\"year\":4294969320");
    CHECK_FALSE(returnFromSnapshot(wrapped));
    // The first count of the first block, made negative.
    QByteArray negative = good;
    const qsizetype at = negative.indexOf("\"counts\":[");
    REQUIRE(at > 0);
    negative.insert(at + qsizetype(qstrlen("\"counts\":[")), "-");
    CHECK_FALSE(returnFromSnapshot(negative));
}

TEST_CASE("A new database and its backups are their owner's alone", "[database][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.sqlite"));
    {
        auto db = test::openDatabaseOrFail(path);
        REQUIRE(db->saveReturn(test::exampleReturn()));
        const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE(db->backupTo(backup));
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), backup}) {
            struct stat st {};
            INFO(file.toStdString());
            REQUIRE(::stat(QFile::encodeName(file).constData(), &st) == 0);
            CHECK((st.st_mode & 0777) == 0600);
        }
        // A backup over an existing file is refused, and leaves that file alone.
        CHECK_FALSE(db->backupTo(backup));
    }
    SECTION("a refused open leaves no file it created")
    {
        const QString fresh = dir.filePath(QStringLiteral("held.sqlite"));
        auto first = test::openDatabaseOrFail(fresh);
        first.reset();
        QFile::remove(fresh);
        // Read-only opens never create.
        QString error;
        CHECK_FALSE(Database::open(fresh, &error, nullptr, Database::Mode::ReadOnly));
        CHECK_FALSE(QFile::exists(fresh));
    }
}

TEST_CASE("A count changed to an impossible value while the database is open gives no figures", "[database][hostile]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("open.sqlite")));
    const AnnualReturn example = test::exampleReturn();
    REQUIRE(db->saveReturn(example));
    REQUIRE(db->loadReturn(example.authorityName, example.year));
    // As another program could write it while the desktop program has the file open.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE pay_band SET white = 9223372036854775807")));
    const auto loaded = db->loadReturn(example.authorityName, example.year);
    CHECK_FALSE(loaded);
    CHECK(db->lastError().contains(QStringLiteral("a value no return can have")));
}
