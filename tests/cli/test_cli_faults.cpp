// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
// The real binaries under faults: killed mid-import, a full disk, another program's lock, a
// read-only folder, and hostile text in every export.
#include "ActionPlanStore.h"
#include "CliRunner.h"
#include "Database.h"
#include "ExportReaders.h"
#include "ReturnJson.h"
#include "SqliteLockHolder.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QXmlStreamReader>

using namespace scwres;
using scwres::test::runCli;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);
const QString kAuthority = QStringLiteral("Exampleshire County Council");

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

std::optional<AnnualReturn> storedReturn(const QString &dbPath, int year)
{
    QString error;
    auto db = Database::open(dbPath, &error, nullptr, Database::Mode::ReadOnly);
    INFO(error.toStdString()); // a damaged file fails quick_check here
    REQUIRE(db);
    return db->loadReturn(kAuthority, year);
}

// Runs the CLI with a file-size limit of one block, as a full disk: writes past it fail with
// EFBIG instead of killing the process (SIGXFSZ ignored).
test::CliResult runWithFullDisk(const QStringList &args)
{
    return runCli(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""), kCli}
                      + args);
}

} // namespace

TEST_CASE("scwres import killed with SIGKILL at 20 random points leaves the old return or the new, never damage",
          "[cli][faults]")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const AnnualReturn before = test::exampleReturn();
    {
        QString error;
        auto db = Database::open(pristine, &error);
        REQUIRE(db);
        REQUIRE(db->saveReturn(before));
    }
    AnnualReturn after = before;
    after.adult->shortlisting.events.minorityEthnic += 3;
    after.adult->leavers.counts.white += 7;
    after.adult->notes[QStringLiteral("2")] = QStringLiteral("Re-counted after the audit.");
    const QString newFile = dir.filePath(QStringLiteral("new.json"));
    writeBytes(newFile, writeReturnJson(after));

    // How long one whole import takes here, so the kills fall inside its run.
    const QString timing = dir.filePath(QStringLiteral("timing.sqlite"));
    REQUIRE(QFile::copy(pristine, timing));
    QElapsedTimer clock;
    clock.start();
    const auto full = runCli(kCli, {QStringLiteral("import"), newFile, QStringLiteral("--db"), timing});
    const qint64 runMs = std::max<qint64>(clock.elapsed(), 20);
    REQUIRE(full.exitCode == 0);
    CHECK(storedReturn(timing, 2024) == after);

    int oldSeen = 0, newSeen = 0;
    QRandomGenerator random(20261202); // fixed: a failure can be replayed
    for (int run = 0; run < 20; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        REQUIRE(QFile::copy(pristine, path));
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(kCli, {QStringLiteral("import"), newFile, QStringLiteral("--db"), path});
        REQUIRE(process.waitForStarted());
        QThread::usleep(random.bounded(quint32(runMs * 1000)));
        process.kill(); // SIGKILL
        process.waitForFinished();
        const auto stored = storedReturn(path, 2024);
        INFO("run " << run);
        REQUIRE(stored);
        const bool isOld = *stored == before;
        const bool isNew = *stored == after;
        CHECK((isOld || isNew));
        oldSeen += isOld;
        newSeen += isNew;
    }
    // Both outcomes should turn up: otherwise the kills missed the import entirely.
    WARN("old " << oldSeen << ", new " << newSeen);
}

