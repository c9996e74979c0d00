// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// `scwres aggregate` through the real binary, on the fictional extracts of tests/data/extracts.
#include "CliRunner.h"
#include "Database.h"
#include "TestSupport.h"
#include "extract/ProfileStore.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace scwres;
using scwres::test::runCli;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);

QString extractPath(const char *name)
{
    return test::dataPath(QStringLiteral("extracts/") + QLatin1String(name));
}

QStringList aggregateArgs(const QString &db, const char *profile, std::initializer_list<const char *> files,
                          bool dryRun = false)
{
    QStringList args{QStringLiteral("aggregate"), QStringLiteral("--profile-file"), extractPath(profile),
                     QStringLiteral("--db"), db, QStringLiteral("--authority"), QStringLiteral("Testshire"),
                     QStringLiteral("--year"), QStringLiteral("2024")};
    if (dryRun)
        args << QStringLiteral("--dry-run");
    for (const char *f : files)
        args << extractPath(f);
    return args;
}

QJsonObject counts(long long white, long long minority, long long unknown)
{
    return QJsonObject{{"white", white}, {"minority_ethnic", minority}, {"unknown", unknown}};
}

// Every file under folder that holds text (UTF-8 or Windows-1252 bytes) of the marker.
QStringList filesContaining(const QString &folder, const QByteArray &marker)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker))
            hits << path;
    }
    return hits;
}

} // namespace

TEST_CASE("scwres aggregate --dry-run: counts in the areas shape and the row report, nothing written", "[cli][aggregate]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    const auto r = runCli(kCli, aggregateArgs(db, "staff-profile.json", {"staff-semicolon.csv"}, true));
    // The profile says comma: the semicolon file has none of its columns.
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Ethnic Origin")));

    const auto ok = runCli(kCli, aggregateArgs(db, "staff-profile.json", {"staff-utf8-bom.csv"}, true));
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK_FALSE(QFile::exists(db));
    const QJsonObject doc = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    CHECK(doc.value("rows_read").toInt() == 8);
    CHECK(doc.value("rows_used").toInt() == 6);
    CHECK(doc.value("left_out").toObject().value("duplicate_person_id").toObject().value("rows").toArray()
          == QJsonArray{8});
    CHECK(doc.value("left_out").toObject().value("not_in_scope").toObject().value("count").toInt() == 1);
    CHECK(doc.value("unmapped").toObject().isEmpty());
    const QJsonObject adult = doc.value("areas").toObject().value("adult").toObject();
    CHECK(adult.value("cpd").toObject() == counts(2, 1, 0));
    CHECK(adult.value("fitness_to_practise").toObject().value("referred").toObject() == counts(0, 2, 0));
    CHECK(adult.value("pay_bands").toArray().at(1).toObject().value("minority_ethnic").toInt() == 2);
    CHECK_FALSE(adult.contains("shortlisting")); // only the blocks the extract fills
    CHECK_FALSE(adult.contains("leavers"));
}

TEST_CASE("scwres aggregate: writes the counts — an unmapped value writes nothing and exits 1", "[cli][aggregate]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    auto r = runCli(kCli, aggregateArgs(db, "staff-profile.json", {"staff-utf8-bom.csv"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli(kCli, aggregateArgs(db, "recruitment-profile.json", {"recruitment.xlsx"}));
    REQUIRE(r.exitCode == 0);
    {
        QString error;
        auto database = Database::open(db, &error);
        REQUIRE(database);
        const auto ret = database->loadReturn(QStringLiteral("Testshire"), 2024);
        REQUIRE(ret);
        REQUIRE(ret->adult);
        CHECK(ret->adult->cpd.counts.white == 2);
        CHECK(ret->adult->shortlisting.population.minorityEthnic == 1);
        CHECK(ret->adult->shortlisting.events.white == 1);
        CHECK(ret->periodStart == QDate(2023, 9, 1));
        CHECK_FALSE(ret->complete); // written as a draft
    }
    // The history names the file, the rows and the profile, never a row.
    const auto history = runCli(kCli, {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                       QStringLiteral("Testshire"), QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(history.exitCode == 0);
    CHECK(history.out.contains(QStringLiteral("imported from staff-utf8-bom.csv (staff list: 6 of 8 rows, profile "
                                              "Fictional HR staff list)")));
    CHECK(history.out.contains(QStringLiteral("imported from recruitment.xlsx")));
    CHECK_FALSE(history.out.contains(QStringLiteral("Zqxm")));

    // A profile that does not map "Black - African": exit 1, the value with its count, no change.
    QFile in(extractPath("staff-profile.json"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray profile = in.readAll().replace("\"Black - African\": \"minority_ethnic\",", "");
    QFile out(dir.filePath(QStringLiteral("partial.json")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(profile);
    out.close();
    QStringList args = aggregateArgs(db, "staff-profile.json", {"staff-windows1252.csv"});
    args[2] = out.fileName();
    const QString before = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                         QStringLiteral("Testshire"), QStringLiteral("--year"), QStringLiteral("2024"),
                                         QStringLiteral("-o"), QStringLiteral("-")})
                               .out;
    r = runCli(kCli, args);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("unmapped\tstaff-windows1252.csv\tethnicity\t\"Black - African\"\t1 row")));
    const QString after = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                        QStringLiteral("Testshire"), QStringLiteral("--year"), QStringLiteral("2024"),
                                        QStringLiteral("-o"), QStringLiteral("-")})
                              .out;
    CHECK(after == before);
}

