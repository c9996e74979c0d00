// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The command line against hostile files and paths (issue 37): devices, pipes and folders are
// refused in words without reading or blocking, a database holding impossible counts gives no
// figures, and text from an extract never reaches the terminal as control characters.
#include "CliRunner.h"
#include "Database.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

using namespace scwres;
using scwres::test::runCli;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

bool hasControl(const QString &text)
{
    for (QChar c : text)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0x7F
            || (c.unicode() >= 0x80 && c.unicode() <= 0x9F) || c.unicode() == 0x202E)
            return true;
    return false;
}

} // namespace

TEST_CASE("CLI: validate refuses devices, pipes and folders in words", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("return.json"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const std::pair<QString, const char *> cases[] = {
        {QStringLiteral("/dev/zero"), "it is a device, not a file"},
        {fifo, "it is a named pipe, not a file"},
        {dir.path(), "it is a folder, not a file"},
    };
    for (const auto &[path, words] : cases) {
        const auto r = runCli(kCli, {QStringLiteral("validate"), path});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String(words)));
    }
}

TEST_CASE("CLI: a named pipe at the database path is refused, not waited on", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QStringList &args :
         {QStringList{QStringLiteral("demo"), QStringLiteral("--db"), fifo},
          QStringList{QStringLiteral("compute"), QStringLiteral("--db"), fifo, QStringLiteral("--authority"),
                      QStringLiteral("Exampleshire County Council"), QStringLiteral("--year"), QStringLiteral("2024")}}) {
        const auto r = runCli(kCli, args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("it is a named pipe, not a file")));
    }
}

TEST_CASE("CLI: a database with an impossible count gives no figures", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    {
        auto open = test::openDatabaseOrFail(db);
        QSqlQuery q(open->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE count_row SET white = 9223372036854775807 WHERE rowid = "
                                      "(SELECT min(rowid) FROM count_row)")));
    }
    const auto r = runCli(kCli, {QStringLiteral("compute"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                 QStringLiteral("Exampleshire County Council"), QStringLiteral("--year"),
                                 QStringLiteral("2024")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("count_row.white: a count outside 0 to 1,000,000,000")));
}

TEST_CASE("CLI: control characters from an extract are escaped, and tab-separated lines keep their columns",
          "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // An ethnicity value with an ANSI colour, a window-title sequence, a bare CR, a tab and a
    // right-to-left override: unmapped, so it is printed for the lead to map.
    const QByteArray value = "White\x1b[31m\x1b]0;pwned\x07\rX\tY\xE2\x80\xAE\xC2\x9B";
    writeFile(dir.filePath(QStringLiteral("staff.csv")), "Ethnic Origin,Directorate\n\"" + value + "\",Adult Social Care\n");
    writeFile(dir.filePath(QStringLiteral("profile.json")), R"({"format": "scwres-extract-profile", "format_version": 1,
 "name": "Hostile", "kind": "staff_list", "columns": {"ethnicity": "Ethnic Origin", "service_area": "Directorate"},
 "values": {"service_area": {"Adult Social Care": "adult"}}})");
    const auto r = runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile-file"),
                                 dir.filePath(QStringLiteral("profile.json")), QStringLiteral("--db"),
                                 dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("--authority"),
                                 QStringLiteral("Testshire"), QStringLiteral("--year"), QStringLiteral("2024"),
                                 dir.filePath(QStringLiteral("staff.csv"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK_FALSE(hasControl(r.err));
    CHECK_FALSE(hasControl(r.out));
    const QString expected = QStringLiteral(
        "\"White\\u001b[31m\\u001b]0;pwned\\u0007\\u000dX\\u0009Y\\u202e\\u009b\"");
    CHECK(r.err.contains(expected));
    // unmapped, file, field, "value", rows: five columns.
    for (const QString &line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QStringLiteral("unmapped\t")))
            CHECK(line.split(QLatin1Char('\t')).size() == 5);
}

TEST_CASE("CLI: JSON output means the same after escaping", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    // A name with a C1 control and an override, as another program could have written it.
    const QString name = QStringLiteral("Evil\u009b\u202e County");
    {
        auto open = test::openDatabaseOrFail(db);
        QSqlQuery q(open->connection());
        q.prepare(QStringLiteral("UPDATE authority SET name = ?"));
        q.addBindValue(name);
        REQUIRE(q.exec());
    }
    const auto r = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--authority"),
                                 name, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"),
                                 QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(hasControl(r.out));
    CHECK(r.out.contains(QStringLiteral("Evil\\u009b\\u202e County")));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    CHECK(doc.object().value(QStringLiteral("authority")).toObject().value(QStringLiteral("name")).toString() == name);
}

TEST_CASE("CLI: a refused aggregate creates no database", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("staff.csv")), "Ethnic Origin\nSomething unmapped\n");
    writeFile(dir.filePath(QStringLiteral("profile.json")), R"({"format": "scwres-extract-profile", "format_version": 1,
 "name": "P", "kind": "staff_list", "columns": {"ethnicity": "Ethnic Origin"}})");
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const auto r = runCli(kCli, {QStringLiteral("aggregate"), QStringLiteral("--profile-file"),
                                 dir.filePath(QStringLiteral("profile.json")), QStringLiteral("--db"), db,
                                 QStringLiteral("--authority"), QStringLiteral("Testshire"), QStringLiteral("--year"),
                                 QStringLiteral("2024"), dir.filePath(QStringLiteral("staff.csv"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(db));
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
}

TEST_CASE("CLI: --wait takes seconds, and a bad value is a usage error", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto ok = runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--wait"), QStringLiteral("5"),
                                  QStringLiteral("--db"), db});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK_FALSE(QFile::exists(db + QStringLiteral(".partial")));
    const auto bad = runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--wait"),
                                   QStringLiteral("soon")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--wait takes a number of seconds")));
}

TEST_CASE("CLI: with --wait, a writer waits for another copy instead of refusing", "[cli][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("held.sqlite"));
    auto holder = test::openDatabaseOrFail(db); // as the desktop program holds it
    const auto refused = runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already open")));

    QProcess waiting;
    waiting.setProcessChannelMode(QProcess::SeparateChannels);
    waiting.start(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--wait"),
                         QStringLiteral("60")});
    REQUIRE(waiting.waitForStarted());
    QThread::msleep(300);
    holder.reset(); // the other copy closes the file
    REQUIRE(waiting.waitForFinished(60'000));
    INFO(waiting.readAllStandardError().toStdString());
    CHECK(waiting.exitCode() == 0);
}
