// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The fictional extracts of tests/data/extracts (make_extracts.py), counted by hand.
#include "TestSupport.h"
#include "extract/ExtractAggregator.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::extract;

namespace {

Profile loadProfile(const char *name)
{
    const ProfileReadResult read = readProfileFile(test::dataPath(QStringLiteral("extracts/") + QLatin1String(name)));
    INFO(read.error.toStdString());
    REQUIRE(read.value);
    return *read.value;
}

GroupCounts g(long long white, long long minority, long long unknown)
{
    GroupCounts c;
    c.white = white;
    c.minorityEthnic = minority;
    c.unknown = unknown;
    return c;
}

const PayBand *band(const AreaReturn &area, const char *name)
{
    for (const PayBand &b : area.payBands.bands)
        if (b.name == QLatin1String(name))
            return &b;
    return nullptr;
}

void checkStaffCounts(const AnnualReturn &ret)
{
    REQUIRE(ret.adult);
    REQUIRE(ret.children);
    const AreaReturn &a = *ret.adult;
    REQUIRE(a.payBands.collected);
    REQUIRE(a.payBands.bands.size() == 3);
    CHECK(a.payBands.bands[0].name == QStringLiteral("Grades 1-5")); // by national band
    CHECK(a.payBands.bands[2].name == QStringLiteral("Chief officers"));
    CHECK(band(a, "Grades 1-5")->counts == g(2, 0, 0));
    CHECK(band(a, "Grades 1-5")->nationalBand == NationalBand::Under30k);
    CHECK(band(a, "Grades 6-10")->counts == g(0, 2, 0));
    CHECK(band(a, "Chief officers")->counts == g(0, 0, 0));
    CHECK(a.seniorManagers.counts == g(0, 1, 0));
    CHECK(a.cpd.counts == g(2, 1, 0));
    CHECK(a.disciplinary.counts == g(1, 1, 0));
    CHECK(a.fitnessToPractise.population == g(1, 2, 0));
    CHECK(a.fitnessToPractise.events == g(0, 2, 0));
    CHECK_FALSE(a.shortlisting.collected);
    const AreaReturn &c = *ret.children;
    CHECK(band(c, "Grades 1-5")->counts == g(0, 0, 1));
    CHECK(band(c, "Grades 6-10")->counts == g(0, 0, 0));
    CHECK(band(c, "Chief officers")->counts == g(1, 0, 0));
    CHECK(c.seniorManagers.counts == g(1, 0, 0));
    CHECK(c.cpd.counts == g(1, 0, 0));
    CHECK(c.disciplinary.counts == g(0, 0, 0));
    CHECK(c.fitnessToPractise.collected);
    CHECK(c.fitnessToPractise.population == g(0, 0, 0));
}

AnnualReturn emptyReturn()
{
    AnnualReturn ret;
    ret.authorityName = QStringLiteral("Testshire");
    ret.year = 2024;
    ret.periodStart = QDate(2023, 9, 1);
    ret.periodEnd = QDate(2024, 8, 31);
    return ret;
}

} // namespace

TEST_CASE("Staff list: the same counts from UTF-8 with BOM, Windows-1252 and semicolons", "[extract][aggregate]")
{
    struct Variant {
        const char *file;
        char delimiter;
        const char *encoding;
    };
    for (const Variant &v : {Variant{"staff-utf8-bom.csv", ',', "UTF-8"}, Variant{"staff-windows1252.csv", ',', "Windows-1252"},
                             Variant{"staff-semicolon.csv", ';', "UTF-8"}, Variant{"staff-windows1252.csv", ',', "auto"}}) {
        SECTION(std::string(v.file) + " " + v.encoding)
        {
            Profile profile = loadProfile("staff-profile.json");
            profile.file.delimiter = QLatin1Char(v.delimiter);
            profile.file.encoding = QString::fromLatin1(v.encoding);
            Aggregator aggregator(profile, QDate(2023, 9, 1), QDate(2024, 8, 31));
            const FileReport report = aggregator.addFile(test::dataPath(QStringLiteral("extracts/") + QLatin1String(v.file)));
            INFO(report.error.toStdString());
            REQUIRE(report.readOk);
            CHECK_FALSE(aggregator.blocked());
            CHECK(report.rowsRead == 8);
            CHECK(report.rowsUsed == 6);
            REQUIRE(report.leftOut.size() == 2);
            CHECK(report.leftOut.at(QStringLiteral("not_in_scope")).rows == std::vector<qint64>{7});
            // The second E002 is flagged and not counted twice.
            CHECK(report.leftOut.at(QStringLiteral("duplicate_person_id")).rows == std::vector<qint64>{8});
            CHECK(report.values.at(QStringLiteral("ethnicity")).at(QStringLiteral("White - British")) == 3);
            AnnualReturn ret = emptyReturn();
            aggregator.applyTo(ret);
            checkStaffCounts(ret);
        }
    }
}

