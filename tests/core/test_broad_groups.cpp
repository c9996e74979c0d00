// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The breakdown of every count by the census broad groups (Asian, Black, Mixed, White, Other,
// unknown): counted from a hand-counted extract, kept in format version 3, the store, the
// history and the validator, and always adding up to the headline.
#include "Database.h"
#include "ReturnJson.h"
#include "Validator.h"
#include "TestSupport.h"
#include "extract/ExtractAggregator.h"
#include "history/ChangeHistory.h"
#include "history/RecordSnapshot.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::extract;

namespace {

QString extractPath(const char *name)
{
    return test::dataPath(QStringLiteral("extracts/") + QLatin1String(name));
}

BroadCounts b(long long asian, long long black, long long mixed, long long white, long long other, long long unknown)
{
    BroadCounts c;
    c.counts = {asian, black, mixed, white, other, unknown};
    return c;
}

// The headline these broad counts make, with the breakdown beside it.
GroupCounts withBroad(const BroadCounts &broad)
{
    GroupCounts c;
    c.setBroad(broad);
    return c;
}

GroupCounts g(long long white, long long minority, long long unknown)
{
    GroupCounts c;
    c.white = white;
    c.minorityEthnic = minority;
    c.unknown = unknown;
    return c;
}

Profile broadProfile()
{
    const auto read = readProfileFile(extractPath("staff-broad-profile.json"));
    INFO(read.error.toStdString());
    REQUIRE(read.value);
    return *read.value;
}

AnnualReturn imported(const Profile &profile)
{
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire");
    ret.year = 2024;
    ret.periodStart = QDate(2023, 9, 1);
    ret.periodEnd = QDate(2024, 8, 31);
    ret.snapshotDate = QDate(2024, 8, 31);
    Aggregator aggregator(profile, ret.periodStart, ret.periodEnd);
    aggregator.addFile(extractPath("staff-broad.csv"));
    REQUIRE_FALSE(aggregator.blocked());
    REQUIRE(aggregator.rowsUsed() == 11);
    aggregator.applyTo(ret);
    return ret;
}

const PayBand &band(const AreaReturn &area, const char *name)
{
    for (const PayBand &p : area.payBands.bands)
        if (p.name == QLatin1String(name))
            return p;
    FAIL("no band " << name);
    return area.payBands.bands.front();
}

} // namespace

TEST_CASE("Broad groups: a hand-counted extract gives the expected breakdown for every block", "[broad][extract]")
{
    const AnnualReturn ret = imported(broadProfile());
    REQUIRE(ret.adult);
    REQUIRE(ret.children);
    const AreaReturn &adult = *ret.adult;
    //                                                   asian black mixed white other unknown
    CHECK(band(adult, "Grades 1-5").counts == withBroad(b(1, 0, 1, 1, 0, 1)));
    CHECK(band(adult, "Grades 6-10").counts == withBroad(b(1, 1, 0, 1, 1, 0)));
    CHECK(band(adult, "Chief officers").counts == withBroad(b(0, 0, 0, 0, 0, 0))); // nobody: zeros, still a breakdown
    CHECK(adult.seniorManagers.counts == withBroad(b(1, 0, 0, 0, 0, 0)));
    CHECK(adult.cpd.counts == withBroad(b(1, 1, 1, 2, 0, 0)));
    CHECK(adult.disciplinary.counts == withBroad(b(1, 1, 0, 0, 0, 0)));
    CHECK(adult.fitnessToPractise.population == withBroad(b(2, 1, 0, 1, 1, 0)));
    CHECK(adult.fitnessToPractise.events == withBroad(b(0, 1, 0, 0, 0, 0)));
    // The headline beside it is the usual one: white = White, minority ethnic = Asian+Black+Mixed+Other.
    CHECK(adult.cpd.counts.white == 2);
    CHECK(adult.cpd.counts.minorityEthnic == 3);
    CHECK(adult.fitnessToPractise.population.minorityEthnic == 4);
    CHECK(adult.payBands.headcount() == withBroad(b(2, 1, 1, 2, 1, 1)));

    const AreaReturn &children = *ret.children;
    CHECK(band(children, "Grades 1-5").counts == withBroad(b(0, 0, 0, 1, 0, 0)));
    CHECK(band(children, "Grades 6-10").counts == withBroad(b(1, 0, 0, 0, 0, 0)));
    CHECK(band(children, "Chief officers").counts == withBroad(b(0, 1, 0, 0, 0, 0)));
    CHECK(children.seniorManagers.counts == withBroad(b(0, 1, 0, 0, 0, 0)));
    CHECK(children.cpd.counts == withBroad(b(0, 1, 0, 1, 0, 0)));
    CHECK(children.disciplinary.counts == withBroad(b(1, 0, 0, 0, 0, 0)));
    CHECK(children.fitnessToPractise.population == withBroad(b(1, 1, 0, 1, 0, 0)));
    CHECK(children.fitnessToPractise.events == withBroad(b(0, 1, 0, 0, 0, 0)));
    for (const Finding &f : validateReturn(ret)) // the breakdown adds up: no finding of its own
        CHECK_FALSE(f.field.endsWith(QStringLiteral(".broad")));
}

