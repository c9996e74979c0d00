// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Hostile extracts (issue 37): workbooks and CSV files made to hang, exhaust or fool the readers.
// Each is refused in words naming the part, row or column (never a cell's text) or read right;
// inputs are kept small, since a cap is hit long before a file would be large.
#include "TestSupport.h"
#include "export/ZipArchive.h"
#include "extract/ExtractReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace scwres;
using namespace scwres::extract;

namespace {

struct Read {
    ReadOutcome outcome;
    std::vector<std::pair<qint64, QStringList>> rows;
};

const QByteArray kWorkbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray kRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/sheet1.xml"/></Relationships>)";

// A workbook of one sheet whose <sheetData> holds rowsXml (and shared strings when given).
QString writeWorkbook(const QTemporaryDir &dir, const QByteArray &rowsXml, const QByteArray &sharedXml = {},
                      const QByteArray &beforeSheetData = {})
{
    std::vector<ZipEntry> entries{
        {QStringLiteral("xl/workbook.xml"), kWorkbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
             + beforeSheetData + "<sheetData>" + rowsXml + "</sheetData></worksheet>"},
    };
    if (!sharedXml.isEmpty())
        entries.push_back({QStringLiteral("xl/sharedStrings.xml"),
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                               + sharedXml + "</sst>"});
    QString reason;
    const auto zip = ZipArchive::pack(entries, &reason);
    REQUIRE(zip);
    const QString path = dir.filePath(QStringLiteral("extract.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(*zip) == zip->size());
    return path;
}

const QByteArray kHeader = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c>)"
                           R"(<c r="B1" t="inlineStr"><is><t>ethnicity</t></is></c></row>)";

QByteArray dataRow(int r, const QByteArray &a, const QByteArray &b)
{
    return "<row r=\"" + QByteArray::number(r) + "\"><c t=\"inlineStr\"><is><t>" + a
        + "</t></is></c><c t=\"inlineStr\"><is><t>" + b + "</t></is></c></row>";
}

Read readBook(const QString &path)
{
    Read out;
    out.outcome = readXlsx(
        path, FileOptions{}, [](qint64, const QStringList &) { return true; },
        [&](qint64 row, const QStringList &cells) {
            out.rows.emplace_back(row, cells);
            return true;
        });
    return out;
}

Read readCsvBytes(const QByteArray &bytes, FileOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Read out;
    out.outcome = readCsv(
        buffer, options, [](qint64, const QStringList &) { return true; },
        [&](qint64 row, const QStringList &cells) {
            out.rows.emplace_back(row, cells);
            return true;
        });
    return out;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (QChar c : text) {
        const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
        out += littleEndian ? low : high;
        out += littleEndian ? high : low;
    }
    return out;
}

} // namespace

TEST_CASE("XLSX reader: tokens past the cap are refused naming the part, never read for minutes",
          "[extract][xlsx][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray big(300 * 1024, 'x');
    struct Case {
        const char *name;
        QByteArray rows;
        const char *words;
    };
    const Case cases[] = {
        {"a long comment", kHeader + "<!--" + big + "-->" + dataRow(2, "1", "A"), "a comment longer than 256 KB"},
        {"a long CDATA section", kHeader + "<row r=\"2\"><c t=\"str\"><v><![CDATA[" + big + "]]></v></c></row>",
         "a CDATA section longer than 256 KB"},
        {"a huge inline string", kHeader + dataRow(2, big, "A"), "a run of text longer than 256 KB"},
        {"a whitespace bomb", kHeader + QByteArray(300 * 1024, ' ') + dataRow(2, "1", "A"),
         "a run of text longer than 256 KB"},
        {"a long processing instruction", kHeader + "<?pi " + big + "?>", "a processing instruction longer"},
        {"a tag longer than the cap", "<row r=\"1\" x=\"" + big + "\"/>", "a tag longer than 256 KB"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const Read r = readBook(writeWorkbook(dir, c.rows));
            CHECK_FALSE(r.outcome.ok);
            CHECK(r.outcome.error.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
            CHECK(r.outcome.error.contains(QLatin1String(c.words)));
            CHECK_FALSE(r.outcome.error.contains(QStringLiteral("xxxx")));
        }
    }

    SECTION("after the header, the refusal names the last row read")
    {
        const Read r = readBook(writeWorkbook(dir, kHeader + dataRow(2, "1", "A") + "<!--" + big + "-->"));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("after row 2")));
    }
    SECTION("many comments under the cap are read (the cap is per token, not per file)")
    {
        QByteArray rows = kHeader;
        for (int i = 0; i < 12; ++i)
            rows += "<!--" + QByteArray(200 * 1024, '-').replace("--", "- ") + "-->" + dataRow(i + 2, "1", "A");
        const Read r = readBook(writeWorkbook(dir, rows));
        INFO(r.outcome.error.toStdString());
        CHECK(r.outcome.ok);
        CHECK(r.rows.size() == 12);
    }
}

