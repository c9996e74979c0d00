// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "TestSupport.h"
#include "extract/ExtractReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QTemporaryDir>

using namespace scwres::extract;

namespace {

struct Rows {
    QStringList header;
    std::vector<std::pair<qint64, QStringList>> rows;
    ReadOutcome outcome;
};

Rows readCsvBytes(const QByteArray &bytes, FileOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Rows out;
    out.outcome = readCsv(
        buffer, options, [&](qint64, const QStringList &h) { out.header = h; return true; },
        [&](qint64 row, const QStringList &cells) { out.rows.emplace_back(row, cells); return true; });
    return out;
}

} // namespace

TEST_CASE("CSV reader: delimiters, RFC 4180 quoting, encodings", "[extract][csv]")
{
    struct Case {
        const char *name;
        QByteArray bytes;
        QChar delimiter;
        QString encoding;
        QStringList secondRow; // the cells of the first data row
        qint64 rowNumber;
    };
    const Case cases[] = {
        {"comma", "a,b\r\n1,2\r\n", QLatin1Char(','), QStringLiteral("UTF-8"), {"1", "2"}, 2},
        {"semicolon", "a;b\n1;2,5\n", QLatin1Char(';'), QStringLiteral("UTF-8"), {"1", "2,5"}, 2},
        {"tab keeps empty cells", "a\tb\tc\n1\t\t3\n", QLatin1Char('\t'), QStringLiteral("UTF-8"), {"1", "", "3"}, 2},
        {"quoted newline, quote and delimiter", "a,b\n\"x\ny\",\"say \"\"hi\"\", ok\"\n", QLatin1Char(','),
         QStringLiteral("UTF-8"), {"x\ny", "say \"hi\", ok"}, 2},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" "a,b\nRen\xC3\xA9" "e,2\n", QLatin1Char(','), QStringLiteral("UTF-8"),
         {QStringLiteral("Renée"), "2"}, 2},
        {"Windows-1252", "a,b\nRen\xE9" "e,\x80" "5\n", QLatin1Char(','), QStringLiteral("Windows-1252"),
         {QStringLiteral("Renée"), QStringLiteral("€5")}, 2},
        {"auto: not UTF-8 is Windows-1252", "a,b\nRen\xE9" "e,2\n", QLatin1Char(','), QStringLiteral("auto"),
         {QStringLiteral("Renée"), "2"}, 2},
        {"no final line end", "a,b\n1,2", QLatin1Char(','), QStringLiteral("UTF-8"), {"1", "2"}, 2},
        {"blank lines skipped, numbers kept", "a,b\n\n1,2\n", QLatin1Char(','), QStringLiteral("UTF-8"), {"1", "2"}, 3},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            FileOptions options;
            options.delimiter = c.delimiter;
            options.encoding = c.encoding;
            const Rows r = readCsvBytes(c.bytes, options);
            INFO(r.outcome.error.toStdString());
            REQUIRE(r.outcome.ok);
            CHECK(r.header.first() == QStringLiteral("a"));
            REQUIRE(r.rows.size() == 1);
            CHECK(r.rows.front().first == c.rowNumber);
            CHECK(r.rows.front().second == c.secondRow);
        }
    }
}

TEST_CASE("CSV reader: a header row below the first, row numbers across quoted newlines", "[extract][csv]")
{
    FileOptions options;
    options.headerRow = 3;
    const Rows r = readCsvBytes("Report,run 2024\nexported,by HR\nid,name\n1,\"a\nb\"\n2,c\n", options);
    REQUIRE(r.outcome.ok);
    CHECK(r.header == QStringList{"id", "name"});
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].first == 4);
    CHECK(r.rows[1].first == 5); // the record's number, as a spreadsheet shows it
    CHECK(r.outcome.rowsRead == 2);
}

