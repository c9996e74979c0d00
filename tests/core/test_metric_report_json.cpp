// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The `scwres compute` document: its keys (a public interface, docs/metrics.md) and values.
#include "MetricReportJson.h"
#include "NationalFigures.h"
#include "test_metric_support.h"

using namespace scwres;
using namespace scwres::testing;

namespace {

nlohmann::ordered_json exampleDocument(AreaSelection area = AreaSelection::Combined)
{
    const AnnualReturn ret = readTestReturn(QStringLiteral("metric-exampleshire-2024.json"));
    const NationalFigures national = NationalFigures::builtIn();
    return metricReportToJson(MetricEngine().compute(ret, area, nullptr, &national));
}

} // namespace

TEST_CASE("compute JSON: top-level keys and metric keys", "[metrics][json]")
{
    const auto doc = exampleDocument();
    CHECK(doc["authority"] == "Exampleshire County Council");
    CHECK(doc["year"] == 2024);
    CHECK(doc["area"] == "combined");
    CHECK(doc["range"] == nlohmann::ordered_json::array({0.8, 1.25}));
    CHECK(doc["direction"] == "minority ethnic relative to white");
    CHECK(doc["ci95_method"].get<std::string>().find("not part of the published SC-WRES method") != std::string::npos);
    std::vector<std::string> keys;
    for (const auto &item : doc["metrics"].items())
        keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7a", "7b", "8", "9"});
}

TEST_CASE("compute JSON: a ratio metric", "[metrics][json]")
{
    const auto doc = exampleDocument();
    const auto &m2 = doc["metrics"]["2"];
    for (const char *key : {"status", "relative_likelihood", "likelihood_minority_ethnic", "likelihood_white", "ci95",
                            "small_numbers", "phrase", "sentence", "counts", "previous", "national"})
        CHECK(m2.contains(key));
    CHECK(m2["status"] == "adverse_to_minority_ethnic");
    // Full precision: the same double as the engine's, not a rounded one.
    CHECK(m2["relative_likelihood"].get<double>() == (25.0 * 200) / (150.0 * 60));
    CHECK(m2["likelihood_minority_ethnic"].get<double>() == Approx(25.0 / 150));
    CHECK(m2["likelihood_white"].get<double>() == Approx(0.3));
    REQUIRE(m2["ci95"].is_array());
    CHECK(m2["ci95"][0].get<double>() == Approx(0.366570).epsilon(1e-5));
    CHECK(m2["ci95"][1].get<double>() == Approx(0.841973).epsilon(1e-5));
    CHECK(m2["small_numbers"] == false);
    CHECK(m2["phrase"] == "44% less likely");
    CHECK(m2["counts"]["events"] == nlohmann::ordered_json{{"white", 60}, {"minority_ethnic", 25}, {"unknown", 2}});
    CHECK(m2["counts"]["population"]
          == nlohmann::ordered_json{{"white", 200}, {"minority_ethnic", 150}, {"unknown", 10}});
    CHECK(m2["previous"].is_null());
    CHECK(m2["national"]["relative_likelihood"] == 0.52);
    CHECK(m2["national"]["year"] == 2024);
    CHECK(doc["metrics"]["6"]["national"].is_null()); // none published for 2024
}

TEST_CASE("compute JSON: metric 1 and metric 9", "[metrics][json]")
{
    const auto doc = exampleDocument();
    const auto &m1 = doc["metrics"]["1"];
    REQUIRE(m1["bands"].size() == 3);
    CHECK(m1["bands"][0]["national_band"] == "under_30k");
    CHECK(m1["bands"][0]["white"] == 310);
    CHECK(m1["bands"][0]["percent_minority_ethnic"].get<double>() == Approx(22.781775));
    CHECK(m1["bands"][2]["national_percent_minority_ethnic"] == 14.0);
    REQUIRE(m1["local_bands"].size() == 3);
    CHECK(m1["local_bands"][0]["name"] == "Grades 1-5");
    CHECK(m1["local_bands"][0]["national_band"] == "under_30k");
    CHECK(m1["workforce"]["minority_ethnic"] == 126);
    CHECK(m1["workforce"]["percent_white"].get<double>() == Approx(75.559380));
    CHECK(m1["workforce"]["percent_unknown"].get<double>() == Approx(2.753873));

    const auto &m9 = doc["metrics"]["9"];
    CHECK(m9["percent_minority_ethnic_senior"] == 12.5);
    CHECK(m9["percent_minority_ethnic_workforce"].get<double>() == Approx(21.686747));
    CHECK(m9["gap_vs_workforce_points"].get<double>() == Approx(-9.186747));
    CHECK(m9["gap_vs_population_points"].get<double>() == Approx(-5.9));
    CHECK(m9.contains("relative_likelihood"));
}

TEST_CASE("compute JSON: nulls where a figure does not exist", "[metrics][json]")
{
    const auto doc = exampleDocument(AreaSelection::Children);
    CHECK(doc["area"] == "children");
    for (const auto &item : doc["metrics"].items()) {
        CAPTURE(item.key());
        if (item.key() == "1") {
            CHECK(item.value()["bands"].is_null());
            CHECK(item.value()["collected"] == false);
            continue;
        }
        CHECK(item.value()["status"] == "not_collected");
        CHECK(item.value()["relative_likelihood"].is_null());
        CHECK(item.value()["ci95"].is_null());
        CHECK(item.value()["phrase"].is_null());
        CHECK(item.value()["counts"].is_null());
        CHECK(item.value()["sentence"].is_string());
    }
    CHECK(doc["metrics"]["9"]["gap_vs_workforce_points"].is_null());

    // Not computable: no white events.
    AreaReturn area;
    setMetric(area, MetricId::M4, counts(0, 2), counts(80, 30));
    const auto m4 = metricReportToJson(MetricEngine().compute(adultOnly(area), AreaSelection::Adult))["metrics"]["4"];
    CHECK(m4["status"] == "not_computable");
    CHECK(m4["reason"] == "no_white_events");
    CHECK(m4["relative_likelihood"].is_null());
    CHECK(m4["ci95"].is_null());
    CHECK(m4["likelihood_white"] == 0.0);
    CHECK(m4["counts"]["events"]["minority_ethnic"] == 2);
}
