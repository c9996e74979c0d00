// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Mapping profiles in the database (schema version 4): saved and reused next year, exported and
// imported as the public JSON file, and the old profile files taken in once by an upgraded file.
#include "Database.h"
#include "Schema.h"
#include "TestSupport.h"
#include "extract/ExtractAggregator.h"
#include "extract/ProfileStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::extract;

namespace {

QString extractPath(const char *name)
{
    return test::dataPath(QStringLiteral("extracts/") + QLatin1String(name));
}

std::unique_ptr<Database> openOrFail(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

QByteArray countsOf(const Profile &profile, int year)
{
    Aggregator aggregator(profile, QDate(year - 1, 9, 1), QDate(year, 8, 31));
    aggregator.addFile(extractPath("staff-utf8-bom.csv"));
    REQUIRE_FALSE(aggregator.blocked());
    return aggregator.areasJson();
}

Profile staffProfile()
{
    auto profile = readProfileFile(extractPath("staff-profile.json")).value;
    REQUIRE(profile);
    profile->name = QStringLiteral("Oracle HR staff list");
    return *profile;
}

} // namespace

TEST_CASE("A profile saved in the database, reloaded next year and exported/imported gives the same counts",
          "[extract][profile]")
{
    QTemporaryDir dir;
    const Profile profile = staffProfile();
    const QByteArray expected = countsOf(profile, 2024);
    REQUIRE(expected.contains("\"cpd\"")); // the extract fills blocks: the comparisons compare counts
    QString error;
    {
        auto db = openOrFail(dir.filePath(QStringLiteral("a.sqlite")));
        REQUIRE(ProfileStore(*db).save(profile, &error));
    }
    auto db = openOrFail(dir.filePath(QStringLiteral("a.sqlite")));
    ProfileStore store(*db);
    const auto reloaded = store.find(QStringLiteral("Oracle HR staff list"), &error);
    REQUIRE(reloaded);
    CHECK(*reloaded == profile);
    CHECK(countsOf(*reloaded, 2024) == expected);

    // Saved again under the same name: one row, replaced, its created time kept.
    Profile changed = profile;
    changed.values[QStringLiteral("ethnicity")][QStringLiteral("Mixed - Other")] = QStringLiteral("minority_ethnic");
    REQUIRE(store.save(changed, &error));
    REQUIRE(store.list().size() == 1);
    CHECK(store.list().front() == changed);

    const QString file = dir.filePath(QStringLiteral("shared.json"));
    REQUIRE(writeProfileFile(changed, file, &error));
    auto other = openOrFail(dir.filePath(QStringLiteral("b.sqlite")));
    const auto read = readProfileFile(file);
    REQUIRE(read.value);
    REQUIRE(ProfileStore(*other).save(*read.value, &error));
    const auto imported = ProfileStore(*other).find(QStringLiteral("Oracle HR staff list"), &error);
    REQUIRE(imported);
    CHECK(*imported == changed);
    CHECK(countsOf(*imported, 2024) == expected);

    REQUIRE(store.remove(QStringLiteral("Oracle HR staff list"), &error));
    CHECK(store.list().empty());
    CHECK_FALSE(store.find(QStringLiteral("Oracle HR staff list"), &error));
    CHECK(error.contains(QStringLiteral("\"Oracle HR staff list\"")));
    CHECK_FALSE(store.save(Profile{}, &error)); // no name
}

TEST_CASE("The upgrade from version 3 keeps the data and takes in the old profile files once", "[extract][profile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3-maker"));
        sql.setDatabaseName(path);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        for (const Migration &m : schemaMigrations()) {
            if (m.version > 3)
                break;
            for (const char *statement : m.statements)
                REQUIRE(q.exec(QString::fromUtf8(statement)));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO authority (id, name) VALUES (7, 'Oldshire Council')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO return_year (authority_id, year, population_source, status) "
                                      "VALUES (7, 2023, 'Census 2021', 'draft')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO service_area (return_id, area) VALUES (1, 'adult')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO metric_block (return_id, area, block, collected) VALUES (1, 'adult', 'leavers', 1)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO count_row (return_id, area, block, part, white, minority_ethnic, "
                                      "unknown) VALUES (1, 'adult', 'leavers', '', 40, NULL, 1)")));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3-maker"));

    // The folder where earlier versions kept profiles: one good file, one that does not read.
    const QString legacy = ProfileStore::legacyFolder();
    REQUIRE(QDir().mkpath(legacy));
    QString error;
    REQUIRE(writeProfileFile(staffProfile(), legacy + QStringLiteral("/oracle-hr.json"), &error));
    {
        QFile bad(legacy + QStringLiteral("/broken.json"));
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "scwres-extract-profile", "format_version": 1, "name": "B", "kind": "payroll"})");
    }

    {
        auto db = openOrFail(path);
        CHECK(db->schemaVersion() == currentSchemaVersion());
        const auto ret = db->loadReturn(7, 2023);
        REQUIRE(ret);
        CHECK_FALSE(ret->complete);
        CHECK(ret->populationSource == QStringLiteral("Census 2021"));
        CHECK(ret->adult->leavers.counts.white == 40);
        CHECK_FALSE(ret->adult->leavers.counts.isEntered(EthnicGroup::MinorityEthnic)); // NULL: not entered
        CHECK(ret->adult->leavers.counts.unknown == 1);
        ProfileStore store(*db);
        const auto profiles = store.list();
        REQUIRE(profiles.size() == 1); // the broken file is left out
        CHECK(profiles.front() == staffProfile());
        // Deleted in this database: the file, still in its folder, is not taken in again.
        REQUIRE(store.remove(profiles.front().name, &error));
    }
    CHECK(QFile::exists(legacy + QStringLiteral("/oracle-hr.json")));
    {
        auto db = openOrFail(path);
        CHECK(ProfileStore(*db).list().empty());
    }
    REQUIRE(QDir(legacy).removeRecursively()); // other tests of this process start without old files
}
