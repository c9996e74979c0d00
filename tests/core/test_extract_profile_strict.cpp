// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The profile reader is strict and its writer linear (issue 37): what a shared profile file says
// is what the import does, or it is refused naming the JSON path.
#include "extract/ExtractProfile.h"

#include <catch2/catch.hpp>

using namespace scwres::extract;

namespace {

QByteArray profile(const QByteArray &extra, const QByteArray &values = R"({"ethnicity": {"White - British": "white"},
 "grade": {"G1": "Grades 1-5"}})")
{
    return R"({"format": "scwres-extract-profile", "format_version": 1, "name": "P", "kind": "staff_list",
 "columns": {"ethnicity": "Ethnic Origin", "grade": "Grade"}, "values": )"
        + values + R"(, "bands": {"Grades 1-5": "under_30k"})" + extra + "}";
}

} // namespace

TEST_CASE("Profile reader: strict about keys, duplicates, ranges and bands", "[extract][profile][hostile]")
{
    SECTION("the base profile reads")
    {
        const auto r = readProfileJson(profile({}));
        INFO(r.error.toStdString());
        CHECK(r.value);
    }
    SECTION("an unknown top-level key is refused like an inner one")
    {
        CHECK(readProfileJson(profile(R"(, "band": {})")).error == QStringLiteral("band: unknown key"));
    }
    SECTION("keys equal once in NFC are duplicates, not \"last wins\"")
    {
        const auto r = readProfileJson(
            profile({}, R"({"ethnicity": {"Caf\u00e9": "white", "Cafe\u0301": "unknown"}, "grade": {"G1": "Grades 1-5"}})"));
        CHECK_FALSE(r.value);
        CHECK(r.error.contains(QStringLiteral("written twice")));
        const auto flags = readProfileJson(profile({}, R"({"flags": {"Y": true, " Y ": false}})"));
        CHECK(flags.error.contains(QStringLiteral("values.flags")));
    }
    SECTION("overlapping salary ranges")
    {
        const auto r = readProfileJson(profile(R"(, "salary_ranges": [{"from": 30000, "to": 40000, "band": "Grades 1-5"},
            {"from": 0, "to": 30000, "band": "Grades 1-5"}])"));
        CHECK(r.error == QStringLiteral("salary_ranges[1]: overlaps salary_ranges[0]"));
        CHECK(readProfileJson(profile(R"(, "salary_ranges": [{"from": 0, "to": 29999.99, "band": "Grades 1-5"},
            {"from": 30000, "to": 40000, "band": "Grades 1-5"}])")).value);
    }
    SECTION("a grade or a range leading to a band not listed in bands")
    {
        const auto grade = readProfileJson(profile({}, R"({"grade": {"G1": "Grades 1-5", "G9": "Chief officers"}})"));
        CHECK(grade.error.startsWith(QStringLiteral("values.grade.G9: \"Chief officers\" is not listed in bands")));
        const auto range = readProfileJson(profile(R"(, "salary_ranges": [{"from": 0, "to": 1, "band": "Other"}])"));
        CHECK(range.error.startsWith(QStringLiteral("salary_ranges[0].band: \"Other\" is not listed in bands")));
    }
    SECTION("encoding labels in any case and their aliases are kept in one spelling")
    {
        const auto r = readProfileJson(profile(R"(, "file": {"encoding": "cp1252"})"));
        REQUIRE(r.value);
        CHECK(r.value->file.encoding == QStringLiteral("Windows-1252"));
        CHECK(readProfileJson(profile(R"(, "file": {"encoding": "utf8"})")).value->file.encoding == QStringLiteral("UTF-8"));
        CHECK(readProfileJson(profile(R"(, "file": {"encoding": "ebcdic"})")).error
              == QStringLiteral("file.encoding: expected UTF-8, Windows-1252 or auto"));
    }
}

TEST_CASE("Profile writer: many values write and read back, in order", "[extract][profile]")
{
    Profile p;
    p.name = QStringLiteral("Many");
    p.columns[QStringLiteral("ethnicity")] = QStringLiteral("Ethnic Origin");
    auto &ethnicity = p.values[QStringLiteral("ethnicity")];
    for (int i = 0; i < 20000; ++i)
        ethnicity.emplace(QStringLiteral("value %1").arg(i), QStringLiteral("unknown"));
    const QByteArray written = writeProfileJson(p);
    const auto back = readProfileJson(written);
    INFO(back.error.toStdString());
    REQUIRE(back.value);
    CHECK(*back.value == p);
    CHECK(writeProfileJson(*back.value) == written);
    CHECK(written.indexOf("\"value 0\"") < written.indexOf("\"value 1\""));
}
