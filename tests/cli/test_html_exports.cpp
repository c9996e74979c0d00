// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// The HTML data report and action plan as a browser shows them: `scwres report --html` and
// `scwres plan --html` on a `scwres demo` database, opened in headless Chromium (Debian's
// `chromium`) with axe-core (npm, installed into the build folder on first use by this test):
// no WCAG 2.1 A or AA violation, no sideways scrolling at 320 CSS pixels, the language, headings in
// order, every chart named; every RL the engine gives in the private page, no count 1-9 in the
// published one.
#include "CliRunner.h"
#include "ExportReaders.h"

#include "DemoData.h"
#include "NationalFigures.h"
#include "export/DataReport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace scwres;
using namespace scwres::test;

namespace {

const QString kCli = QStringLiteral(SCWRES_CLI_PATH);
const QString kNodeDir = QStringLiteral(SCWRES_NODE_DIR);
const QString kCheckScript = QStringLiteral(SCWRES_BROWSER_CHECK);
const QString kAuthority = QStringLiteral("Exampleshire County Council");

// axe-core and puppeteer-core (which drives the system's Chromium and downloads no browser), into
// the build folder once; parallel test processes wait for the first one's install.
void ensureNodePackages()
{
    QDir().mkpath(kNodeDir);
    QLockFile lock(QDir(kNodeDir).filePath(QStringLiteral(".install.lock")));
    lock.setStaleLockTime(0);
    REQUIRE(lock.lock());
    const bool present = QFile::exists(QDir(kNodeDir).filePath(QStringLiteral("node_modules/axe-core/axe.min.js")))
                      && QFile::exists(QDir(kNodeDir).filePath(QStringLiteral("node_modules/puppeteer-core/package.json")));
    if (!present)
        runTool(QStringLiteral("npm"),
                {QStringLiteral("install"), QStringLiteral("--prefix"), kNodeDir, QStringLiteral("--no-audit"),
                 QStringLiteral("--no-fund"), QStringLiteral("--loglevel=error"),
                 // Pinned: the newest puppeteer-core once asked for a tar-stream the registry did not have.
                 QStringLiteral("axe-core@4.14.1"), QStringLiteral("puppeteer-core@24.43.1")},
                300000);
}

nlohmann::json openInBrowser(const QStringList &files)
{
    ensureNodePackages();
    const QString chromium = requireTool(QStringLiteral("chromium"));
    const QString out = runTool(QStringLiteral("node"), QStringList{kCheckScript, kNodeDir, chromium} + files, 300000);
    const nlohmann::json results = nlohmann::json::parse(out.toStdString(), nullptr, false);
    REQUIRE_FALSE(results.is_discarded());
    REQUIRE(results.size() == std::size_t(files.size()));
    return results;
}

// What every page must pass, whatever it holds.
void checkAccessible(const nlohmann::json &page, const QString &name)
{
    INFO(name.toStdString());
    INFO("axe violations: " << page["violations"].dump(1));
    CHECK(page["violations"].empty());
    CHECK(page["rulesPassed"].get<int>() > 10);
    // 320 CSS pixels wide: no horizontal scroll (WCAG 1.4.10).
    CHECK(page["narrow"]["scrollWidth"].get<int>() <= page["narrow"]["clientWidth"].get<int>());
    CHECK(page["narrow"]["clientWidth"].get<int>() == 320);
    CHECK(page["lang"] == "en-GB");
    CHECK_FALSE(page["title"].get<std::string>().empty());
    // One h1, then no level skipped on the way down.
    const auto &headings = page["headings"];
    REQUIRE_FALSE(headings.empty());
    CHECK(headings[0] == 1);
    for (std::size_t i = 1; i < headings.size(); ++i)
        CHECK(headings[i].get<int>() <= headings[i - 1].get<int>() + 1);
    for (const auto &image : page["images"]) {
        CHECK(image["role"] == "img");
        CHECK(image["labelled"] == true);
    }
}

// Every table cell (th and td), or with dataOnly the data cells (td): a row header such as the
// plan's metric number "2" is a name, not a count.
QStringList cells(const nlohmann::json &page, bool dataOnly = false)
{
    QStringList out;
    for (const auto &cell : page[dataOnly ? "dataCells" : "cells"])
        out << QString::fromStdString(cell.get<std::string>());
    return out;
}

} // namespace

