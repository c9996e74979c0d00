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
#include <QSqlQuery>
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

QStringList aggregateByName(const QString &db, const char *year, const char *file)
{
    return {QStringLiteral("aggregate"), QStringLiteral("--profile"), QStringLiteral("Oracle HR staff list"),
            QStringLiteral("--db"), db, QStringLiteral("--authority"), QStringLiteral("Testshire"),
            QStringLiteral("--year"), QString::fromLatin1(year), extractPath(file)};
}

TEST_CASE("scwres profile: saved in the database, reused next year, exported and imported, the same counts",
          "[cli][aggregate][profile]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    auto profile = extract::readProfileFile(extractPath("staff-profile.json")).value;
    REQUIRE(profile);
    profile->name = QStringLiteral("Oracle HR staff list");
    const QString named = dir.filePath(QStringLiteral("named.json"));
    QString error;
    REQUIRE(extract::writeProfileFile(*profile, named, &error));
    const auto imported = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--db"), db, named});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Saved the profile \"Oracle HR staff list\" (staff_list)")));

    const auto listed = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--db"), db});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.startsWith(QStringLiteral("Oracle HR staff list\tstaff_list\t20")));

    for (const char *year : {"2024", "2025"}) {
        const auto r = runCli(kCli, aggregateByName(db, year, "staff-utf8-bom.csv"));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // Exported, then taken into another council's database: the same file, the same counts.
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    const auto exported = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--db"), db,
                                        QStringLiteral("--name"), QStringLiteral("Oracle HR staff list"),
                                        QStringLiteral("--out"), shared});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const auto sharedProfile = extract::readProfileFile(shared).value;
    REQUIRE(sharedProfile);
    CHECK(*sharedProfile == *profile);
    QFile sharedFile(shared);
    REQUIRE(sharedFile.open(QIODevice::ReadOnly));
    CHECK(sharedFile.readAll() == extract::writeProfileJson(*profile)); // the public format, exactly
    const QString other = dir.filePath(QStringLiteral("other.db"));
    REQUIRE(runCli(kCli, {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--db"), other, shared})
                .exitCode
            == 0);
    REQUIRE(runCli(kCli, aggregateByName(other, "2024", "staff-utf8-bom.csv")).exitCode == 0);

    auto database = Database::open(db, &error);
    REQUIRE(database);
    const auto a = database->loadReturn(QStringLiteral("Testshire"), 2024);
    const auto b = database->loadReturn(QStringLiteral("Testshire"), 2025);
    database.reset();
    auto otherDb = Database::open(other, &error);
    REQUIRE(otherDb);
    const auto c = otherDb->loadReturn(QStringLiteral("Testshire"), 2024);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    REQUIRE(a->adult);
    CHECK(a->adult->cpd.collected); // the counts were filled: the comparisons below compare something
    CHECK(a->adult == b->adult);
    CHECK(a->children == b->children);
    CHECK(a->adult == c->adult);
    CHECK(a->children == c->children);

    const auto missing = runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile"), QStringLiteral("Nope"),
                                       QStringLiteral("--db"), db, QStringLiteral("--authority"), QStringLiteral("T"),
                                       QStringLiteral("--year"), QStringLiteral("2024"), extractPath("staff-utf8-bom.csv")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("\"Nope\"")));
    const auto noExport = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--db"), db,
                                        QStringLiteral("--name"), QStringLiteral("Nope"), QStringLiteral("--out"),
                                        dir.filePath(QStringLiteral("nope.json"))});
    CHECK(noExport.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.json"))));
}