TEST_CASE("Broad groups: no breakdown unless every counted value has a broad group", "[broad][extract]")
{
    // The profile without ethnicity_group: the headline only.
    Profile profile = broadProfile();
    profile.values.erase(QStringLiteral("ethnicity_group"));
    AnnualReturn ret = imported(profile);
    CHECK(ret.adult->cpd.counts == g(2, 3, 0));
    CHECK_FALSE(ret.adult->cpd.counts.broad);

    // One value without a group (Arab, one person in adult Grades 6-10): no block has a breakdown,
    // not even those that person is not in.
    profile = broadProfile();
    profile.values[QStringLiteral("ethnicity_group")].erase(QStringLiteral("Other ethnic group: Arab"));
    ret = imported(profile);
    CHECK(ret.adult->cpd.counts == g(2, 3, 0));
    CHECK_FALSE(ret.children->cpd.counts.broad);

    // The dry run's areas carry the breakdown in the return format's shape.
    Aggregator aggregator(broadProfile(), QDate(2023, 9, 1), QDate(2024, 8, 31));
    aggregator.addFile(extractPath("staff-broad.csv"));
    CHECK(aggregator.hasBroadGroups());
    CHECK(aggregator.areasJson().contains(
        R"("cpd":{"white":2,"minority_ethnic":3,"unknown":0,"broad":{"asian":1,"black":1,"mixed":1,"white":2,"other":0,"unknown":0}})"));
}