TEST_CASE("XLSX reader: attribute, nesting and DTD bombs are refused", "[extract][xlsx][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("a tag with thousands of attributes")
    {
        QByteArray attributes;
        for (int i = 0; i < 3000; ++i)
            attributes += " a" + QByteArray::number(i) + "=\"\"";
        const Read r = readBook(writeWorkbook(dir, kHeader + "<row r=\"2\"" + attributes + "/>"));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("more than 256 attributes")));
    }
    SECTION("elements nested deeper than a workbook ever does")
    {
        QByteArray open, close;
        for (int i = 0; i < 200; ++i) {
            open += "<x>";
            close += "</x>";
        }
        const Read r = readBook(writeWorkbook(dir, kHeader + open + close));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("nests elements more than 64 deep")));
    }
    SECTION("a document type declaration (entity expansion)")
    {
        std::vector<ZipEntry> entries{
            {QStringLiteral("xl/workbook.xml"), kWorkbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
            {QStringLiteral("xl/worksheets/sheet1.xml"),
             "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]><worksheet><sheetData>"
             + kHeader + "</sheetData></worksheet>"},
        };
        QString reason;
        const auto zip = ZipArchive::pack(entries, &reason);
        REQUIRE(zip);
        const QString path = dir.filePath(QStringLiteral("dtd.xlsx"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(*zip);
        file.close();
        const Read r = readBook(path);
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("document type declaration")));
    }
    SECTION("a huge shared string")
    {
        const QByteArray shared = "<si><t>" + QByteArray(300 * 1024, 'y') + "</t></si>";
        const Read r = readBook(writeWorkbook(dir, kHeader, shared));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("xl/sharedStrings.xml")));
        CHECK_FALSE(r.outcome.error.contains(QStringLiteral("yyyy")));
    }
    SECTION("rich text runs adding up past a cell are cut, and the cell that uses them refused")
    {
        QByteArray runs;
        for (int i = 0; i < 100; ++i)
            runs += "<r><t>" + QByteArray(200, 'z') + "</t></r>";
        const QByteArray rows = kHeader + R"(<row r="2"><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>)";
        const Read r = readBook(writeWorkbook(dir, rows, "<si>" + runs + "</si><si><t>A</t></si>"));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("Row 2, column 1")));
        CHECK(r.outcome.error.contains(QStringLiteral("longer than 4000 characters")));
    }
    SECTION("shared strings are read back exactly (the compact store)")
    {
        const QByteArray shared = QByteArray("<si><t>White - British</t></si><si><t>Ren\xC3\xA9") + "e</t></si><si><t/></si>";
        const QByteArray rows = kHeader + R"(<row r="2"><c t="s"><v>1</v></c><c t="s"><v>0</v></c></row>)"
            + R"(<row r="3"><c t="s"><v>2</v></c><c t="s"><v>1</v></c></row>)";
        const Read r = readBook(writeWorkbook(dir, rows, shared));
        INFO(r.outcome.error.toStdString());
        REQUIRE(r.outcome.ok);
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[0].second == QStringList{QStringLiteral("Renée"), QStringLiteral("White - British")});
        CHECK(r.rows[1].second == QStringList{QString(), QStringLiteral("Renée")});
    }
}