TEST_CASE("A full disk makes export, report and plan fail with the reason and leaves the old file byte-identical",
          "[cli][faults]")
{
    QTemporaryDir dir;
    const QString db = test::writeDemoPlanDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    const QStringList common{QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
                             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o")};
    struct Case {
        QString command;
        QString file;
    };
    const Case cases[] = {
        {QStringLiteral("export"), QStringLiteral("return.json")}, {QStringLiteral("report"), QStringLiteral("report.pdf")},
        {QStringLiteral("report"), QStringLiteral("report.xlsx")}, {QStringLiteral("report"), QStringLiteral("report.odt")},
        {QStringLiteral("plan"), QStringLiteral("plan.pdf")},      {QStringLiteral("plan"), QStringLiteral("plan.docx")},
        {QStringLiteral("plan"), QStringLiteral("plan.odt")},      {QStringLiteral("plan"), QStringLiteral("plan.xlsx")},
    };
    // With no other connection, even reading needs SQLite's -shm file written beside the
    // database: on a full disk that fails first, and must say so (it once said "damaged").
    {
        const QString target = QDir(out).filePath(QStringLiteral("first.json"));
        writeBytes(target, "previous");
        const auto r = runWithFullDisk(QStringList{QStringLiteral("export")} + common + QStringList{target});
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(QStringLiteral("disk is full")));
        CHECK_FALSE(r.err.contains(QStringLiteral("damaged")));
        CHECK(test::readFile(target) == "previous");
        QFile::remove(target);
    }
    // The program open on the database (its -wal and -shm in place), as when the lead exports
    // from the command line: then the database reads, and the write of the output meets the limit.
    QString error;
    auto program = Database::open(db, &error);
    REQUIRE(program);
    for (const Case &c : cases) {
        INFO(c.command.toStdString() << " " << c.file.toStdString());
        const QString target = QDir(out).filePath(c.file);
        const QByteArray previous = "the previous, good file: " + c.file.toUtf8();
        writeBytes(target, previous);
        const auto r = runWithFullDisk(QStringList{c.command} + common + QStringList{target});
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(QStringLiteral("disk is full")));
        CHECK_FALSE(r.err.contains(QStringLiteral("damaged")));
        CHECK(test::readFile(target) == previous);
        // And with room, the same command works: the failure was the disk's.
        CHECK(runCli(kCli, QStringList{c.command} + common + QStringList{target}).exitCode == 0);
        CHECK(test::readFile(target) != previous);
    }
    CHECK(QDir(out).entryList(QDir::Files | QDir::Hidden).size() == int(std::size(cases)));
}

TEST_CASE("Another program's lock is reported as a lock, never as damage", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString db = test::writeDemoPlanDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    {
        test::SqliteLockHolder other(db);
        for (const QStringList &args :
             {QStringList{QStringLiteral("compute"), QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
                          QStringLiteral("--year"), QStringLiteral("2024")},
              QStringList{QStringLiteral("import"), test::dataPath(QStringLiteral("example-return.json")),
                          QStringLiteral("--db"), db}}) {
            const auto r = runCli(kCli, args);
            INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
            CHECK(r.exitCode != 0);
            CHECK(r.err.contains(QStringLiteral("locked by another program")));
            CHECK_FALSE(r.err.contains(QStringLiteral("damaged")));
        }
    }
}

