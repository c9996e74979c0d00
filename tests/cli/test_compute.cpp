// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// `scwres compute` through the real binary: file and database give the same numbers, --range
// and --area change what they should, and the exit codes.
#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run scwres(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SCWRES_CLI_PATH), args);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString data(const char *name)
{
    return QDir(QStringLiteral(SCWRES_TEST_DATA_DIR)).filePath(QString::fromUtf8(name));
}

nlohmann::json parse(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const nlohmann::json doc = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    return doc;
}

const QString kAuthority = QStringLiteral("Metricshire Council (fictional test authority)");

} // namespace

TEST_CASE("compute on a file prints the metrics", "[cli][compute]")
{
    const nlohmann::json doc = parse(scwres({QStringLiteral("compute"), data("metric-exampleshire-2024.json")}));
    CHECK(doc["area"] == "combined");
    CHECK(doc["range"] == nlohmann::json::array({0.8, 1.25}));
    CHECK(doc["metrics"]["2"]["relative_likelihood"].get<double>() == (25.0 * 200) / (150.0 * 60));
    CHECK(doc["metrics"]["2"]["status"] == "adverse_to_minority_ethnic");
    CHECK(doc["metrics"]["9"]["gap_vs_population_points"].get<double>() == Approx(-5.9));
    CHECK(doc["metrics"]["3"]["national"]["relative_likelihood"] == 1.37);
    CHECK(doc["metrics"].contains("7a"));
    CHECK_FALSE(doc["metrics"].contains("7"));
}

TEST_CASE("compute --range changes the statuses, not the numbers", "[cli][compute]")
{
    const QString file = data("metric-exampleshire-2024.json");
    const nlohmann::json standard = parse(scwres({QStringLiteral("compute"), file}));
    const nlohmann::json wide = parse(scwres({QStringLiteral("compute"), file, QStringLiteral("--range"),
                                               QStringLiteral("0.5,1.5")}));
    const nlohmann::json narrow = parse(scwres({QStringLiteral("compute"), file, QStringLiteral("--range=0.95,1.05")}));
    CHECK(wide["range"] == nlohmann::json::array({0.5, 1.5}));
    // Metric 2 (0.556) and metric 6 (1.406) are adverse in 0.80-1.25, within 0.5-1.5.
    CHECK(standard["metrics"]["2"]["status"] == "adverse_to_minority_ethnic");
    CHECK(wide["metrics"]["2"]["status"] == "within_range");
    CHECK(standard["metrics"]["6"]["status"] == "adverse_to_minority_ethnic");
    CHECK(wide["metrics"]["6"]["status"] == "within_range");
    // Metric 5 (0.929) is within 0.80-1.25 and adverse in 0.95-1.05.
    CHECK(standard["metrics"]["5"]["status"] == "within_range");
    CHECK(narrow["metrics"]["5"]["status"] == "adverse_to_minority_ethnic");
    CHECK(wide["metrics"]["2"]["relative_likelihood"] == standard["metrics"]["2"]["relative_likelihood"]);
}

TEST_CASE("compute --area selects a service area", "[cli][compute]")
{
    const QString file = data("metric-metricshire-2024.json");
    const nlohmann::json adult =
        parse(scwres({QStringLiteral("compute"), file, QStringLiteral("--area"), QStringLiteral("adult")}));
    const nlohmann::json children =
        parse(scwres({QStringLiteral("compute"), file, QStringLiteral("--area"), QStringLiteral("children")}));
    const nlohmann::json combined = parse(scwres({QStringLiteral("compute"), file}));
    CHECK(adult["area"] == "adult");
    CHECK(children["metrics"]["7b"]["status"] == "not_collected");
    const auto &events = combined["metrics"]["3"]["counts"]["events"];
    CHECK(events["white"].get<long long>()
          == adult["metrics"]["3"]["counts"]["events"]["white"].get<long long>()
                 + children["metrics"]["3"]["counts"]["events"]["white"].get<long long>());
}

