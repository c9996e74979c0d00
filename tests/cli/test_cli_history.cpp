// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "CliRunner.h"
#include "Database.h"
#include "ReturnJson.h"
#include "TestSupport.h"
#include "history/ChangeHistory.h"
#include "history/HistoryText.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace scwres;
using scwres::test::runCli;

namespace
{
const QString kCli = QStringLiteral(SCWRES_CLI_PATH);
} // namespace

TEST_CASE("scwres history prints the program's list — export --as-of writes the return as it was then", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    AnnualReturn ret = test::exampleReturn();
    QByteArray before;
    QStringList expected;
    {
        QString error;
        auto db = Database::open(path, &error);
        REQUIRE(db);
        ChangeHistory::setClockForTests(QDateTime(QDate(2026, 12, 2), QTime(14, 0), Qt::LocalTime).toUTC());
        REQUIRE(db->saveReturn(ret));
        before = writeReturnJson(*db->loadReturn(ret.authorityName, ret.year));
        ChangeHistory::setClockForTests(QDateTime(QDate(2026, 12, 2), QTime(14, 3), Qt::LocalTime).toUTC());
        ret.adult->shortlisting.events.minorityEthnic = 27;
        REQUIRE(db->saveReturn(ret));
        ChangeHistory::setClockForTests({});
        std::vector<HistoryLine> lines
            = describeHistory(ChangeHistory(*db).entries(db->authorityByName(ret.authorityName)->id, ret.year));
        std::reverse(lines.begin(), lines.end());
        for (const HistoryLine &line : lines)
            expected << line.text();
    }
    const QStringList common { QStringLiteral("--db"), path, QStringLiteral("--authority"), ret.authorityName,
        QStringLiteral("--year"), QString::number(ret.year) };

    auto r = runCli(kCli, QStringList { QStringLiteral("history") } + common);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    CHECK(r.out.startsWith(QStringLiteral("2 Dec 2026 14:03 \u2014 adult shortlisting, minority ethnic appointed "
                                          "25 \u2192 27")));
    CHECK(r.out.contains(QStringLiteral("2 Dec 2026 14:00 \u2014 return created")));

    // As it was at 14:00 (the first save), and at 14:02 (still the first); now, the second.
    for (const char *moment : { "2026-12-02T14:00", "2026-12-02T14:02" }) {
        const QString out = dir.filePath(QStringLiteral("asof.json"));
        QFile::remove(out);
        r = runCli(kCli,
            QStringList { QStringLiteral("export") } + common
                + QStringList { QStringLiteral("--as-of"), QString::fromLatin1(moment), QStringLiteral("-o"), out });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(test::readFile(out) == before);
    }
    r = runCli(kCli,
        QStringList { QStringLiteral("export") } + common
            + QStringList { QStringLiteral("--as-of"), QStringLiteral("2026-12-02T14:03"), QStringLiteral("-o"),
                QStringLiteral("-") });
    CHECK(r.out.toUtf8() != before);
    CHECK(r.out.contains(QStringLiteral("\"minority_ethnic\": 27")));

    // Before anything was stored, and words that are not a moment.
    r = runCli(kCli,
        QStringList { QStringLiteral("export") } + common
            + QStringList { QStringLiteral("--as-of"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("-o"),
                QStringLiteral("-") });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no")));
    r = runCli(kCli,
        QStringList { QStringLiteral("export") } + common
            + QStringList {
                QStringLiteral("--as-of"), QStringLiteral("yesterday"), QStringLiteral("-o"), QStringLiteral("-") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--as-of")));

    r = runCli(kCli,
        { QStringLiteral("history"), QStringLiteral("--db"), path, QStringLiteral("--authority"),
            QStringLiteral("Nowhere Council"), QStringLiteral("--year"), QStringLiteral("2024") });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Nowhere Council")));
}