TEST_CASE("CSV reader: bad input is refused with the row, never the value", "[extract][csv]")
{
    SECTION("invalid UTF-8 names the row and column")
    {
        const Rows r = readCsvBytes("a,b\n1,Zqxm\xE9secret\n");
        REQUIRE_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("Row 2, column 2")));
        CHECK_FALSE(r.outcome.error.contains(QStringLiteral("Zqxm")));
    }
    SECTION("a quote left open stops at 1 MB, not at the end of memory")
    {
        QByteArray bytes = "a,b\n1,\"";
        bytes += QByteArray(3 * 1024 * 1024, 'x');
        const Rows r = readCsvBytes(bytes);
        REQUIRE_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("Row 2")));
    }
    SECTION("too many columns")
    {
        const Rows r = readCsvBytes("a\n" + QByteArray(5000, ',') + "\n");
        REQUIRE_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("Row 2")));
    }
    SECTION("no header row")
    {
        FileOptions options;
        options.headerRow = 5;
        CHECK_FALSE(readCsvBytes("a,b\n1,2\n", options).outcome.ok);
    }
    SECTION("empty file")
    {
        CHECK_FALSE(readCsvBytes("").outcome.ok);
    }
}

TEST_CASE("Encoding and delimiter guesses", "[extract][csv]")
{
    CHECK(detectEncoding("\xEF\xBB\xBF" "abc") == QStringLiteral("UTF-8"));
    CHECK(detectEncoding("Ren\xC3\xA9" "e") == QStringLiteral("UTF-8"));
    CHECK(detectEncoding("Ren\xE9" "e, and more text") == QStringLiteral("Windows-1252"));
    CHECK(guessDelimiter("a;b;c\n1,5;2;3") == QLatin1Char(';'));
    CHECK(guessDelimiter("a\tb\n") == QLatin1Char('\t'));
    CHECK(guessDelimiter("a,b\n") == QLatin1Char(','));
}

TEST_CASE("XLSX reader: a chosen sheet, shared and inline strings, date serials", "[extract][xlsx]")
{
    const QString path = scwres::test::dataPath(QStringLiteral("extracts/recruitment.xlsx"));
    QString error;
    CHECK(xlsxSheetNames(path, &error) == QStringList{"Notes", "Applicants"});
    FileOptions options;
    options.sheet = QStringLiteral("Applicants");
    QStringList header;
    std::vector<std::pair<qint64, QStringList>> rows;
    const ReadOutcome outcome = readXlsx(
        path, options, [&](qint64, const QStringList &h) { header = h; return true; },
        [&](qint64 row, const QStringList &cells) { rows.emplace_back(row, cells); return true; });
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(header.at(6) == QStringLiteral("Closing Date"));
    REQUIRE(rows.size() == 6);
    CHECK(rows[0].first == 2);
    CHECK(rows[0].second == QStringList{"A1", "Zqxm9", "White - British", "Adult Social Care", "Y", "Y", "2024-01-15"});
    CHECK(rows[2].second.at(1) == QStringLiteral("Zqxm11")); // the inline string
    CHECK(rows[5].second.at(6) == QStringLiteral("not a date"));

    // The first sheet when none is named.
    options.sheet.reset();
    header.clear();
    const ReadOutcome first = readXlsx(
        path, options, [&](qint64, const QStringList &h) { header = h; return true; },
        [&](qint64, const QStringList &) { return true; });
    CHECK(first.ok);
    CHECK(header == QStringList{"Exported for the WRES return"});

    options.sheet = QStringLiteral("Nope");
    const ReadOutcome missing = readXlsx(
        path, options, [](qint64, const QStringList &) { return true; }, [](qint64, const QStringList &) { return true; });
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.contains(QStringLiteral("Nope")));
}

TEST_CASE("XLSX reader: a file that is not a workbook is refused", "[extract][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a zip at all");
    file.close();
    const ReadOutcome outcome = readExtractFile(
        path, {}, [](qint64, const QStringList &) { return true; }, [](qint64, const QStringList &) { return true; });
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.error.contains(QStringLiteral("fake.xlsx")));
}