TEST_CASE("compute: usage errors exit 2, unreadable input exits 1", "[cli][compute]")
{
    const QString file = data("metric-exampleshire-2024.json");
    CHECK(scwres({QStringLiteral("compute")}).exitCode == 2);
    CHECK(scwres({QStringLiteral("compute"), file, QStringLiteral("--area"), QStringLiteral("both")}).exitCode == 2);
    CHECK(scwres({QStringLiteral("compute"), file, QStringLiteral("--range"), QStringLiteral("1.25,0.8")}).exitCode == 2);
    CHECK(scwres({QStringLiteral("compute"), file, QStringLiteral("--range"), QStringLiteral("x")}).exitCode == 2);
    CHECK(scwres({QStringLiteral("compute"), file, QStringLiteral("--bogus"), QStringLiteral("1")}).exitCode == 2);
    CHECK(scwres({QStringLiteral("compute"), QStringLiteral("--db"), QStringLiteral("x.db")}).exitCode == 2);
    CHECK(scwres({QStringLiteral("compute"), data("no-such-return.json")}).exitCode == 1);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    CHECK(scwres({QStringLiteral("compute"), QStringLiteral("--db"), missing, QStringLiteral("--authority"),
                  kAuthority, QStringLiteral("--year"), QStringLiteral("2024")})
              .exitCode
          == 1);
    CHECK_FALSE(QFileInfo::exists(missing)); // a read-only command leaves no empty database behind
}

TEST_CASE("compute on the database gives the same numbers as on the file", "[cli][compute][db]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("metrics.db"));
    for (const char *name : {"metric-metricshire-2023.json", "metric-metricshire-2024.json"}) {
        const Run imported = scwres({QStringLiteral("import"), data(name), QStringLiteral("--db"), db});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    const QStringList fromDb{QStringLiteral("compute"), QStringLiteral("--db"), db,        QStringLiteral("--authority"),
                             kAuthority,                QStringLiteral("--year"), QStringLiteral("2024")};

    for (const char *area : {"adult", "children", "combined"}) {
        CAPTURE(area);
        const QStringList areaArgs{QStringLiteral("--area"), QString::fromUtf8(area)};
        nlohmann::json file =
            parse(scwres(QStringList{QStringLiteral("compute"), data("metric-metricshire-2024.json")} + areaArgs));
        nlohmann::json stored = parse(scwres(fromDb + areaArgs));
        // The database adds the previous year (2023 is stored) and, when both years are
        // complete, the pooled years; everything else is identical.
        for (auto &[key, metric] : stored["metrics"].items()) {
            if (key == "1")
                continue;
            CHECK(metric["previous"]["year"] == 2023);
            CHECK(file["metrics"][key]["previous"].is_null());
            CHECK(file["metrics"][key]["pooled_3y"].is_null());
            metric["previous"] = nullptr;
            metric["pooled_3y"] = nullptr;
        }
        CHECK(stored == file);
    }

    // 2023 is the year before: adult shortlisting went from 0.9 to 0.667.
    const nlohmann::json adult = parse(scwres(fromDb + QStringList{QStringLiteral("--area"), QStringLiteral("adult")}));
    const auto &previous = adult["metrics"]["2"]["previous"];
    CHECK(previous["relative_likelihood"].get<double>() == Approx(0.9));
    CHECK(previous["status"] == "within_range");
    CHECK(previous["change"].get<double>() == Approx(2.0 / 3.0 - 0.9));

    // --range applies to the database too.
    const nlohmann::json wide = parse(scwres(fromDb + QStringList{QStringLiteral("--range"), QStringLiteral("0.5,2")}));
    CHECK(wide["range"] == nlohmann::json::array({0.5, 2.0}));

    // An authority or year that is not stored is a read failure.
    CHECK(scwres({QStringLiteral("compute"), QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority,
                  QStringLiteral("--year"), QStringLiteral("2019")})
              .exitCode
          == 1);
}