TEST_CASE("HTML data report and plan: accessible in a real browser, the engine's figures, nothing small published",
          "[cli][html][browser]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--authority"), kAuthority, QStringLiteral("--year"),
                           QStringLiteral("2024")};
    const QString fullReport = dir.filePath(QStringLiteral("report.html"));
    const QString publishedReport = dir.filePath(QStringLiteral("report-published.html"));
    const QString plan = dir.filePath(QStringLiteral("plan.html"));
    const QString publishedPlan = dir.filePath(QStringLiteral("plan-published.html"));
    const struct {
        QStringList args;
        QString file;
    } runs[] = {
        {QStringList{QStringLiteral("report")} + base + QStringList{QStringLiteral("--layout"), QStringLiteral("full"), QStringLiteral("--html"), fullReport}, fullReport},
        {QStringList{QStringLiteral("report")} + base + QStringList{QStringLiteral("--publication"), QStringLiteral("-o"), publishedReport}, publishedReport},
        {QStringList{QStringLiteral("plan")} + base + QStringList{QStringLiteral("--html"), plan}, plan},
        {QStringList{QStringLiteral("plan")} + base + QStringList{QStringLiteral("--publication"), QStringLiteral("--html"), publishedPlan}, publishedPlan},
    };
    for (const auto &run : runs) {
        const CliResult r = runCli(kCli, run.args);
        INFO(run.args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.trimmed() == QStringLiteral("Wrote ") + QDir::toNativeSeparators(run.file));
        const QString html = readText(run.file);
        // Self-contained: nothing fetched from elsewhere.
        CHECK_FALSE(html.contains(QRegularExpression(QStringLiteral("<(script|link|img)\\b"))));
        CHECK(html.contains(QStringLiteral("<svg role=\"img\"")));
    }

    const nlohmann::json pages = openInBrowser({fullReport, publishedReport, plan, publishedPlan});
    checkAccessible(pages[0], QStringLiteral("full report"));
    checkAccessible(pages[1], QStringLiteral("published report"));
    checkAccessible(pages[2], QStringLiteral("plan"));
    checkAccessible(pages[3], QStringLiteral("published plan"));

    // The private page: each view's summary table has every metric's RL as the engine gives it.
    const std::vector<AnnualReturn> returns = demoReturns();
    const NationalFigures national = NationalFigures::builtIn();
    const DataReport report = DataReport::build(returns.back(), &returns[returns.size() - 2], &national, {});
    const QStringList full = cells(pages[0]);
    int rls = 0;
    for (const DataReport::View &view : report.views())
        for (MetricId id : kRatioMetricIds) {
            const auto &rl = view.report.ratio(id).relativeLikelihood;
            if (!rl)
                continue;
            const QString expected = formatRelativeLikelihood(rl);
            bool found = false;
            for (int i = 0; i + 1 < full.size(); ++i)
                found = found || (full.at(i) == metricChartLabel(id) && full.at(i + 1) == expected);
            INFO(areaSelectionName(view.area).toStdString() << " " << metricChartLabel(id).toStdString() << " RL "
                                                             << expected.toStdString());
            CHECK(found);
            ++rls;
        }
    CHECK(rls >= 20);
    const QString fullText = QString::fromStdString(pages[0]["text"].get<std::string>());
    CHECK(fullText.contains(QStringLiteral("Full figures: not for publication")));

    // The published plan's chart summaries are written from the published charts: no likelihood
    // of a withheld metric (the year's one pattern, as the data report's).
    DataReportOptions publishedOptions;
    publishedOptions.publication.enabled = true;
    const DataReport published = DataReport::build(returns.back(), &returns[returns.size() - 2], &national, publishedOptions);
    const QString planText = QString::fromStdString(pages[3]["text"].get<std::string>());
    int withheld = 0;
    for (MetricId id : kRatioMetricIds) {
        if (id == MetricId::M9 || !published.suppression().ratioSuppressed(AreaSelection::Combined, id))
            continue;
        ++withheld;
        INFO(metricChartLabel(id).toStdString());
        CHECK_FALSE(planText.contains(metricChartLabel(id) + QStringLiteral(": minority ethnic")));
    }
    CHECK(withheld > 0);

    // The published pages: no data cell is a count from 1 to 9, and the hidden ones say so.
    static const QRegularExpression small(QStringLiteral("^[1-9]$"));
    for (int p : {1, 3}) {
        int symbols = 0;
        for (const QString &cell : cells(pages[p], true)) {
            INFO("page " << p << " cell " << cell.toStdString());
            CHECK_FALSE(small.match(cell).hasMatch());
            symbols += cell == QStringLiteral("<10") || cell == QStringLiteral("withheld") ? 1 : 0;
        }
        if (p == 1)
            CHECK(symbols > 0);
        const QString text = QString::fromStdString(pages[p]["text"].get<std::string>());
        CHECK(text.contains(QStringLiteral("ublished version")));
    }
}
