// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Issue 17's keys of `scwres compute` through the real binary: certainty, to_range, pooled_3y
// and --interval.
#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include "CliRunner.h"

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

const QString kAuthority = QStringLiteral("Exampleshire County Council");

QStringList computeYear(const QString &db, int year)
{
    return {QStringLiteral("compute"), QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
            QStringLiteral("--year"), QString::number(year)};
}

} // namespace

TEST_CASE("compute: certainty, to_range and pooled_3y from the demo database", "[cli][compute][certainty]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runScwres({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const nlohmann::json doc = parse(runScwres(computeYear(db, 2024)));
    CHECK(doc["interval_method"] == "katz");
    nlohmann::json perYear[3] = {parse(runScwres(computeYear(db, 2022))), parse(runScwres(computeYear(db, 2023))), doc};
    int outside = 0;
    for (const auto &[key, metric] : doc["metrics"].items()) {
        if (key == "1")
            continue;
        CAPTURE(key);
        REQUIRE(metric.contains("certainty"));
        REQUIRE(metric.contains("to_range"));
        REQUIRE(metric.contains("pooled_3y"));
        if (metric["relative_likelihood"].is_null()) {
            CHECK(metric["certainty"].is_null());
            continue;
        }
        // Clear exactly when both ends of the interval lie in the estimate's region.
        const double rl = metric["relative_likelihood"];
        const double lower = metric["ci95"][0];
        const double upper = metric["ci95"][1];
        auto region = [](double x) { return x < 0.8 ? -1 : x > 1.25 ? 1 : 0; };
        const bool clear = region(lower) == region(rl) && region(upper) == region(rl);
        CHECK(metric["certainty"] == (clear ? "clear" : "not_clear"));
        CHECK(metric["sentence"].get<std::string>().find(clear ? "; clear: " : "; not clear: ") != std::string::npos);
        if (metric["status"] == "within_range") {
            CHECK(metric["to_range"].is_null());
        } else {
            ++outside;
            const auto &to = metric["to_range"];
            REQUIRE(to.is_object());
            for (const char *name : {"minority_ethnic_events", "white_events", "relative_likelihood_after"})
                CHECK(to.contains(name));
            if (!to["minority_ethnic_events"].is_null()) {
                const long long d = to["minority_ethnic_events"];
                const auto &c = metric["counts"];
                const double after = ((c["events"]["minority_ethnic"].get<double>() + d)
                                      / c["population"]["minority_ethnic"].get<double>())
                                   / (c["events"]["white"].get<double>() / c["population"]["white"].get<double>());
                CHECK(to["relative_likelihood_after"].get<double>() == Approx(after));
                CHECK(after >= 0.8 - 1e-12);
                CHECK(after <= 1.25 + 1e-12);
            }
        }
        // The demo's three years are complete: pooled over 2022–2024. Issue 27: no longer the RL of the
        // summed counts, which is biased when the groups' sizes change, but the year-stratified
        // Mantel–Haenszel RR: Σ a·n2/N ÷ Σ c·n1/N over the years. Metric 9 counts the same people
        // every year and is not pooled.
        const auto &pooled = metric["pooled_3y"];
        if (key == "9") {
            CHECK(pooled.is_null());
            continue;
        }
        REQUIRE(pooled.is_object());
        CHECK(pooled["years"] == nlohmann::json::array({2022, 2023, 2024}));
        CHECK(pooled["method"] == "mantel_haenszel");
        double r = 0;
        double s = 0;
        for (const nlohmann::json &year : perYear) {
            const auto &c = year["metrics"][key]["counts"];
            const double a = c["events"]["minority_ethnic"].get<double>();
            const double n1 = c["population"]["minority_ethnic"].get<double>();
            const double e = c["events"]["white"].get<double>();
            const double n2 = c["population"]["white"].get<double>();
            r += a * n2 / (n1 + n2);
            s += e * n1 / (n1 + n2);
        }
        CHECK(pooled["relative_likelihood"].get<double>() == Approx(r / s));
        CHECK(pooled["ci95"].size() == 2);
    }
    CHECK(outside > 0);
    // 2022 has no complete years before it: no pooled figure.
    CHECK(perYear[0]["metrics"]["3"]["pooled_3y"].is_null());
    // Two years (2022, 2023) are enough.
    CHECK(perYear[1]["metrics"]["3"]["pooled_3y"]["years"] == nlohmann::json::array({2022, 2023}));
}

TEST_CASE("compute --interval exact and bad values", "[cli][compute][certainty]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runScwres({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const nlohmann::json katz = parse(runScwres(computeYear(db, 2024)));
    const nlohmann::json exact = parse(runScwres(computeYear(db, 2024) << QStringLiteral("--interval") << QStringLiteral("exact")));
    CHECK(exact["interval_method"] == "exact");
    CHECK(exact["ci95_method"].get<std::string>().find("Clopper") != std::string::npos);
    CHECK(exact["metrics"]["4"]["relative_likelihood"] == katz["metrics"]["4"]["relative_likelihood"]);
    CHECK(exact["metrics"]["4"]["ci95"] != katz["metrics"]["4"]["ci95"]);
    CHECK(exact["metrics"]["4"]["haldane_corrected"] == false);
    // A narrower range in force changes the reading of the same interval.
    const nlohmann::json narrow = parse(runScwres(computeYear(db, 2024) << QStringLiteral("--range") << QStringLiteral("0.95,1.05")));
    CHECK(narrow["metrics"]["5"]["to_range"].is_object() == (narrow["metrics"]["5"]["status"] != "within_range"));
    const Run bad = runScwres(computeYear(db, 2024) << QStringLiteral("--interval") << QStringLiteral("wilson"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("--interval must be katz or exact"));
}