TEST_CASE("XLSX reader: row numbers are checked, never overflowed", "[extract][xlsx][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("row 2^63 - 1")
    {
        const QByteArray rows = kHeader + dataRow(2, "1", "A")
            + R"(<row r="9223372036854775807"><c t="inlineStr"><is><t>2</t></is></c></row>)"
            + R"(<row><c t="inlineStr"><is><t>3</t></is></c></row>)";
        const Read r = readBook(writeWorkbook(dir, rows));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error == QStringLiteral("The row after row 2 has a row number outside 1 to 1,048,576."));
    }
    SECTION("a row number beyond 2^64 or not a number")
    {
        for (const char *number : {"99999999999999999999999", "-3", "two", "1048577"}) {
            const QByteArray rows = kHeader + "<row r=\"" + number + "\"/>";
            const Read r = readBook(writeWorkbook(dir, rows));
            INFO(number);
            CHECK_FALSE(r.outcome.ok);
            CHECK(r.outcome.error.contains(QStringLiteral("outside 1 to 1,048,576")));
        }
    }
    SECTION("the last row Excel has, then one more without a number")
    {
        const QByteArray rows = kHeader + dataRow(1048576, "1", "A") + "<row><c t=\"inlineStr\"><is><t>2</t></is></c></row>";
        const Read r = readBook(writeWorkbook(dir, rows));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.rows.size() == 1);
        CHECK(r.rows.front().first == 1048576);
        CHECK(r.outcome.error.contains(QStringLiteral("after row 1048576")));
    }
    SECTION("rows out of order are refused, not renumbered")
    {
        const Read r = readBook(writeWorkbook(dir, kHeader + dataRow(5, "1", "A") + dataRow(3, "2", "B")));
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error == QStringLiteral("The row after row 5 is numbered 3: rows must come in order."));
    }
    SECTION("rows without numbers follow each other")
    {
        const Read r = readBook(writeWorkbook(
            dir, kHeader + "<row><c t=\"inlineStr\"><is><t>1</t></is></c></row><row><c t=\"inlineStr\"><is><t>2</t></is></c></row>"));
        REQUIRE(r.outcome.ok);
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[0].first == 2);
        CHECK(r.rows[1].first == 3);
    }
}

TEST_CASE("CSV reader: UTF-8 is decoded per cell", "[extract][csv][hostile]")
{
    SECTION("a character cut at a cell's end is an error with its row and column, not glued on")
    {
        const Read r = readCsvBytes("id,ethnicity\n1,\xE2\x82\n2,White - British\n");
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.startsWith(QStringLiteral("Row 2, column 2: the text is not valid UTF-8")));
        CHECK(r.rows.empty());
    }
    SECTION("a cut character followed by the rest in the next cell")
    {
        const Read r = readCsvBytes("a,b\n\xE2\x82,\xAC" "x\n");
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.startsWith(QStringLiteral("Row 2, column 1:")));
    }
    SECTION("overlong forms and surrogates are not UTF-8")
    {
        for (const QByteArray &bad : {QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("\xF4\x90\x80\x80")}) {
            const Read r = readCsvBytes("a\n" + bad + "\n");
            CHECK_FALSE(r.outcome.ok);
        }
    }
    SECTION("valid text of 2, 3 and 4 bytes still reads")
    {
        const Read r = readCsvBytes("a,b,c\n\xC3\xA9,\xE2\x82\xAC,\xF0\x9F\x98\x80\n");
        REQUIRE(r.outcome.ok);
        CHECK(r.rows.at(0).second == QStringList{QStringLiteral("é"), QStringLiteral("€"), QString::fromUtf8("\xF0\x9F\x98\x80")});
    }
}

TEST_CASE("CSV reader: UTF-16 and UTF-32 with a byte order mark, and encoding labels", "[extract][csv][hostile]")
{
    FileOptions tabs;
    tabs.delimiter = QLatin1Char('\t');
    SECTION("Excel's Unicode Text: UTF-16LE, tab-separated")
    {
        const Read r = readCsvBytes(utf16(QStringLiteral("id\tethnicity\r\n1\tWhite - British\r\n2\tRenée €\r\n"), true), tabs);
        INFO(r.outcome.error.toStdString());
        REQUIRE(r.outcome.ok);
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[1].second == QStringList{"2", QStringLiteral("Renée €")});
        CHECK(r.rows[1].first == 3);
    }
    SECTION("UTF-16BE and UTF-32LE")
    {
        const Read be = readCsvBytes(utf16(QStringLiteral("a,b\n1,é\n"), false));
        REQUIRE(be.outcome.ok);
        CHECK(be.rows.at(0).second == QStringList{"1", QStringLiteral("é")});
        QByteArray utf32("\xFF\xFE\0\0", 4);
        for (QChar c : QStringLiteral("a,b\n1,é\n"))
            utf32 += QByteArray(1, char(c.unicode() & 0xFF)) + QByteArray(1, char(c.unicode() >> 8)) + QByteArray(2, '\0');
        const Read le32 = readCsvBytes(utf32);
        REQUIRE(le32.outcome.ok);
        CHECK(le32.rows.at(0).second == QStringList{"1", QStringLiteral("é")});
    }
    SECTION("a UTF-16 file cut inside a character")
    {
        const Read r = readCsvBytes(utf16(QStringLiteral("a,b\n1,2\n"), true) + "x");
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("UTF-16LE")));
    }
    SECTION("UTF-16 without a byte order mark is named, not \"no column\"")
    {
        const QByteArray bytes = utf16(QStringLiteral("id,ethnicity\n1,A\n"), true).mid(2);
        const Read r = readCsvBytes(bytes);
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QStringLiteral("UTF-16")));
    }
    SECTION("labels in any case, IANA names and aliases")
    {
        CHECK(canonicalEncoding(QStringLiteral("utf-8")) == QStringLiteral("UTF-8"));
        CHECK(canonicalEncoding(QStringLiteral("UTF8")) == QStringLiteral("UTF-8"));
        CHECK(canonicalEncoding(QStringLiteral("windows-1252")) == QStringLiteral("Windows-1252"));
        CHECK(canonicalEncoding(QStringLiteral("CP1252")) == QStringLiteral("Windows-1252"));
        CHECK(canonicalEncoding(QStringLiteral("latin1")) == QStringLiteral("Windows-1252"));
        CHECK(canonicalEncoding(QStringLiteral("ISO-8859-1")) == QStringLiteral("Windows-1252"));
        CHECK(canonicalEncoding(QStringLiteral("Auto")) == QStringLiteral("auto"));
        CHECK(canonicalEncoding(QStringLiteral("EBCDIC")).isEmpty());
        FileOptions latin1;
        latin1.encoding = QStringLiteral("iso-8859-1");
        const Read r = readCsvBytes("a\n\x80 5\n", latin1);
        REQUIRE(r.outcome.ok);
        CHECK(r.rows.at(0).second == QStringList{QStringLiteral("€ 5")});
    }
}

