// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CliRunner.h"
#include "Database.h"
#include "DemoData.h"
#include "ReturnJson.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace scwres;
using scwres::test::runCli;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray databaseContent(const QString &path)
{
    // Compare what the database holds, not its bytes (WAL files make the bytes move).
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    QByteArray all;
    for (const Authority &a : db->authorities())
        for (int year : db->years(a.id))
            all += writeReturnJson(*db->loadReturn(a.id, year));
    return all;
}

} // namespace

TEST_CASE("scwres --version and --help", "[cli]")
{
    auto r = runCli(kCli, {QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("scwres ")));
    r = runCli(kCli, {QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char *command : {"validate", "import", "export", "demo", "compute"})
        CHECK(r.out.contains(QString::fromLatin1(command)));
    r = runCli(kCli, {QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unknown command")));
}

TEST_CASE("scwres validate: exit 0 without errors, 1 with — one line per finding", "[cli]")
{
    QTemporaryDir dir;
    AnnualReturn ret = test::exampleReturn();
    ret.children.reset();
    auto r = runCli(kCli, {QStringLiteral("validate"), writeTemp(dir, QStringLiteral("ok.json"), writeReturnJson(ret))});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("ok")));

    // The example has children's data switched off entirely: ten warnings, still exit 0.
    r = runCli(kCli, {QStringLiteral("validate"), test::dataPath(QStringLiteral("example-return.json"))});
    CHECK(r.exitCode == 0);
    CHECK(r.out.count(QStringLiteral("warning\t")) == 10);

    ret.adult->shortlisting.events.white = 201;
    r = runCli(kCli, {QStringLiteral("validate"), writeTemp(dir, QStringLiteral("bad.json"), writeReturnJson(ret))});
    CHECK(r.exitCode == 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    REQUIRE(fields.size() == 3);
    CHECK(fields[0] == QStringLiteral("error"));
    CHECK(fields[1] == QStringLiteral("areas.adult.shortlisting.appointed.white"));
    CHECK(fields[2].contains(QStringLiteral("201")));

    r = runCli(kCli, {QStringLiteral("validate"), writeTemp(dir, QStringLiteral("junk.json"), "{\"format\":")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("scwres import then export gives back the same return", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("work.sqlite"));
    const QString in = test::dataPath(QStringLiteral("example-return.json"));
    auto r = runCli(kCli, {QStringLiteral("import"), in, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out.json"));
    r = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                      QStringLiteral("Exampleshire County Council"), QStringLiteral("--year"), QStringLiteral("2024"),
                      QStringLiteral("-o"), out});
    REQUIRE(r.exitCode == 0);
    const ReturnReadResult back = readReturnFile(out);
    REQUIRE(back.value);
    CHECK(*back.value == test::exampleReturn());
    // Exporting again from the re-imported file is byte-identical: the format is stable.
    CHECK(test::readFile(out) == writeReturnJson(test::exampleReturn()));
}

TEST_CASE("scwres import refuses malformed files and leaves the database as it was", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("work.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QByteArray before = databaseContent(db);
    QByteArray example = test::readFile(test::dataPath(QStringLiteral("example-return.json")));
    const QByteArray cases[] = {
        "not json at all",
        example.left(example.size() / 2),
        QByteArray(example).replace("\"format_version\": 1", "\"format_version\": 3"),
        QByteArray(example).replace("\"white\": 60", "\"white\": -60"),
        QByteArray(example).replace("\"white\": 60", "\"white\": \"sixty\""),
    };
    int n = 0;
    for (const QByteArray &bytes : cases) {
        const auto r = runCli(kCli, {QStringLiteral("import"),
                                     writeTemp(dir, QStringLiteral("case%1.json").arg(++n), bytes),
                                     QStringLiteral("--db"), db});
        INFO(n);
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK(databaseContent(db) == before);
}

TEST_CASE("scwres demo writes the fictional authority's three years", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto r = runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), path});
    REQUIRE(r.exitCode == 0);
    QString error;
    auto db = Database::open(path, &error);
    REQUIRE(db);
    const auto authority = db->authorityByName(demoAuthorityName());
    REQUIRE(authority);
    CHECK(db->years(authority->id) == std::vector<int>{2022, 2023, 2024});
    CHECK(*db->loadReturn(authority->id, 2024) == demoReturns()[2]);
}

TEST_CASE("scwres refuses a database another copy has open", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    QString error;
    auto held = Database::open(path, &error);
    REQUIRE(held);
    const auto r = runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("already open")));
    CHECK(held->authorities().empty());
}

TEST_CASE("scwres export reads a database the desktop program has open, and never creates one", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.sqlite"));
    QString error;
    auto held = Database::open(path, &error);
    REQUIRE(held);
    REQUIRE(writeDemoData(*held, &error));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    auto r = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--authority"),
                           demoAuthorityName(), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"),
                           out});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(*readReturnFile(out).value == demoReturns()[1]);

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    r = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), missing, QStringLiteral("--authority"),
                      demoAuthorityName(), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(missing));
}