TEST_CASE("Recruitment workbook: dates as serials, the second sheet, bad and out-of-period dates",
          "[extract][aggregate]")
{
    const Profile profile = loadProfile("recruitment-profile.json");
    Aggregator aggregator(profile, QDate(2023, 9, 1), QDate(2024, 8, 31));
    const FileReport report = aggregator.addFile(test::dataPath(QStringLiteral("extracts/recruitment.xlsx")));
    INFO(report.error.toStdString());
    REQUIRE(report.readOk);
    CHECK(report.rowsRead == 6);
    CHECK(report.rowsUsed == 4);
    CHECK(report.leftOut.at(QStringLiteral("outside_period")).rows == std::vector<qint64>{6});
    CHECK(report.leftOut.at(QStringLiteral("unreadable_date")).rows == std::vector<qint64>{7});
    AnnualReturn ret = emptyReturn();
    aggregator.applyTo(ret);
    REQUIRE(ret.adult);
    CHECK(ret.adult->shortlisting.population == g(1, 1, 0));
    CHECK(ret.adult->shortlisting.events == g(1, 0, 0));
    CHECK(ret.children->shortlisting.population == g(0, 1, 0));
    CHECK(ret.children->shortlisting.events == g(0, 1, 0));
    CHECK_FALSE(ret.adult->payBands.collected); // a block the extract cannot fill is left as it was
}

TEST_CASE("An unmapped value blocks the import and is listed with its count", "[extract][aggregate]")
{
    Profile profile = loadProfile("staff-profile.json");
    profile.values[QStringLiteral("ethnicity")].erase(QStringLiteral("Asian - Indian"));
    Aggregator aggregator(profile, {}, {});
    const FileReport report = aggregator.addFile(test::dataPath(QStringLiteral("extracts/staff-utf8-bom.csv")));
    CHECK(report.readOk);
    CHECK(aggregator.blocked());
    REQUIRE(report.unmapped.size() == 1);
    CHECK(report.unmapped.at(QStringLiteral("ethnicity")).at(QStringLiteral("Asian - Indian")) == 2);
    CHECK(aggregator.reportJson().contains("\"unmapped\":{\"ethnicity\":{\"Asian - Indian\":2}}"));
}

TEST_CASE("A missing column names the column and the field", "[extract][aggregate]")
{
    Profile profile = loadProfile("staff-profile.json");
    profile.columns[QStringLiteral("grade")] = QStringLiteral("Pay Grade");
    Aggregator aggregator(profile, {}, {});
    const FileReport report = aggregator.addFile(test::dataPath(QStringLiteral("extracts/staff-utf8-bom.csv")));
    CHECK_FALSE(report.readOk);
    CHECK(report.error.contains(QStringLiteral("\"Pay Grade\"")));
    CHECK(aggregator.blocked());
}

