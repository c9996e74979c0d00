// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ReturnJson.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace scwres;

namespace {

// The example return with one value replaced: keeps each malformed-input case to one line.
QByteArray exampleWith(const char *from, const char *to)
{
    QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("example-return.json")));
    const int at = bytes.indexOf(from);
    REQUIRE(at >= 0);
    return bytes.replace(at, int(qstrlen(from)), to);
}

} // namespace

TEST_CASE("The documented example return reads with every field", "[json]")
{
    const AnnualReturn ret = test::exampleReturn();
    CHECK(ret.authorityName == QStringLiteral("Exampleshire County Council"));
    CHECK(ret.authorityCode == QStringLiteral("E10000099"));
    CHECK(ret.year == 2024);
    CHECK(ret.snapshotDate == QDate(2024, 8, 31));
    CHECK(ret.periodStart == QDate(2023, 9, 1));
    CHECK(ret.periodEnd == QDate(2024, 8, 31));
    REQUIRE(ret.populationMinorityEthnicPercent);
    CHECK(*ret.populationMinorityEthnicPercent == Approx(18.4));
    REQUIRE(ret.adult);
    const AreaReturn &a = *ret.adult;
    REQUIRE(a.payBands.bands.size() == 3);
    CHECK(a.payBands.bands[2].name == QStringLiteral("Chief officers"));
    CHECK(a.payBands.bands[2].nationalBand == NationalBand::From70k);
    CHECK(a.payBands.headcount() == GroupCounts{439, 126, 16});
    CHECK(a.shortlisting.collected);
    CHECK(a.shortlisting.population == GroupCounts{200, 150, 10});
    CHECK(a.shortlisting.events == GroupCounts{60, 25, 2});
    CHECK(a.fitnessToPractise.events == GroupCounts{1, 1, 0});
    CHECK(a.harassmentManagers.events == GroupCounts{10, 8, 1});
    CHECK(a.leavers.counts == GroupCounts{50, 20, 1});
    CHECK(a.notes.at(QStringLiteral("2")) == QStringLiteral("Applicant tracking system changed in March."));
    // "children": {} is a service area returned with nothing collected, not an absent one.
    REQUIRE(ret.children);
    for (Block block : kBlocks)
        CHECK_FALSE(ret.children->isCollected(block));
}

TEST_CASE("A return written and read back is unchanged", "[json]")
{
    AnnualReturn ret = test::exampleReturn();
    ret.children->disciplinary = {true, {3, 0, 1}};
    ret.children->payBands = {true, {PayBand{QStringLiteral("Band A"), NationalBand::Under30k, {1, 2, 3}}}};
    ret.adult->notes[QStringLiteral("7b")] = QStringLiteral("Survey question reworded: \"manager\" now includes team leaders.");
    const ReturnReadResult again = readReturnJson(writeReturnJson(ret));
    REQUIRE(again.value);
    CHECK(*again.value == ret);
    // And the text itself is stable: writing twice gives the same bytes.
    CHECK(writeReturnJson(*again.value) == writeReturnJson(ret));
}

TEST_CASE("A missing or null block means not collected — zero counts are collected", "[json]")
{
    const ReturnReadResult read = readReturnJson(exampleWith(
        "\"disciplinary\": {\"white\": 5, \"minority_ethnic\": 4, \"unknown\": 0}",
        "\"disciplinary\": null, \"cpd\": null, \"leavers\": {\"white\": 0, \"minority_ethnic\": 0, \"unknown\": 0}, \"x_\": null"));
    // "x_" is unknown: refused before anything else is looked at.
    CHECK_FALSE(read.value);
    const ReturnReadResult ok = readReturnJson(exampleWith(
        "\"disciplinary\": {\"white\": 5, \"minority_ethnic\": 4, \"unknown\": 0},", "\"disciplinary\": null,"));
    REQUIRE(ok.value);
    CHECK_FALSE(ok.value->adult->disciplinary.collected);
    CHECK(ok.value->adult->leavers.collected);
}

