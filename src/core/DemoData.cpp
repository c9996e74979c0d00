// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "DemoData.h"

#include "Database.h"

#include <QCoreApplication>

namespace scwres {

namespace {

// Counts for one service area in one year, white / minority ethnic / unknown per row. Chosen so
// the demo shows every kind of result: adverse in both directions, within range, small numbers,
// a block not collected.
struct AreaFigures {
    std::vector<PayBand> bands;
    GroupCounts senior, shortlisted, appointed, disciplinary, regulated, referred, cpd;
    GroupCounts respondents, publicReporting, colleagueReporting, managerReporting, leavers;
    bool fitnessToPractiseCollected = true;
    std::map<QString, QString> notes;
};

AreaReturn makeArea(const AreaFigures &f)
{
    AreaReturn a;
    a.payBands = {true, f.bands};
    a.seniorManagers = {true, f.senior};
    a.shortlisting = {true, f.shortlisted, f.appointed};
    a.disciplinary = {true, f.disciplinary};
    a.fitnessToPractise = {f.fitnessToPractiseCollected, f.regulated, f.referred};
    a.cpd = {true, f.cpd};
    a.harassmentPublic = {true, f.respondents, f.publicReporting};
    a.harassmentColleagues = {true, f.respondents, f.colleagueReporting};
    a.harassmentManagers = {true, f.respondents, f.managerReporting};
    a.leavers = {true, f.leavers};
    a.notes = f.notes;
    if (!f.fitnessToPractiseCollected)
        a.fitnessToPractise = {false, {}, {}};
    return a;
}

PayBand band(const char *name, NationalBand national, long long w, long long me, long long u)
{
    return PayBand{QString::fromUtf8(name), national, GroupCounts{w, me, u}};
}

AreaFigures adultFigures(int year)
{
    AreaFigures f;
    // Each year a few more minority ethnic staff are appointed and fewer enter disciplinaries:
    // the action plan's effect, so the trend charts have something to show.
    const long long step = year - 2022; // 0, 1, 2
    f.bands = {band("Grades 1-5", NationalBand::Under30k, 318 - 4 * step, 85 + 5 * step, 14 - step),
               band("Grades 6-10", NationalBand::From30kTo69k, 122 - step, 26 + 2 * step, 5 - step / 2),
               band("Chief officers", NationalBand::From70k, 9, 1, 0)};
    f.senior = {14, 2, 0};
    f.shortlisted = {190 + 5 * step, 135 + 7 * step, 10};
    f.appointed = {58 + step, 17 + 4 * step, 2};
    f.disciplinary = {5, 6 - step, 0};
    f.regulated = {78 + step, 28 + step, 2};
    f.referred = {1, 1, 0};
    f.cpd = {146 + 2 * step, 36 + 2 * step, 3};
    f.respondents = {290 + 5 * step, 74 + 3 * step, 20};
    f.publicReporting = {40, 14 + (step > 0 ? 1 : 0), 2};
    f.colleagueReporting = {20, 9, 1};
    f.managerReporting = {10, 8, 1};
    f.leavers = {50, 20, 1};
    if (year == 2024) {
        // The 2024 adult return is the documented example of docs/return-format.md.
        f.bands = {band("Grades 1-5", NationalBand::Under30k, 310, 95, 12),
                   band("Grades 6-10", NationalBand::From30kTo69k, 120, 30, 4),
                   band("Chief officers", NationalBand::From70k, 9, 1, 0)};
        f.shortlisted = {200, 150, 10};
        f.appointed = {60, 25, 2};
        f.disciplinary = {5, 4, 0};
        f.regulated = {80, 30, 2};
        f.cpd = {150, 40, 3};
        f.respondents = {300, 80, 20};
        f.publicReporting = {40, 15, 2};
        f.notes[QStringLiteral("2")] = QStringLiteral("Applicant tracking system changed in March.");
    }
    return f;
}

AreaFigures childrenFigures(int year)
{
    AreaFigures f;
    const long long step = year - 2022;
    f.bands = {band("Grades 1-5", NationalBand::Under30k, 120 - step, 52 + 2 * step, 9),
               band("Grades 6-10", NationalBand::From30kTo69k, 161 - 2 * step, 60 + 3 * step, 7),
               band("Heads of service", NationalBand::From70k, 12, 2, 1)};
    f.senior = {11, 2 + (step == 2 ? 1 : 0), 1};
    f.shortlisted = {150 + 4 * step, 120 + 6 * step, 12};
    f.appointed = {45, 27 + 3 * step, 3};
    f.disciplinary = {3, 5, 0};
    f.regulated = {150 - step, 68 + 2 * step, 4};
    f.referred = {2, 3, 0};
    f.cpd = {120 + 3 * step, 47 + 2 * step, 4};
    f.respondents = {210 + 4 * step, 90 + 2 * step, 25};
    f.publicReporting = {52, 27, 4};
    f.colleagueReporting = {18, 11 - step, 2};
    f.managerReporting = {9, 9, 1};
    f.leavers = {32 + step, 22 - step, 2};
    // The first year's children's fitness-to-practise data could not be obtained.
    f.fitnessToPractiseCollected = year != 2022;
    if (year == 2022)
        f.notes[QStringLiteral("4")] = QStringLiteral("Referral records for children's services not held centrally.");
    return f;
}

} // namespace

QString demoAuthorityName()
{
    return QStringLiteral("Exampleshire County Council");
}

Authority demoAuthority()
{
    Authority a;
    a.name = demoAuthorityName();
    a.code = QStringLiteral("E10000099");
    a.directEmployees = 1147;
    // Roles, not names: the demo must never carry a real person's name.
    a.sponsor = QStringLiteral("Corporate Director of People (demo)");
    a.programmeLead = QStringLiteral("Workforce Equality Lead (demo)");
    a.staffVoiceLead = QStringLiteral("Chair, Staff Race Equality Network (demo)");
    a.principalSocialWorkerAdults = QStringLiteral("Principal Social Worker, Adults (demo)");
    a.principalSocialWorkerChildren = QStringLiteral("Principal Social Worker, Children (demo)");
    return a;
}

std::vector<AnnualReturn> demoReturns()
{
    std::vector<AnnualReturn> returns;
    for (int year : {2022, 2023, 2024}) {
        AnnualReturn r;
        r.authorityName = demoAuthorityName();
        r.authorityCode = QStringLiteral("E10000099");
        r.year = year;
        r.snapshotDate = QDate(year, 8, 31);
        r.periodStart = QDate(year - 1, 9, 1);
        r.periodEnd = QDate(year, 8, 31);
        r.populationMinorityEthnicPercent = 18.4;
        r.populationSource = QStringLiteral("Census 2021 (fictional figure for the demo)");
        r.adult = makeArea(adultFigures(year));
        r.children = makeArea(childrenFigures(year));
        r.complete = true; // the demo's years are finished returns
        returns.push_back(r);
    }
    return returns;
}

bool writeDemoData(Database &db, QString *error)
{
    Authority profile = demoAuthority();
    if (const auto existing = db.authorityByName(profile.name))
        profile.id = existing->id;
    bool ok = db.saveAuthority(profile).has_value();
    for (const AnnualReturn &r : demoReturns())
        ok = ok && db.saveReturn(r);
    if (!ok && error)
        *error = db.lastError();
    return ok;
}

} // namespace scwres