TEST_CASE("A return's own pay bands keep their national band — other blocks stay as they were", "[extract][aggregate]")
{
    Aggregator aggregator(loadProfile("staff-profile.json"), {}, {});
    aggregator.addFile(test::dataPath(QStringLiteral("extracts/staff-utf8-bom.csv")));
    AnnualReturn ret = emptyReturn();
    ret.adult = AreaReturn{};
    ret.adult->payBands.collected = true;
    ret.adult->payBands.bands.push_back(PayBand{QStringLiteral("Grades 6-10"), NationalBand::Under30k, g(9, 9, 9)});
    ret.adult->leavers.collected = true;
    ret.adult->leavers.counts = g(4, 5, 6);
    aggregator.applyTo(ret);
    CHECK(ret.adult->payBands.bands.front().name == QStringLiteral("Grades 6-10"));
    CHECK(ret.adult->payBands.bands.front().nationalBand == NationalBand::Under30k);
    CHECK(ret.adult->payBands.bands.front().counts == g(0, 2, 0));
    CHECK(ret.adult->leavers.counts == g(4, 5, 6));
}

TEST_CASE("Profile JSON: written, read back and equal — faults named by path", "[extract][profile]")
{
    const Profile profile = loadProfile("staff-profile.json");
    CHECK(profile.kind == ExtractKind::StaffList);
    CHECK(profile.columns.at(QStringLiteral("cpd")) == QStringLiteral("CPD 23-24"));
    CHECK(profile.flags.at(QString()) == false);
    const ProfileReadResult again = readProfileJson(writeProfileJson(profile));
    REQUIRE(again.value);
    CHECK(*again.value == profile);

    const auto refused = [](const char *json) { return readProfileJson(QByteArray(json)).error; };
    CHECK(refused(R"({"format":"scwres-return","format_version":1,"kind":"staff_list"})").startsWith(QStringLiteral("format")));
    CHECK(refused(R"({"format":"scwres-extract-profile","format_version":2,"kind":"staff_list"})").startsWith(QStringLiteral("format_version")));
    CHECK(refused(R"({"format":"scwres-extract-profile","format_version":1,"kind":"payroll"})").startsWith(QStringLiteral("kind")));
    CHECK(refused(R"({"format":"scwres-extract-profile","format_version":1,"kind":"leavers","columns":{"grade":"G"}})")
              .startsWith(QStringLiteral("columns.grade")));
    CHECK(refused(R"({"format":"scwres-extract-profile","format_version":1,"kind":"leavers","values":{"ethnicity":{"W":"pale"}}})")
              .startsWith(QStringLiteral("values.ethnicity.W")));
    CHECK(refused(R"({"format":"scwres-extract-profile","format_version":1,"kind":"leavers","bands":{"A":"lots"}})")
              .startsWith(QStringLiteral("bands.A")));
    CHECK(refused(R"({"format":"scwres-extract-profile","format_version":1,"kind":"leavers","kind":"leavers"})").contains(QStringLiteral("twice")));
}

TEST_CASE("Pre-filled answers: census, NHS and HR ethnicity codes — flags — header names", "[extract][profile]")
{
    CHECK(defaultEthnicity(QStringLiteral("White - British")) == QStringLiteral("white"));
    CHECK(defaultEthnicity(QStringLiteral("WBRI")) == QStringLiteral("white"));
    CHECK(defaultEthnicity(QStringLiteral("White: Gypsy or Irish Traveller")) == QStringLiteral("white"));
    CHECK(defaultEthnicity(QStringLiteral("Roma")) == QStringLiteral("white"));
    CHECK(defaultEthnicity(QStringLiteral("Asian or Asian British: Indian")) == QStringLiteral("minority_ethnic"));
    CHECK(defaultEthnicity(QStringLiteral("Other ethnic group: Arab")) == QStringLiteral("minority_ethnic"));
    CHECK(defaultEthnicity(QStringLiteral("Prefer not to say")) == QStringLiteral("unknown"));
    CHECK(defaultEthnicity(QString()) == QStringLiteral("unknown"));
    CHECK(defaultEthnicity(QStringLiteral("Martian")).isEmpty());
    CHECK(defaultFlag(QStringLiteral("Yes")) == true);
    CHECK(defaultFlag(QStringLiteral("n")) == false);
    CHECK_FALSE(defaultFlag(QStringLiteral("maybe")));
    CHECK(guessField(ExtractKind::StaffList, QStringLiteral("Ethnic Origin")) == QStringLiteral("ethnicity"));
    CHECK(guessField(ExtractKind::StaffList, QStringLiteral("CPD 23-24")) == QStringLiteral("cpd"));
    CHECK(guessField(ExtractKind::StaffList, QStringLiteral("Directorate")) == QStringLiteral("service_area"));
    CHECK(guessField(ExtractKind::Leavers, QStringLiteral("Date Left")) == QStringLiteral("leaving_date"));
    CHECK(guessField(ExtractKind::Leavers, QStringLiteral("Grade")).isEmpty()); // not a leavers field
}

