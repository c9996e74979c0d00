// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 17 item 6: `scwres compare --db FILE --year YEAR [--metric M]` through the real binary.
#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include "CliRunner.h"
#include "NationalFigures.h"
#include "TestSupport.h"

#include <nlohmann/json.hpp>

namespace {

using Run = scwres::test::CliResult;

Run runScwres(const QStringList &args)
{
    return scwres::test::runCli(QStringLiteral(SCWRES_CLI_PATH), args);
}

nlohmann::json parse(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const nlohmann::json doc = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    return doc;
}

} // namespace

TEST_CASE("compare: three authorities in a database give the sorted JSON", "[cli][compare]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("network.sqlite"));
    QString error;
    REQUIRE(scwres::test::writeComparisonDatabase(db, &error));

    const nlohmann::json doc = parse(runScwres({QStringLiteral("compare"), QStringLiteral("--db"), db,
                                                QStringLiteral("--year"), QStringLiteral("2024"),
                                                QStringLiteral("--metric"), QStringLiteral("2")}));
    CHECK(doc["year"] == 2024);
    CHECK(doc["direction"] == "minority ethnic relative to white");
    CHECK(doc["range"] == nlohmann::json::array({0.8, 1.25}));
    REQUIRE(doc["metrics"].size() == 1);
    const auto &m2 = doc["metrics"]["2"];
    const auto &rows = m2["authorities"];
    REQUIRE(rows.size() == 4);

    // Stored Gamma, Alpha, Beta; sorted by RL. Alpha: (20/100)/(40/100) = 0.5, Katz
    // SE = sqrt(1/20 − 1/100 + 1/40 − 1/100) = 0.234521, 0.5·exp(∓1.96·SE) = 0.3157 … 0.7918.
    CHECK(rows[0]["authority"] == "Alpha Council");
    CHECK(rows[0]["rank"] == 1);
    CHECK(rows[0]["relative_likelihood"].get<double>() == Approx(0.5));
    CHECK(rows[0]["ci95"][0].get<double>() == Approx(0.315749).margin(1e-5));
    CHECK(rows[0]["ci95"][1].get<double>() == Approx(0.791768).margin(1e-5));
    CHECK(rows[0]["status"] == "adverse_to_minority_ethnic");
    // Beta: 30 of 100 each, RL 1.0, 0.6548 … 1.5272; a draft, still compared and marked.
    CHECK(rows[1]["authority"] == "Beta Council");
    CHECK(rows[1]["relative_likelihood"].get<double>() == Approx(1.0));
    CHECK(rows[1]["ci95"][0].get<double>() == Approx(0.654811).margin(1e-5));
    CHECK(rows[1]["draft"] == true);
    CHECK(rows[1]["status"] == "within_range");
    // Gamma: (45/100)/(30/100) = 1.5, SE = sqrt(1/45 − 1/100 + 1/30 − 1/100) = 0.188562, 1.0365 … 2.1707.
    CHECK(rows[2]["authority"] == "Gamma Council");
    CHECK(rows[2]["rank"] == 3);
    CHECK(rows[2]["relative_likelihood"].get<double>() == Approx(1.5));
    CHECK(rows[2]["ci95"][1].get<double>() == Approx(2.170693).margin(1e-5));
    CHECK(rows[2]["certainty"] == "not_clear");
    // Delta holds no 2024 return: last, not dropped.
    CHECK(rows[3]["authority"] == "Delta Council");
    CHECK(rows[3]["has_return"] == false);
    CHECK(rows[3]["rank"].is_null());
    CHECK(rows[3]["relative_likelihood"].is_null());

    const auto national = scwres::NationalFigures::builtIn().figure(2024, scwres::MetricId::M2);
    if (national)
        CHECK(m2["national"]["relative_likelihood"].get<double>() == Approx(national->relativeLikelihood));
    else
        CHECK(m2["national"].is_null());

    // Without --metric: every ratio metric; a metric none collected lists every authority unranked.
    const nlohmann::json all = parse(
        runScwres({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2024")}));
    std::vector<std::string> keys;
    for (const auto &[key, value] : all["metrics"].items())
        keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"2", "3", "4", "5", "6", "7a", "7b", "8", "9"});
    CHECK(all["metrics"]["2"] == m2);
    const auto &m4 = all["metrics"]["4"]["authorities"];
    REQUIRE(m4.size() == 4);
    CHECK(m4[0]["authority"] == "Alpha Council"); // by name when none has an RL
    CHECK(m4[0]["status"] == "not_collected");
    CHECK(m4[0]["rank"].is_null());
}

TEST_CASE("compare: bad words say which flag is wrong", "[cli][compare]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("network.sqlite"));
    QString error;
    REQUIRE(scwres::test::writeComparisonDatabase(db, &error));
    const Run noYear = runScwres({QStringLiteral("compare"), QStringLiteral("--db"), db});
    CHECK(noYear.exitCode == 2);
    CHECK(noYear.err.contains(QStringLiteral("--year")));
    const Run badMetric = runScwres({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                     QStringLiteral("2024"), QStringLiteral("--metric"), QStringLiteral("1")});
    CHECK(badMetric.exitCode == 2);
    CHECK(badMetric.err.contains(QStringLiteral("--metric")));
    CHECK(badMetric.out.isEmpty());
    const Run missing = runScwres({QStringLiteral("compare"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                                   QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
}
