// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#include "ActionPlanDemo.h"
#include "ActionPlanStore.h"
#include "Database.h"
#include "TestSupport.h"
#include "DemoData.h"
#include "Schema.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace scwres;

namespace {


long long demoId(Database &db)
{
    QString error;
    REQUIRE(writeDemoData(db, &error));
    const auto authority = db.authorityByName(demoAuthorityName());
    REQUIRE(authority);
    return authority->id;
}

// A plan using every field, so a round trip that drops one fails.
ActionPlan fullPlan(long long authorityId)
{
    Authority authority = demoAuthority();
    authority.id = authorityId;
    ActionPlan plan = newPlan(authority, 2024);
    plan.header.directEmployees = 900;
    plan.evaluation = QStringLiteral("Reviewed monthly.\n- by the project group\n- by CLT");
    plan.learningFromLastYear = QStringLiteral("Panels work.");
    plan.otherActions = QStringLiteral("Staff conference");
    plan.staffEngagement = {YesNo::Yes, QStringLiteral("- Survey\n- Network")};
    plan.section(3).narrative = QStringLiteral("Edited narrative");
    plan.section(3).narrativeEdited = true;
    plan.section(4).attachChart = false;
    PlanAction a = newAction();
    a.details = QStringLiteral("Diverse panels");
    a.timescale = QStringLiteral("6 – 12 months");
    a.successMeasure = QStringLiteral("Every panel has a network member");
    a.lead = QStringLiteral("Recruitment team");
    a.area = ImprovementArea::RecruitmentAndRetention;
    a.start = {2024, 5, 1};
    a.due = {2025, 3, 31};
    a.status = ActionStatus::AtRisk;
    a.notes = {{{2024, 6, 1}, QStringLiteral("Started")}, {{2024, 9, 1}, QStringLiteral("Slow")}};
    a.rolledOverFrom = QStringLiteral("0000-old");
    PlanAction b = newAction();
    b.details = QStringLiteral("Second, no dates");
    plan.section(2).actions = {a, b};
    plan.section(9).actions = {newAction()};
    plan.reopenings = {Reopening{{2024, 8, 1}, QStringLiteral("Lead"), QStringLiteral("New data"),
                                 SignOff{QStringLiteral("Sponsor"), QStringLiteral("DASS"), {2024, 7, 1}}}};
    plan.signOff = SignOff{QStringLiteral("Sponsor"), QStringLiteral("DASS"), {2024, 8, 20}};
    plan.startedFromYear = 2023;
    plan.lastYearEvaluation = {EvaluationEntry{QStringLiteral("0000-old"), 2, QStringLiteral("Old panels"),
                                               ActionStatus::OnTrack, true, QStringLiteral("Half done")}};
    return plan;
}

} // namespace

TEST_CASE("A plan survives closing and reopening the database", "[plan]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
    ActionPlan plan;
    {
        auto db = test::openDatabaseOrFail(path);
        plan = fullPlan(demoId(*db));
        ActionPlanStore store(*db);
        INFO(store.lastError().toStdString());
        REQUIRE(store.save(plan));
    }
    auto db = test::openDatabaseOrFail(path);
    ActionPlanStore store(*db);
    const auto loaded = store.load(plan.authorityId, 2024);
    REQUIRE(loaded);
    CHECK(*loaded == plan);
    CHECK(store.years(plan.authorityId) == std::vector<int>{2024});
    CHECK_FALSE(store.load(plan.authorityId, 2023));
    CHECK(store.lastError().isEmpty()); // no plan is not an error
}

TEST_CASE("Saving a plan again replaces it — deleting and re-adding the return keeps it", "[plan]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    ActionPlan plan = fullPlan(demoId(*db));
    ActionPlanStore store(*db);
    REQUIRE(store.save(plan));
    plan.section(2).actions.erase(plan.section(2).actions.begin());
    std::swap(plan.section(9).actions, plan.section(5).actions);
    plan.signOff.reset();
    REQUIRE(store.save(plan));
    CHECK(*store.load(plan.authorityId, 2024) == plan);

    const AnnualReturn ret = *db->loadReturn(plan.authorityId, 2024);
    REQUIRE(db->deleteReturn(plan.authorityId, 2024));
    REQUIRE(db->saveReturn(ret));
    CHECK(*store.load(plan.authorityId, 2024) == plan);

    REQUIRE(store.remove(plan.authorityId, 2024));
    CHECK_FALSE(store.exists(plan.authorityId, 2024));
    // Deleting the authority takes its plans with it.
    REQUIRE(store.save(plan));
    REQUIRE(db->deleteAuthority(plan.authorityId));
    CHECK_FALSE(store.exists(plan.authorityId, 2024));
}

TEST_CASE("A version 1 database upgrades to the current version keeping its returns", "[plan]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A file as the first release wrote it: migration 1 only.
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-maker"));
        sql.setDatabaseName(path);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
        const Migration &first = schemaMigrations().front();
        REQUIRE(first.version == 1);
        for (const char *statement : first.statements)
            REQUIRE(q.exec(QString::fromUtf8(statement)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO authority (id, name) VALUES (7, 'Oldshire Council')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO return_year (authority_id, year, population_source) "
                                      "VALUES (7, 2023, 'Census 2021')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO service_area (return_id, area) VALUES (1, 'adult')")));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-maker"));

    auto db = test::openDatabaseOrFail(path);
    CHECK(db->schemaVersion() == currentSchemaVersion());
    const auto ret = db->loadReturn(7, 2023);
    REQUIRE(ret);
    CHECK(ret->authorityName == QStringLiteral("Oldshire Council"));
    CHECK(ret->populationSource == QStringLiteral("Census 2021"));
    CHECK(ret->adult.has_value());
    CHECK(QFileInfo::exists(path + QStringLiteral("-pre-v%1").arg(currentSchemaVersion())));

    ActionPlanStore store(*db);
    Authority authority = *db->authority(7);
    REQUIRE(store.save(newPlan(authority, 2023)));
    CHECK(store.exists(7, 2023));
}

TEST_CASE("The demo authority's plans: 2023 signed off, 2024 started from it", "[plan]")
{
    QTemporaryDir dir;
    auto db = test::openDatabaseOrFail(dir.filePath(QStringLiteral("demo.sqlite")));
    const long long id = demoId(*db);
    QString error;
    INFO(error.toStdString());
    REQUIRE(writeDemoPlans(*db, &error));
    ActionPlanStore store(*db);
    CHECK(store.years(id) == std::vector<int>{2023, 2024});
    const auto first = store.load(id, 2023);
    const auto second = store.load(id, 2024);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->isSignedOff());
    CHECK_FALSE(second->isSignedOff());
    CHECK(second->startedFromYear == 2023);
    CHECK(second->lastYearEvaluation.size() == static_cast<size_t>(first->actionCount()));
    int rolled = 0;
    int fresh = 0;
    for (const MetricSection &s : second->sections)
        for (const PlanAction &a : s.actions) {
            if (a.rolledOverFrom.isEmpty()) {
                ++fresh;
                continue;
            }
            ++rolled;
            const PlanAction *original = first->findAction(a.rolledOverFrom);
            REQUIRE(original);
            CHECK_FALSE(isFinished(original->status));
        }
    CHECK(rolled > 0);
    CHECK(fresh > 0);
    for (const MetricSection &s : second->sections)
        CHECK_FALSE(s.narrative.isEmpty());
    // Writing them again replaces, never duplicates.
    REQUIRE(writeDemoPlans(*db, &error));
    CHECK(store.years(id) == std::vector<int>{2023, 2024});
}