namespace {

// The small lists (leavers, cases, survey) share their ethnicity and area labels.
Profile listProfile(ExtractKind kind, std::map<QString, QString> columns)
{
    Profile p;
    p.kind = kind;
    p.columns = std::move(columns);
    p.values[QStringLiteral("ethnicity")] = {{"White British", "white"}, {"Indian", "minority_ethnic"},
                                             {"Caribbean", "minority_ethnic"}, {"Prefer not to say", "unknown"}};
    p.values[QStringLiteral("service_area")] = {{"Adult", "adult"}, {"Children", "children"}};
    p.flags = {{"Yes", true}, {"No", false}, {"", false}};
    return p;
}

} // namespace

TEST_CASE("Leavers, case lists and the staff survey: hand-counted blocks", "[extract][aggregate]")
{
    SECTION("leavers: dates in the period, the end day included")
    {
        Aggregator a(listProfile(ExtractKind::Leavers, {{"ethnicity", "Ethnicity"}, {"service_area", "Service Area"},
                                                        {"leaving_date", "Date Left"}}),
                     QDate(2023, 9, 1), QDate(2024, 8, 31));
        const FileReport r = a.addFile(test::dataPath(QStringLiteral("extracts/leavers.csv")));
        REQUIRE(r.readOk);
        CHECK(r.leftOut.at(QStringLiteral("outside_period")).rows == std::vector<qint64>{5});
        CHECK(r.leftOut.at(QStringLiteral("unreadable_date")).rows == std::vector<qint64>{6});
        AnnualReturn ret = emptyReturn();
        a.applyTo(ret);
        CHECK(ret.adult->leavers.counts == g(1, 1, 0));
        CHECK(ret.children->leavers.counts == g(0, 0, 1));
        CHECK_FALSE(ret.adult->cpd.collected);
    }
    SECTION("disciplinary cases: one per row")
    {
        Aggregator a(listProfile(ExtractKind::Disciplinary, {{"ethnicity", "Ethnicity"}, {"service_area", "Service Area"},
                                                             {"date", "Date Opened"}}),
                     QDate(2023, 9, 1), QDate(2024, 8, 31));
        REQUIRE(a.addFile(test::dataPath(QStringLiteral("extracts/cases.csv"))).readOk);
        AnnualReturn ret = emptyReturn();
        a.applyTo(ret);
        CHECK(ret.adult->disciplinary.counts == g(1, 2, 0));
        CHECK(ret.children->disciplinary.counts == g(1, 0, 0));
    }
    SECTION("fitness-to-practise referrals fill the referred row only")
    {
        Aggregator a(listProfile(ExtractKind::FitnessToPractise,
                                 {{"ethnicity", "Ethnicity"}, {"service_area", "Service Area"}, {"date", "Date Opened"}}),
                     QDate(2023, 9, 1), QDate(2024, 8, 31));
        REQUIRE(a.addFile(test::dataPath(QStringLiteral("extracts/cases.csv"))).readOk);
        AnnualReturn ret = emptyReturn();
        ret.adult = AreaReturn{};
        ret.adult->fitnessToPractise.population = g(40, 30, 5); // from the staff list: kept
        a.applyTo(ret);
        CHECK(ret.adult->fitnessToPractise.events == g(1, 2, 0));
        CHECK(ret.adult->fitnessToPractise.population == g(40, 30, 5));
        CHECK(a.areasJson().contains("\"fitness_to_practise\":{\"referred\""));
        CHECK_FALSE(a.areasJson().contains("\"regulated\""));
    }
    SECTION("staff survey, tab-separated: respondents and those reporting, per question")
    {
        Profile p = listProfile(ExtractKind::StaffSurvey,
                                {{"ethnicity", "Ethnic group"}, {"service_area", "Service"},
                                 {"harassment_public", "Q1 public"}, {"harassment_colleagues", "Q2 colleagues"},
                                 {"harassment_managers", "Q3 managers"}});
        p.file.delimiter = QLatin1Char('\t');
        Aggregator a(p, {}, {});
        const FileReport r = a.addFile(test::dataPath(QStringLiteral("extracts/survey.tsv")));
        REQUIRE(r.readOk);
        CHECK(r.rowsUsed == 4);
        AnnualReturn ret = emptyReturn();
        a.applyTo(ret);
        CHECK(ret.adult->harassmentPublic.population == g(1, 2, 0));
        CHECK(ret.adult->harassmentPublic.events == g(1, 1, 0));
        CHECK(ret.adult->harassmentColleagues.population == g(1, 2, 0));
        CHECK(ret.adult->harassmentColleagues.events == g(0, 1, 0));
        CHECK(ret.adult->harassmentManagers.population == g(1, 2, 0));
        CHECK(ret.adult->harassmentManagers.events == g(0, 0, 0));
        CHECK(ret.children->harassmentPublic.events == g(0, 0, 0));
        CHECK(ret.children->harassmentColleagues.events == g(0, 0, 1));
        CHECK(ret.children->harassmentManagers.population == g(0, 0, 1));
    }
    SECTION("two extracts of one kind add up")
    {
        Aggregator a(listProfile(ExtractKind::Disciplinary, {{"ethnicity", "Ethnicity"}, {"service_area", "Service Area"},
                                                             {"date", "Date Opened"}}),
                     {}, {});
        a.addFile(test::dataPath(QStringLiteral("extracts/cases.csv")));
        a.addFile(test::dataPath(QStringLiteral("extracts/cases.csv")));
        AnnualReturn ret = emptyReturn();
        a.applyTo(ret);
        CHECK(ret.adult->disciplinary.counts == g(2, 4, 0));
        CHECK(a.rowsRead() == 8);
    }
}