TEST_CASE("Malformed returns are refused with the JSON path of the fault", "[json]")
{
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *expected;
    };
    const Case cases[] = {
        {"not JSON", QByteArray("this is not json"), "not valid JSON"},
        {"truncated", test::readFile(test::dataPath(QStringLiteral("example-return.json"))).left(300), "not valid JSON"},
        {"empty file", QByteArray(), "not valid JSON"},
        {"wrong format name", exampleWith("\"scwres-return\"", "\"nhs-wres\""), "format: this is not an SC-WRES return"},
        {"newer version", exampleWith("\"format_version\": 1", "\"format_version\": 7"),
         "format_version: the file is format version 7, made by a newer version"},
        {"text count", exampleWith("\"appointed\":   {\"white\": 60", "\"appointed\":   {\"white\": \"12a\""),
         "areas.adult.shortlisting.appointed.white: expected a whole number >= 0, got \"12a\""},
        {"negative count", exampleWith("\"leavers\": {\"white\": 50", "\"leavers\": {\"white\": -3"),
         "areas.adult.leavers.white: expected a whole number >= 0, got -3"},
        {"fraction", exampleWith("\"cpd\": {\"white\": 150", "\"cpd\": {\"white\": 150.5"),
         "areas.adult.cpd.white: expected a whole number >= 0, got 150.5"},
        {"wrong type for a block", exampleWith("\"senior_managers\": {\"white\": 14, \"minority_ethnic\": 2, \"unknown\": 0}",
                                               "\"senior_managers\": [14, 2, 0]"),
         "areas.adult.senior_managers: expected an object"},
        {"unknown national band", exampleWith("\"national_band\": \"70k_plus\"", "\"national_band\": \"top\""),
         "areas.adult.pay_bands[2].national_band: expected under_30k, 30k_to_69k or 70k_plus"},
        {"missing group", exampleWith("\"disciplinary\": {\"white\": 5, \"minority_ethnic\": 4, \"unknown\": 0}",
                                      "\"disciplinary\": {\"white\": 5, \"minority_ethnic\": 4}"),
         "areas.adult.disciplinary.unknown: missing"},
        {"bad date", exampleWith("\"2024-08-31\"", "\"31/08/2024\""), "snapshot_date: expected a date as YYYY-MM-DD"},
        {"year as text", exampleWith("\"year\": 2024", "\"year\": \"2024\""), "year: expected a year"},
        {"misspelt field", exampleWith("\"leavers\":", "\"leaver\":"), "areas.adult.leaver: unknown field"},
        {"unknown area", exampleWith("\"children\": {}", "\"youth\": {}"), "areas.youth: unknown field"},
        {"a list instead of a document", QByteArray("[1, 2, 3]"), "expected an object"},
        {"huge count", exampleWith("\"cpd\": {\"white\": 150", "\"cpd\": {\"white\": 99999999999999999999"),
         "areas.adult.cpd.white"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const ReturnReadResult read = readReturnJson(c.bytes);
        CHECK_FALSE(read.value);
        CHECK(read.error.contains(QString::fromUtf8(c.expected)));
    }
}

TEST_CASE("Invalid UTF-8 and deep nesting are refused, never thrown", "[json]")
{
    CHECK_FALSE(readReturnJson(QByteArray("{\"format\": \"\xff\xfe\"}")).value);
    CHECK_FALSE(readReturnJson(QByteArray(5000, '[') + QByteArray(5000, ']')).value);
}