TEST_CASE("Broad groups in the profile: format version 1 with values.ethnicity_group, checked against ethnicity",
          "[broad][profile]")
{
    const Profile profile = broadProfile();
    const QByteArray written = writeProfileJson(profile);
    CHECK(written.contains("\"format_version\": 1"));
    CHECK(written.contains("\"ethnicity_group\""));
    const auto back = readProfileJson(written);
    REQUIRE(back.value);
    CHECK(*back.value == profile);
    // A profile without the map is written exactly as before: no empty key.
    Profile plain = profile;
    plain.values.erase(QStringLiteral("ethnicity_group"));
    CHECK_FALSE(writeProfileJson(plain).contains("ethnicity_group"));

    QFile file(extractPath("staff-broad-profile.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QByteArray bad = text;
    bad.replace(R"("Other ethnic group: Arab": "other")", R"("Other ethnic group: Arab": "white")");
    REQUIRE(bad != text);
    const auto refused = readProfileJson(bad);
    CHECK_FALSE(refused.value);
    CHECK(refused.error.startsWith(QStringLiteral("values.ethnicity_group.Other ethnic group: Arab: ")));
    bad = text;
    bad.replace(R"("White: Roma": "white",
                                "Asian)",
                R"("White: Roma": "roma",
                                "Asian)");
    REQUIRE(bad != text);
    CHECK(readProfileJson(bad).error.startsWith(QStringLiteral("values.ethnicity_group.White: Roma: expected asian")));
}

TEST_CASE("Broad groups: pre-filled for the ONS 2021 categories, the 2011 ones and HR codes", "[broad][extract]")
{
    const std::pair<const char *, const char *> cases[] = {
        // 2021, as ONS prints them
        {"Asian, Asian British or Asian Welsh: Bangladeshi", "asian"},
        {"Asian, Asian British or Asian Welsh: Chinese", "asian"},
        {"Asian, Asian British or Asian Welsh: Indian", "asian"},
        {"Asian, Asian British or Asian Welsh: Pakistani", "asian"},
        {"Asian, Asian British or Asian Welsh: Other Asian", "asian"},
        {"Black, Black British, Black Welsh, Caribbean or African: African", "black"},
        {"Black, Black British, Black Welsh, Caribbean or African: Caribbean", "black"},
        {"Black, Black British, Black Welsh, Caribbean or African: Other Black", "black"},
        {"Mixed or Multiple ethnic groups: White and Asian", "mixed"},
        {"Mixed or Multiple ethnic groups: White and Black African", "mixed"},
        {"Mixed or Multiple ethnic groups: White and Black Caribbean", "mixed"},
        {"Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups", "mixed"},
        {"White: English, Welsh, Scottish, Northern Irish or British", "white"},
        {"White: Irish", "white"},
        {"White: Gypsy or Irish Traveller", "white"},
        {"White: Roma", "white"},
        {"White: Other White", "white"},
        {"Other ethnic group: Arab", "other"},
        {"Other ethnic group: Any other ethnic group", "other"},
        // 2011 and HR systems' own
        {"Asian or Asian British: Chinese", "asian"},
        {"Black or Black British - Caribbean", "black"},
        {"Mixed - White and Asian", "mixed"},
        {"White - British", "white"},
        {"WBRI", "white"},
        {"BAFR", "black"},
        {"MWBC", "mixed"},
        {"CHNE", "asian"},
        {"OARB", "other"},
        {"R", "asian"}, // NHS letter code: Chinese
        {"S", "other"},
        {"Prefer not to say", "unknown"},
        {"", "unknown"},
    };
    for (const auto &[label, broad] : cases) {
        INFO(label);
        CHECK(defaultBroadGroup(QString::fromUtf8(label)) == QLatin1String(broad));
        // Always the same headline as the headline's own pre-filled answer.
        CHECK(defaultEthnicity(QString::fromUtf8(label)) == headlineOfBroad(QString::fromLatin1(broad)));
    }
    CHECK(defaultBroadGroup(QStringLiteral("Martian")).isEmpty());
}

TEST_CASE("Return format 3: the breakdown round trips — written only when there is one — 1 and 2 still read",
          "[broad][json]")
{
    const AnnualReturn ret = imported(broadProfile());
    const QByteArray json = writeReturnJson(ret);
    CHECK(json.contains("\"format_version\": 3"));
    const auto back = readReturnJson(json);
    INFO(back.error.toStdString());
    REQUIRE(back.value);
    CHECK(*back.value == ret);
    CHECK(back.value->adult->cpd.counts.broadCount(BroadGroup::Mixed) == 1);

    // Without a breakdown the file stays version 2, which programs before this one read.
    const AnnualReturn example = test::exampleReturn();
    CHECK(writeReturnJson(example).contains("\"format_version\": 2"));
    const auto v1 = readReturnFile(test::dataPath(QStringLiteral("example-return.json")));
    REQUIRE(v1.value);

    // The broad groups must add up to the headline; the message names the field.
    QByteArray bad = json;
    const QByteArray cpd = R"("broad": {
          "asian": 1,
          "black": 1,
          "mixed": 1,
          "white": 2,)";
    REQUIRE(bad.contains(cpd));
    bad.replace(bad.indexOf(cpd), cpd.size(), QByteArray(cpd).replace("\"mixed\": 1", "\"mixed\": 2"));
    const auto refused = readReturnJson(bad);
    CHECK_FALSE(refused.value);
    CHECK(refused.error.contains(QStringLiteral(".broad: asian + black + mixed + other is ")));
    CHECK(refused.error.contains(QStringLiteral("minority_ethnic")));

    // A version 2 file has no breakdown: "broad" is an unknown field there.
    QByteArray v2 = json;
    v2.replace("\"format_version\": 3", "\"format_version\": 2");
    const auto old = readReturnJson(v2);
    CHECK_FALSE(old.value);
    CHECK(old.error.contains(QStringLiteral(".broad: unknown field")));
}

TEST_CASE("Broad groups: kept by the store and the history — typing a count drops them", "[broad][database]")
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("b.sqlite")), &error);
    REQUIRE(db);
    const AnnualReturn ret = imported(broadProfile());
    REQUIRE(db->saveReturn(ret));
    const auto stored = db->loadReturn(ret.authorityName, ret.year);
    REQUIRE(stored);
    CHECK(*stored == ret);
    CHECK(stored->children->fitnessToPractise.population == withBroad(b(1, 1, 0, 1, 0, 0)));

    const auto snapshot = returnFromSnapshot(returnSnapshot(ret));
    REQUIRE(snapshot);
    CHECK(*snapshot == ret);

    AnnualReturn typed = *stored;
    typed.adult->cpd.counts.set(EthnicGroup::White, 5); // a count typed over: the breakdown no longer fits
    CHECK_FALSE(typed.adult->cpd.counts.broad);
    REQUIRE(db->saveReturn(typed));
    CHECK_FALSE(db->loadReturn(ret.authorityName, ret.year)->adult->cpd.counts.broad);
    const long long id = db->authorityByName(ret.authorityName)->id;
    const auto entries = ChangeHistory(*db).entries(id, ret.year);
    REQUIRE(entries.size() == 2);
    const auto first = returnFromSnapshot(entries.front().snapshot);
    REQUIRE(first);
    CHECK(first->adult->cpd.counts == withBroad(b(1, 1, 1, 2, 0, 0))); // the history keeps the breakdown as it was
}

TEST_CASE("Broad groups: the validator names a breakdown that does not add up — sums keep it only when known",
          "[broad][validator]")
{
    AnnualReturn ret = imported(broadProfile());
    ret.adult->disciplinary.counts.minorityEthnic = 7; // written past set(): the breakdown still says 2
    bool found = false;
    for (const Finding &f : validateReturn(ret))
        if (f.field == QStringLiteral("areas.adult.disciplinary.broad")) {
            found = true;
            CHECK(f.severity == Severity::Error);
            CHECK(f.message.contains(QStringLiteral("do not add up")));
        }
    CHECK(found);

    GroupCounts sum = withBroad(b(1, 0, 0, 0, 0, 0));
    sum += withBroad(b(0, 2, 0, 1, 0, 0));
    CHECK(sum == withBroad(b(1, 2, 0, 1, 0, 0)));
    sum += GroupCounts{}; // nobody: the breakdown is still known
    CHECK(sum.broad);
    sum += g(1, 0, 0); // one person of no known broad group
    CHECK(sum == g(2, 3, 0));
    CHECK_FALSE(sum.broad);
}
