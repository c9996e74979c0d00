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

TEST_CASE("A missing or null block means not collected; zero counts are collected", "[json]")
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