TEST_CASE("A salary column mapped to pay bands by ranges — the values list shows ranges, not salaries",
          "[extract][aggregate][profile]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("salaries.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray csv = "Ethnicity,Salary\n";
    for (int i = 0; i < 3000; ++i) // 3,000 different salaries: over the distinct-value limit
        csv += (i % 3 == 0 ? "Indian," : "White British,") + QByteArray::number(18000 + i * 20) + "\n";
    csv += "White British,\"\xC2\xA3" "95,000\"\n";
    file.write(csv);
    file.close();
    const QByteArray json = R"({"format": "scwres-extract-profile", "format_version": 1, "name": "Salaries",
        "kind": "staff_list", "columns": {"ethnicity": "Ethnicity", "grade": "Salary"},
        "values": {"ethnicity": {"White British": "white", "Indian": "minority_ethnic"}},
        "bands": {"Band A": "under_30k", "Band B": "30k_to_69k", "Band C": "70k_plus"},
        "salary_ranges": [{"from": 0, "to": 29999.99, "band": "Band A"}, {"from": 30000, "to": 69999.99, "band": "Band B"},
                          {"from": 70000, "to": 1000000, "band": "Band C"}]})";
    const ProfileReadResult read = readProfileJson(json);
    INFO(read.error.toStdString());
    REQUIRE(read.value);
    CHECK(readProfileJson(writeProfileJson(*read.value)).value == read.value);
    Aggregator a(*read.value, {}, {});
    const FileReport r = a.addFile(file.fileName());
    INFO(r.error.toStdString());
    REQUIRE(r.readOk);
    CHECK_FALSE(a.blocked());
    // 18,000 + 20 i: band A for i < 600, B up to 2,599, C from 2,600; every third row minority ethnic.
    AnnualReturn ret = emptyReturn();
    a.applyTo(ret);
    CHECK(band(*ret.adult, "Band A")->counts == g(400, 200, 0));
    CHECK(band(*ret.adult, "Band B")->counts == g(1333, 667, 0));
    CHECK(band(*ret.adult, "Band C")->counts == g(268, 133, 0));
    CHECK(r.values.at(QStringLiteral("grade")).size() == 3);
    CHECK(r.values.at(QStringLiteral("grade")).count(QStringLiteral("£0–£29,999.99")) == 1);

    const auto refused = readProfileJson(R"({"format":"scwres-extract-profile","format_version":1,"kind":"staff_list",
        "salary_ranges":[{"from":5,"to":1,"band":"X"}]})");
    CHECK(refused.error.startsWith(QStringLiteral("salary_ranges[0].to")));
}