TEST_CASE("scwres profile import: a bad file is refused naming the field, and nothing is written", "[cli][profile]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    QFile source(extractPath("staff-profile.json"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    const struct {
        QByteArray from, to;
        const char *field;
    } cases[] = {
        {"\"Asian - Indian\": \"minority_ethnic\"", "\"Asian - Indian\": \"brown\"", "values.ethnicity.Asian - Indian"},
        {"\"Ethnic Origin\"", "3", "columns.ethnicity"},
        {"\"staff_list\"", "\"payroll\"", "kind"},
        {"\"Chief officers\": \"70k_plus\"", "\"Chief officers\": \"lots\"", "bands.Chief officers"},
    };
    for (const auto &c : cases) {
        QByteArray bad = text;
        REQUIRE(bad.contains(c.from));
        bad.replace(c.from, c.to);
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bad);
        out.close();
        const auto r = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--db"), db, path});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QString::fromLatin1(c.field) + QStringLiteral(": ")));
    }
    CHECK_FALSE(QFile::exists(db)); // the file is checked before the database is even opened
    const auto good = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--db"), db,
                                    extractPath("staff-profile.json")});
    REQUIRE(good.exitCode == 0);
    const auto listed = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(listed.out.count(QLatin1Char('\n')) == 1);
    CHECK(runCli(kCli, {QStringLiteral("profile"), QStringLiteral("remove")}).exitCode == 2);
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
    // A saved profile is stored in the database: its mapped category values, never a row.
    const auto r3 = runCli(kCli, {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--db"), db,
                                  extractPath("staff-profile.json")});
    if (oldTmp.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
    REQUIRE(r1.exitCode == 0);
    REQUIRE(r2.exitCode == 0);
    REQUIRE(r3.exitCode == 0);
    {
        QString error;
        auto database = Database::open(db, &error);
        REQUIRE(database);
        QSqlQuery q(database->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name || kind || profile FROM extract_profile")));
        REQUIRE(q.next());
        const QString row = q.value(0).toString();
        CHECK(row.contains(QStringLiteral("White - British"))); // a mapped value is allowed, and is there
        CHECK_FALSE(row.contains(QStringLiteral("Zqxm")));
        CHECK_FALSE(row.contains(QStringLiteral("E001"))); // an identifier of the extract
        CHECK_FALSE(row.contains(QStringLiteral("Ren\u00e9e")));
    }
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

TEST_CASE("scwres aggregate: an extract with no rows in the period writes nothing and exits 1", "[cli][aggregate]")
{
    QTemporaryDir dir;
    // The leavers list, with a profile written here: every leaving date is before 2029.
    const QString profilePath = dir.filePath(QStringLiteral("leavers-profile.json"));
    {
        QFile profile(profilePath);
        REQUIRE(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"format": "scwres-extract-profile", "format_version": 1, "name": "Leavers",
 "kind": "leavers", "file": {"delimiter": ",", "encoding": "auto", "header_row": 1, "sheet": null},
 "date_format": "dd/MM/yyyy",
 "columns": {"ethnicity": "Ethnicity", "service_area": "Service Area", "leaving_date": "Date Left"},
 "values": {"ethnicity": {"White British": "white", "Indian": "minority_ethnic", "Caribbean": "minority_ethnic",
                          "Prefer not to say": "unknown"},
            "service_area": {"Adult": "adult", "Children": "children"}}})");
    }
    const auto args = [&](const QString &db, const char *year, bool dryRun) {
        QStringList a{QStringLiteral("aggregate"), QStringLiteral("--profile-file"), profilePath, QStringLiteral("--db"),
                      db, QStringLiteral("--authority"), QStringLiteral("Testshire"), QStringLiteral("--year"),
                      QString::fromLatin1(year)};
        if (dryRun)
            a << QStringLiteral("--dry-run");
        return a << extractPath("leavers.csv");
    };

    // A new database: not even the file is made.
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    auto r = runCli(kCli, args(fresh, "2030", false));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no rows in the period 2029-09-01 to 2030-08-31")));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    CHECK_FALSE(QFile::exists(fresh));
    r = runCli(kCli, args(fresh, "2030", true));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no rows in the period")));

    // A stored return: its counts stay, "not entered" stays not entered, no history entry is added.
    const QString db = dir.filePath(QStringLiteral("kept.db"));
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire");
    ret.year = 2030;
    ret.snapshotDate = QDate(2030, 8, 31);
    ret.periodStart = QDate(2029, 9, 1);
    ret.periodEnd = QDate(2030, 8, 31);
    ret.adult = AreaReturn{};
    ret.adult->leavers.collected = true;
    ret.adult->leavers.counts.white = 200;
    ret.adult->leavers.counts.minorityEthnic = 80;
    ret.adult->leavers.counts.unknown = 10;
    ret.children = AreaReturn{};
    ret.children->leavers.collected = true;
    ret.children->leavers.counts = GroupCounts::empty();
    {
        auto database = test::openDatabaseOrFail(db);
        REQUIRE(database->saveReturn(ret));
    }
    r = runCli(kCli, args(db, "2030", false));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no rows in the period 2029-09-01 to 2030-08-31 were counted (0 of 5 rows "
                                        "used), so nothing was written into Testshire 2030")));
    const auto history = runCli(kCli, {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                       QStringLiteral("Testshire"), QStringLiteral("--year"), QStringLiteral("2030")});
    CHECK(history.exitCode == 0);
    CHECK_FALSE(history.out.contains(QStringLiteral("imported")));
    auto database = test::openDatabaseOrFail(db);
    const auto after = database->loadReturn(QStringLiteral("Testshire"), 2030);
    REQUIRE(after);
    CHECK(*after == ret);
}