TEST_CASE("scwres aggregate --profile NAME: a saved profile, reused next year, gives the same counts", "[cli][aggregate]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    auto profile = extract::readProfileFile(extractPath("staff-profile.json")).value;
    REQUIRE(profile);
    profile->name = QStringLiteral("Oracle HR staff list");
    QString error;
    REQUIRE(extract::ProfileStore().save(*profile, &error));
    for (const char *year : {"2024", "2025"}) {
        const auto r = runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile"),
                                     QStringLiteral("Oracle HR staff list"), QStringLiteral("--db"), db,
                                     QStringLiteral("--authority"), QStringLiteral("Testshire"), QStringLiteral("--year"),
                                     QString::fromLatin1(year), extractPath("staff-utf8-bom.csv")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    auto database = Database::open(db, &error);
    REQUIRE(database);
    const auto a = database->loadReturn(QStringLiteral("Testshire"), 2024);
    const auto b = database->loadReturn(QStringLiteral("Testshire"), 2025);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->adult == b->adult);
    CHECK(a->children == b->children);

    const auto missing = runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile"), QStringLiteral("Nope"),
                                       QStringLiteral("--db"), db, QStringLiteral("--authority"), QStringLiteral("T"),
                                       QStringLiteral("--year"), QStringLiteral("2024"), extractPath("staff-utf8-bom.csv")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("\"Nope\"")));
}

TEST_CASE("scwres aggregate: usage errors exit 2", "[cli][aggregate]")
{
    const auto help = runCli(kCli, {QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("aggregate (--profile NAME | --profile-file P.json) --db FILE --authority NAME "
                                           "--year YEAR [--dry-run] EXTRACT...")));
    CHECK(runCli(kCli, {QStringLiteral("aggregate")}).exitCode == 2);
    CHECK(runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile"), QStringLiteral("a"),
                        QStringLiteral("--profile-file"), QStringLiteral("b"), QStringLiteral("--db"), QStringLiteral("x"),
                        QStringLiteral("--authority"), QStringLiteral("T"), QStringLiteral("--year"),
                        QStringLiteral("2024"), QStringLiteral("e.csv")})
              .exitCode
          == 2);
    CHECK(runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile-file"), QStringLiteral("b"),
                        QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--authority"), QStringLiteral("T"),
                        QStringLiteral("--year"), QStringLiteral("2024")})
              .exitCode
          == 2); // no extract
}

TEST_CASE("scwres aggregate: no value of a row is left in the database, WAL, settings, data or temp folder",
          "[cli][aggregate][privacy]")
{
    QTemporaryDir dir;
    QTemporaryDir tmp;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString db = dir.filePath(QStringLiteral("w.db"));
    const auto r1 = runCli(kCli, aggregateArgs(db, "staff-profile.json", {"staff-windows1252.csv"}));
    const auto r2 = runCli(kCli, aggregateArgs(db, "recruitment-profile.json", {"recruitment.xlsx"}));
    if (oldTmp.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
    REQUIRE(r1.exitCode == 0);
    REQUIRE(r2.exitCode == 0);
    CHECK_FALSE(r1.out.contains(QStringLiteral("Zqxm")));
    CHECK_FALSE(r1.err.contains(QStringLiteral("Zqxm")));
    const QStringList folders{dir.path(), tmp.path(), qEnvironmentVariable("XDG_CONFIG_HOME"),
                              qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CACHE_HOME")};
    for (const QString &folder : folders) {
        INFO(folder.toStdString());
        CHECK(filesContaining(folder, "Zqxm").isEmpty());
        CHECK(filesContaining(folder, "Ren\xE9" "e").isEmpty());
    }
    CHECK(QFile::exists(db)); // the database was written: the search above had something to read
}