TEST_CASE("Hostile input is refused with its path, never crashes, never wraps", "[json][faults]")
{
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *expected;
    };
    const QByteArray example = test::readFile(test::dataPath(QStringLiteral("example-return.json")));
    const Case cases[] = {
        // These five bytes aborted the CLI (json::out_of_range 406 escaped the reader).
        {"a number too large for a double", QByteArray("1e400"), "a number is too large"},
        {"a count too large for a double", exampleWith("\"cpd\": {\"white\": 150", "\"cpd\": {\"white\": 1e400"),
         "areas.adult.cpd.white: a number is too large"},
        // 100,000 "[" overflowed the stack when the value was described in the message.
        {"100,000 nested lists", QByteArray(100000, '['), "nested more than 64 levels"},
        {"deep objects", QByteArray("{\"a\":").repeated(65) + "1" + QByteArray("}").repeated(65),
         "nested more than 64 levels"},
        // get<int>() wrapped these round to 2024 and 1.
        {"a year that wraps to 2024", exampleWith("\"year\": 2024", "\"year\": 4294969320"),
         "year: expected a year between 2000 and 2100, got 4294969320"},
        {"a format version that wraps to 1", exampleWith("\"format_version\": 1", "\"format_version\": 4294967297"),
         "format_version: expected a format version"},
        {"a negative year", exampleWith("\"year\": 2024", "\"year\": -2024"), "year: expected a year"},
        {"a count over a billion", exampleWith("\"cpd\": {\"white\": 150", "\"cpd\": {\"white\": 1000000001"),
         "areas.adult.cpd.white"},
        // The last of two keys won silently, and validate said "No problems found".
        {"a repeated year", exampleWith("\"year\": 2024", "\"year\": 2024, \"year\": 2023"),
         "the key \"year\" appears twice"},
        {"a repeated count", exampleWith("\"cpd\": {\"white\": 150", "\"cpd\": {\"white\": 150, \"white\": 1"),
         "areas.adult.cpd: the key \"white\" appears twice"},
        {"a control character in the authority's name",
         exampleWith("\"Exampleshire County Council\"", "\"Exampleshire\\u0001 County Council\""),
         "authority.name: the text contains a control character (U+0001)"},
        {"a line break in a band name", exampleWith("\"Grades 1-5\"", "\"Grades\\n1-5\""),
         "name: the text contains a control character (U+000A)"},
        {"a 201-character name",
         exampleWith("\"Exampleshire County Council\"", ("\"" + QByteArray(201, 'x') + "\"").constData()),
         "authority.name: the text is 201 characters long; at most 200 are allowed"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const ReturnReadResult read = readReturnJson(c.bytes);
        CHECK_FALSE(read.value);
        INFO(read.error.toStdString());
        CHECK(read.error.contains(QString::fromUtf8(c.expected)));
        CHECK(read.error.size() < 400); // a message, not a dump of the input
    }
    CHECK(readReturnJson(example).value);
}

TEST_CASE("Names are kept in one Unicode form, and free text up to its documented length", "[json]")
{
    // "Grades ü" typed as one character (U+00FC) and as u + combining diaeresis (U+0308).
    const QByteArray composed = exampleWith("\"Grades 1-5\"", "\"Grades \\u00fc\"");
    const QByteArray decomposed = exampleWith("\"Grades 1-5\"", "\"Grades u\\u0308\"");
    const auto a = readReturnJson(composed);
    const auto b = readReturnJson(decomposed);
    REQUIRE(a.value);
    REQUIRE(b.value);
    CHECK(a.value->adult->payBands.bands.front().name == b.value->adult->payBands.bands.front().name);
    CHECK(a.value->adult->payBands.bands.front().name == QString::fromUtf8("Grades \u00fc"));

    AnnualReturn longNote = test::exampleReturn();
    longNote.adult->notes[QStringLiteral("2")] = QString(20000, QLatin1Char('n'));
    CHECK(readReturnJson(writeReturnJson(longNote)).value);
    longNote.adult->notes[QStringLiteral("2")] = QString(20001, QLatin1Char('n'));
    const auto refused = readReturnJson(writeReturnJson(longNote));
    CHECK_FALSE(refused.value);
    CHECK(refused.error.contains(QStringLiteral("areas.adult.notes.2: the text is 20001 characters long")));
}

TEST_CASE("A return file is written whole or not at all", "[json]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QString error;
    REQUIRE(writeReturnFile(test::exampleReturn(), path, &error));
    const ReturnReadResult read = readReturnFile(path);
    REQUIRE(read.value);
    CHECK(*read.value == test::exampleReturn());

    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/out.json"));
    CHECK_FALSE(writeReturnFile(test::exampleReturn(), unwritable, &error));
    CHECK(error.contains(QStringLiteral("no-such-folder")));
    CHECK_FALSE(QFile::exists(unwritable));
}