TEST_CASE("Extract readers read regular files only", "[extract][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto read = [](const QString &path) {
        return readExtractFile(
            path, FileOptions{}, [](qint64, const QStringList &) { return true; },
            [](qint64, const QStringList &) { return true; });
    };
    SECTION("a folder")
    {
        const ReadOutcome o = read(dir.path());
        CHECK_FALSE(o.ok);
        CHECK(o.error.contains(QStringLiteral("it is a folder, not a file")));
        const QString folder = dir.filePath(QStringLiteral("book.xlsx"));
        REQUIRE(QDir().mkpath(folder));
        CHECK(read(folder).error.contains(QStringLiteral("it is a folder, not a file")));
    }
    SECTION("a device")
    {
        CHECK(read(QStringLiteral("/dev/zero")).error.contains(QStringLiteral("it is a device, not a file")));
        QString error;
        CHECK(xlsxSheetNames(QStringLiteral("/dev/zero"), &error).isEmpty());
        CHECK(error.contains(QStringLiteral("device")));
    }
    SECTION("a named pipe with no writer (which would block an open for ever)")
    {
        for (const char *name : {"pipe.csv", "pipe.xlsx"}) {
            const QString fifo = dir.filePath(QLatin1String(name));
            REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
            CHECK(read(fifo).error.contains(QStringLiteral("it is a named pipe, not a file")));
        }
    }
    SECTION("a link to a device")
    {
        const QString link = dir.filePath(QStringLiteral("staff.csv"));
        REQUIRE(QFile::link(QStringLiteral("/dev/zero"), link));
        CHECK(read(link).error.contains(QStringLiteral("device")));
    }
}

TEST_CASE("XLSX reader: the small parts read whole pass the same caps", "[extract][xlsx][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray attributes;
    for (int i = 0; i < 3000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"\"";
    for (const char *part : {"xl/styles.xml", "xl/workbook.xml"}) {
        INFO(part);
        const QByteArray bomb = "<?xml version=\"1.0\"?><x" + attributes + "/>";
        std::vector<ZipEntry> entries{
            {QStringLiteral("xl/workbook.xml"), QLatin1String(part) == QLatin1String("xl/workbook.xml") ? bomb : kWorkbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
            {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData>" + kHeader + "</sheetData></worksheet>"},
        };
        if (QLatin1String(part) == QLatin1String("xl/styles.xml"))
            entries.push_back({QStringLiteral("xl/styles.xml"), bomb});
        QString reason;
        const auto zip = ZipArchive::pack(entries, &reason);
        REQUIRE(zip);
        const QString path = dir.filePath(QStringLiteral("small-parts.xlsx"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(*zip);
        file.close();
        const Read r = readBook(path);
        CHECK_FALSE(r.outcome.ok);
        CHECK(r.outcome.error.contains(QLatin1String(part)));
        CHECK(r.outcome.error.contains(QStringLiteral("more than 256 attributes")));
    }
}