TEST_CASE("A database in a read-only folder is read and exported, and an import into it is refused in words",
          "[cli][faults]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = test::writeDemoPlanDatabase(QDir(folder).filePath(QStringLiteral("demo.sqlite")));
    const QByteArray before = test::readFile(db);
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString out = dir.filePath(QStringLiteral("return.json"));
    auto r = runCli(kCli, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
                           QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(readReturnFile(out).value);
    r = runCli(kCli, {QStringLiteral("import"), test::dataPath(QStringLiteral("example-return.json")),
                      QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(r.err.contains(QStringLiteral("readonly database")));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(test::readFile(db) == before);
}

TEST_CASE("Hostile text reaches every export as well-formed XML that LibreOffice opens", "[cli][faults][exports]")
{
    QTemporaryDir dir;
    const QString dbPath = test::writeDemoPlanDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    // Text that got into the database by another route than the reader (an older version, the
    // editors): control characters, right-to-left script, emoji, XML's own syntax, a long note.
    const QString hostile = QStringLiteral("Bad\u0001name \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 ")
        + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral(" ]]> <b>&amp; \"quoted\" \u000C\uFFFF");
    {
        QString error;
        auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        AnnualReturn ret = *db->loadReturn(kAuthority, 2024);
        ret.adult->notes[QStringLiteral("2")] = hostile + QString(20000 - hostile.size() - 1, QLatin1Char('n'));
        ret.adult->payBands.bands.front().name = hostile;
        ret.populationSource = hostile;
        REQUIRE(db->saveReturn(ret));
        ActionPlanStore store(*db);
        ActionPlan plan = *store.load(db->authorityByName(kAuthority)->id, 2024);
        plan.header.sponsor = hostile;
        plan.sections[1].narrative = hostile;
        plan.otherActions = hostile;
        REQUIRE(store.save(plan));
    }
    const QStringList common{QStringLiteral("--db"), dbPath, QStringLiteral("--authority"), kAuthority,
                             QStringLiteral("--year"), QStringLiteral("2024")};
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    auto path = [&](const char *name) { return QDir(out).filePath(QString::fromLatin1(name)); };
    auto r = runCli(kCli, QStringList{QStringLiteral("report")} + common
                              + QStringList{QStringLiteral("--xlsx"), path("report.xlsx"), QStringLiteral("--odt"),
                                            path("report.odt"), QStringLiteral("--pdf"), path("report.pdf")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli(kCli, QStringList{QStringLiteral("plan")} + common
                         + QStringList{QStringLiteral("--docx"), path("plan.docx"), QStringLiteral("--odt"),
                                       path("plan.odt"), QStringLiteral("--xlsx"), path("plan.xlsx"),
                                       QStringLiteral("--pdf"), path("plan.pdf")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    for (const char *name : {"report.xlsx", "report.odt", "plan.docx", "plan.odt", "plan.xlsx"}) {
        for (const auto &[part, bytes] : test::readZip(path(name))) {
            if (!part.endsWith(QLatin1String(".xml")) && !part.endsWith(QLatin1String(".rels")))
                continue;
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd())
                xml.readNext();
            INFO(name << " " << part.toStdString() << ": " << xml.errorString().toStdString());
            CHECK_FALSE(xml.hasError());
        }
    }
    // The right-to-left text and the emoji survive, as text a reader can find.
    CHECK(test::pdfText(path("plan.pdf")).contains(QStringLiteral("\u05E9\u05DC\u05D5\u05DD")));
    const QString converted = dir.filePath(QStringLiteral("converted"));
    test::convertWithLibreOffice({path("report.odt"), path("plan.odt")}, QStringLiteral("pdf"), converted);
    for (const char *name : {"report.pdf", "plan.pdf"})
        CHECK(QFile::exists(QDir(converted).filePath(QString::fromLatin1(name))));
    const QString fromDocx = dir.filePath(QStringLiteral("from-docx"));
    test::libreOfficeConvert(path("plan.docx"), QStringLiteral("pdf"), fromDocx);
    CHECK(test::pdfText(QDir(fromDocx).filePath(QStringLiteral("plan.pdf"))).contains(QStringLiteral("quoted")));
    test::convertWithLibreOffice({path("report.xlsx"), path("plan.xlsx")}, QStringLiteral("csv"), converted);
    for (const char *name : {"report.csv", "plan.csv"})
        CHECK(QFile::exists(QDir(converted).filePath(QString::fromLatin1(name))));
}

TEST_CASE("scwres-desktop --screenshot never waits on a dialog", "[cli][faults]")
{
    const QString desktop = QStringLiteral(SCWRES_DESKTOP_PATH);
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("shot.png"));

    SECTION("a damaged database, with no backup: exits 1 at once, with the reason")
    {
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        writeBytes(damaged, QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
        const auto r = runCli(desktop, {QStringLiteral("--database"), damaged, QStringLiteral("--screenshot"), shot});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFile::exists(shot));
    }
    SECTION("an empty database: the demo question takes its default answer and the picture is saved")
    {
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        const auto r = runCli(desktop, {QStringLiteral("--database"), empty, QStringLiteral("--screenshot"), shot});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("[answered: Yes]")));
        CHECK(test::readFile(shot).startsWith("\x89PNG"));
        QString error;
        auto db = Database::open(empty, &error, nullptr, Database::Mode::ReadOnly);
        REQUIRE(db);
        CHECK(db->authorities().size() == 1);
    }
}
