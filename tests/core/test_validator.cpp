// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DemoData.h"
#include "TestSupport.h"
#include "Validator.h"

#include <catch2/catch.hpp>

using namespace scwres;

namespace {

// The findings about one field, so each rule is checked in isolation.
std::vector<Finding> findingsAt(const AnnualReturn &ret, const QString &field)
{
    std::vector<Finding> result;
    for (const Finding &f : validateReturn(ret))
        if (f.field == field)
            result.push_back(f);
    return result;
}

bool hasFinding(const AnnualReturn &ret, const QString &field, Severity severity)
{
    const auto found = findingsAt(ret, field);
    return std::any_of(found.begin(), found.end(), [&](const Finding &f) { return f.severity == severity; });
}

} // namespace

TEST_CASE("The example return and the demo returns have no errors", "[validator]")
{
    CHECK_FALSE(hasErrors(validateReturn(test::exampleReturn())));
    for (const AnnualReturn &ret : demoReturns()) {
        INFO(ret.year);
        CHECK_FALSE(hasErrors(validateReturn(ret)));
    }
}

TEST_CASE("Errors: the figures cannot be true", "[validator]")
{
    AnnualReturn ret = test::exampleReturn();
    AreaReturn &a = *ret.adult;

    SECTION("negative count")
    {
        a.cpd.counts.minorityEthnic = -1;
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.cpd.minority_ethnic"), Severity::Error));
    }
    SECTION("appointed more than shortlisted")
    {
        a.shortlisting.events.minorityEthnic = 151;
        const auto found = findingsAt(ret, QStringLiteral("areas.adult.shortlisting.appointed.minority_ethnic"));
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Error);
        CHECK(found[0].message.contains(QStringLiteral("151")));
        CHECK(found[0].message.contains(QStringLiteral("150")));
        CHECK(found[0].location.area == ServiceArea::Adult);
        CHECK(found[0].location.block == Block::Shortlisting);
        CHECK(found[0].location.part == FieldLocation::Part::Events);
        CHECK(found[0].location.group == EthnicGroup::MinorityEthnic);
    }
    SECTION("appointed equal to shortlisted is fine")
    {
        a.shortlisting.events.minorityEthnic = 150;
        CHECK(findingsAt(ret, QStringLiteral("areas.adult.shortlisting.appointed.minority_ethnic")).empty());
    }
    SECTION("referred more than regulated")
    {
        a.fitnessToPractise.events.white = 81;
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.fitness_to_practise.referred.white"), Severity::Error));
    }
    SECTION("reporting more than respondents, for each harassment question")
    {
        a.harassmentColleagues.events.unknown = 21;
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.harassment_colleagues.reporting.unknown"), Severity::Error));
    }
    SECTION("senior managers, regulated professionals, CPD and disciplinary above headcount")
    {
        a.seniorManagers.counts.minorityEthnic = 127;
        a.fitnessToPractise.population.minorityEthnic = 127;
        a.fitnessToPractise.events.minorityEthnic = 0;
        a.cpd.counts.white = 440;
        a.disciplinary.counts.unknown = 17;
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.senior_managers.minority_ethnic"), Severity::Error));
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.fitness_to_practise.regulated.minority_ethnic"), Severity::Error));
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.cpd.white"), Severity::Error));
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.disciplinary.unknown"), Severity::Error));
    }
    SECTION("period ends before it starts")
    {
        ret.periodEnd = QDate(2023, 8, 31);
        CHECK(hasFinding(ret, QStringLiteral("period.end"), Severity::Error));
    }
    SECTION("a pay band with no national band")
    {
        a.payBands.bands[1].nationalBand.reset();
        const auto found = findingsAt(ret, QStringLiteral("areas.adult.pay_bands[1]"));
        REQUIRE(found.size() == 1);
        CHECK(found[0].message.contains(QStringLiteral("Grades 6-10")));
        CHECK(found[0].location.bandIndex == 1);
    }
    SECTION("an error blocks nothing else: every finding is listed")
    {
        a.cpd.counts.minorityEthnic = -1;
        a.shortlisting.events.white = 201;
        CHECK(validateReturn(ret).size() >= 2);
    }
}

TEST_CASE("Warnings: possible, but check", "[validator]")
{
    AnnualReturn ret = test::exampleReturn();
    AreaReturn &a = *ret.adult;

    SECTION("leavers above headcount is a warning, not an error")
    {
        a.leavers.counts.minorityEthnic = 130;
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.leavers.minority_ethnic"), Severity::Warning));
        CHECK_FALSE(hasErrors(validateReturn(ret)));
    }
    SECTION("unknown above 10% of a metric's total")
    {
        // 10 of 100 is exactly 10%: not above; 11 of 101 is.
        a.disciplinary.counts = {50, 40, 10};
        CHECK(findingsAt(ret, QStringLiteral("areas.adult.disciplinary.unknown")).empty());
        a.disciplinary.counts = {50, 40, 11};
        CHECK(hasFinding(ret, QStringLiteral("areas.adult.disciplinary.unknown"), Severity::Warning));
    }
    SECTION("a metric collected for one service area but not the other")
    {
        // The example's children area has nothing collected: one warning per block adult collects.
        int mismatches = 0;
        for (const Finding &f : validateReturn(ret))
            if (f.severity == Severity::Warning && f.location.area == ServiceArea::Children && f.location.block)
                ++mismatches;
        CHECK(mismatches == 10);
        ret.children.reset();
        for (const Finding &f : validateReturn(ret))
            CHECK(f.location.area != ServiceArea::Children);
    }
}

TEST_CASE("Counts typed or pasted are read as whole numbers only", "[validator]")
{
    QString error;
    CHECK(parseCountText(QStringLiteral("35"), &error) == 35);
    CHECK(parseCountText(QStringLiteral(" 1,204 "), &error) == 1204);
    CHECK(parseCountText(QStringLiteral("0"), &error) == 0);
    for (const char *bad : {"", "12a", "-3", "2.5", "ten", "1e3"}) {
        INFO(bad);
        CHECK_FALSE(parseCountText(QString::fromLatin1(bad), &error));
        CHECK(error.contains(QStringLiteral("expected a whole number >= 0")));
    }
}