TEST_CASE("A column of names mapped as ethnicity by mistake is refused, and no name is listed", "[extract][aggregate]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("names.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray csv = "Name,Ethnicity\n";
    for (int i = 0; i < 2500; ++i)
        csv += "Zqxm" + QByteArray::number(i) + ",White British\n";
    file.write(csv);
    file.close();
    Profile p;
    p.kind = ExtractKind::Leavers;
    p.columns = {{"ethnicity", "Name"}};
    Aggregator a(p, {}, {});
    const FileReport r = a.addFile(file.fileName());
    CHECK_FALSE(r.readOk);
    CHECK(r.error.contains(QStringLiteral("\"Name\"")));
    CHECK_FALSE(r.error.contains(QStringLiteral("Zqxm")));
    CHECK(r.values.empty());
    CHECK(r.unmapped.empty());
    CHECK_FALSE(a.reportJson().contains("Zqxm"));
}

TEST_CASE("An extract with no rows for a block leaves it as it was, and one that fills nothing changes nothing",
          "[extract][aggregate]")
{
    AnnualReturn before = emptyReturn();
    before.adult = AreaReturn{};
    before.adult->leavers.collected = true;
    before.adult->leavers.counts = g(200, 80, 10);
    before.children = AreaReturn{};
    before.children->leavers.collected = true;
    before.children->leavers.counts = GroupCounts::empty(); // "not entered"
    const Profile leavers = listProfile(ExtractKind::Leavers, {{"ethnicity", "Ethnicity"},
                                                               {"service_area", "Service Area"},
                                                               {"leaving_date", "Date Left"}});
    SECTION("no row in the period: nothing is written, anywhere")
    {
        Aggregator a(leavers, QDate(2029, 9, 1), QDate(2030, 8, 31));
        const FileReport r = a.addFile(test::dataPath(QStringLiteral("extracts/leavers.csv")));
        REQUIRE(r.readOk);
        CHECK(r.rowsRead == 5);
        CHECK(r.rowsUsed == 0);
        CHECK_FALSE(a.blocked());
        CHECK_FALSE(a.fillsAnything());
        CHECK_FALSE(a.hasRows(ServiceArea::Adult, Block::Leavers));
        AnnualReturn ret = before;
        a.applyTo(ret);
        CHECK(ret == before);
        CHECK(ret.adult->leavers.counts == g(200, 80, 10));
        CHECK(ret.children->leavers.counts == GroupCounts::empty());
        // An area the return lacks is not added for nothing.
        AnnualReturn bare = emptyReturn();
        a.applyTo(bare);
        CHECK_FALSE(bare.adult);
        CHECK_FALSE(bare.children);
    }
    SECTION("rows for adult social care only: children's social care is left as it was")
    {
        // 1 Oct 2023 to 31 Jul 2024: adult leaver E1 (15/10/2023) is in, E2 (1/8/2024) and the
        // children's leaver E3 (31/8/2024) are out.
        Aggregator a(leavers, QDate(2023, 10, 1), QDate(2024, 7, 31));
        REQUIRE(a.addFile(test::dataPath(QStringLiteral("extracts/leavers.csv"))).readOk);
        CHECK(a.fillsAnything());
        CHECK(a.hasRows(ServiceArea::Adult, Block::Leavers));
        CHECK_FALSE(a.hasRows(ServiceArea::Children, Block::Leavers));
        AnnualReturn ret = before;
        a.applyTo(ret);
        CHECK(ret.adult->leavers.counts == g(1, 0, 0));
        CHECK(ret.children->leavers.counts == GroupCounts::empty());
    }
}
